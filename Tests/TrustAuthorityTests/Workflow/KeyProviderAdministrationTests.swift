import Foundation
import Testing
@testable import TrustAuthority

/// Step 5 beyond the seed page: setting and removing key providers, their servers and trusted server
/// certificates, as the Trust Authority administrator of the provider's vCenter.
@Suite struct KeyProviderAdministrationTests {
    let workflow: WorkflowLab
    let admin = WorkflowLab.taAdmin

    init() throws {
        workflow = try WorkflowLab.configured()
    }

    @Test func setChangesEveryFieldAndKeepsTheRest() throws {
        let lab = workflow.lab
        let changed = try lab.setKeyProvider("CLKP", KeyProviderChange(
            description: "rotated", primaryKeyId: "1", proxyAddress: "127.0.0.1", proxyPort: 3128, connectionTimeoutSeconds: 60,
            kmipServerUsername: "vcqekmip", kmipServerPassword: "s3cret"), by: admin)
        #expect(changed.description == "rotated" && changed.primaryKeyId == "1" && changed.proxyAddress == "127.0.0.1" && changed.proxyPort == 3128)
        #expect(changed.connectionTimeoutSeconds == 60 && changed.kmipServerUsername == "vcqekmip" && changed.kmipServerPassword == "s3cret")
        #expect(changed.clientCertificate != nil && changed.trustedServerCertificates.count == 1)
        #expect(lab.status(of: changed).health == .ok)  // key 1 exists on the KMS too
        let cleared = try lab.setKeyProvider("clkp", KeyProviderChange(proxyAddress: "", kmipServerPassword: ""), by: admin)
        #expect(cleared.proxyAddress == nil && cleared.proxyPort == nil && cleared.kmipServerPassword == nil && cleared.description == "rotated")
    }

    @Test(arguments: [
        (KeyProviderChange(primaryKeyId: " "), "primary key id must not be empty"),
        (KeyProviderChange(proxyPort: 8080), "only together with a proxy address"),
        (KeyProviderChange(proxyAddress: "10.0.0.9", proxyPort: 0), "not valid. Specify a port from 1 to 65535"),
        (KeyProviderChange(proxyAddress: "a b"), "is not a proxy address"),
        (KeyProviderChange(description: "half done", connectionTimeoutSeconds: 0), "greater than 0"),
    ])
    func aRefusedSettingChangesNothing(change: KeyProviderChange, problem: String) throws {
        let before = try #require(workflow.lab.provider(named: "clkp"))
        #expect {
            try workflow.lab.setKeyProvider("clkp", change, by: admin)
        } throws: { error in
            guard case .invalidKeyProviderSetting(let message)? = error as? LabError else { return false }
            return message.contains(problem)
        }
        let after = try #require(workflow.lab.provider(named: "clkp"))
        #expect(after.description == before.description && after.primaryKeyId == before.primaryKeyId && after.proxyAddress == before.proxyAddress)
        #expect(after.connectionTimeoutSeconds == before.connectionTimeoutSeconds)
    }

    @Test func serversAreListedAndRemovedButNeverTheLastOne() throws {
        let lab = workflow.lab
        try lab.addServer(provider: "clkp", KeyProviderServer(name: "second", address: "10.0.0.2", port: 5697))
        #expect(try lab.keyProviderServers(of: "clkp", by: admin).map(\.name) == [WorkflowLab.kms, "second"])
        #expect(throws: LabError.keyProviderServerNotFound(provider: "clkp", server: "third")) {
            try lab.removeKeyProviderServer(provider: "clkp", server: "third", by: admin)
        }
        try lab.removeKeyProviderServer(provider: "clkp", server: "10.0.0.2", by: admin)
        #expect(try lab.keyProviderServers(of: "clkp", by: admin).map(\.name) == [WorkflowLab.kms])
        #expect(throws: LabError.lastServer("clkp")) {
            try lab.removeKeyProviderServer(provider: "clkp", server: WorkflowLab.kms, by: admin)
        }
        // The message PowerCLI's help gives for this rule (Remove-TrustAuthorityKeyProviderServer).
        #expect(LabError.lastServer("clkp").message.hasSuffix("A Trust Authority key provider requires at least 1 Trust Authority key provider server."))
        #expect(try lab.keyProviderServers(of: "clkp", by: admin).count == 1)
    }

    @Test func trustedServerCertificatesAreReplacedAndRemoved() throws {
        let lab = workflow.lab
        let trusted = try #require(lab.provider(named: "clkp")?.trustedServerCertificates.first)
        let kms = try #require(lab.keyServer(address: WorkflowLab.kms, port: 5696))
        let ca = kms.certificateAuthority.certificate
        try lab.replaceTrustedServerCertificates(provider: "clkp", [ca, ca], by: admin)
        #expect(lab.provider(named: "clkp")?.trustedServerCertificates == [ca])
        #expect(lab.status(of: try #require(lab.provider(named: "clkp"))).health == .ok)  // trusting the issuer is enough
        #expect(throws: LabError.serverCertificateNotTrusted(provider: "clkp", thumbprint: trusted.thumbprint)) {
            try lab.removeTrustedServerCertificate(provider: "clkp", trusted, by: admin)
        }
        try lab.removeTrustedServerCertificate(provider: "clkp", ca, by: admin)
        let provider = try #require(lab.provider(named: "clkp"))
        #expect(provider.trustedServerCertificates.isEmpty)
        #expect(lab.status(of: provider).servers.first?.clientTrustServer == false)
    }

    @Test func aProviderIsRemovedOnlyWhenItExists() throws {
        let lab = workflow.lab
        #expect(try lab.keyProviders(of: WorkflowLab.cluster, by: admin).map(\.name) == ["clkp"])
        try lab.removeKeyProvider("clkp", by: admin)
        #expect(lab.providerNames().isEmpty)
        #expect(throws: LabError.providerNotFound("clkp")) { try lab.removeKeyProvider("clkp", by: admin) }
        #expect(throws: LabError.providerNotFound("clkp")) { try lab.setKeyProvider("clkp", KeyProviderChange(), by: admin) }
    }
}
