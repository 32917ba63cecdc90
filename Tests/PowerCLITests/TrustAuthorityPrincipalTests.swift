import Foundation
import ShellEngine
import TestSupport
import Testing
import TrustAuthority

/// Step 4's principal: `New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath principal.json` (the file
/// Export-TrustedPrincipal writes), `Get-TrustAuthorityPrincipal` (sets Id / filter; -Domain "only works together
/// with the Name parameter"), `Remove-TrustAuthorityPrincipal` (reference/powercli-cmdlets.md §3, §6; object §2).
@Suite struct TrustAuthorityPrincipalTests {
    let session: PowerCLITestShell
    let files: TrustAuthorityTestFiles

    init() throws {
        session = try PowerCLITestShell.connected()
        files = try TrustAuthorityTestFiles(lab: session.lab)
    }

    var imported: [TrustedPrincipal] {
        (try? session.lab.principals(of: "domain-c8", by: SessionUser(vCenter: "192.168.210.22", name: "trustedadmin"))) ?? []
    }

    func importPrincipal() {
        session.run("New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath '\(files.file("principal.json"))' | Out-Null")
    }

    @Test func theFileIsImportedAndTheObjectHasTheDocumentedProperties() throws {
        let result = session.run("""
        $p = New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath '\(files.file("principal.json"))'
        $p.PSObject.TypeNames[0]
        ($p.PSObject.Properties | ForEach-Object { $_.Name } | Sort-Object) -join ','
        $p.Name; $p.Domain; $p.Issuer; $p.IssuerAlias; $p.Type; $p.Health; $p.Id; $p.TrustAuthorityClusterId
        $p.CertificateChain[0].ChainElements.Count
        $p.CertificateChain[0].ChainElements[0].Certificate.Thumbprint
        """)
        #expect(result.errors == [])
        // §2 TrustAuthorityPrincipal: CertificateChain, Domain, Health, HealthDescription, Id, Issuer, IssuerAlias, Name,
        // TrustAuthorityClusterId, Type, Uid. The values are the workload vCenter's principal, as the domain made it.
        #expect(result.output == [
            "VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityPrincipal",
            "CertificateChain,Domain,Health,HealthDescription,Id,Issuer,IssuerAlias,Name,TrustAuthorityClusterId,Type,Uid",
            files.principal.name, "vsphere.local", "https://192.168.210.23/websso/SAML2/Metadata/vsphere.local", "192.168.210.23", "STSUser", "Ok",
            "vsphere.local\\" + files.principal.name, "TrustAuthorityCluster-domain-c8",
            "\(files.principal.certificateChain.count)", files.principal.certificateChain[0].thumbprint,
        ])
        #expect(imported == [files.principal])
    }

    @Test func theClusterBindsFromThePipelineAndGetListsThePrincipal() throws {
        session.run("$vTA | New-TrustAuthorityPrincipal -FilePath '\(files.file("principal.json"))' | Out-Null")
        #expect(imported.count == 1)
        #expect(session.run("(Get-TrustAuthorityCluster | Get-TrustAuthorityPrincipal).Name").output == [files.principal.name])
        #expect(session.run("(Get-TrustAuthorityPrincipal -Cluster 'vTA Cluster').Issuer").output == [files.principal.issuer])
    }

    @Test func getFiltersByNameDomainIssuerAndId() throws {
        importPrincipal()
        let name = files.principal.name
        #expect(session.run("(Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Name '\(name)' -Domain VSPHERE.LOCAL).Name").output == [name])
        #expect(session.run("(Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Name '\(name)' -Domain other.local).Name").output == [])
        #expect(session.run("(Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Issuer 192.168.210.23).Name").output == [name])
        #expect(session.run("(Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Issuer nobody).Name").output == [])
        #expect(session.run("(Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Id 'vsphere.local\\\(name)').Name").output == [name])
    }

    @Test func theDomainWithoutANameIsRefused() throws {
        importPrincipal()
        // §6: "Get-TrustAuthorityPrincipal -Domain only with -Name".
        #expect(session.errorMessages("Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Domain vsphere.local")
            == ["Get-TrustAuthorityPrincipal : The Domain parameter works only together with the Name parameter."])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_InvalidArgument,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityPrincipal",
                                        "InvalidArgument", "ViError"])
    }

    @Test func theIdAndFilterSetsCannotBeMixed() throws {
        #expect(session.run("Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Id x -Name y").output == [])
        #expect(session.lastError().first == "AmbiguousParameterSet,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityPrincipal")
    }

    @Test func importingTheSamePrincipalTwiceIsRefusedAndKeepsOne() throws {
        importPrincipal()
        #expect(session.errorMessages("New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath '\(files.file("principal.json"))'")
            == ["New-TrustAuthorityPrincipal : " + LabError.principalExists(files.principal.issuer).message])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_AlreadyExists,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityPrincipal",
                                        "ResourceExists", "ViError"])
        #expect(imported.count == 1)
    }

    @Test func aFileThatIsNotAPrincipalIsRefusedAndImportsNothing() throws {
        try files.scratch.write("{\"format\": \"something else\"}", to: "other.json")
        let messages = session.errorMessages("New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath '\(files.file("other.json"))'")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("New-TrustAuthorityPrincipal : ") == true)
        #expect(messages.first?.contains(files.file("other.json")) == true)
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_InvalidFile,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityPrincipal",
                                        "InvalidData", "ViError"])
        try files.scratch.write("not json at all", to: "garbage.json")
        #expect(session.errorMessages("New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath '\(files.file("garbage.json"))'").count == 1)
        #expect(imported.isEmpty)
    }

    @Test func aPrincipalWhoseChainDoesNotVerifyIsRefused() throws {
        // The workload vCenter's signing certificate under another vCenter's CA: the signature cannot verify.
        let other = try #require(session.lab.authority(of: "192.168.210.22"))
        var forged = files.principal
        forged.certificateChain = [files.principal.certificateChain[0], other.certificateAuthority.certificate]
        try files.scratch.write(forged.fileText, to: "forged.json")
        let messages = session.errorMessages("New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath '\(files.file("forged.json"))'")
        #expect(messages.first?.hasPrefix("New-TrustAuthorityPrincipal : The certificate chain of the principal in the file '\(files.file("forged.json"))' does not verify") == true)
        #expect(imported.isEmpty)
    }

    @Test func aMissingFileIsDotNetsErrorAndImportsNothing() throws {
        let missing = files.file("nope.json")
        #expect(session.errorMessages("New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath '\(missing)'")
            == ["New-TrustAuthorityPrincipal : Could not find file '\(missing)'."])
        #expect(imported.isEmpty)
    }

    @Test func whatIfImportsNothing() throws {
        let result = session.run("New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath '\(files.file("principal.json"))' -WhatIf")
        #expect(result.output == ["What if: Performing the operation \"Create Trust Authority principal 'vsphere.local\\\(files.principal.name)'\" on target \"vTA Cluster\"."])
        #expect(imported.isEmpty)
    }

    @Test func removeTakesThePrincipalFromThePipelineAndConfirmsByDefault() throws {
        importPrincipal()
        let asked = session.run("Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA | Remove-TrustAuthorityPrincipal")
        #expect(asked.errors.first?.contains("NonInteractive") == true)
        #expect(imported.count == 1)
        let result = session.run("Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA | Remove-TrustAuthorityPrincipal -Confirm:$false")
        #expect(result.errors == [] && result.output == [])
        #expect(imported.isEmpty)
    }

    @Test func removingAPrincipalThatIsGoneIsANonTerminatingError() throws {
        importPrincipal()
        let result = session.run("""
        $p = Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA
        Remove-TrustAuthorityPrincipal $p -Confirm:$false
        Remove-TrustAuthorityPrincipal $p -Confirm:$false; 'after'
        """)
        #expect(result.output == ["after"])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_NotFound,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.RemoveTrustAuthorityPrincipal",
                                        "ObjectNotFound", "VimException"])
    }

    @Test func theTablePrintsNameDomainTypeAndHealth() throws {
        importPrincipal()
        let name = files.principal.name
        #expect(session.run("Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA").output.filter { !$0.isEmpty } == [
            "Name" + String(repeating: " ", count: 49) + "Domain           Type     Health",
            "----" + String(repeating: " ", count: 49) + "------           ----     ------",
            name.padding(toLength: 53, withPad: " ", startingAt: 0) + "vsphere.local    STSUser  Ok",
        ])
    }

    @Test func aUserWhoIsNotATrustedAdminIsRefused() throws {
        let other = try PowerCLITestShell()
        other.run(PowerCLITestShell.connectAsAdministrator)
        #expect(other.errorMessages("New-TrustAuthorityPrincipal -TrustAuthorityCluster 'vTA Cluster' -FilePath '\(files.file("principal.json"))'")
            == ["New-TrustAuthorityPrincipal : " + PowerCLITestShell.notTrustedAdmin])
        #expect(other.errorMessages("Get-TrustAuthorityPrincipal -TrustAuthorityCluster 'vTA Cluster'")
            == ["Get-TrustAuthorityPrincipal : " + PowerCLITestShell.notTrustedAdmin])
    }

    @Test func theTrustedPrincipalSetTakesTheWorkloadVCentersObjectFromThePipeline() throws {
        // Get-TrustedPrincipal's object (made by the workload side's cmdlet; here by hand, with the domain's principal).
        let object = PSObject(typeNames: ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustedPrincipal", "System.Object"])
        object.baseObject = files.principal
        session.shell.setVariable("tp", .object(object))
        #expect(session.run("($tp | New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA).Issuer").output == [files.principal.issuer])
        #expect(imported == [files.principal])
        // An object of the type that vtash did not make carries no principal: refused, nothing imported.
        session.run("Remove-TrustAuthorityPrincipal (Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA) -Confirm:$false")
        session.shell.setVariable("fake", .object(PSObject(typeNames: ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustedPrincipal"])))
        #expect(session.errorMessages("New-TrustAuthorityPrincipal -TrustedPrincipal $fake -TrustAuthorityCluster $vTA")
            == ["New-TrustAuthorityPrincipal : The TrustedPrincipal parameter takes the object Get-TrustedPrincipal returns."])
        #expect(imported.isEmpty)
    }

    @Test func aClusterOfAnotherVCenterIsNotFound() throws {
        let workload = try PowerCLITestShell()
        workload.run("Connect-VIServer -Server 192.168.210.23 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null")
        #expect(workload.errorMessages("Get-TrustAuthorityPrincipal -TrustAuthorityCluster 'vTA Cluster'")
            == ["Get-TrustAuthorityPrincipal : Could not find TrustAuthorityCluster with name 'vTA Cluster'."])
        #expect(workload.errorMessages("New-TrustAuthorityPrincipal -TrustAuthorityCluster 'vTA Cluster' -FilePath '\(files.file("principal.json"))'")
            == ["New-TrustAuthorityPrincipal : Could not find TrustAuthorityCluster with name 'vTA Cluster'."])
    }

    @Test func anObjectNoCmdletMadeIsRefusedAndRemovesNothing() throws {
        importPrincipal()
        session.shell.setVariable("fake", .object(PSObject(typeNames: ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityPrincipal"])))
        let result = session.run("$fake | Remove-TrustAuthorityPrincipal -Confirm:$false; 'after'")
        #expect(result.output == ["after"])
        #expect(result.errors.first == "Remove-TrustAuthorityPrincipal : The TrustAuthorityPrincipal object was not returned by Get-TrustAuthorityPrincipal: it names no object of the lab.")
        #expect(imported.count == 1)
    }
}
