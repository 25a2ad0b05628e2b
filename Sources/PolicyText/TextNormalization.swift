/// Maps a line to a form the parsers read: full-width ASCII to half-width, Chinese punctuation
/// variants to one spelling each, and the traditional characters of the keywords and common
/// department and indicator words to simplified ones.
///
/// Postconditions: the result has exactly as many characters as the input, so a character
/// offset found in the normalised text slices the original text at the same place.
enum TextNormalization {
    static func normalize(_ text: String) -> [Character] {
        text.map(normalize)
    }

    static func normalize(_ character: Character) -> Character {
        if let mapped = punctuation[character] { return mapped }
        if let mapped = traditional[character] { return mapped }
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return character }
        // Full-width forms U+FF01…U+FF5E map to ASCII U+0021…U+007E.
        if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
            return Character(ascii)
        }
        if scalar.value == 0x3000 || scalar.value == 0xA0 { return " " }
        return character
    }

    private static let punctuation: [Character: Character] = [
        "（": "(", "）": ")", "，": ",", "：": ":", "；": ";", "％": "%", "．": ".",
        "—": "-", "－": "-", "–": "-", "～": "~", "〜": "~", "﹪": "%", "﹐": ",", "﹔": ";", "﹕": ":",
        "﹙": "(", "﹚": ")", "｡": "。", "﹒": ".",
    ]

    /// Traditional → simplified for the characters of responsibility keywords, labels, units,
    /// verbs, indicator words and department names (one character each way).
    private static let traditional: [Character: Character] = {
        let pairs = """
        負负 責责 辦办 協协 牽牵 頭头 與与 參参 單单 領领 導导 別别 職职 務务 廳厅 財财 發发 員员 會会
        廣广 東东 業业 資资 環环 護护 農农 設设 國国 稅税 統统 計计 價价 監监 衛卫 園园 區区 長长 門门
        實实 現现 億亿 萬万 噸吨 畝亩 項项 個个 產产 總总 額额 經经 濟济 達达 數数 內内 場场 鎮镇 縣县
        費费 標标 準准 應应 開开 進进 並并 為为 積积 極极 將将 對对 於于 從从 體体 學学 醫医 療疗 險险
        貿贸 電电 糧粮 兒儿 網网 絡络 鐵铁 輸输 運运 車车 築筑 處处 綠绿 蓋盖 養养 級级 點点 線线 節节
        減减 氣气 質质 劃划 規规 擴扩 範范 圍围 際际 復复 庫库 雙双 書书 記记 廠厂 鄉乡 補补 貼贴 銷销
        傳传 歷历 檢检 驗验 衝冲 擊击 儲储 齊齐 嶺岭 龍龙 簡简 韓韩 歐欧 羅罗 順顺 動动 態态 談谈 議议
        論论 證证 據据 維维 傷伤 殘残 聯联 廢废 棄弃 淨净 綜综 續续 紡纺 織织 機机 構构 編编 鄰邻 營营
        講讲 讓让 願愿 題题 觀观 覽览 隊队 黨党 紀纪 組组 幫帮 難难 張张 過过 還还 這这 邊边 遠远 選选
        遞递 適适 濕湿 滿满 漁渔 灣湾 壓压 墾垦 礦矿 煉炼 燒烧 熱热 燈灯 爭争 爾尔 獎奖 狀状 獨独 畢毕
        當当 盡尽 盤盘 碼码 礎础 禮礼 稱称 穩稳 窮穷 競竞 籌筹 簽签 紅红 約约 純纯 細细 終终 結结 給给
        緊紧 練练 縮缩 績绩 繳缴 罰罚 聞闻 聲声 脫脱 舊旧 艱艰 藥药 蘇苏 蘭兰 號号 製制 複复 親亲 訊讯
        託托 訪访 許许 診诊 評评 試试 詢询 誠诚 說说 課课 調调 請请 謀谋 讀读 變变 貢贡 貨货 貧贫 貸贷
        賣卖 購购 趨趋 輕轻 載载 轉转 連连 週周 遊游 醫医 釋释 鋼钢 錄录 錢钱 鏈链 閉闭 間间 關关 陽阳
        隨随 雜杂 離离 響响 預预 頻频 顧顾 類类 顯显 風风 飛飞 館馆 驅驱 體体 魚鱼 麥麦 黃黄 齡龄 寧宁
        審审 專专 層层 屬属 幣币 彙汇 徑径 懷怀 戰战 戶户 擁拥 擬拟 擔担 攜携 數数 斷断 時时 條条 樓楼
        樣样 樹树 橋桥 權权 歲岁 歸归 漢汉 溝沟 滅灭 潔洁 災灾 畫画 確确 筆笔 紙纸 網网 義义 習习 聽听
        臨临 興兴 葉叶 術术 裝装 視视 訂订 認认 討讨 訓训 訴诉 話话 諮咨 識识 豐丰 輔辅 輛辆 輪轮 鋪铺
        錯错 問问 陸陆 雲云 靜静 頁页 餘余 駐驻 兩两 勞劳 勢势 勵励 團团 執执 報报 塊块 壇坛 婦妇 寬宽
        歷历 曆历 幹干 幾几 後后 惡恶 愛爱 擴扩 無无 爐炉 獲获 絕绝 綱纲 縱纵 繼继 眾众 衆众 裡里 覺觉
        詳详 誌志 譯译 豬猪 躍跃 遷迁 遺遗 鑒鉴 閱阅 隱隐 優优 償偿 們们 倉仓 創创 劑剂 勝胜 華华 寫写
        帶带 徵征 懲惩 掃扫 採采 換换 揮挥 損损 暫暂 樞枢 溫温 漲涨 潛潜 澤泽 煙烟 種种 糾纠 統统 語语
        貴贵 賽赛 跡迹 踐践 軟软 輝辉 轄辖 銀银 陳陈 頓顿 飼饲 鮮鲜 慶庆 擇择 殼壳 藍蓝 藝艺 虧亏 綏绥
        屆届 裏里 壽寿 漿浆 紮扎 蹟迹 飲饮 食食 廁厕 衛卫 簽签 氫氢 廚厨 糞粪 污污 汙污 雞鸡 鴨鸭 豬猪 蔬蔬 餵喂
        """
        var map: [Character: Character] = [:]
        for pair in pairs.split(whereSeparator: { $0 == " " || $0 == "\n" }) where pair.count == 2 {
            map[pair.first!] = pair.last!
        }
        return map
    }()
}
