import ShellCommands
import ShellEngine
import Testing
import TestSupport

/// Write-Output enumerates what it is given unless `-NoEnumerate`, and passes pipeline objects on as they came;
/// Write-Host joins its objects with `-Separator` and ends the line unless `-NoNewline`.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/write-output?view=powershell-5.1
@Suite struct WriteOutputAndHostCommandTests {
    @Test func writeOutputEnumeratesUnlessNoEnumerate() {
        #expect(output(of: "(Write-Output 1, 2 | Measure-Object).Count; (Write-Output -NoEnumerate 1, 2 | Measure-Object).Count") == "2\n1")
        #expect(output(of: "Write-Output -InputObject 'x'; 'p' | Write-Output") == "x\np")
    }

    @Test func writeOutputPassesAPipedArrayOnWhole() {
        #expect(output(of: ",(1, 2) | Write-Output | ForEach-Object { $_.Count }") == "2")
    }

    /// What Write-Host gave the host: the text and whether it ended the line.
    private final class HostWrites: ShellHost {
        var writes: [String] = []
        func writeOutputLine(_ line: String) {}
        func writeErrorLine(_ line: String) { writes.append("ERR:" + line) }
        func writeWarningLine(_ line: String) {}
        func writeVerboseLine(_ line: String) {}
        func writeHost(_ text: String, newline: Bool) { writes.append(newline ? text + "⏎" : text) }
        func readLine(prompt: String) -> String? { nil }
        func readSecret(prompt: String) -> String? { nil }
        var isInteractive: Bool { false }
        var width: Int { 120 }
        func takeInterrupt() -> Bool { false }
    }

    private func hostWrites(_ script: String) -> [String] {
        let host = HostWrites()
        Shell(host: host, registry: CoreCommands.registry()).run(script)
        return host.writes
    }

    @Test func writeHostJoinsWithTheSeparatorAndCanStayOnTheLine() {
        #expect(hostWrites("Write-Host 'a' -NoNewline; Write-Host 'b'") == ["a", "b⏎"])
        #expect(hostWrites("Write-Host 1, 2, 3 -Separator '-'") == ["1-2-3⏎"])
        #expect(hostWrites("Write-Host 1, 2") == ["1 2⏎"])
        #expect(hostWrites("Write-Host -Object 'o' -ForegroundColor Red -BackgroundColor Black") == ["o⏎"])
        #expect(hostWrites("'x', 'y' | Write-Host") == ["x⏎", "y⏎"])
        #expect(hostWrites("Write-Host") == ["⏎"])
    }
}
