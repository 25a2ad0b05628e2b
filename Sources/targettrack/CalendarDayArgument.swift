import ArgumentParser
import TargetModel

extension CalendarDay: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }

    public static var defaultValueDescription: String { "YYYY-MM-DD" }
}
