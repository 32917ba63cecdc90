import Foundation
import Testing
import TrustAuthority
import VAPIClient
@testable import VAPIServer

/// `Set-TrustAuthorityKeyProvider` with a KMIP password on a served lab is two calls (`kms.providers.update`, then
/// `credential.set`); for the operator it is one change, whole or not at all.
@Suite(.serialized) struct ServedKeyProviderChangeTests {
    static let user = SessionUser(vCenter: "127.0.0.1", name: "trustedadmin@vsphere.local")

    /// A shell's lab connected to the server, its endpoint refusing `credential.set`, with a provider `clkp` made over the API.
    static func connectedLab(_ server: RunningServer, refusal: LabError) throws -> (Lab, ServedLab) {
        let remote = try RemoteLab.signIn(host: "127.0.0.1", port: server.port, trust: try ServedLabTests.authority(server),
                                          user: ServedLabTests.admin.user, password: ServedLabTests.admin.password)
        let served = ServedLab(remote)
        var provider = KeyProvider(name: "clkp", clusterId: "domain-c8", primaryKeyId: "8", description: "before",
                                   servers: [KeyProviderServer(name: "192.168.110.91", address: "192.168.110.91", port: 5696)])
        provider.kmipServerUsername = "vcqekmip"
        try served.addProvider(provider)
        let lab = try Lab.makeDefault()
        lab.endpoint = CredentialRefusingEndpoint(served, refusal: refusal)
        return (lab, served)
    }

    @Test func aRefusedPasswordPutsThePreviousSettingsBackAndReportsTheRefusal() async throws {
        try await ServedLabTests.withServer { server, folder in
            let refusal = LabError.endpoint("The lab at https://127.0.0.1 refused the credential.")
            try await ServedLabTests.onThread {
                let (lab, served) = try Self.connectedLab(server, refusal: refusal)
                let before = try #require(try served.findProvider(named: "clkp"))
                let change = KeyProviderChange(description: "after", primaryKeyId: "9", proxyAddress: "proxy.example", proxyPort: 3128,
                                               connectionTimeoutSeconds: 7, kmipServerUsername: "", kmipServerPassword: "s3cret")
                #expect(throws: refusal) { try lab.setKeyProvider("clkp", change, by: Self.user) }
                // As the served lab holds it now, over the API and in its own file.
                let after = try #require(try served.findProvider(named: "clkp"))
                #expect(after.primaryKeyId == "8" && after.description == "before" && after.proxyAddress == nil && after.proxyPort == nil)
                #expect(after.connectionTimeoutSeconds == before.connectionTimeoutSeconds && after.kmipServerUsername == "vcqekmip")
                let stored = try #require(try Lab.open(path: folder + "/lab.sqlite").findProvider(named: "clkp"))
                #expect(stored.primaryKeyId == "8" && stored.description == "before" && stored.proxyAddress == nil && stored.kmipServerUsername == "vcqekmip")
                #expect(stored.kmipServerPassword == nil)
            }
        }
    }

    @Test func aBadValueSendsNothing() async throws {
        try await ServedLabTests.withServer { server, folder in
            try await ServedLabTests.onThread {
                let (lab, _) = try Self.connectedLab(server, refusal: .endpoint("not asked"))
                // Checked before the first call: a proxy port without a proxy address.
                let change = KeyProviderChange(description: "after", proxyPort: 3128, kmipServerPassword: "s3cret")
                #expect(throws: LabError.invalidKeyProviderSetting("The ProxyPort parameter works only together with a proxy address (ProxyAddress).")) {
                    try lab.setKeyProvider("clkp", change, by: Self.user)
                }
                let stored = try #require(try Lab.open(path: folder + "/lab.sqlite").findProvider(named: "clkp"))
                #expect(stored.description == "before")
            }
        }
    }

    @Test func anAcceptedPasswordChangesBoth() async throws {
        try await ServedLabTests.withServer { server, folder in
            try await ServedLabTests.onThread {
                let (lab, served) = try Self.connectedLab(server, refusal: .endpoint("unused"))
                lab.endpoint = served
                let changed = try lab.setKeyProvider("clkp", KeyProviderChange(description: "after", proxyAddress: "proxy.example", kmipServerPassword: "s3cret"), by: Self.user)
                #expect(changed.description == "after" && changed.proxyAddress == "proxy.example")
                // An empty proxy address removes the proxy over the API too.
                let removed = try lab.setKeyProvider("clkp", KeyProviderChange(proxyAddress: "", kmipServerUsername: ""), by: Self.user)
                #expect(removed.proxyAddress == nil && removed.kmipServerUsername == nil)
                let stored = try #require(try Lab.open(path: folder + "/lab.sqlite").findProvider(named: "clkp"))
                #expect(stored.kmipServerPassword == "s3cret" && stored.description == "after" && stored.proxyAddress == nil)
            }
        }
    }
}
