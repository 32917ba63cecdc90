import Testing
@testable import ShellEngine
@testable import ShellFormatting
import TestSupport

/// Columns share the console as PowerShell's ColumnWidthManager shares it
/// (src/System.Management.Automation/FormatAndOutput/common/ColumnWidthManager.cs; the same algorithm in the
/// 2016 sources of Windows PowerShell, commands/utility/FormatAndOutput/common/ColumnWidthManager.cs, with
/// TableWriter's minimum column width of 1).
@Suite struct ColumnWidthsTests {
    @Test func unsizedColumnsGetOneCharacterThenTheRoomLeftInTurn() {
        #expect(ColumnWidths.fit([10, 0, 0], tableWidth: 20) == [10, 4, 4])
        #expect(ColumnWidths.fit([10, 0, 0], tableWidth: 21) == [10, 5, 4])
    }

    @Test func aTableThatFitsKeepsItsWidths() {
        #expect(ColumnWidths.fit([5, 6, 7], tableWidth: 20) == [5, 6, 7])
    }

    @Test func theLastColumnShrinksByTheExcessWhenAtLeastOneCharacterIsLeft() {
        // 5 + 6 + 10 + 2 separators = 23 for 20 columns: the last loses 3.
        #expect(ColumnWidths.fit([5, 6, 10], tableWidth: 20) == [5, 6, 7])
        // Exactly one character left: PowerShell prints a one-character column.
        #expect(ColumnWidths.fit([5, 6, 10], tableWidth: 14) == [5, 6, 1])
    }

    @Test func aColumnThatWouldBeLeftUnderOneCharacterIsHiddenAndTheNextOneShrinks() {
        // 13 + 6 + 120 + 16 + 3 separators = 158 for 119: the last column (16) cannot lose 39, so it goes;
        // then the one before it loses what is still in excess.
        #expect(ColumnWidths.fit([13, 6, 120, 16], tableWidth: 119) == [13, 6, 98])
    }

    @Test func aStatusWhoseDetailsFillTheLineDropsTheLastColumnRatherThanPrintOneLetter() {
        let (shell, host) = makeShell(width: 120)
        shell.run("""
            $status = [pscustomobject]@{ KeyProviderId = 'domain-c8-clkp'; Health = 'Error'; HealthDetails = @('The key provider does not trust the certificate of key server 192.168.110.91. Add it with Add-TrustAuthorityKeyProviderServerCertificate.'); ServerStatus = @('192.168.110.91') }
            $status
            """)
        let header = host.lines.first { $0.hasPrefix("KeyProviderId") }
        #expect(header == "KeyProviderId  Health HealthDetails")
        #expect(host.lines.contains { $0.hasPrefix("domain-c8-clkp Error  {The key provider does not trust") && $0.count <= 120 && $0.hasSuffix("...") })
    }

    @Test func aViewWhoseFixedColumnsLeaveOneCharacterShowsTheLastColumnOneCharacterWide() {
        var views = FormatRegistry()
        views.register(FormatView(typeName: "Tests.Wide", shape: .table([
            TableColumn("Certificate", width: 40), TableColumn("Trusted", width: 10), TableColumn("KeyProviderServerId", width: 25),
            TableColumn("KeyProviderId"),
        ])))
        let host = RecordingHost(width: 79)
        let shell = Shell(host: host, registry: CommandRegistry(), output: ViewFormatting(views: views))
        let row = PSObject(typeNames: ["Tests.Wide"], properties: [
            PSProperty(name: "Certificate", value: .string("[Subject]")), PSProperty(name: "Trusted", value: .bool(false)),
            PSProperty(name: "KeyProviderServerId", value: .string("domain-c8-clkp:192.168...")), PSProperty(name: "KeyProviderId", value: .string("domain-c8-clkp")),
        ])
        shell.setVariable("row", .object(row))
        shell.run("$row")
        // 40 + 10 + 25 + 3 separators = 78 of 79: the unsized column gets its one character.
        #expect(host.lines.contains("Certificate                              Trusted    KeyProviderServerId       K"))
        #expect(host.lines.contains { $0.hasSuffix(" d") && $0.hasPrefix("[Subject]") })
    }
}
