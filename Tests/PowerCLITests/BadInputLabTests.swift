import Foundation
import Testing
@testable import ShellEngine
import TestSupport
import TrustAuthority

/// Every bad line aimed at the lab gets an error and leaves the lab exactly as it was: key providers, key
/// servers (keys, trust stores, certificates), the topology and the workflow's imports, compared as stored before and after each line.
@Suite struct BadInputLabTests {
    /// Lines written by hand, each wrong in one way a user gets wrong; every one must write an error.
    static let badLines = [
        // A second provider by a name that exists (names are unique across vCenter systems).
        "New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name clkp -KmipServerAddress 192.168.110.91",
        "New-TrustAuthorityKeyProvider -TrustAuthorityCluster $null -PrimaryKeyId 1 -Name other -KmipServerAddress 192.168.110.91",
        "New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name other -KmipServerAddress",
        "New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name other -KmipServerAddress 192.168.110.91 -KmipServerPort abc",
        "New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name other -KmipServerAddress 192.168.110.91 -Colour red",
        "New-TrustAuthorityKeyProvider -TrustAuthorityCluster 5 -PrimaryKeyId 1 -Name other -KmipServerAddress 192.168.110.91",
        "New-TrustAuthorityKeyProviderClientCertificate -KeyProvider $null",
        "New-TrustAuthorityKeyProviderClientCertificate -KeyProvider 'nope'",
        "New-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $null",
        "Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath /no/such/client.pem",
        "Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp",
        "Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate $null",
        "Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate 'not a certificate'",
        "Add-TrustAuthorityKeyProviderServer -KeyProvider $kp",
        "Add-TrustAuthorityKeyProviderServer -KeyProvider $null -Address 10.0.0.1",
        "Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $null -FilePath c.pem",
        "New-LabKeyServer -Address 192.168.110.91",
        "New-LabKeyServerKey -KeyServer 10.9.9.9",
        "Add-LabKeyServerClientCertificate -KeyServer 192.168.110.91 -FilePath /no/such/client.pem",
        "Add-LabKeyServerClientCertificate -KeyServer 10.9.9.9 -FilePath /no/such/client.pem",
        "Approve-LabKeyServerCertificateRequest -KeyServer 192.168.110.91 -FilePath /no/such/request.csr",
        "Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA | New-TrustAuthorityKeyProvider",
        "1/0; New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name clkp -KmipServerAddress 192.168.110.91",
        "New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name ('x' * 999999999) -KmipServerAddress 192.168.110.91",
        "New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name 'p",
    ]

    /// The lab as stored: every part of it, encoded the same way each time.
    static func snapshot(_ lab: Lab) throws -> Data {
        struct Stored: Encodable {
            var providers: [KeyProvider]
            var keyServers: [SimulatedKeyServer]
            var vCenters: [VCenter]
            var statusRefreshDelay: Double
            /// The rest of the lab as `vtash lab export` writes it: hosts, imports, workload key providers.
            var definition: String
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(Stored(providers: try lab.providers(), keyServers: lab.keyServers, vCenters: lab.vCenters,
                                         statusRefreshDelay: lab.statusRefreshDelay, definition: lab.definition.yaml))
    }

    @Test func everyBadLineWritesAnErrorAndLeavesTheLabAsItWas() throws {
        let fixture = try PowerCLITestShell()
        fixture.shell.isSandboxed = true
        fixture.run(PowerCLITestShell.connect)
        let setup = fixture.run("""
        New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91 | Out-Null
        $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA
        """)
        #expect(setup.errors.isEmpty, "\(setup.errors)")
        let before = try Self.snapshot(fixture.lab)
        #expect(try fixture.lab.providers().map(\.name) == ["clkp"])
        for line in Self.badLines {
            let result = fixture.run(line)
            #expect(!result.errors.isEmpty, "no error for: \(line)")
            #expect(try Self.snapshot(fixture.lab) == before, "the lab changed after: \(line)")
            #expect(fixture.run("'alive'").output == ["alive"], "after: \(line)")
        }
    }

    /// The check above can see a change: a good line changes the snapshot.
    @Test func theSnapshotSeesAChange() throws {
        let fixture = try PowerCLITestShell()
        fixture.run(PowerCLITestShell.connect)
        let before = try Self.snapshot(fixture.lab)
        fixture.run("New-LabKeyServerKey -KeyServer 192.168.110.91 | Out-Null")
        #expect(try Self.snapshot(fixture.lab) != before)
    }
}
