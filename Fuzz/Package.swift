// swift-tools-version: 6.0
// libFuzzer targets for readout's readers. Built apart from the main package because each target
// defines LLVMFuzzerTestOneInput instead of main: `make fuzz SECONDS=60` from the repository root.
import PackageDescription

let package = Package(
    name: "readout-fuzz",
    dependencies: [.package(name: "readout", path: "..")],
    targets: [
        .executableTarget(name: "fuzz-yaml", dependencies: [.product(name: "ReadoutLoader", package: "readout")]),
        .executableTarget(name: "fuzz-csv", dependencies: [.product(name: "ReadoutLoader", package: "readout")]),
        .executableTarget(name: "fuzz-jsonl", dependencies: [.product(name: "ReadoutLoader", package: "readout")]),
        .executableTarget(name: "fuzz-dates", dependencies: [.product(name: "Temporal", package: "readout")]),
    ],
    swiftLanguageModes: [.v6]
)
