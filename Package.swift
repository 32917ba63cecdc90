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
        // zlib (gzip) for the base image databases (.tgz) of the Trust Authority workflow.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "CLineEditorSupport", dependencies: ["CLibEdit"]),
        .target(name: "LineEditor", dependencies: ["CLineEditorSupport", "CLibEdit"]),
        .target(name: "PowerShellSyntax"),
        // The copy-on-write box the engine's metadata and the domain's records share.
        .target(name: "ValueStorage"),
        .target(name: "ShellEngine", dependencies: ["PowerShellSyntax", "ValueStorage"]),
        .target(name: "ShellFormatting", dependencies: ["ShellEngine"]),
        .target(name: "ShellCommands", dependencies: ["ShellEngine", "ShellFormatting", "PowerShellSyntax"]),
        .target(name: "Replay", dependencies: ["ShellEngine"]),
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
                "CZlib",
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "PowerCLI", dependencies: ["ShellEngine", "ShellFormatting", "TrustAuthority"]),
        // The one place that builds a configured shell (commands, views, PowerCLI on a lab), for the
        // executable and the tests.
        .target(name: "VtashKit", dependencies: ["ShellEngine", "ShellFormatting", "ShellCommands", "Replay", "PowerCLI", "TrustAuthority"]),
        .executableTarget(
            name: "vtash",
            dependencies: ["VtashKit", "PowerCLI", "ShellEngine", "ShellCommands", "Replay", "PowerShellSyntax", "TrustAuthority", "LineEditor"]
        ),
        .testTarget(name: "PowerShellSyntaxTests", dependencies: ["PowerShellSyntax"]),
        // What the test targets share: shells on a lab, recording hosts.
        .target(name: "TestSupport", dependencies: ["VtashKit", "ShellCommands", "ShellEngine", "TrustAuthority"], path: "Tests/TestSupport"),
        .testTarget(name: "ShellEngineTests", dependencies: ["ShellEngine", "ShellCommands", "TestSupport"]),
        .testTarget(name: "ShellFormattingTests", dependencies: ["ShellFormatting", "ShellEngine", "TestSupport"]),
        .testTarget(name: "ShellCommandsTests", dependencies: ["ShellCommands", "ShellFormatting", "ShellEngine", "Replay", "TestSupport"]),
        .testTarget(name: "ReplayTests", dependencies: ["Replay", "ShellEngine", "TestSupport"]),
        .testTarget(
            name: "KMIPTests",
            dependencies: [
                "KMIP", .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                // A loopback TLS server that records whether the client presented its certificate.
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            resources: [.copy("Vectors")]
        ),
        .testTarget(name: "TrustAuthorityTests", dependencies: ["TrustAuthority"]),
        .testTarget(name: "VtashKitTests", dependencies: ["VtashKit", "ShellEngine", "TrustAuthority", "TestSupport"]),
        .testTarget(name: "PowerCLITests", dependencies: ["PowerCLI", "ShellEngine", "TestSupport"]),
        // Issue 13's corpus: cases in Tests/Conformance/cases, each run in a fresh shell; reports per area.
        .testTarget(name: "ConformanceTests", dependencies: ["VtashKit", "ShellEngine", "TrustAuthority", "TestSupport"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor"]),
        // Test support: opens a pseudo-terminal so tests can drive vtash's libedit path.
        .target(name: "CPseudoTerminal"),
        .testTarget(name: "EndToEndTests", dependencies: ["vtash", "CPseudoTerminal"]),
    ]
)
