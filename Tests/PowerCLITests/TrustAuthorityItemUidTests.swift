import Foundation
import TestSupport
import Testing
import TrustAuthority

/// The Uid of the Trust Authority side's objects starts with their connection's, as every PowerCLI object of a connection
/// does (`/VIServer=<domain>\<user>@<server>:<port>/`, public transcripts: `/VIServer=lab.local\administrator@192.168.0.61:443/
/// Cluster=ClusterComputeResource-domain-c133/`), then the cluster, then the item (docs/workflow-cmdlets.md, "Uid").
@Suite struct TrustAuthorityItemUidTests {
    static let prefix = "/VIServer=vsphere.local\\trustedadmin@192.168.210.22:443/TrustAuthorityCluster=TrustAuthorityCluster-domain-c8/"

    @Test func everyItemsUidStartsWithItsConnectionAndCluster() throws {
        let session = try PowerCLITestShell.connected()
        let files = try TrustAuthorityTestFiles(lab: session.lab)
        let result = session.run("""
        (New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath '\(files.file("principal.json"))').Uid
        (New-TrustAuthorityTpm2CACertificate -Name tpmca -TrustAuthorityCluster $vTA -FilePath '\(files.file("cacert.pem"))').Uid
        (New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -FilePath '\(files.file("esxi-01.pem"))').Uid
        (New-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -FilePath '\(files.file("esxi-01.tgz"))').Uid
        (Get-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster $vTA).Uid
        (Get-TrustAuthorityServicesStatus -TrustAuthorityCluster $vTA).Uid
        (Get-TrustAuthorityAttestationService -TrustAuthorityCluster $vTA).Uid
        (Get-TrustAuthorityKeyProviderService -TrustAuthorityCluster $vTA).Uid
        """)
        #expect(result.errors == [])
        #expect(result.output == [
            Self.prefix + "TrustAuthorityPrincipal=vsphere.local\\\(files.principal.name)/",
            Self.prefix + "TrustAuthorityTpm2CACertificate=tpmca/",
            Self.prefix + "TrustAuthorityTpm2EndorsementKey=esxi-01/",
            Self.prefix + "TrustAuthorityVMHostBaseImage=7.0.3-21930508/",
            Self.prefix + "TrustAuthorityTpm2AttestationSettings/",
            Self.prefix + "TrustAuthorityServicesStatus/",
            Self.prefix + "TrustAuthorityAttestationService=attestation-esxi-ta-01.vsphere.local:443/",
            Self.prefix + "TrustAuthorityKeyProviderService=keyprovider-esxi-ta-01.vsphere.local:443/",
        ])
    }

    /// The seed page's objects: the key provider, its KMIP server (also inside `KeyProviderServers`) and the certificate
    /// the server presents.
    @Test func theKeyProviderSidesUidsStartWithTheirConnection() throws {
        let session = try PowerCLITestShell.withProvider()
        let connection = "/VIServer=vsphere.local\\trustedadmin@192.168.210.22:443/"
        let result = session.run("""
        $kp.Uid; $kp.KeyProviderServers[0].Uid
        (Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA).Uid
        (Get-TrustAuthorityKeyProviderServer -KeyProvider $kp).Uid
        (Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers).Uid.StartsWith('\(connection)TrustAuthorityKeyProviderServerCertificate=')
        """)
        #expect(result.errors == [])
        let provider = try #require(try session.lab.findProvider(named: "clkp"))
        let server = connection + "TrustAuthorityKeyProviderServer=\(provider.id):192.168.110.91/"
        #expect(result.output == [connection + "TrustAuthorityKeyProvider=\(provider.id)/", server, connection + "TrustAuthorityKeyProvider=\(provider.id)/", server, "True"])
    }
}
