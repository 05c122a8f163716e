// swift-tools-version: 6.0
// libFuzzer targets for readout's readers. Built apart from the main package because each target
// defines LLVMFuzzerTestOneInput instead of main: `make fuzz FUZZ_RUNS=1000000` from the repository root.
import PackageDescription

let loader = Target.Dependency.product(name: "ReadoutLoader", package: "readout")

let package = Package(
    name: "readout-fuzz",
    dependencies: [.package(name: "readout", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [loader]),
        .executableTarget(name: "fuzz-yaml", dependencies: [loader, "FuzzSupport"]),
        .executableTarget(name: "fuzz-csv", dependencies: [loader, "FuzzSupport"]),
        .executableTarget(name: "fuzz-jsonl", dependencies: [loader, "FuzzSupport"]),
        .executableTarget(name: "fuzz-dates", dependencies: [.product(name: "Temporal", package: "readout")]),
        .executableTarget(name: "fuzz-descriptor", dependencies: [loader, "FuzzSupport"]),
        .executableTarget(name: "fuzz-dialects", dependencies: [loader, "FuzzSupport"]),
        .executableTarget(name: "fuzz-rules", dependencies: [loader, "FuzzSupport"]),
        .executableTarget(name: "fuzz-reviews", dependencies: [loader, "FuzzSupport"]),
        .executableTarget(name: "fuzz-describe", dependencies: [loader, "FuzzSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
