// swift-tools-version: 6.1
// libFuzzer targets for the library. Build and run with scripts/fuzz.sh TARGET SECONDS:
// `swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library`.
// Kept out of the main package so a normal `swift build` never needs the fuzzer runtime.
import PackageDescription

let package = Package(
    name: "Fuzz",
    dependencies: [
        .package(name: "ItalianText", path: ".."),
    ],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "Tokenizer", package: "ItalianText")]),
        .executableTarget(name: "FuzzTokenizer", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzSentences", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzNormalizer", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzBoilerplate", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzNER", dependencies: ["FuzzSupport", .product(name: "NER", package: "ItalianText")]),
        .executableTarget(name: "FuzzQuotes", dependencies: ["FuzzSupport", .product(name: "NER", package: "ItalianText")]),
    ],
    swiftLanguageModes: [.v6]
)
