"""Lets matplotlib draw the Chinese indicator and department names of the catalog."""
from matplotlib import font_manager, rcParams

CANDIDATES = ["Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei",
              "WenQuanYi Micro Hei", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC"]


def use_chinese_font():
    """Puts the first installed CJK font first in matplotlib's list; returns its name, or None when
    there is none (labels then show as boxes, with a warning, and nothing else changes)."""
    installed = {font.name for font in font_manager.fontManager.ttflist}
    for name in CANDIDATES:
        if name in installed:
            rcParams["font.sans-serif"] = [name, *rcParams["font.sans-serif"]]
            rcParams["font.family"] = "sans-serif"
            rcParams["axes.unicode_minus"] = False
            return name
    return None
