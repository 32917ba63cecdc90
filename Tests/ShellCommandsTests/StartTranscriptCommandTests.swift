import Foundation
import Testing
@testable import ShellEngine
@testable import ShellCommands
import ShellFormatting
import TestSupport
import Replay

@Suite struct StartTranscriptCommandTests {
    @Test func transcriptHasHeaderPromptLinesOutputAndFooter() throws {
        let session = TranscriptSession()
        session.type(["Start-Transcript -Path ./t.txt", "Write-Output hello", "Write-Output 'a','b' |\nForEach-Object { $_ }", "Stop-Transcript"])
        let lines = session.file("t.txt").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "**********************")
        #expect(lines[1] == "Windows PowerShell transcript start")
        #expect(lines[2].hasPrefix("Start time: ") && lines[2].count == "Start time: ".count + 14)
        #expect(lines.contains("PSVersion: 5.1.0"))
        let startIndex = try #require(lines.firstIndex { $0.hasPrefix("Transcript started, output file is ") })
        #expect(lines[startIndex - 1] == "**********************")
        let prompt = session.shell.prompt
        #expect(Array(lines[(startIndex + 1)...]).prefix(6) == [
            prompt + "Write-Output hello", "hello",
            prompt + "Write-Output 'a','b' |", ">> ForEach-Object { $_ }", "a", "b",
        ])
        let footer = Array(lines.suffix(6))
        #expect(footer.count == 6)
        #expect(footer.enumerated().filter { $0.offset != 3 }.map(\.element)
            == [prompt + "Stop-Transcript", "**********************", "Windows PowerShell transcript end", "**********************", ""])
        #expect(footer.count == 6 && footer[3].range(of: #"^End time: \d{14}$"#, options: .regularExpression) != nil)
        #expect(lines.filter { $0.hasPrefix("Transcript started") }.count == 1)
        let shown = session.capture.take().map(\.text)
        #expect(shown.first == "Transcript started, output file is \(session.directory)/t.txt")
        #expect(shown.last == "Transcript stopped, output file is \(session.directory)/t.txt")
    }

    @Test func secretsOnCommandLinesAndInOutputAreWrittenAsStars() {
        let session = TranscriptSession()
        session.type([
            "Start-Transcript ./s.txt",
            "function Connect-Thing { param($User, $Password) \"connected $User with $Password\" }",
            "Connect-Thing -User admin -Password 'VMware1!'",
            "$p = ConvertTo-SecureString 'S3cret!x' -AsPlainText -Force",
            "Stop-Transcript",
        ])
        let text = session.file("s.txt")
        #expect(text.contains("Connect-Thing -User admin -Password '********'"))
        #expect(text.contains("connected admin with ********"))
        #expect(text.contains("ConvertTo-SecureString '********' -AsPlainText -Force"))
        #expect(!text.contains("VMware1!"))
        #expect(!text.contains("S3cret!x"))
    }

    @Test func invocationHeaderPrecedesEachCommandAndAppendKeepsEarlierSessions() {
        let session = TranscriptSession()
        session.type(["Start-Transcript -Path a.txt -IncludeInvocationHeader", "Write-Output one", "Stop-Transcript"])
        session.type(["Start-Transcript -Path a.txt -Append", "Write-Output two", "Stop-Transcript"])
        let lines = session.file("a.txt").split(separator: "\n").map(String.init)
        let one = lines.firstIndex(of: session.shell.prompt + "Write-Output one") ?? 0
        #expect(one >= 3 && lines[one - 2].hasPrefix("Command start time: ") && lines[one - 1] == "**********************")
        #expect(lines.filter { $0 == "Windows PowerShell transcript start" }.count == 2)
        #expect(lines.contains("two"))
        let document = try? TranscriptDocument.parse(session.file("a.txt"), name: "a.txt")
        #expect(document?.commands.filter(\.isReplayed).map(\.text) == ["Write-Output one", "Write-Output two"])
    }

    @Test func noClobberRefusesAnExistingFileAndStopWithoutStartIsAnError() {
        let session = TranscriptSession()
        _ = FileManager.default.createFile(atPath: session.directory + "/x.txt", contents: Data("keep".utf8))
        session.type(["Start-Transcript x.txt -NoClobber"])
        let errors = session.capture.take().filter { $0.stream == .error }.map(\.text)
        #expect(errors.first?.contains("File \(session.directory)/x.txt already exists and NoClobber was specified.") == true)
        #expect(session.file("x.txt") == "keep")
        session.type(["Stop-Transcript"])
        #expect(session.capture.take().first { $0.stream == .error }?.text.contains("The host is not currently transcribing.") == true)
    }

    @Test func minimalHeaderLiteralPathAndNoClobberWithAppend() {
        let session = TranscriptSession()
        session.type(["Start-Transcript -LiteralPath m.txt -UseMinimalHeader -Force", "Stop-Transcript"])
        let lines = session.file("m.txt").split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(2)) == ["**********************", "Windows PowerShell transcript start"])
        #expect(lines[2].hasPrefix("Start time: "))
        #expect(lines[3] == "**********************")
        #expect(!lines.contains { $0.hasPrefix("PSVersion") })
        session.type(["Start-Transcript -LP m.txt -NoClobber -Append", "Write-Output appended", "Stop-Transcript"])
        #expect(session.file("m.txt").contains("appended"))
    }

    @Test func outputDirectoryGetsAUniquelyNamedTranscript() throws {
        let session = TranscriptSession()
        try FileManager.default.createDirectory(atPath: session.directory + "/logs", withIntermediateDirectories: true)
        session.type(["Start-Transcript -OutputDirectory logs", "Stop-Transcript"])
        let names = try FileManager.default.contentsOfDirectory(atPath: session.directory + "/logs")
        #expect(names.count == 1)
        #expect(names.first?.hasPrefix("PowerShell_transcript.") == true && names.first?.hasSuffix(".txt") == true)
    }

    @Test func shellOnAPlainHostSaysTranscriptionIsNotSupported() {
        let capture = CapturingHost()
        var registry = CoreCommands.registry()
        registry.register([StartTranscriptCommand.self])
        let shell = Shell(host: capture, registry: registry)
        shell.run("Start-Transcript -Path /nonexistent/never.txt")
        #expect(capture.take().first?.text.contains("This host does not support transcription.") == true)
    }
}
