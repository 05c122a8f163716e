// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "readout",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "readout", targets: ["readout"]),
        .library(name: "ReadoutKit", targets: ["ReadoutKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // libcsv (Debian libcsv-dev): all CSV reading and writing goes through it.
        .systemLibrary(name: "CLibCSV", providers: [.apt(["libcsv-dev"])]),
        // Calendar dates and the resolver for date expressions; knows nothing of the dataset.
        .target(name: "Temporal"),
        // Table Schema descriptors, typed values, tables with locations, findings.
        .target(name: "ReadoutModel", dependencies: ["Temporal"]),
        // RFC 4180 writing and parsing over libcsv.
        .target(name: "CSVCodec", dependencies: ["CLibCSV"]),
        // Reads descriptors, YAML records and the corpus into the model.
        .target(name: "ReadoutLoader", dependencies: [
            "ReadoutModel", "Yams", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The rules: records in, findings out.
        .target(name: "ReadoutRules", dependencies: ["ReadoutModel", "Temporal"]),
        // CSV, JSON Lines and datapackage.json writers.
        .target(name: "ReadoutExport", dependencies: ["ReadoutModel", "CSVCodec"]),
        // The pipeline the CLI calls: load, check, report, export.
        .target(name: "ReadoutKit", dependencies: [
            "ReadoutModel", "ReadoutLoader", "ReadoutRules", "ReadoutExport", "Temporal",
        ]),
        // The HTML report: a pure rendering of a validation, written through ReadoutKit's export writer.
        .target(name: "ReadoutReport", dependencies: ["ReadoutKit", "ReadoutModel", "ReadoutRules", "Temporal"]),
        .executableTarget(name: "readout", dependencies: [
            "ReadoutKit", "ReadoutReport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "TemporalTests", dependencies: ["Temporal"]),
        .testTarget(name: "ReadoutModelTests", dependencies: ["ReadoutModel"]),
        .testTarget(name: "CSVCodecTests", dependencies: ["CSVCodec"]),
        .testTarget(name: "ReadoutLoaderTests", dependencies: ["ReadoutLoader"]),
        .testTarget(name: "ReadoutRulesTests", dependencies: ["ReadoutRules", "ReadoutLoader"]),
        .testTarget(name: "ReadoutExportTests", dependencies: ["ReadoutExport", "ReadoutLoader", "CSVCodec"]),
        .testTarget(name: "ReadoutKitTests", dependencies: ["ReadoutKit"]),
        .testTarget(name: "ReadoutReportTests", dependencies: ["ReadoutReport", "ReadoutKit", "ReadoutModel", "Temporal"]),
    ],
    swiftLanguageModes: [.v6]
)
