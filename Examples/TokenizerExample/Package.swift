// swift-tools-version: 6.1
// An example package that links the Tokenizer library by path: proof that other projects can
// depend on it. Build: swift build --package-path Examples/TokenizerExample
import PackageDescription

let package = Package(
    name: "TokenizerExample",
    dependencies: [
        // The repository root; the name lets the product reference work whatever the clone's folder is called.
        .package(name: "ItalianText", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "TokenizerExample",
            dependencies: [.product(name: "Tokenizer", package: "ItalianText")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
