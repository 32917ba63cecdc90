import Foundation
import ShellEngine
import TestSupport
import Testing
import TrustAuthority
import VtashKit

/// Every cmdlet of the Trust Authority side has Get-Help (synopsis, syntax, the reference's parameters, an
/// example) and completes the lab's names for its parameters (issue 12, "Every new cmdlet").
@Suite struct TrustAuthorityServiceHelpTests {
    /// Each cmdlet with the parameters reference/powercli-cmdlets.md §3 gives it (vtash's choices where it gives none).
    static let parameters: [(String, [String])] = [
        ("Set-TrustAuthorityCluster", ["TrustAuthorityCluster", "State", "RunAsync", "Server"]),
        ("Get-TrustAuthorityServicesStatus", ["TrustAuthorityCluster", "Server"]),
        ("Get-TrustAuthorityPrincipal", ["TrustAuthorityCluster", "Name", "Domain", "Issuer", "Id", "Server"]),
        ("New-TrustAuthorityPrincipal", ["TrustedPrincipal", "FilePath", "Name", "CertificateChain", "Domain", "Issuer", "Type", "TrustAuthorityCluster", "Server"]),
        ("Remove-TrustAuthorityPrincipal", ["TrustAuthorityPrincipal", "Server"]),
        ("Get-TrustAuthorityTpm2CACertificate", ["TrustAuthorityCluster", "Name", "Server"]),
        ("New-TrustAuthorityTpm2CACertificate", ["TrustAuthorityCluster", "FilePath", "CertificateChain", "Name", "Server"]),
        ("Remove-TrustAuthorityTpm2CACertificate", ["Tpm2CACertificate", "Server"]),
        ("Get-TrustAuthorityTpm2EndorsementKey", ["TrustAuthorityCluster", "Name", "Server"]),
        ("New-TrustAuthorityTpm2EndorsementKey", ["TrustAuthorityCluster", "FilePath", "Tpm2EndorsementKey", "Name", "PublicKey", "Certificate", "PublicKeyFile", "CertificateFile", "Server"]),
        ("Remove-TrustAuthorityTpm2EndorsementKey", ["Tpm2EndorsementKey", "Server"]),
        ("Get-TrustAuthorityVMHostBaseImage", ["TrustAuthorityCluster", "Name", "VMHostVersion", "Server"]),
        ("New-TrustAuthorityVMHostBaseImage", ["TrustAuthorityCluster", "FilePath", "Server"]),
        ("Remove-TrustAuthorityVMHostBaseImage", ["VMHostBaseImage", "Server"]),
        ("Get-TrustAuthorityTpm2AttestationSettings", ["TrustAuthorityCluster", "Server"]),
        ("Set-TrustAuthorityTpm2AttestationSettings", ["Tpm2AttestationSettings", "TrustAuthorityCluster", "RequireCertificateValidation", "RequireEndorsementKey", "Server"]),
        ("Export-TrustAuthorityServicesInfo", ["TrustAuthorityCluster", "FilePath", "Force", "Server"]),
        ("Get-TrustAuthorityKeyProviderService", ["VMHost", "ServiceAddress", "ServiceGroup", "TrustAuthorityCluster", "Server"]),
        ("Get-TrustAuthorityAttestationService", ["VMHost", "ServiceAddress", "ServiceGroup", "TrustAuthorityCluster", "Server"]),
        ("Set-TrustAuthorityKeyProvider", ["KeyProvider", "ConnectionTimeoutSeconds", "Description", "KmipServerUsername", "MasterKeyId", "PrimaryKeyId",
                                           "ProxyAddress", "ProxyPort", "Type", "KmipServerPassword", "TrustAuthorityCluster", "Server"]),
        ("Remove-TrustAuthorityKeyProvider", ["KeyProvider", "TrustAuthorityCluster", "Server"]),
        ("Get-TrustAuthorityKeyProviderServer", ["KeyProvider", "Name", "Address", "TrustAuthorityCluster", "Server"]),
        ("Remove-TrustAuthorityKeyProviderServer", ["KeyProviderServer", "Server"]),
        ("Set-TrustAuthorityKeyProviderServerCertificate", ["Certificate", "KeyProvider", "TrustAuthorityCluster", "Server"]),
        ("Remove-TrustAuthorityKeyProviderServerCertificate", ["ServerCertificate", "Server"]),
    ]

    /// Changes support -WhatIf and -Confirm; reads do not.
    static let changing: Set<String> = Set(parameters.map(\.0).filter { !$0.hasPrefix("Get-") && !$0.hasPrefix("Export-") })

    @Test(arguments: parameters)
    func helpHasSynopsisSyntaxParametersAndAnExample(name: String, parameters: [String]) throws {
        let session = try PowerCLITestShell()
        let lines = session.run("Get-Help \(name) -Full").output
        let text = lines.joined(separator: "\n")
        let synopsis = try #require(lines.firstIndex(of: "SYNOPSIS"))
        #expect(lines.count > synopsis + 1 && lines[synopsis + 1].hasPrefix("    This cmdlet "), "\(name)")
        let syntax = lines.filter { $0.hasPrefix("    \(name) ") }
        #expect(lines.contains("SYNTAX") && !syntax.isEmpty, "\(name)")
        // -WhatIf and -Confirm, the common parameters of SupportsShouldProcess, show in every syntax line of a change.
        #expect(syntax.allSatisfy { $0.contains("[-WhatIf] [-Confirm]") } == Self.changing.contains(name), "\(name)")
        let heads = lines.filter { $0.hasPrefix("    -") && !$0.hasPrefix("    --") }.map { String($0.dropFirst(5).prefix { $0 != " " }) }
        #expect(heads == parameters, "\(name)")
        #expect(text.contains("-------------------------- Example 1 --------------------------"), "\(name)")
        #expect(lines.contains { $0.hasPrefix("    PS C:\\>") && $0.contains(name) }, "\(name)")
    }

    func complete(_ line: String, in session: PowerCLITestShell) -> [String] {
        CommandCompletion(shell: session.shell).complete(line: line, cursor: line.utf8.count).candidates
    }

    @Test func importedItemsCompleteByName() throws {
        let session = try PowerCLITestShell.connected()
        let files = try TrustAuthorityTestFiles(lab: session.lab)
        session.run("""
        New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath '\(files.file("principal.json"))' | Out-Null
        New-TrustAuthorityTpm2CACertificate -Name tpmca -TrustAuthorityCluster $vTA -FilePath '\(files.file("cacert.pem"))' | Out-Null
        New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -FilePath '\(files.file("esxi-01.pem"))' | Out-Null
        New-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -FilePath '\(files.file("esxi-01.tgz"))' | Out-Null
        """)
        #expect(complete("Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Name vpxd", in: session) == [files.principal.name])
        #expect(complete("Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Domain ", in: session) == ["vsphere.local"])
        #expect(complete("Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA -Name ", in: session) == ["tpmca"])
        #expect(complete("Get-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Name e", in: session) == ["esxi-01"])
        #expect(complete("Get-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -Name ", in: session) == ["ESXi-7.0.3-21930508-standard"])
        #expect(complete("Get-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -VMHostVersion 7", in: session) == ["7.0.3-21930508"])
    }

    @Test func clustersProvidersHostsAndGroupsComplete() throws {
        let session = try PowerCLITestShell.withProvider()
        #expect(complete("Set-TrustAuthorityCluster -TrustAuthorityCluster ", in: session) == ["'vTA Cluster'"])
        #expect(complete("Get-TrustAuthorityPrincipal -TrustAuthorityCluster v", in: session) == ["'vTA Cluster'"])
        #expect(complete("Set-TrustAuthorityKeyProvider -KeyProvider c", in: session) == ["clkp"])
        #expect(complete("Get-TrustAuthorityAttestationService -VMHost ", in: session) == ["esxi-ta-01.vsphere.local"])
        #expect(complete("Get-TrustAuthorityKeyProviderService -ServiceGroup ", in: session) == ["domain-c8@192.168.210.22"])
        #expect(complete("Set-TrustAuthorityCluster -State ", in: session) == ["Disabled", "Enabled"])
        // A user who is not a TrustedAdmin gets no names of imported items.
        let other = try PowerCLITestShell()
        other.run(PowerCLITestShell.connectAsAdministrator)
        #expect(complete("Get-TrustAuthorityAttestationService -VMHost ", in: other) == [])
    }
}
