// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "TargetTrack",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "targettrack", targets: ["targettrack"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // MARK: - Implementation details
        .systemLibrary(
            name: "COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),

        // MARK: - Public API
        .target(name: "LinearAlgebra", dependencies: ["COpenBLAS", "TextFormats"]),
        .target(name: "TargetModel"),
        .target(name: "TextFormats", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "PolicyText", dependencies: [
            "TargetModel", "TextFormats", .product(name: "Yams", package: "Yams"),
        ]),
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
        .target(name: "Reporting", dependencies: ["Risk", "Projection", "Scenarios", "TargetModel", "TextFormats"]),
        .executableTarget(name: "targettrack", dependencies: [
            "LinearAlgebra", "TargetModel", "TextFormats", "PolicyText", "SeriesIO", "Workspace",
            "Projection", "Risk", "Scenarios", "Reporting",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // MARK: - Tests
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra", "TargetModel"]),
        .testTarget(name: "TargetModelTests", dependencies: ["TargetModel"]),
        .testTarget(name: "TextFormatsTests", dependencies: ["TextFormats", "TargetModel", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "PolicyTextTests", dependencies: ["PolicyText", "TargetModel", "TextFormats"], exclude: ["Fixtures"]),
        .testTarget(name: "SeriesIOTests", dependencies: [
            "SeriesIO", "TargetModel", "TextFormats", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "WorkspaceTests", dependencies: ["Workspace", "SeriesIO", "TargetModel"], exclude: ["Fixtures"]),
        .testTarget(name: "ProjectionTests", dependencies: ["Projection", "TargetModel", "LinearAlgebra", "SeriesIO", "TextFormats"]),
        .testTarget(name: "RiskTests", dependencies: ["Risk", "Projection", "TargetModel"]),
        .testTarget(name: "ScenariosTests", dependencies: ["Scenarios", "Projection", "Risk", "TargetModel", "TextFormats"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "Risk", "Projection", "Scenarios", "TargetModel"]),
        .testTarget(name: "EndToEndTests", dependencies: ["targettrack"]),
        .testTarget(name: "FuzzTests", dependencies: [
            "SeriesIO", "PolicyText", "Scenarios", "TargetModel", "TextFormats",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
