import ArgumentParser

/// The `targettrack` command: the root of every subcommand.
@main
struct TargetTrackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targettrack",
        abstract: "Track a government's annual targets: which will be missed, by how much, and who owns them.",
        discussion: """
        TargetTrack turns a Chinese target-allocation document (政府工作报告重点工作分工) into a \
        catalog of targets, ingests the statistics bureau's monthly year-to-date releases, projects \
        each indicator's year-end outcome by regression on BLAS/LAPACK, and reports the probability \
        of meeting every target, rolled up by responsible department.

        A typical month:
          targettrack init
          targettrack catalog import Datasets/heilongjiang-2013/catalog.yaml
          targettrack import Datasets/heilongjiang-2013/published.csv \\
              Datasets/heilongjiang-2013/heilongjiang-2013-reconstructed.csv
          targettrack risks --as-of 2013-09 -o risks-2013-09.csv
        """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self,
            Extract.self,
            CatalogCommand.self,
            ImportCommand.self,
            ExportCommand.self,
            SeriesCommand.self,
            MonthCommand.self,
            ProjectCommand.self,
            Risks.self,
            Departments.self,
            Report.self,
            LinksCommand.self,
            ScenarioCommand.self,
            GoalSeekCommand.self,
            BacktestCommand.self,
            Bench.self,
            Regress.self,
            ServeCommand.self,
            UsersCommand.self,
        ]
    )
}
