// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "readout",
    // macOS 15 for the standard library's Mutex (rules share analyses across threads).
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "readout", targets: ["readout"]),
        .library(name: "ReadoutKit", targets: ["ReadoutKit"]),
        // For the fuzz targets in Fuzz/ (and anyone who wants only the readers or the date resolver).
        .library(name: "ReadoutLoader", targets: ["ReadoutLoader"]),
        .library(name: "Temporal", targets: ["Temporal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // libcsv (Debian libcsv-dev): all CSV reading and writing goes through it.
        .systemLibrary(name: "CLibCSV", providers: [.apt(["libcsv-dev"])]),
        // libyaml (Debian libyaml-dev): YAML data files are read from its events (Yams, which composes
        // whole node trees, reads descriptors and settings and writes YAML).
        .systemLibrary(name: "CLibYAML", providers: [.apt(["libyaml-dev"])]),
        // Calendar dates and the resolver for date expressions; knows nothing of the dataset.
        .target(name: "Temporal"),
        // Table Schema descriptors, typed values, tables with locations and their keyed index, findings.
        .target(name: "ReadoutModel", dependencies: ["Temporal"]),
        // RFC 4180 writing and parsing over libcsv.
        .target(name: "CSVCodec", dependencies: ["CLibCSV"]),
        // Reads descriptors, YAML records, CSV and JSON Lines tables and the corpus into the model; writes nothing.
        .target(name: "ReadoutLoader", dependencies: [
            "ReadoutModel", "CSVCodec", "CLibYAML", "Temporal", "Yams", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Writes records as YAML data files and plans `readout import`: corrected tables back into the YAML
        // files, edited record by record; every rewritten file is read back through the loader.
        .target(name: "ReadoutImport", dependencies: ["ReadoutModel", "ReadoutLoader", "Yams"]),
        // The rules: records in, findings out.
        .target(name: "ReadoutRules", dependencies: ["ReadoutModel", "Temporal"]),
        // CSV, JSON Lines and datapackage.json writers.
        .target(name: "ReadoutExport", dependencies: ["ReadoutModel", "CSVCodec"]),
        // Synthetic datasets in the project's schema, for benchmarks, and `readout generate`, which writes them
        // as tables, a corpus and YAML. Only the CLI links it: the pipeline library does not carry the generator.
        .target(name: "ReadoutSynthetic", dependencies: [
            "ReadoutModel", "ReadoutLoader", "ReadoutImport", "ReadoutExport", "Temporal",
        ]),
        // The pipeline the CLI calls: load, check, report, export.
        .target(name: "ReadoutKit", dependencies: [
            "ReadoutModel", "ReadoutLoader", "ReadoutImport", "ReadoutRules", "ReadoutExport", "Temporal",
        ]),
        // The HTML report: a pure rendering of a validation, written through ReadoutKit's export writer.
        .target(name: "ReadoutReport", dependencies: ["ReadoutKit", "ReadoutModel", "ReadoutRules", "Temporal"]),
        .executableTarget(name: "readout", dependencies: [
            "ReadoutKit", "ReadoutReport", "ReadoutSynthetic", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "TemporalTests", dependencies: ["Temporal"]),
        // The loader reads the dataset that DatasetIndexTests indexes.
        .testTarget(name: "ReadoutModelTests", dependencies: ["ReadoutModel", "ReadoutLoader"]),
        .testTarget(name: "CSVCodecTests", dependencies: ["CSVCodec"]),
        .testTarget(name: "ReadoutLoaderTests", dependencies: ["ReadoutLoader"]),
        .testTarget(name: "ReadoutImportTests", dependencies: ["ReadoutImport", "ReadoutLoader", "ReadoutModel"]),
        .testTarget(name: "ReadoutRulesTests", dependencies: ["ReadoutRules", "ReadoutLoader"]),
        .testTarget(name: "ReadoutExportTests", dependencies: ["ReadoutExport", "ReadoutLoader", "CSVCodec"]),
        .testTarget(name: "ReadoutKitTests", dependencies: ["ReadoutKit"]),
        .testTarget(name: "ReadoutReportTests", dependencies: ["ReadoutReport", "ReadoutKit", "ReadoutModel", "Temporal"]),
    ],
    swiftLanguageModes: [.v6]
)
