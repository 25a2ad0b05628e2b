import ArgumentParser
import TargetModel

extension CalendarDay: ExpressibleByArgument {
    /// A date within `CalendarDay.plausibleReleaseYears`, else `nil` (ArgumentParser then says
    /// the value is invalid).
    public init?(argument: String) {
        guard let day = CalendarDay(argument), day.isPlausibleReleaseDate else { return nil }
        self = day
    }

    public static var defaultValueDescription: String { "YYYY-MM-DD" }
}
