extension ReleasePeriodLabel {
    /// Whether a label is a period once given a year, but prints none (`1-2月`, `3月`, `一季度`):
    /// the reader needs the year from elsewhere (a title, or `--year`).
    public static func lacksYear(_ label: String) -> Bool {
        period(label) == nil && period(label, defaultYear: plausibleYears.lowerBound) != nil
    }
}
