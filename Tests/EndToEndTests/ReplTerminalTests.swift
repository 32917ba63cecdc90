import Foundation
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// vtash's interactive shell driven through a pseudo-terminal, as a user at a terminal types.
@Suite(.serialized) struct ReplTerminalTests {
    // MARK: - Completion

    @Test func tabCompletesACmdletName() throws {
        let session = try ReplSession()
        #expect(session.expectPrompt())
        session.terminal.send("get-trustauthorityc\t")
        #expect(session.terminal.expect("Get-TrustAuthorityCluster"))
        #expect(session.run(""))
        #expect(session.history.contains("Get-TrustAuthorityCluster\n"))
        #expect(session.exit() == 0)
    }

    @Test func tabExtendsToTheCommonPrefixThenLists() throws {
        let session = try ReplSession()
        #expect(session.expectPrompt())
        session.terminal.send("get-trustauthorityk\t")
        #expect(session.terminal.expect("Get-TrustAuthorityKeyProvider"))
        #expect(session.cancelLine())
        #expect(session.exit() == 0)
    }

    @Test func tabCompletesAParameterName() throws {
        let session = try ReplSession()
        #expect(session.expectPrompt())
        session.connect()
        session.terminal.send("Get-TrustAuthorityKeyProvider -TrustAuthorityC\t $vTA\r")
        #expect(session.expectPrompt())
        #expect(session.history.contains("Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA\n"))
        #expect(session.exit() == 0)
    }

    @Test func tabCompletesMembersOfTheValueInAVariable() throws {
        let session = try ReplSession()
        #expect(session.expectPrompt())
        session.connect()
        #expect(session.run("$kp = New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name clkp -KmipServerAddress 192.168.110.91"))
        session.terminal.send("$kp.KeyP\t\r")
        #expect(session.terminal.expect("192.168.110.91"))
        #expect(session.expectPrompt())
        #expect(session.history.contains("$kp.KeyProviderServers\n"))
        // A second Tab lists every member.
        session.terminal.send("$kp.\t\t")
        #expect(session.terminal.expect("$kp.KeyProviderServers"))
        #expect(session.terminal.expect("$kp.Status"))
        #expect(session.cancelLine())
        session.terminal.send("$kp.Status.Heal\t\r")
        #expect(session.expectPrompt())
        #expect(session.history.contains("$kp.Status.Health\n"))
        #expect(session.exit() == 0)
    }

    @Test func tabCompletesLabObjectNamesQuoted() throws {
        let session = try ReplSession()
        #expect(session.expectPrompt())
        session.connect()
        session.terminal.send("Get-TrustAuthorityCluster '\t\r")
        #expect(session.terminal.expect("vTA Cluster"))
        #expect(session.expectPrompt())
        #expect(session.history.contains("Get-TrustAuthorityCluster 'vTA Cluster'\n"))
        #expect(session.exit() == 0)
    }

    @Test func tabCompletesEnumValues() throws {
        let session = try ReplSession()
        #expect(session.expectPrompt())
        session.terminal.send("Write-Output 'enum done' -ErrorAction Silently\t\r")
        #expect(session.terminal.expect("\nenum done"))
        #expect(session.expectPrompt())
        #expect(session.history.contains("Write-Output 'enum done' -ErrorAction SilentlyContinue\n"))
        #expect(session.exit() == 0)
    }

    // MARK: - History

    @Test func historyIsKeptAcrossRunsInAPrivateFile() throws {
        let first = try ReplSession()
        #expect(first.expectPrompt())
        #expect(first.run("Write-Output 'from the first run'"))
        #expect(first.exit() == 0)

        let second = try ReplSession(home: first.home)
        #expect(second.expectPrompt())
        second.terminal.send("\u{1B}[A")
        #expect(second.terminal.expect("Write-Output 'from the first run'"))
        second.terminal.send("\r")
        #expect(second.terminal.expect("\nfrom the first run"))
        #expect(second.expectPrompt())
        #expect(second.exit() == 0)

        let attributes = try FileManager.default.attributesOfItem(atPath: first.historyFile.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func sensitiveLinesNeverReachTheHistoryFile() throws {
        let session = try ReplSession()
        #expect(session.expectPrompt())
        #expect(session.run("$apiToken = 'hunter2-secret-value'"))
        #expect(session.run("Write-Output 'plain line'"))
        // Still recallable in this session.
        session.terminal.send("\u{1B}[A\u{1B}[A")
        #expect(session.terminal.expect("hunter2-secret-value"))
        #expect(session.cancelLine())
        #expect(session.exit() == 0)
        let history = try String(contentsOf: session.historyFile, encoding: .utf8)
        #expect(history.contains("Write-Output 'plain line'"))
        #expect(!history.contains("hunter2"))
        #expect(!history.contains("apiToken"))
    }

    /// A line that shows a secret by meaning (the value of -Password however spelt, a value bound to it
    /// before, ConvertTo-SecureString's plain text) is kept out of the history altogether: not recalled
    /// with Up, not in the file. A line caught only by PSReadLine's words stays recallable, as in PSReadLine.
    @Test func linesThatShowASecretStayOutOfTheHistoryAltogether() throws {
        let session = try ReplSession()
        #expect(session.expectPrompt())
        #expect(session.run("Write-Output 'first plain line'"))
        #expect(session.run("Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Pa 'VMware1!' | Out-Null"))
        #expect(session.run("Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Pass:VMware1! | Out-Null"))
        #expect(session.run("$pw = 'VMware1!'"))
        #expect(session.run("$s = ConvertTo-SecureString 'KmipPass-42' -AsPlainText -Force"))
        #expect(session.run("$apiToken = 'tok-123456'"))
        session.terminal.send("\u{1B}[A")
        #expect(session.terminal.expect("$apiToken = 'tok-123456'"))
        session.terminal.send("\u{1B}[A")
        #expect(session.terminal.expect("Write-Output 'first plain line'"))
        session.terminal.send("\r")
        #expect(session.terminal.expect("\nfirst plain line"))
        #expect(session.expectPrompt())
        #expect(session.exit() == 0)
        let history = session.history
        #expect(history.contains("Write-Output 'first plain line'"))
        #expect(!history.contains("Connect-VIServer") && !history.contains("VMware1!") && !history.contains("$pw"))
        #expect(!history.contains("KmipPass-42") && !history.contains("tok-123456"))
    }

    @Test func multiLineStatementIsOneHistoryEntry() throws {
        let session = try ReplSession()
        #expect(session.expectPrompt())
        session.terminal.send("if ($true) {\r")
        #expect(session.terminal.expectPrompt(">> "))
        session.terminal.send("Write-Output 'inside the block'\r")
        #expect(session.terminal.expectPrompt(">> "))
        session.terminal.send("}\r")
        #expect(session.terminal.expect("\ninside the block"))
        #expect(session.expectPrompt())
        #expect(session.exit() == 0)
        let history = try String(contentsOf: session.historyFile, encoding: .utf8)
        #expect(history.contains("if ($true) {"))
        #expect(history.contains("Write-Output 'inside the block'"))
    }

    // MARK: - Ctrl+C, Ctrl+D

    @Test func ctrlCCancelsTheLineBeingEdited() throws {
        let session = try ReplSession()
        #expect(session.expectPrompt())
        session.terminal.send("Write-Output 'never run'")
        #expect(session.terminal.expect("never run'"))
        session.terminal.send("\u{3}")
        #expect(session.terminal.expect("^C"))
        #expect(session.expectPrompt())
        #expect(session.run("Write-Output ('after' + ' cancel')"))
        #expect(session.terminal.transcript.contains("after cancel"))
        #expect(!session.terminal.transcript.contains("\nnever run"))
        #expect(session.exit() == 0)
    }

    /// PSReadLine's CancelLine leaves the line as typed, writes `^C` after it (red: `\e[91m^C\e[0m`,
    /// PSReadLine/BasicEditing.cs `CancelLine`; test/BasicEditingTest.cs `CancelLine` expects
    /// "oops" then "^C" on the same screen line) and accepts an empty input, so the next prompt starts
    /// on a new line. Nothing is drawn again: libedit once redrew the line before the ^C.
    @Test(arguments: [false, true]) func ctrlCLeavesTheLineAsTypedThenCaretCAndANewPrompt(color: Bool) throws {
        let session = try ReplSession(color: color)
        #expect(session.expectPrompt())
        let drawn = try cancelAfterTyping("Get-Trust abc", in: session)
        let mark = color ? "\u{1B}[91m^C\u{1B}[0m" : "^C"
        #expect(drawn == mark + "\r\n" + session.prompt, "drawn after Ctrl+C: \(drawn.debugDescription)")
        #expect(session.exit() == 0)
    }

    @Test func ctrlCAtAMandatoryParameterPromptEndsTheCommandWithOneCaretC() throws {
        let session = try ReplSession()
        #expect(session.expectPrompt())
        session.terminal.send("Get-Content\r")
        #expect(session.terminal.expectPrompt("Path[0]: "))
        let drawn = try cancelAfterTyping("abc", in: session)
        #expect(drawn == "^C\r\n" + session.prompt, "drawn after Ctrl+C: \(drawn.debugDescription)")
        #expect(session.run("Write-Output ('still' + ' here')"))
        #expect(session.terminal.transcript.contains("\nstill here"))
        #expect(session.exit() == 0)
    }

    /// Types `text`, waits until its echo settled, presses Ctrl+C and returns every byte the shell
    /// wrote from then until its next prompt was drawn (and a little after, so a late redraw shows).
    private func cancelAfterTyping(_ text: String, in session: ReplSession) throws -> String {
        session.terminal.send(text)
        #expect(session.terminal.expect(text))
        session.terminal.drain(seconds: 0.3)
        let before = session.terminal.transcript.utf8.count
        session.terminal.send("\u{3}")
        #expect(session.expectPrompt())
        session.terminal.drain(seconds: 0.3)
        return String(decoding: Array(session.terminal.transcript.utf8).dropFirst(before), as: UTF8.self)
    }

    @Test func ctrlCStopsARunningCommandAndKeepsTheSession() throws {
        let session = try ReplSession()
        #expect(session.expectPrompt())
        #expect(session.run("$kept = 41"))
        // A day-long sleep: the prompt can only come back because Ctrl+C stopped it (the wait below is a limit
        // for a hang, not a measure of speed).
        session.terminal.send("Start-Sleep 86400; 'not reached'\r")
        session.terminal.drain(seconds: 0.5)
        session.terminal.send("\u{3}")
        #expect(session.expectPrompt(timeout: 60))
        #expect(!session.terminal.transcript.contains("\nnot reached"))
        #expect(session.run("Write-Output ($kept + 1)"))
        #expect(session.terminal.transcript.contains("\n42"))
        #expect(session.exit() == 0)
    }

    @Test func ctrlDOnAnEmptyLineExits() throws {
        let session = try ReplSession()
        #expect(session.expectPrompt())
        #expect(session.exit() == 0)
    }

    @Test func exitCodeOfExitStatementIsTheProcessExitCode() throws {
        let session = try ReplSession()
        #expect(session.expectPrompt())
        session.terminal.send("exit 3\r")
        #expect(session.terminal.waitForExit(timeout: 10) == 3)
    }

    // MARK: - Prompts through the editor

    @Test func mandatoryParameterIsPromptedAndAnsweredByTyping() throws {
        let session = try ReplSession()
        let file = session.home.appendingPathComponent("note.txt")
        try Data("typed answer worked\n".utf8).write(to: file)
        #expect(session.expectPrompt())
        session.terminal.send("Get-Content\r")
        #expect(session.terminal.expect("Supply values for the following parameters:"))
        #expect(session.terminal.expectPrompt("Path[0]: "))
        session.terminal.send(file.path + "\r")
        #expect(session.terminal.expectPrompt("Path[1]: "))
        session.terminal.send("\r")
        #expect(session.terminal.expect("typed answer worked"))
        #expect(session.expectPrompt())
        #expect(session.exit() == 0)
    }

    @Test func readHostAsSecureStringIsNotEchoed() throws {
        let session = try ReplSession()
        #expect(session.expectPrompt())
        session.terminal.send("$s = Read-Host 'Code' -AsSecureString\r")
        #expect(session.terminal.expect("Code: "))
        session.terminal.drain(seconds: 0.3)
        session.terminal.send("p4ssw0rd-typed\r")
        #expect(session.expectPrompt())
        #expect(!session.terminal.transcript.contains("p4ssw0rd-typed"))
        #expect(session.run("$s.GetType().Name"))
        #expect(session.terminal.transcript.contains("SecureString"))
        #expect(session.exit() == 0)
    }

    // MARK: - Colour and terminal kinds

    @Test func errorsAreRedAndTableHeadersGreenOnATerminal() throws {
        let session = try ReplSession(color: true)
        #expect(session.expectPrompt())
        #expect(session.run("Get-Frobnicator"))
        #expect(session.terminal.transcript.contains("\u{1B}[31;1m"))
        #expect(session.run("[pscustomobject]@{ Alpha = 1; Beta = 2 }"))
        #expect(session.terminal.transcript.contains("\u{1B}[32;1mAlpha Beta\u{1B}[0m"))
        #expect(session.exit() == 0)
    }

    @Test func noColorTurnsColourOff() throws {
        let session = try ReplSession(color: false)
        #expect(session.expectPrompt())
        #expect(session.run("Get-Frobnicator"))
        #expect(session.run("[pscustomobject]@{ Alpha = 1; Beta = 2 }"))
        #expect(session.terminal.transcript.contains("Alpha Beta"))
        #expect(!session.terminal.transcript.contains("\u{1B}[31;1m"))
        #expect(!session.terminal.transcript.contains("\u{1B}[32;1m"))
        #expect(session.exit() == 0)
    }

    @Test func dumbTerminalReadsPlainLines() throws {
        let session = try ReplSession(color: true, environment: ["TERM": "dumb"])
        session.terminal.send("Write-Output ('plain' + ' reading')\r")
        #expect(session.terminal.expect("plain reading"))
        session.terminal.send("\u{4}")
        #expect(session.terminal.waitForExit(timeout: 10) == 0)
        #expect(!session.terminal.transcript.contains("\u{1B}["))
    }

    @Test func pipedInputGivesTheSameResultsWithoutEditorOrColour() throws {
        let result = try VtashProcess.run([], input: "Write-Output ('piped' + ' input')\nGet-Frobnicator\n", environment: ["NO_COLOR": ""])
        #expect(result.output.contains("piped input"))
        #expect(!result.output.contains("PS "))
        #expect(!result.output.contains("\u{1B}["))
        #expect(!result.errors.contains("\u{1B}["))
    }

    // MARK: - Progress

    @Test func writeProgressDrawsABarInPlaceAndErasesItBeforeOutput() throws {
        let session = try ReplSession()
        #expect(session.expectPrompt())
        session.terminal.send("Write-Progress -Activity 'Copying' -Status 'Half' -PercentComplete 50; Start-Sleep -Milliseconds 20; 'after' + ' progress'\r")
        #expect(session.terminal.expect("Copying"))
        #expect(session.terminal.expect("    Half"))
        #expect(session.terminal.expect("[ooooo"))
        // Back up over the bar's three lines, then erase it before the output is written.
        #expect(session.terminal.expect("\u{1B}[3A\r"))
        #expect(session.terminal.expect("\r\u{1B}[J"))
        #expect(session.terminal.expect("after progress"))
        #expect(session.expectPrompt())
        #expect(session.exit() == 0)
    }

    @Test func progressIsNotDrawnWhenOutputIsNotATerminal() throws {
        let result = try VtashProcess.run(["--new-lab", "-Command", "Write-Progress -Activity 'Copying' -Status 'Half' -PercentComplete 50; 'after'"])
        #expect(result.output == "after\n")
        #expect(!result.errors.contains("Copying"))
    }

    @Test func commandOutputOnAColourTerminalIsNotLostAtExit() throws {
        // With colour on, the first line after a blank one is held back to see whether a table header
        // follows; a -Command that ends there must still print it.
        let terminal = try PseudoTerminal(
            executable: VtashProcess.executable.path, arguments: ["--new-lab", "-Command", "Write-Progress -Activity 'Copying' -Status 'Half'; 'hello' + ' there'"],
            environment: ["HOME": try ReplSession.makeHome().path, "NO_COLOR": "", "XDG_DATA_HOME": ""])
        #expect(terminal.expect("hello there"))
        #expect(terminal.waitForExit(timeout: 10) == 0)
        #expect(terminal.transcript.contains("\u{1B}[J"))
    }

    @Test func resizeKeepsTheEditorWorking() throws {
        let session = try ReplSession(columns: 60)
        #expect(session.expectPrompt())
        session.terminal.resize(rows: 30, columns: 140)
        // The editor redraws for the new width; typing follows, as a user would.
        session.terminal.drain(seconds: 0.3)
        session.terminal.send("Write-Output ('after' + ' resize')\r")
        #expect(session.terminal.expect("after resize"))
        #expect(session.expectPrompt())
        #expect(session.exit() == 0)
    }
}
