import Foundation
import Testing
import TestSupport

/// The three documented ways to make the KMS trust the key provider, each ending `Ok`, and the
/// states on the way there, run through the built `vtash`.
@Suite struct TrustRouteTests {
    func status(of script: String) throws -> (health: String, server: [String], result: VtashProcess.Result, directory: URL) {
        let (result, directory) = try VtashProcess.runScript(script)
        let lines = result.outputLines
        let health = lines.first { $0.hasPrefix("Health=") }.map { String($0.dropFirst(7)) } ?? "<missing>"
        let server = lines.first { $0.hasPrefix("Server=") }.map { $0.dropFirst(7).split(separator: "|", omittingEmptySubsequences: false).map(String.init) } ?? []
        return (health, server, result, directory)
    }

    @Test(arguments: [("upload", ProcedureScripts.uploadRoute), ("kms-issued", ProcedureScripts.kmsIssuedRoute), ("csr", ProcedureScripts.csrRoute)])
    func everyTrustRouteEndsWithHealthOk(route: String, steps: String) throws {
        let outcome = try status(of: ProcedureScripts.connect + steps + ProcedureScripts.trustServer + ProcedureScripts.reportStatus)
        #expect(outcome.result.errors.isEmpty, "route \(route): \(outcome.result.errors)")
        #expect(outcome.health == "Ok", "route \(route)")
        #expect(outcome.server.prefix(3) == ["192.168.110.91", "True", "True"], "route \(route)")
        #expect(outcome.result.status == 0)
    }

    @Test func nothingTrustedReportsBothSidesMissing() throws {
        let outcome = try status(of: ProcedureScripts.connect + ProcedureScripts.reportStatus)
        #expect(outcome.health == "Error")
        #expect(outcome.server.prefix(3) == ["192.168.110.91", "False", "False"])
        #expect(outcome.server.last?.contains("does not trust the certificate of key server 192.168.110.91") == true)
        #expect(outcome.server.last?.contains("has no client certificate") == true)
    }

    @Test func onlyTheServerTrustedReportsTheMissingClientCertificate() throws {
        let outcome = try status(of: ProcedureScripts.connect + ProcedureScripts.trustServer + ProcedureScripts.reportStatus)
        #expect(outcome.health == "Error")
        #expect(outcome.server.prefix(3) == ["192.168.110.91", "True", "False"])
    }

    @Test func onlyTheClientTrustedReportsTheUntrustedServerCertificate() throws {
        let outcome = try status(of: ProcedureScripts.connect + ProcedureScripts.uploadRoute + ProcedureScripts.reportStatus)
        #expect(outcome.health == "Error")
        #expect(outcome.server.prefix(3) == ["192.168.110.91", "False", "False"])
        #expect(outcome.server.last?.contains("Add-TrustAuthorityKeyProviderServerCertificate") == true)
        #expect(outcome.server.last?.contains("trusts the client certificate of the key provider is unknown") == true)
    }

    @Test func aClientCertificateTheKmsNeverSawIsNotTrusted() throws {
        let script = ProcedureScripts.connect + "New-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp\n"
            + ProcedureScripts.trustServer + ProcedureScripts.reportStatus
        let outcome = try status(of: script)
        #expect(outcome.server.prefix(3) == ["192.168.110.91", "True", "False"])
        #expect(outcome.server.last?.contains("does not trust the client certificate") == true)
    }

    @Test func anUnknownPrimaryKeyIdIsAnError() throws {
        let script = ProcedureScripts.connect.replacingOccurrences(of: "-PrimaryKeyId 8", with: "-PrimaryKeyId 42")
            + ProcedureScripts.uploadRoute + ProcedureScripts.trustServer + ProcedureScripts.reportStatus
        let outcome = try status(of: script)
        #expect(outcome.health == "Error")
        #expect(outcome.server.prefix(3) == ["192.168.110.91", "True", "True"])
        #expect(outcome.server.last?.contains("The primary key '42' was not found on key server 192.168.110.91.") == true)
    }

    @Test func aKeyCreatedOnTheKmsCanBeThePrimaryKey() throws {
        let script = """
        Connect-VIServer -server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        $vTA = Get-TrustAuthorityCluster 'vTA Cluster'
        $id = New-LabKeyServerKey -KeyServer 192.168.110.91
        "KeyId=$id"
        New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId $id -Name clkp -KmipServerAddress 192.168.110.91 | Out-Null
        $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA

        """ + ProcedureScripts.uploadRoute + ProcedureScripts.trustServer + ProcedureScripts.reportStatus
        let outcome = try status(of: script)
        #expect(outcome.result.outputLines.contains("KeyId=9"))
        #expect(outcome.health == "Ok")
    }

    @Test func exportedFilesAreRealPemThatOpenSSLReads() throws {
        let outcome = try status(of: ProcedureScripts.connect + ProcedureScripts.uploadRoute + ProcedureScripts.kmsIssuedRoute + ProcedureScripts.csrRoute)
        #expect(outcome.result.errors.isEmpty, "\(outcome.result.errors)")
        let directory = outcome.directory
        #expect(try ExternalTool("openssl").run(["x509", "-noout", "-in", directory.appendingPathComponent("clientcert.pem").path]).status == 0)
        #expect(try ExternalTool("openssl").run(["req", "-verify", "-noout", "-in", directory.appendingPathComponent("clkp.csr").path]).status == 0)
        #expect(try ExternalTool("openssl").run(["pkey", "-check", "-noout", "-in", directory.appendingPathComponent("kms.key").path]).status == 0)
        let purpose = try ExternalTool("openssl").run(["x509", "-noout", "-purpose", "-in", directory.appendingPathComponent("signed.pem").path])
        #expect(purpose.output.contains("SSL client : Yes"))
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("kms.key").path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }
}
