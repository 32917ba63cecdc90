import Foundation
import Testing
import TestSupport

/// Bad input gets a clear error in Windows PowerShell 5.1's format and leaves the lab unchanged.
@Suite struct BadInputTests {
    static let setup = ProcedureScripts.connect

    /// Runs the setup, the bad line, then counts providers; returns stderr and the count line.
    func check(_ badLine: String, files: [String: String] = [:]) throws -> (errors: [String], count: String?) {
        let script = Self.setup + badLine + "\n\"Count=\" + @(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA).Count\n"
        let (result, _) = try VtashProcess.runScript(script, files: files)
        let errors = result.errors.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return (errors, result.outputLines.first { $0.hasPrefix("Count=") })
    }

    @Test(arguments: [
        ("Get-TrustAuthorityKeyProvder -TrustAuthorityCluster $vTA",
         "Get-TrustAuthorityKeyProvder : The term 'Get-TrustAuthorityKeyProvder' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
         "    + FullyQualifiedErrorId : CommandNotFoundException"),
        ("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name x -KmipServerAddress 1.2.3.4 -Colour red",
         "New-TrustAuthorityKeyProvider : A parameter cannot be found that matches parameter name 'Colour'.",
         "    + FullyQualifiedErrorId : NamedParameterNotFound,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityKeyProvider"),
        ("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name x -Kmip 1.2.3.4",
         "New-TrustAuthorityKeyProvider : Parameter cannot be processed because the parameter name 'Kmip' is ambiguous. Possible matches include: -KmipServerAddress -KmipServerPort -KmipServerName -KmipServerUsername -KmipServerPassword.",
         "    + FullyQualifiedErrorId : AmbiguousParameter,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityKeyProvider"),
        ("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name x -KmipServerAddress",
         "New-TrustAuthorityKeyProvider : Missing an argument for parameter 'KmipServerAddress'. Specify a parameter of type 'System.String' and try again.",
         "    + FullyQualifiedErrorId : MissingArgument,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityKeyProvider"),
        ("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name x -KmipServerAddress 1.2.3.4 -KmipServerPort abc",
         "New-TrustAuthorityKeyProvider : Cannot bind parameter 'KmipServerPort'. Cannot convert value \"abc\" to type \"System.Int32\". Error: \"Input string was not in a correct format.\"",
         "    + FullyQualifiedErrorId : CannotConvertArgumentNoMessage,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityKeyProvider"),
        ("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $notAssigned -PrimaryKeyId 1 -Name x -KmipServerAddress 1.2.3.4",
         "New-TrustAuthorityKeyProvider : Cannot bind argument to parameter 'TrustAuthorityCluster' because it is null.",
         "    + FullyQualifiedErrorId : ParameterArgumentValidationErrorNullNotAllowed,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityKeyProvider"),
        ("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name clkp -KmipServerAddress 1.2.3.4",
         "New-TrustAuthorityKeyProvider : A key provider with the name 'clkp' already exists. Key provider names must be unique across all vCenter Server systems.",
         "    + FullyQualifiedErrorId : Client20_TrustedInfrastructure_AlreadyExists,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityKeyProvider"),
        ("New-TrustAuthorityKeyProvider -TrustAuthorityCluster 5 -PrimaryKeyId 1 -Name y -KmipServerAddress 1.2.3.4",
         "New-TrustAuthorityKeyProvider : Cannot bind parameter 'TrustAuthorityCluster'. Cannot convert the \"5\" value of type \"System.Int32\" to type \"VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityCluster\".",
         "    + FullyQualifiedErrorId : CannotConvertArgument,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityKeyProvider"),
    ])
    func badLinesGiveWindowsPowerShellErrorsAndChangeNothing(line: String, first: String, id: String) throws {
        let outcome = try check(line)
        #expect(outcome.errors.first == first)
        #expect(outcome.errors.contains(id))
        #expect(outcome.errors.contains { $0.hasPrefix("At ") && $0.contains(":5 char:") })
        #expect(outcome.count == "Count=1")
    }

    @Test func aFileThatIsNotPemIsRefusedAndNothingChanges() throws {
        let outcome = try check("Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath notpem.txt\n\"Health=\" + (Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA).Status.ServerStatus.ServerTrustClient",
                                files: ["notpem.txt": "hello, I am not a certificate\n"])
        #expect(outcome.errors.first?.hasPrefix("Set-TrustAuthorityKeyProviderClientCertificate : ") == true)
        #expect(outcome.errors.first?.contains("PEM") == true)
        #expect(outcome.count == "Count=1")
    }

    @Test func aCertificateForAnotherKeyIsRefusedWithoutAKey() throws {
        let script = """
        New-LabKeyServerClientCertificate -KeyServer 192.168.110.91 -CertificateFilePath other.pem -PrivateKeyFilePath other.key
        Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath other.pem
        """
        let outcome = try check(script)
        #expect(outcome.errors.first?.contains("no certificate signing request and no private key") == true)
    }

    @Test func aUserOutsideTrustedAdminsIsRefused() throws {
        let (result, _) = try VtashProcess.runScript("""
        Connect-VIServer -server 192.168.210.22 -User administrator@vsphere.local -Password 'VMware1!' | Out-Null
        Get-TrustAuthorityCluster 'vTA Cluster'
        """)
        #expect(result.errors.contains("TrustedAdmins"))
        #expect(!result.output.contains("vTA Cluster"))
    }

    @Test func aWrongPasswordGetsVSpheresLoginMessage() throws {
        let (result, _) = try VtashProcess.runScript("Connect-VIServer -server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'nope'\n$global:DefaultVIServers.Count")
        #expect(result.errors.contains("Cannot complete login due to an incorrect user name or password."))
        #expect(result.outputLines.contains("0"))
    }

    @Test func aScriptStoppedByThrowExitsNonZero() throws {
        let (result, _) = try VtashProcess.runScript("'before'\nthrow 'stop here'\n'after'")
        #expect(result.status != 0)
        #expect(result.outputLines.contains("before"))
        #expect(!result.outputLines.contains("after"))
        #expect(result.errors.contains("stop here"))
    }
}
