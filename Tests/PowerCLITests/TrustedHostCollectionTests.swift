import Foundation
import TestSupport
import Testing
import TrustAuthority

/// Step 3 of the procedure, on the workload vCenter (reference §4 row 3, §3 "TPM / base image", §1 synopses):
/// `Export-TrustedPrincipal -FilePath`, `Get-TrustedPrincipal`, `Export-VMHostImageDb -VMHost -FilePath`,
/// `Get-Tpm2EndorsementKey`, `Export-Tpm2CACertificate`, `Export-Tpm2EndorsementKey` (host-direct only). The files are
/// read back with openssl and tar.
@Suite struct TrustedHostCollectionTests {
    static let workload = LabDefinition.workloadVCenterAddress

    static func connected() throws -> PowerCLITestShell {
        let session = try PowerCLITestShell()
        session.run(InventoryTests.connectWorkload)
        return session
    }

    @Test func exportTrustedPrincipalWritesTheVCentersRealSigningChain() throws {
        let session = try Self.connected()
        let scratch = try ScratchDirectory()
        let result = session.run("(Export-TrustedPrincipal -FilePath '\(scratch.file("principal.json"))').Name")
        #expect(result.errors == [])
        #expect(result.output == ["principal.json"])
        let text = try #require(scratch.text("principal.json"))
        let principal = try TrustedPrincipal(fileBytes: Array(text.utf8), source: "test")
        #expect(principal.issuer == "https://\(Self.workload)/websso/SAML2/Metadata/vsphere.local")
        let authority = try #require(session.lab.authority(of: Self.workload))
        #expect(principal.certificateChain == authority.chain)
        // openssl verifies the signing certificate against the CA of the chain.
        let openssl = try ExternalTool("openssl")
        try scratch.write(principal.certificateChain[1].pem, to: "ca.pem")
        try scratch.write(principal.certificateChain[0].pem, to: "leaf.pem")
        let verified = try openssl.run(["verify", "-CAfile", scratch.file("ca.pem"), scratch.file("leaf.pem")])
        #expect(verified.status == 0)
        #expect(verified.output.contains("OK"))
    }

    @Test func anExistingFileNeedsForce() throws {
        let session = try Self.connected()
        let scratch = try ScratchDirectory()
        try scratch.write("keep", to: "principal.json")
        #expect(session.errorMessages("Export-TrustedPrincipal -FilePath '\(scratch.file("principal.json"))'") ==
            ["Export-TrustedPrincipal : The file '\(scratch.file("principal.json"))' already exists. Use the Force parameter to overwrite it."])
        #expect(scratch.text("principal.json") == "keep")
        #expect(session.run("Export-TrustedPrincipal -FilePath '\(scratch.file("new/principal.json"))' -Force | Out-Null").errors == [])
        #expect(scratch.text("new/principal.json")?.contains("vtash.trustedPrincipal") == true)
    }

    @Test func exportTrustedPrincipalNeedsOneWorkloadServerAndATrustedAdmin() throws {
        let session = try PowerCLITestShell()
        let scratch = try ScratchDirectory()
        session.run(InventoryTests.connectWorkload.replacingOccurrences(of: "trustedadmin", with: "administrator"))
        #expect(session.errorMessages("Export-TrustedPrincipal -FilePath '\(scratch.file("p.json"))'") ==
            ["Export-TrustedPrincipal : " + PowerCLITestShell.notTrustedAdmin])
        #expect(scratch.text("p.json") == nil)
        let both = try PowerCLITestShell()
        both.run(MultipleServersTests.connectBoth)
        // The TA vCenter has no workload cluster: the workload vCenter is the one meant.
        #expect(both.run("Export-TrustedPrincipal -FilePath '\(scratch.file("p.json"))' | Out-Null").errors == [])
        #expect(scratch.text("p.json")?.contains(Self.workload) == true)
        #expect(both.run("(Get-TrustedPrincipal -Server 192.168.210.22).Issuer").output == ["https://192.168.210.22/websso/SAML2/Metadata/vsphere.local"])
    }

    @Test func getTrustedPrincipalShowsTheDocumentedProperties() throws {
        let session = try Self.connected()
        let result = session.run("""
        $p = Get-TrustedPrincipal
        ($p.PSObject.Properties | ForEach-Object { $_.Name } | Sort-Object) -join ','
        $p.Domain; $p.Type; $p.CertificateChain.Count; $p.CertificateChain[0].PSObject.TypeNames[0]; $p.CertificateChain[0].ChainElements.Count
        """)
        #expect(result.errors == [])
        // Reference §2 TrustedPrincipal: CertificateChain (X509Chain[]), Domain, Id, Issuer, Name, Type, Uid; the chain holds
        // the workload vCenter's signing certificate and its CA.
        #expect(result.output == ["CertificateChain,Domain,Id,Issuer,Name,Type,Uid", "vsphere.local", "STSUser", "1",
                                  "System.Security.Cryptography.X509Certificates.X509Chain", "2"])
    }

    /// New-TrustAuthorityPrincipal's help example: the properties of Get-TrustedPrincipal's object feed the
    /// `[-Name] -CertificateChain -Domain -Issuer` set as they are (reference §3: CertificateChain is X509Chain[] on both).
    @Test func getTrustedPrincipalsPropertiesFeedNewTrustAuthorityPrincipal() throws {
        let session = try Self.connected()
        let result = session.run("""
        Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        $p = Get-TrustedPrincipal -Server \(Self.workload)
        $vTA = Get-TrustAuthorityCluster 'vTA Cluster' -Server 192.168.210.22
        $made = New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Name $p.Name -Domain $p.Domain -Issuer $p.Issuer -CertificateChain $p.CertificateChain -Server 192.168.210.22
        $made.Name -eq $p.Name; $made.Issuer -eq $p.Issuer; $made.CertificateChain[0].ChainElements.Count
        """)
        #expect(result.errors == [])
        #expect(result.output == ["True", "True", "2"])
        let stored = try session.lab.principals(of: "domain-c8", by: SessionUser(vCenter: "192.168.210.22", name: "trustedadmin"))
        let authority = try #require(session.lab.authority(of: Self.workload))
        #expect(stored.map(\.certificateChain) == [authority.chain])
    }

    @Test func exportVMHostImageDbWritesATgzThatTarLists() throws {
        let session = try Self.connected()
        let scratch = try ScratchDirectory()
        let result = session.run("$vmhost = Get-VMHost esxi-01.vsphere.local; (Export-VMHostImageDb -VMHost $vmhost -FilePath '\(scratch.file("esxi-01.tgz"))').Length -gt 0")
        #expect(result.errors == [])
        #expect(result.output == ["True"])
        let listing = try ExternalTool("tar").run(["tzf", scratch.file("esxi-01.tgz")])
        #expect(listing.status == 0)
        #expect(listing.output.contains("var/db/esximg/profiles/ESXi-7.0.3-21930508-standard"))
        let bytes = try #require(FileManager.default.contents(atPath: scratch.file("esxi-01.tgz")))
        #expect(try BaseImageDatabase(tgzBytes: Array(bytes), source: "test").baseImage.imageVersion == "7.0.3-21930508")
    }

    @Test func exportVMHostImageDbTakesTheHostByNameOrPipelineAndOneHostPerFile() throws {
        let session = try Self.connected()
        let scratch = try ScratchDirectory()
        #expect(session.run("Get-VMHost esxi-02.vsphere.local | Export-VMHostImageDb -FilePath '\(scratch.file("a.tgz"))' | Out-Null").errors == [])
        #expect(session.run("Export-VMHostImageDb -VMHost esxi-03.vsphere.local -FilePath '\(scratch.file("b.tgz"))' | Out-Null").errors == [])
        #expect(FileManager.default.fileExists(atPath: scratch.file("a.tgz")) && FileManager.default.fileExists(atPath: scratch.file("b.tgz")))
        let several = session.errorMessages("Export-VMHostImageDb -VMHost (Get-VMHost) -FilePath '\(scratch.file("c.tgz"))'")
        #expect(several.first?.hasPrefix("Export-VMHostImageDb : The VMHost parameter names 3 hosts, but FilePath is one file.") == true)
        #expect(!FileManager.default.fileExists(atPath: scratch.file("c.tgz")))
        #expect(session.errorMessages("Export-VMHostImageDb -VMHost nohost -FilePath '\(scratch.file("d.tgz"))'") ==
            ["Export-VMHostImageDb : Could not find VMHost with name 'nohost'."])
    }

    @Test func getTpm2EndorsementKeyReadsEachHostsTpm() throws {
        let session = try Self.connected()
        let result = session.run("""
        $ek = Get-VMHost esxi-01.vsphere.local | Get-Tpm2EndorsementKey
        $ek.VMHostName; $ek.Certificate.Issuer; $ek.PublicKey.Split([char]10)[0]
        (Get-VMHost | Get-Tpm2EndorsementKey).Count
        """)
        #expect(result.errors == [])
        #expect(result.output == ["esxi-01.vsphere.local", "CN=vtash Simulated TPM Manufacturer EK Root CA, O=vtash Simulated TPM Manufacturer, C=US", "-----BEGIN PUBLIC KEY-----", "3"])
    }

    @Test func exportTpm2CACertificateWritesTheManufacturersCAThatSignedTheEK() throws {
        let session = try Self.connected()
        let scratch = try ScratchDirectory()
        let result = session.run("""
        $ek = Get-Tpm2EndorsementKey -VMHost esxi-01.vsphere.local
        $ek | Export-Tpm2CACertificate -FilePath '\(scratch.file("cacert.cer"))' | Out-Null
        Export-Tpm2CACertificate '\(scratch.file("cacert.pem"))' -Certificate $ek.Certificate | Out-Null
        """)
        #expect(result.errors == [])
        let openssl = try ExternalTool("openssl")
        let der = try openssl.run(["x509", "-inform", "DER", "-in", scratch.file("cacert.cer"), "-noout", "-subject"])
        #expect(der.status == 0)
        #expect(der.output.contains("vtash Simulated TPM Manufacturer"))
        let pem = try openssl.run(["x509", "-in", scratch.file("cacert.pem"), "-noout", "-subject"])
        #expect(pem.output == der.output)
        // The endorsement key certificate verifies against the exported CA.
        let key = try #require(session.lab.host("esxi-01.vsphere.local", on: Self.workload)?.tpm?.endorsementKey.certificate)
        try scratch.write(key.pem, to: "ek.pem")
        #expect(try openssl.run(["verify", "-CAfile", scratch.file("cacert.pem"), scratch.file("ek.pem")]).status == 0)
    }

    @Test func exportTpm2EndorsementKeyWorksOnlyConnectedToTheHostDirectly() throws {
        let session = try Self.connected()
        let scratch = try ScratchDirectory()
        let refused = session.errorMessages("Export-Tpm2EndorsementKey -VMHost esxi-01.vsphere.local -FilePath '\(scratch.file("ek.pem"))'")
        #expect(refused == ["Export-Tpm2EndorsementKey : The cmdlet works only when you are connected directly to the host 'esxi-01.vsphere.local' with Connect-VIServer; you are connected to vCenter Server '\(Self.workload)'."])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_NotConnectedToVMHost,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.ExportTpm2EndorsementKey",
                                        "InvalidOperation", "ViError"])
        #expect(!FileManager.default.fileExists(atPath: scratch.file("ek.pem")))
        session.run("Connect-VIServer esxi-01.vsphere.local -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null")
        #expect(session.run("Export-Tpm2EndorsementKey -FilePath '\(scratch.file("ek.pem"))' | Out-Null").errors == [])
        let text = try #require(scratch.text("ek.pem"))
        let key = try Tpm2EndorsementKey(pem: text, name: "esxi-01", source: "test")
        #expect(key == session.lab.host("esxi-01.vsphere.local", on: Self.workload)?.tpm?.endorsementKey.withName("esxi-01"))
        let openssl = try ExternalTool("openssl")
        #expect(try openssl.run(["pkey", "-pubin", "-in", scratch.file("ek.pem"), "-noout"]).status == 0)
        #expect(try openssl.run(["x509", "-in", scratch.file("ek.pem"), "-noout"]).status == 0)
    }
}

extension Tpm2EndorsementKey {
    func withName(_ name: String) -> Tpm2EndorsementKey {
        var renamed = self
        renamed.name = name
        return renamed
    }
}
