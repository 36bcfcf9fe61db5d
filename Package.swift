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
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
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
        .testTarget(name: "NERTests", dependencies: ["NER", "Tokenizer"]),
        .testTarget(name: "AnalyzeTests", dependencies: ["analyze"]),
    ],
    swiftLanguageModes: [.v6]
)
