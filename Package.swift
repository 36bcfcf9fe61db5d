// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ItalianText",
    products: [
        .library(name: "Tokenizer", targets: ["Tokenizer"]),
        .library(name: "NER", targets: ["NER"]),
        .executable(name: "analyze", targets: ["analyze"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C wrappers over the system ICU (Debian libicu-dev, Homebrew icu4c); the header exposes
        // no ICU type, only shim.c includes ICU (see Sources/CICU/include/cicu.h).
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(name: "Tokenizer", dependencies: ["CICU"]),
        .target(name: "NER", dependencies: ["Tokenizer"]),
        .executableTarget(
            name: "analyze",
            dependencies: [
                "Tokenizer", "NER",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TokenizerTests", dependencies: ["Tokenizer"], exclude: ["Snapshots"]),
        .testTarget(name: "NERTests", dependencies: ["NER", "Tokenizer"], exclude: ["Snapshots"]),
        .testTarget(name: "AnalyzeTests", dependencies: ["analyze"]),
    ],
    swiftLanguageModes: [.v6]
)
