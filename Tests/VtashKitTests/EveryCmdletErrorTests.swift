import Foundation
import ShellEngine
import Testing
import TestSupport

/// Every cmdlet the configured shell registers either has one of its errors provoked here (a bad argument, an object
/// that does not exist, a missing file) inside `try { ... -ErrorAction Stop } catch { ... }`, or is listed among those
/// that cannot fail, with why. A newly registered cmdlet in neither list fails the first test.
/// The facts pinned: -ErrorAction Stop turns a cmdlet's error into a terminating one that `catch` receives, `$_` is
/// `$Error[0]`, and the error is the cmdlet's own (its FullyQualifiedErrorId ends with the cmdlet's class name, as
/// PowerShell's ErrorRecord.SetInvocationInfo makes it) — about_CommonParameters (-ErrorAction Stop),
/// about_Automatic_Variables ($Error), PS:src/System.Management.Automation/engine/ErrorPackage.cs.
@Suite struct EveryCmdletErrorTests {
    /// Cmdlet → a command line that fails (run connected to the default lab's Trust Authority vCenter; `-ErrorAction
    /// Stop` is appended). Each failure leaves the lab as it was, so one shell serves them all.
    static let provoked: [(String, String)] = [
        ("Add-AttestationServiceInfo", #"Add-AttestationServiceInfo -ServiceAddress nosuch.example -ServiceGroup nosuch -TaClusterId nosuch -Server nosuch.example"#),
        ("Add-Content", #"Add-Content -Path ./missing/file.txt -Value x"#),
        ("Add-KeyProviderServiceInfo", #"Add-KeyProviderServiceInfo -ServiceAddress nosuch.example -ServiceGroup nosuch -TaClusterId nosuch -Server nosuch.example"#),
        ("Add-LabKeyServerClientCertificate", #"Add-LabKeyServerClientCertificate -KeyServer nosuch.example -FilePath ./missing.pem"#),
        ("Add-Member", #"Add-Member -InputObject ([pscustomobject]@{ A = 1 }) -MemberType NoteProperty -Name A -Value 2"#),
        ("Add-TrustAuthorityKeyProviderServer", #"Add-TrustAuthorityKeyProviderServer -KeyProvider nosuch -Address 192.0.2.1"#),
        ("Add-TrustAuthorityKeyProviderServerCertificate", #"Add-TrustAuthorityKeyProviderServerCertificate -KeyProvider nosuch -FilePath ./missing.pem"#),
        ("Add-TrustedClusterAttestationServiceInfo", #"Add-TrustedClusterAttestationServiceInfo -TrustedCluster nosuch -AttestationServiceInfo nosuch"#),
        ("Add-TrustedClusterKeyProviderServiceInfo", #"Add-TrustedClusterKeyProviderServiceInfo -TrustedCluster nosuch -KeyProviderServiceInfo nosuch"#),
        ("Approve-LabKeyServerCertificateRequest", #"Approve-LabKeyServerCertificateRequest -KeyServer nosuch.example -CsrFilePath ./missing.csr -OutFile ./out.pem"#),
        ("Clear-Variable", #"Clear-Variable -Name nosuchvariable"#),
        ("Compare-Object", #"Compare-Object -ReferenceObject $null -DifferenceObject 1"#),
        ("Connect-VIServer", #"Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password wrong"#),
        ("ConvertFrom-Csv", #"ConvertFrom-Csv -InputObject 'a' -Delimiter 'ab'"#),
        ("ConvertFrom-Json", #"ConvertFrom-Json -InputObject '{ not json'"#),
        ("ConvertFrom-StringData", #"ConvertFrom-StringData -StringData 'no equals sign'"#),
        ("ConvertFrom-SecureString", #"ConvertFrom-SecureString -SecureString 'plain text'"#),
        ("ConvertTo-Csv", #"ConvertTo-Csv -InputObject 1 -Delimiter 'ab'"#),
        ("ConvertTo-Json", #"ConvertTo-Json -InputObject 1 -Depth 101"#),
        ("ConvertTo-SecureString", #"ConvertTo-SecureString -String 'not an encrypted string'"#),
        ("Clear-Content", #"Clear-Content -Path ./missing.txt"#),
        ("Copy-Item", #"Copy-Item -Path ./missing.txt -Destination ./copy.txt"#),
        ("Disconnect-VIServer", #"Disconnect-VIServer -Server nosuch.example -Confirm:$false"#),
        ("Export-Csv", #"Export-Csv -InputObject 1 -Path ./missing/out.csv"#),
        ("Export-ModuleMember", #"Export-ModuleMember -Function x"#),
        ("Export-Tpm2CACertificate", #"Export-Tpm2CACertificate -Certificate nosuch -FilePath ./ca.pem"#),
        ("Export-Tpm2EndorsementKey", #"Export-Tpm2EndorsementKey -VMHost nosuch -FilePath ./ek.pem"#),
        ("Export-TrustAuthorityKeyProviderClientCertificate", #"Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider nosuch -FilePath ./client.pem"#),
        ("Export-TrustAuthorityServicesInfo", #"Export-TrustAuthorityServicesInfo -TrustAuthorityCluster nosuch -FilePath ./info.json"#),
        ("Export-TrustedPrincipal", #"Export-TrustedPrincipal -FilePath ./missing/principal.json"#),
        ("Export-VMHostImageDb", #"Export-VMHostImageDb -VMHost nosuch -FilePath ./image.tgz"#),
        ("ForEach-Object", #"ForEach-Object -InputObject 1 -Process 'not a script block'"#),
        ("Format-List", #"Format-List -InputObject ([pscustomobject]@{ A = 1 }) -Property @{ Expression = 'A'; Nonsense = 1 }"#),
        ("Format-Table", #"Format-Table -InputObject 1 -Property @{ Expression = 'x'; Nonsense = 1 }"#),
        ("Format-Wide", #"Format-Wide -InputObject 1 -Property @{ Expression = 'x'; Nonsense = 1 }"#),
        ("Get-Alias", #"Get-Alias -Name nosuchalias"#),
        ("Get-AttestationServiceInfo", #"Get-AttestationServiceInfo -Server nosuch.example"#),
        ("Get-ChildItem", #"Get-ChildItem -Path ./missing"#),
        ("Get-Cluster", #"Get-Cluster -Name nosuch"#),
        ("Get-Command", #"Get-Command -Name nosuch-command"#),
        ("Get-Content", #"Get-Content -Path ./missing.txt"#),
        ("Get-Credential", #"Get-Credential -UserName ''"#),
        ("Get-Datacenter", #"Get-Datacenter -Name nosuch"#),
        ("Get-Date", #"Get-Date -Date 'not a date'"#),
        ("Get-FileHash", #"Get-FileHash -Path ./missing.txt"#),
        ("Get-Help", #"Get-Help -Name nosuch-command"#),
        ("Get-History", #"Get-History -Id 999"#),
        ("Get-Item", #"Get-Item -Path ./missing.txt"#),
        ("Get-KeyProvider", #"Get-KeyProvider -Name nosuch"#),
        ("Get-KeyProviderServiceInfo", #"Get-KeyProviderServiceInfo -Server nosuch.example"#),
        ("Get-LabKeyServer", #"Get-LabKeyServer -Address nosuch.example"#),
        ("Get-Member", #"Get-Member -InputObject $null"#),
        ("Get-PowerCLIConfiguration", #"Get-PowerCLIConfiguration -Scope NoSuchScope"#),
        ("Get-Random", #"Get-Random -Minimum 10 -Maximum 1"#),
        ("Get-Tpm2EndorsementKey", #"Get-Tpm2EndorsementKey -VMHost nosuch"#),
        ("Get-TrustAuthorityAttestationService", #"Get-TrustAuthorityAttestationService -Server nosuch.example"#),
        ("Get-TrustAuthorityCluster", #"Get-TrustAuthorityCluster -Name nosuch"#),
        ("Get-TrustAuthorityKeyProvider", #"Get-TrustAuthorityKeyProvider -TrustAuthorityCluster nosuch"#),
        ("Get-TrustAuthorityKeyProviderClientCertificate", #"Get-TrustAuthorityKeyProviderClientCertificate -KeyProvider nosuch"#),
        ("Get-TrustAuthorityKeyProviderClientCertificateCSR", #"Get-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider nosuch"#),
        ("Get-TrustAuthorityKeyProviderServer", #"Get-TrustAuthorityKeyProviderServer -KeyProvider nosuch"#),
        ("Get-TrustAuthorityKeyProviderServerCertificate", #"Get-TrustAuthorityKeyProviderServerCertificate -KeyProvider nosuch"#),
        ("Get-TrustAuthorityKeyProviderService", #"Get-TrustAuthorityKeyProviderService -Server nosuch.example"#),
        ("Get-TrustAuthorityPrincipal", #"Get-TrustAuthorityPrincipal -TrustAuthorityCluster nosuch"#),
        ("Get-TrustAuthorityServicesStatus", #"Get-TrustAuthorityServicesStatus -TrustAuthorityCluster nosuch"#),
        ("Get-TrustAuthorityTpm2AttestationSettings", #"Get-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster nosuch"#),
        ("Get-TrustAuthorityTpm2CACertificate", #"Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster nosuch"#),
        ("Get-TrustAuthorityTpm2EndorsementKey", #"Get-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster nosuch"#),
        ("Get-TrustAuthorityVMHostBaseImage", #"Get-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster nosuch"#),
        ("Get-TrustedCluster", #"Get-TrustedCluster -Name nosuch"#),
        ("Get-TrustedClusterAppliedStatus", #"Get-TrustedClusterAppliedStatus -TrustedCluster nosuch"#),
        ("Get-TrustedPrincipal", #"Get-TrustedPrincipal -Server nosuch.example"#),
        ("Get-VM", #"Get-VM -Name nosuch"#),
        ("Get-VMHost", #"Get-VMHost -Name nosuch"#),
        ("Get-VMHostAttestation", #"Get-VMHostAttestation -VMHost nosuch"#),
        ("Get-Variable", #"Get-Variable -Name nosuchvariable"#),
        ("Group-Object", #"Group-Object -InputObject 1 -AsString"#),
        ("Import-Csv", #"Import-Csv -Path ./missing.csv"#),
        ("Import-Module", #"Import-Module -Name NoSuchModule"#),
        ("Import-TrustAuthorityServicesInfo", #"Import-TrustAuthorityServicesInfo -FilePath ./missing.json"#),
        ("Invoke-Expression", #"Invoke-Expression -Command '1 +'"#),
        ("Join-Path", #"Join-Path -Path ./missing -ChildPath x -Resolve"#),
        ("Measure-Command", #"Measure-Command -Expression 'not a script block'"#),
        ("Measure-Object", #"Measure-Object -InputObject ([pscustomobject]@{ A = 1 }) -Property NoSuch"#),
        ("Move-Item", #"Move-Item -Path ./missing.txt -Destination ./moved.txt"#),
        ("New-Alias", #"New-Alias -Name gci -Value Get-ChildItem"#),
        ("New-Item", #"New-Item -Path ./missing/deeper/file.txt -ItemType File"#),
        ("New-LabKeyServer", #"New-LabKeyServer -Address 192.168.110.91"#),
        ("New-LabKeyServerClientCertificate", #"New-LabKeyServerClientCertificate -KeyServer nosuch.example -CertificateFilePath ./c.pem -PrivateKeyFilePath ./k.pem"#),
        ("New-LabKeyServerKey", #"New-LabKeyServerKey -KeyServer nosuch.example"#),
        ("New-Object", #"New-Object -TypeName No.Such.Type"#),
        ("New-TimeSpan", #"New-TimeSpan -Start 'not a date'"#),
        ("New-TrustAuthorityKeyProvider", #"New-TrustAuthorityKeyProvider -TrustAuthorityCluster nosuch -Name kp -PrimaryKeyId 1 -KmipServerAddress 192.0.2.1"#),
        ("New-TrustAuthorityKeyProviderClientCertificate", #"New-TrustAuthorityKeyProviderClientCertificate -KeyProvider nosuch"#),
        ("New-TrustAuthorityKeyProviderClientCertificateCSR", #"New-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider nosuch"#),
        ("New-TrustAuthorityPrincipal", #"New-TrustAuthorityPrincipal -TrustAuthorityCluster nosuch -FilePath ./missing.json"#),
        ("New-TrustAuthorityTpm2CACertificate", #"New-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster nosuch -FilePath ./missing.pem"#),
        ("New-TrustAuthorityTpm2EndorsementKey", #"New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster nosuch -FilePath ./missing.pem"#),
        ("New-TrustAuthorityVMHostBaseImage", #"New-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster nosuch -FilePath ./missing.tgz"#),
        ("New-Variable", #"New-Variable -Name probeVariable -Value 1 -ErrorAction SilentlyContinue; New-Variable -Name probeVariable -Value 2"#),
        ("Out-File", #"Out-File -InputObject x -FilePath ./missing/out.txt"#),
        ("Out-String", #"Out-String -InputObject x -Width 0"#),
        ("Pop-Location", #"Pop-Location -StackName nosuchstack"#),
        ("Push-Location", #"Push-Location -Path ./missing"#),
        ("Read-Host", #"Read-Host -Prompt x"#),
        ("Register-KeyProvider", #"Register-KeyProvider -KeyProvider nosuch"#),
        ("Remove-AttestationServiceInfo", #"Remove-AttestationServiceInfo -AttestationServiceInfo nosuch"#),
        ("Remove-Item", #"Remove-Item -Path ./missing.txt"#),
        ("Remove-KeyProviderServiceInfo", #"Remove-KeyProviderServiceInfo -KeyProviderServiceInfo nosuch"#),
        ("Remove-Module", #"Remove-Module -Name NoSuchModule"#),
        ("Remove-TrustAuthorityKeyProvider", #"Remove-TrustAuthorityKeyProvider -KeyProvider nosuch"#),
        ("Remove-TrustAuthorityKeyProviderServer", #"Remove-TrustAuthorityKeyProviderServer -KeyProviderServer nosuch"#),
        ("Remove-TrustAuthorityKeyProviderServerCertificate", #"Remove-TrustAuthorityKeyProviderServerCertificate -ServerCertificate nosuch"#),
        ("Remove-TrustAuthorityPrincipal", #"Remove-TrustAuthorityPrincipal -TrustAuthorityPrincipal nosuch"#),
        ("Remove-TrustAuthorityTpm2CACertificate", #"Remove-TrustAuthorityTpm2CACertificate -Tpm2CACertificate nosuch"#),
        ("Remove-TrustAuthorityTpm2EndorsementKey", #"Remove-TrustAuthorityTpm2EndorsementKey -Tpm2EndorsementKey nosuch"#),
        ("Remove-TrustAuthorityVMHostBaseImage", #"Remove-TrustAuthorityVMHostBaseImage -VMHostBaseImage nosuch"#),
        ("Remove-TrustedClusterAttestationServiceInfo", #"Remove-TrustedClusterAttestationServiceInfo -TrustedCluster nosuch -AttestationServiceInfo nosuch"#),
        ("Remove-TrustedClusterKeyProviderServiceInfo", #"Remove-TrustedClusterKeyProviderServiceInfo -TrustedCluster nosuch -KeyProviderServiceInfo nosuch"#),
        ("Remove-Variable", #"Remove-Variable -Name nosuchvariable"#),
        ("Rename-Item", #"Rename-Item -Path ./missing.txt -NewName other.txt"#),
        ("Resolve-Path", #"Resolve-Path -Path ./missing.txt"#),
        ("Select-Object", #"Select-Object -InputObject ([pscustomobject]@{ A = 1 }) -ExpandProperty NoSuch"#),
        ("Select-String", #"Select-String -Path ./missing.txt -Pattern x"#),
        ("Set-Content", #"Set-Content -Path ./missing/file.txt -Value x"#),
        ("Set-KeyProvider", #"Set-KeyProvider -KeyProvider nosuch"#),
        ("Set-Location", #"Set-Location -Path ./missing"#),
        ("Set-PowerCLIConfiguration", #"Set-PowerCLIConfiguration -Scope AllUsers -DefaultVIServerMode NoSuchMode"#),
        ("Set-TrustAuthorityCluster", #"Set-TrustAuthorityCluster -TrustAuthorityCluster nosuch -State Enabled"#),
        ("Set-TrustAuthorityKeyProvider", #"Set-TrustAuthorityKeyProvider -KeyProvider nosuch -Description x"#),
        ("Set-TrustAuthorityKeyProviderClientCertificate", #"Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider nosuch -CertificateFilePath ./missing.pem"#),
        ("Set-TrustAuthorityKeyProviderServerCertificate", #"Set-TrustAuthorityKeyProviderServerCertificate -KeyProvider nosuch -Certificate nosuch"#),
        ("Set-TrustAuthorityTpm2AttestationSettings", #"Set-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster nosuch -RequireEndorsementKey"#),
        ("Set-TrustedCluster", #"Set-TrustedCluster -TrustedCluster nosuch -State Enabled"#),
        ("Set-Variable", #"Set-Variable -Name true -Value 1"#),
        ("Sort-Object", #"Sort-Object -InputObject 1 -Top x"#),
        ("Split-Path", #"Split-Path -Path 'x' -Qualifier"#),
        ("Start-Sleep", #"Start-Sleep -Seconds -1"#),
        ("Start-Transcript", #"Start-Transcript -Path ./missing/transcript.txt"#),
        ("Stop-Transcript", #"Stop-Transcript"#),
        ("Tee-Object", #"Tee-Object -InputObject x -FilePath ./missing/tee.txt"#),
        ("Test-Path", #"Test-Path -Path . -PathType NoSuchType"#),
        ("Where-Object", #"Where-Object -InputObject 1 -FilterScript 'not a script block'"#),
        ("Write-Error", #"Write-Error -Message 'written on purpose'"#),
    ]

    /// Cmdlets that have no error to provoke, and why.
    static let cannotError: [(String, String)] = [
        ("Get-Location", "it reports the current folder, which always exists (Get-Location.md: no error conditions besides bad -Stack use, which vtash has no -Stack for)"),
        ("Get-Module", "a name that matches no module writes nothing (Get-Module.md); no other parameter takes a value that can be wrong"),
        ("Get-PowerCLIVersion", "it takes no parameters and reports the installed version"),
        ("Get-Verb", "a verb pattern that matches nothing writes nothing (Get-Verb.md)"),
        ("New-Guid", "it takes no parameters in 5.1 and makes a random GUID (New-Guid.md)"),
        ("Get-Unique", "it compares each item with the one written before it; any input is valid and GetUnique.cs writes no error"),
        ("Out-Null", "it discards its input and has no parameter a value can be wrong for"),
        ("Out-Host", "it writes any object to the host and -Paging takes no value (Out-Host.md)"),
        ("Set-Alias", "its only PowerShell errors are for ReadOnly/Constant aliases and -Option/-Scope values, which vtash's Set-Alias does not take"),
        ("Write-Debug", "it writes a message to the debug stream; any text is a valid message"),
        ("Write-Host", "it writes objects to the host; any object is valid"),
        ("Write-Information", "it writes a record to the information stream; any object is valid"),
        ("Write-Output", "it writes its input to the pipeline"),
        ("Write-Progress", "it updates the progress display; vtash takes any activity text"),
        ("Write-Verbose", "it writes a message to the verbose stream; any text is a valid message"),
        ("Write-Warning", "it writes a message to the warning stream; any text is a valid message"),
    ]

    @Test func everyRegisteredCmdletIsProvokedOrListedAsUnableToFail() throws {
        let test = try PowerCLITestShell()
        let registered = Set(test.shell.registry.allCmdlets.map { $0.command.name })
        let provoked = Set(Self.provoked.map(\.0)), cannot = Set(Self.cannotError.map(\.0))
        #expect(provoked.count == Self.provoked.count, "a cmdlet provoked twice")
        #expect(provoked.isDisjoint(with: cannot))
        #expect(registered.subtracting(provoked).subtracting(cannot).sorted() == [], "registered cmdlets in neither list")
        #expect(provoked.union(cannot).subtracting(registered).sorted() == [], "listed cmdlets that are not registered")
    }

    @Test func everyProvokedErrorIsCaughtWithStopAndIsTheCmdletsOwnInError() throws {
        let test = try PowerCLITestShell()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-every-error-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        test.run("Set-Location -Path '\(folder.path)'")
        #expect(test.run(PowerCLITestShell.connect).errors == [])
        for (name, line) in Self.provoked {
            let className = try #require(test.shell.registry.cmdlet(named: name)?.command.className)
            let (output, _) = test.run("""
                $Error.Clear(); $caught = $null
                try { \(line) -ErrorAction Stop | Out-Null; 'not stopped' } catch { $caught = $_ }
                "caught=$($null -ne $caught) same=$($caught.FullyQualifiedErrorId -eq $Error[0].FullyQualifiedErrorId) count=$($Error.Count -gt 0)"
                "$($Error[0].FullyQualifiedErrorId)"
                """)
            #expect(output.first == "caught=True same=True count=True", "\(name): \(output)")
            let id = output.dropFirst().first ?? ""
            // Write-Error's record belongs to its caller: at the top level it carries no class (Write-Error.Tests.ps1).
            let expectedEnd = name == "Write-Error" ? "Microsoft.PowerShell.Commands.WriteErrorException" : "," + className
            #expect(id.hasSuffix(expectedEnd), "\(name): $Error[0] is \(id), not an error of \(className)")
        }
    }
}
