import Foundation
import TestSupport
import Testing
import TrustAuthority

/// Step 4's base image: `New-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -FilePath $VMHost.tgz`
/// (the .tgz Export-VMHostImageDb writes), its Get-/Remove- forms (object §2: Health, HealthDescription, Id,
/// Name, TrustAuthorityClusterId, Uid, VMHostVersion). Issue 12: "a base image file that is not one" is an error.
@Suite struct TrustAuthorityBaseImageTests {
    let session: PowerCLITestShell
    let files: TrustAuthorityTestFiles
    let admin = SessionUser(vCenter: "192.168.210.22", name: "trustedadmin")

    init() throws {
        session = try PowerCLITestShell.connected()
        files = try TrustAuthorityTestFiles(lab: session.lab)
    }

    var images: [VMHostBaseImage] { (try? session.lab.baseImages(of: "domain-c8", by: admin)) ?? [] }

    @Test func theDatabaseIsImportedWithTheHostsVersion() throws {
        let host = try session.lab.host("esxi-01.vsphere.local", by: TrustAuthorityTestFiles.workloadAdmin)
        let result = session.run("""
        $i = New-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -FilePath '\(files.file("esxi-01.tgz"))'
        $i.PSObject.TypeNames[0]
        ($i.PSObject.Properties | ForEach-Object { $_.Name } | Sort-Object) -join ','
        $i.VMHostVersion; $i.Name; $i.Health
        """)
        #expect(result.errors == [])
        #expect(result.output == ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityVMHostBaseImage",
                                  "Health,HealthDescription,Id,Name,TrustAuthorityClusterId,Uid,VMHostVersion",
                                  "\(host.version)-\(host.build)", "ESXi-\(host.version)-\(host.build)-standard", "Ok"])
        #expect(images.map(\.imageVersion) == [host.imageVersion])
    }

    @Test func aFileThatIsNotABaseImageIsRefusedAndImportsNothing() throws {
        try files.scratch.write("plain text, not gzip", to: "fake.tgz")
        let messages = session.errorMessages("New-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -FilePath '\(files.file("fake.tgz"))'")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("New-TrustAuthorityVMHostBaseImage : ") == true)
        #expect(messages.first?.contains(files.file("fake.tgz")) == true)
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_InvalidFile,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityVMHostBaseImage",
                                        "InvalidData", "ViError"])
        // Gzip, but not a tar with a profile: also refused.
        let archive = try Data(contentsOf: URL(fileURLWithPath: files.file("esxi-01.tgz")))
        try archive.prefix(archive.count / 2).write(to: URL(fileURLWithPath: files.file("cut.tgz")))
        #expect(session.errorMessages("New-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -FilePath '\(files.file("cut.tgz"))'").count == 1)
        #expect(images.isEmpty)
    }

    @Test func theSameImageTwiceIsRefused() throws {
        session.run("New-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -FilePath '\(files.file("esxi-01.tgz"))' | Out-Null")
        let messages = session.errorMessages("New-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -FilePath '\(files.file("esxi-01.tgz"))'")
        #expect(messages == ["New-TrustAuthorityVMHostBaseImage : The Trust Authority cluster already has the base image of ESXi \(images.first?.imageVersion ?? "?")."])
        #expect(images.count == 1)
    }

    @Test func getFiltersAndPrintsItsTable() throws {
        session.run("$vTA | New-TrustAuthorityVMHostBaseImage '\(files.file("esxi-01.tgz"))' | Out-Null")
        let image = try #require(images.first)
        #expect(session.run("(Get-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -VMHostVersion '\(image.imageVersion)').Name").output == [image.name])
        #expect(session.run("(Get-TrustAuthorityCluster | Get-TrustAuthorityVMHostBaseImage ESXi-*).Name").output == [image.name])
        #expect(session.errorMessages("Get-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -Name nope")
            == ["Get-TrustAuthorityVMHostBaseImage : Could not find TrustAuthorityVMHostBaseImage with name 'nope'."])
        #expect(session.run("Get-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA").output.filter { !$0.isEmpty } == [
            "Name                             VMHostVersion    Health   TrustAuthorityClusterId",
            "----                             -------------    ------   -----------------------",
            image.name.padding(toLength: 33, withPad: " ", startingAt: 0) + image.imageVersion.padding(toLength: 17, withPad: " ", startingAt: 0)
                + "Ok       TrustAuthorityCluster-domain-c8",
        ])
    }

    @Test func removeConfirmsAndTakesTheImageFromThePipeline() throws {
        session.run("New-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -FilePath '\(files.file("esxi-01.tgz"))' | Out-Null")
        #expect(session.run("Get-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA | Remove-TrustAuthorityVMHostBaseImage").errors.first?.contains("NonInteractive") == true)
        #expect(images.count == 1)
        session.run("Get-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA | Remove-TrustAuthorityVMHostBaseImage -Confirm:$false")
        #expect(images.isEmpty)
    }

    @Test func aUserWhoIsNotATrustedAdminImportsNothing() throws {
        let other = try PowerCLITestShell()
        other.run(PowerCLITestShell.connectAsAdministrator)
        #expect(other.errorMessages("New-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster 'vTA Cluster' -FilePath '\(files.file("esxi-01.tgz"))'")
            == ["New-TrustAuthorityVMHostBaseImage : " + PowerCLITestShell.notTrustedAdmin])
    }
}
