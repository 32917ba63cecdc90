// swift-tools-version:6.0
import PackageDescription

// Targets and their one-way imports follow ARCHITECTURE.md:
// vtash → PowerCLI → (ShellEngine → PowerShellSyntax), (TrustAuthority → KMIP); LineEditor → C shims.
let package = Package(
    name: "vtash",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vtash", targets: ["vtash"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.7.4"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        // The lab's store (SQLite, needs libsqlite3-dev) and its YAML lab files.
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "CLineEditorSupport", dependencies: ["CLibEdit"]),
        .target(name: "LineEditor", dependencies: ["CLineEditorSupport", "CLibEdit"]),
        .target(name: "PowerShellSyntax"),
        .target(name: "ShellEngine", dependencies: ["PowerShellSyntax"]),
        .target(
            name: "KMIP",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                // Verifies the server's chain inside the handshake (a pinned leaf in one handshake).
                .product(name: "X509", package: "swift-certificates"),
            ]
        ),
        .target(
            name: "TrustAuthority",
            dependencies: [
                "KMIP",
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "PowerCLI", dependencies: ["ShellEngine", "TrustAuthority"]),
        .executableTarget(
            name: "vtash",
            dependencies: ["PowerCLI", "ShellEngine", "PowerShellSyntax", "TrustAuthority", "LineEditor"]
        ),
        .testTarget(name: "PowerShellSyntaxTests", dependencies: ["PowerShellSyntax"]),
        .testTarget(name: "ShellEngineTests", dependencies: ["ShellEngine"]),
        .testTarget(
            name: "KMIPTests",
            dependencies: ["KMIP", .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio")],
            resources: [.copy("Vectors")]
        ),
        .testTarget(name: "TrustAuthorityTests", dependencies: ["TrustAuthority"]),
        .testTarget(name: "PowerCLITests", dependencies: ["PowerCLI", "ShellEngine"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor", "CPseudoTerminal"]),
        // Test support: opens a pseudo-terminal so tests can drive vtash's libedit path and size a terminal.
        .target(name: "CPseudoTerminal"),
        .testTarget(name: "EndToEndTests", dependencies: ["vtash", "CPseudoTerminal"]),
    ]
)
