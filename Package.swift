// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "TargetTrack",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "TargetTrackKit", targets: ["TargetTrackKit"]),
        .executable(name: "targettrack", targets: ["targettrack"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.0.0"),
    ],
    targets: [
        // MARK: - Implementation details
        .systemLibrary(
            name: "COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),

        // MARK: - Public API
        .target(name: "LinearAlgebra", dependencies: ["COpenBLAS", "TextFormats"]),
        .target(name: "TargetModel"),
        .target(name: "TextFormats", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "PolicyText", dependencies: [
            "TargetModel", "TextFormats", "SeriesIO", .product(name: "Yams", package: "Yams"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["Resources/README.md"], resources: [.copy("Resources/department-aliases.csv")]),
        .target(name: "SeriesIO", dependencies: [
            "TargetModel", "TextFormats", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "Workspace", dependencies: [
            "TargetModel", "SeriesIO", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        .target(name: "Projection", dependencies: ["LinearAlgebra", "TargetModel"]),
        .target(name: "Risk", dependencies: ["Projection", "TargetModel"]),
        .target(name: "Scenarios", dependencies: [
            "Projection", "Risk", "LinearAlgebra", "TargetModel", "TextFormats", .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "Workbook", dependencies: ["CXLSXWriter", "TextFormats"]),
        .target(name: "Reporting", dependencies: ["Risk", "Projection", "Scenarios", "TargetModel", "TextFormats", "Workbook"]),
        /// The application: what every front end (the command line, a server, a Swift user) calls.
        .target(name: "TargetTrackKit", dependencies: [
            "TargetModel", "TextFormats", "PolicyText", "SeriesIO", "Workspace", "Projection", "Risk",
            "Scenarios", "Reporting", "Workbook",
        ], resources: [.copy("Resources/indicator-aliases.csv"), .copy("Resources/national-indicators.yaml"),
                    .copy("Resources/reference-indicators.yaml")]),

        // MARK: - Evaluation (not the product): benchmark, backtest, reference-data readers
        .target(name: "Evaluation", dependencies: [
            "TargetTrackKit", "LinearAlgebra", "TargetModel", "TextFormats", "SeriesIO", "Workspace", "Projection", "Risk", "Reporting",
        ]),

        /// The supervision office's dashboard (`targettrack serve`): pages, JSON API, accounts.
        .target(name: "Server", dependencies: [
            "TargetTrackKit", "TargetModel", "TextFormats", "Workspace", "Reporting", "Risk", "Projection", "Scenarios",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        ], resources: [.copy("Resources/openapi.yaml"), .copy("Resources/dashboard.js"), .copy("Resources/dashboard.css")]),

        // MARK: - Front ends
        .executableTarget(name: "targettrack", dependencies: [
            "TargetTrackKit", "Evaluation", "Workbook", "Server",
            "LinearAlgebra", "TargetModel", "TextFormats", "PolicyText", "SeriesIO", "Workspace",
            "Projection", "Risk", "Scenarios", "Reporting",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // MARK: - Tests
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra", "TargetModel", "Evaluation"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Projection", "LinearAlgebra", "SeriesIO", "TargetModel", "TextFormats"]),
        .testTarget(name: "TargetTrackKitTests", dependencies: [
            "TargetTrackKit", "Workspace", "Projection", "Risk", "Scenarios", "TargetModel",
        ]),
        .testTarget(name: "TargetModelTests", dependencies: ["TargetModel", "Evaluation"]),
        .testTarget(name: "TextFormatsTests", dependencies: ["TextFormats", "TargetModel", "Evaluation", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "PolicyTextTests", dependencies: ["Evaluation", "PolicyText", "TargetModel", "TextFormats"], exclude: ["Fixtures"]),
        .testTarget(name: "SeriesIOTests", dependencies: [
            "SeriesIO", "TargetModel", "TextFormats", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "WorkspaceTests", dependencies: ["Workspace", "SeriesIO", "TargetModel", "Evaluation"], exclude: ["Fixtures"]),
        .testTarget(name: "ProjectionTests", dependencies: ["Projection", "TargetModel", "LinearAlgebra", "SeriesIO", "TextFormats", "Evaluation"]),
        .testTarget(name: "RiskTests", dependencies: ["Risk", "Projection", "TargetModel"]),
        .testTarget(name: "ScenariosTests", dependencies: ["Scenarios", "Projection", "Risk", "TargetModel", "TextFormats", "Evaluation", "Reporting"]),
        .testTarget(name: "WorkbookTests", dependencies: ["Workbook", "SeriesIO", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "ReportingTests", dependencies: [
            "Reporting", "Risk", "Projection", "Scenarios", "TargetModel", "TextFormats", "Workbook", "SeriesIO", "PolicyText", "Workspace",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "EndToEndTests", dependencies: ["targettrack"], exclude: ["Fixtures"]),
        .testTarget(name: "FuzzTests", dependencies: [
            "SeriesIO", "PolicyText", "Scenarios", "TargetModel", "TextFormats",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"), "Evaluation",
        ]),
        .testTarget(name: "ServerTests", dependencies: [
            "Server", "TargetTrackKit", "Workspace", "TargetModel", "TextFormats", "Reporting", "Scenarios", "Evaluation",
            .product(name: "Hummingbird", package: "hummingbird"),
        ], exclude: ["Checks"]),
    ],
    swiftLanguageModes: [.v6]
)
