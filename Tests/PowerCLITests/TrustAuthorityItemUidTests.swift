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
}
