// swift-tools-version:6.1
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
        // `vtash serve`: HTTPS for the vSphere Automation API (docs/design.md says why Hummingbird). No traits:
        // its swift-configuration support is not used, so it is not built.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        // Hummingbird's own header types (already in its graph), named for the session header.
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        // The executable's subcommands (`lab`, `replay`, `serve`); the shell's own pwsh-style `-File`/`-Command`
        // stay hand-parsed (single dash, any case), as pwsh takes them.
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
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
        .target(name: "ShellCommands", dependencies: ["ShellEngine", "ShellFormatting", "PowerShellSyntax", .product(name: "Crypto", package: "swift-crypto")]),
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
                "ValueStorage",
                "CZlib",
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "PowerCLI", dependencies: ["ShellEngine", "ShellFormatting", "TrustAuthority", "VAPIClient"]),
        // The vSphere Automation API's wire format (vAPI JSON-RPC envelopes, REST JSON, std errors) and the
        // bindings between its structures and the lab's types; shared by the endpoint and its client.
        .target(name: "VAPIWire", dependencies: ["TrustAuthority"]),
        // `vtash serve`: the lab behind the vSphere Automation API. Never imports the shell.
        .target(
            name: "VAPIServer",
            dependencies: [
                "VAPIWire", "TrustAuthority",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // A served lab seen from another process: the lab's operations over the endpoint.
        .target(
            name: "VAPIClient",
            dependencies: [
                "VAPIWire", "TrustAuthority",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        // `Scripts/bench serve`: SDK-shaped clients against a served lab.
        .executableTarget(
            name: "vapi-load",
            dependencies: ["VAPIClient", "VAPIWire", "TrustAuthority", .product(name: "NIOConcurrencyHelpers", package: "swift-nio")]
        ),
        // The one place that builds a configured shell (commands, views, PowerCLI on a lab), for the
        // executable and the tests.
        .target(name: "VtashKit", dependencies: ["ShellEngine", "ShellFormatting", "ShellCommands", "Replay", "PowerCLI", "TrustAuthority"]),
        .executableTarget(
            name: "vtash",
            dependencies: ["VtashKit", "PowerCLI", "ShellEngine", "ShellCommands", "Replay", "PowerShellSyntax", "TrustAuthority", "LineEditor", "VAPIServer",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "PowerShellSyntaxTests", dependencies: ["PowerShellSyntax"]),
        // What the test targets share: shells on a lab, recording hosts, vtash and tools run as processes, PyKMIP.
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
                .product(name: "NIOSSL", package: "swift-nio-ssl"), "TestSupport",
            ],
            resources: [.copy("Vectors")]
        ),
        .testTarget(name: "TrustAuthorityTests", dependencies: ["TrustAuthority", "TestSupport"]),
        .testTarget(name: "VtashKitTests", dependencies: ["VtashKit", "ShellEngine", "TrustAuthority", "TestSupport"]),
        .testTarget(name: "PowerCLITests", dependencies: ["PowerCLI", "ShellEngine", "TestSupport"]),
        // Issue 13's corpus: cases in Tests/Conformance/cases, each run in a fresh shell; reports per area.
        .testTarget(name: "ConformanceTests", dependencies: ["VtashKit", "ShellEngine", "TrustAuthority", "TestSupport"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor", "CPseudoTerminal"]),
        .testTarget(name: "VAPIWireTests", dependencies: ["VAPIWire", "TrustAuthority"]),
        // The endpoint against its own client and the cmdlets (their messages must be the endpoint's).
        .testTarget(
            name: "VAPIServerTests",
            dependencies: ["VAPIServer", "VAPIClient", "VAPIWire", "TrustAuthority", "TestSupport", "ShellEngine",
                           .product(name: "Logging", package: "swift-log")]
        ),
        // Test support: opens a pseudo-terminal so tests can drive vtash's libedit path and size a terminal.
        .target(name: "CPseudoTerminal"),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["vtash", "CPseudoTerminal", "VAPIClient", "VAPIWire", "TrustAuthority", "TestSupport"]
        ),
    ]
)
