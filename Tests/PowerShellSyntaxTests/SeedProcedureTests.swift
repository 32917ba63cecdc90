import Testing
@testable import PowerShellSyntax

/// Every command line of the seed procedure and its transcript, with the exact tree it must give.
struct SeedCase: Sendable, CustomTestStringConvertible {
    let source: String
    let expected: Statement
    var testDescription: String { source }
}

private let vTA = variable("vTA")
private let kp = variable("kp")

let seedCases: [SeedCase] = [
    SeedCase(
        source: "$vTA = Get-TrustAuthorityCluster 'vTA Cluster'",
        expected: assignment(vTA, pipelineStatement(command("Get-TrustAuthorityCluster", [argument(single("vTA Cluster"))])))
    ),
    SeedCase(
        source: "$global:defaultviservers",
        expected: expressionStatement(variable("defaultviservers", scope: "global"))
    ),
    SeedCase(
        source: "Disconnect-VIServer -server * -Confirm:$false",
        expected: pipelineStatement(command("Disconnect-VIServer", [
            parameter("server"), argument(bare("*")), parameter("Confirm", variable("false"), colon: true),
        ]))
    ),
    SeedCase(
        source: "Connect-VIServer -server TrustAuthorityCluster_VC_ip_address -User trust_admin_user -Password 'password'",
        expected: pipelineStatement(command("Connect-VIServer", [
            parameter("server"), argument(bare("TrustAuthorityCluster_VC_ip_address")),
            parameter("User"), argument(bare("trust_admin_user")),
            parameter("Password"), argument(single("password")),
        ]))
    ),
    SeedCase(
        source: "Connect-VIServer -server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!'",
        expected: pipelineStatement(command("Connect-VIServer", [
            parameter("server"), argument(bare("192.168.210.22")),
            parameter("User"), argument(bare("trustedadmin@vsphere.local")),
            parameter("Password"), argument(single("VMware1!")),
        ]))
    ),
    SeedCase(
        source: "New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name clkp -KmipServerAddress ip_address",
        expected: pipelineStatement(command("New-TrustAuthorityKeyProvider", [
            parameter("TrustAuthorityCluster"), argument(vTA), parameter("PrimaryKeyId"), argument(int(1)),
            parameter("Name"), argument(bare("clkp")), parameter("KmipServerAddress"), argument(bare("ip_address")),
        ]))
    ),
    SeedCase(
        source: "New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91",
        expected: pipelineStatement(command("New-TrustAuthorityKeyProvider", [
            parameter("TrustAuthorityCluster"), argument(vTA), parameter("PrimaryKeyId"), argument(int(8)),
            parameter("Name"), argument(bare("clkp")), parameter("KmipServerAddress"), argument(bare("192.168.110.91")),
        ]))
    ),
    SeedCase(
        source: "New-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp",
        expected: pipelineStatement(command("New-TrustAuthorityKeyProviderClientCertificate", [
            parameter("KeyProvider"), argument(kp),
        ]))
    ),
    SeedCase(
        source: "Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -FilePath clientcert.pem",
        expected: pipelineStatement(command("Export-TrustAuthorityKeyProviderClientCertificate", [
            parameter("KeyProvider"), argument(kp), parameter("FilePath"), argument(bare("clientcert.pem")),
        ]))
    ),
    SeedCase(
        source: "$kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA",
        expected: assignment(kp, pipelineStatement(command("Get-TrustAuthorityKeyProvider", [
            parameter("TrustAuthorityCluster"), argument(vTA),
        ])))
    ),
    SeedCase(
        source: "Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA",
        expected: pipelineStatement(command("Get-TrustAuthorityKeyProvider", [parameter("TrustAuthorityCluster"), argument(vTA)]))
    ),
    SeedCase(
        source: "$kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA | Select-Object -Last 1",
        expected: assignment(kp, pipelineStatement(
            command("Get-TrustAuthorityKeyProvider", [parameter("TrustAuthorityCluster"), argument(vTA)]),
            command("Select-Object", [parameter("Last"), argument(int(1))])
        ))
    ),
    SeedCase(
        source: "Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers",
        expected: pipelineStatement(command("Get-TrustAuthorityKeyProviderServerCertificate", [
            parameter("KeyProviderServer"), argument(member(kp, "KeyProviderServers")),
        ]))
    ),
    SeedCase(
        source: "$cert = Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers",
        expected: assignment(variable("cert"), pipelineStatement(command("Get-TrustAuthorityKeyProviderServerCertificate", [
            parameter("KeyProviderServer"), argument(member(kp, "KeyProviderServers")),
        ])))
    ),
    SeedCase(
        source: "$cert.Certificate.ToString()",
        expected: expressionStatement(invoke(member(variable("cert"), "Certificate"), "ToString"))
    ),
    SeedCase(
        source: "Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate $cert",
        expected: pipelineStatement(command("Add-TrustAuthorityKeyProviderServerCertificate", [
            parameter("ServerCertificate"), argument(variable("cert")),
        ]))
    ),
    SeedCase(
        source: "$kp.Status",
        expected: expressionStatement(member(kp, "Status"))
    ),
]

@Suite struct SeedProcedureTests {
    @Test(arguments: seedCases)
    func seedLineParsesToTheExpectedTree(_ seed: SeedCase) throws {
        let statements = try shape(seed.source)
        #expect(statements == [seed.expected])
    }

    @Test func wholeTranscriptParsesAsOneScript() throws {
        let script = seedCases.map(\.source).joined(separator: "\n")
        let block = try Parser.parse(script)
        #expect(block.endBlock.count == seedCases.count)
        #expect(AstShape.of(block).endBlock == seedCases.map(\.expected))
    }

    @Test func seedLinesAreNotIncomplete() {
        for seed in seedCases {
            #expect(!Parser.isIncomplete(seed.source), "\(seed.source)")
        }
    }

    @Test func parameterTextKeepsTheColonAsWritten() throws {
        let block = try Parser.parse("Disconnect-VIServer -server * -Confirm:$false")
        guard case .pipeline(let p) = block.endBlock.first?.kind, case .command(let c) = p.elements.first,
              case .parameter(_, _, _, let text, let span) = c.elements[2] else {
            Issue.record("not a command")
            return
        }
        #expect(text == "-Confirm:")
        #expect(span.column == 31)
        #expect(span.line == 1)
        #expect(span.end - span.start == "-Confirm:$false".utf8.count)
    }
}
