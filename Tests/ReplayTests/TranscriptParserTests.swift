import Testing
@testable import ShellEngine
@testable import Replay
import TestSupport

@Suite struct TranscriptParserTests {
    @Test func consoleCopyPromptsStartCommandsAndTheirOutputFollows() throws {
        let text = """
        PS C:\\Users\\Administrator.CORP> Write-Output one
        one

        PS C:\\WINDOWS\\system32> $x = 2
        PS /home/me> $x
        2
        """
        let document = try TranscriptDocument.parse(text, name: "copy.txt")
        #expect(document.format == .consoleCopy)
        #expect(document.commands.map(\.text) == ["Write-Output one", "$x = 2", "$x"])
        #expect(document.commands[0].expectedOutput.map(\.text) == ["one", ""])
        #expect(document.commands[0].expectedOutput.map(\.number) == [2, 3])
        #expect(document.commands[1].expectedOutput.isEmpty)
        #expect(document.commands[2].lineNumber == 5)
    }

    @Test func promptShapesAreRecognisedAndOutputThatMerelyStartsWithPSIsNot() {
        #expect(PromptLine("PS C:\\> Get-Date")?.command == "Get-Date")
        #expect(PromptLine("PS>Get-Date")?.command == "Get-Date")
        #expect(PromptLine("PS C:\\>> nested")?.command == "nested")
        #expect(PromptLine("C:\\PS> Get-VM")?.command == "Get-VM")
        #expect(PromptLine("PS Cert:\\LocalMachine> dir")?.command == "dir")
        #expect(PromptLine("PS /tmp/work dir> ls")?.command == "ls")
        #expect(PromptLine("PS C:\\>")?.command == "")
        #expect(PromptLine("PSVersion: 5.1.0") == nil)
        #expect(PromptLine("PS version 5 > 4") == nil)
        #expect(PromptLine("PSEdition> x") == nil)
    }

    @Test func continuationLinesJoinTheStatementUntilOutputStarts() throws {
        let text = """
        PS /> Get-Thing |
        >> Select-Object -First 1
        >>
        thing
        >> TerminatingError(Get-Thing): "boom"
        """
        let document = try TranscriptDocument.parse(text, name: "t")
        #expect(document.commands.count == 1)
        #expect(document.commands[0].text == "Get-Thing |\nSelect-Object -First 1")
        #expect(document.commands[0].inputLines.count == 3)
        #expect(document.commands[0].expectedOutput.map(\.text) == ["thing", ">> TerminatingError(Get-Thing): \"boom\""])
    }

    @Test func startTranscriptFileKeepsHeaderFooterAndInvocationHeadersOutOfOutput() throws {
        let text = """
        **********************
        Windows PowerShell transcript start
        Start time: 20240101120000
        Username: HOST\\me
        PSVersion: 5.1.0
        **********************
        Transcript started, output file is /tmp/t.txt
        **********************
        Command start time: 20240101120001
        **********************
        PS>Write-Output hi
        hi
        **********************
        Command start time: 20240101120002
        **********************
        PS>Stop-Transcript
        **********************
        Windows PowerShell transcript end
        End time: 20240101120003
        **********************
        """
        let document = try TranscriptDocument.parse(text, name: "t")
        #expect(document.format == .startTranscript)
        #expect(document.commands.map(\.text) == ["Write-Output hi", "Stop-Transcript"])
        #expect(document.commands[0].expectedOutput.map(\.text) == ["hi"])
        #expect(document.commands[1].expectedOutput.isEmpty)
        #expect(document.commands[1].isReplayed == false)
        #expect(document.rendered(replacingOutputs: [:]) == text + "\n")
    }

    @Test func powerShell51LogLinesWithThePromptAreOutputNotCommands() throws {
        let text = "PS>Get-Item nope\nPS>TerminatingError(Get-Item): \"Cannot find path\"\nerror text\n"
        let document = try TranscriptDocument.parse(text, name: "t")
        #expect(document.commands.count == 1)
        #expect(document.commands[0].expectedOutput.count == 2)
    }

    @Test func textWithoutPromptsIsRefusedWithAMessageThatNamesTheShapeExpected() {
        #expect(throws: TranscriptError.noCommands(path: "notes.txt")) {
            try TranscriptDocument.parse("just some notes\nno prompts here\n", name: "notes.txt")
        }
        let message = TranscriptError.noCommands(path: "notes.txt").message
        #expect(message.contains("PS C:\\> Get-Date"))
    }

    @Test func binaryDataIsRefusedWithItsOffset() {
        var bytes = Array("PS> Get-Date\n".utf8)
        bytes += [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]
        #expect(throws: TranscriptError.binary(path: "x.png", offset: 13)) {
            try TranscriptDocument.parse(bytes, name: "x.png")
        }
        #expect(throws: TranscriptError.binary(path: "nul", offset: 3)) {
            try TranscriptDocument.parse([0x50, 0x53, 0x3E, 0x00], name: "nul")
        }
    }

    @Test func oversizedInputIsRefusedBeforeParsing() {
        let bytes = [UInt8](repeating: 0x41, count: 2048)
        #expect(throws: TranscriptError.tooLarge(path: "big", bytes: 2048, limit: 1024)) {
            try TranscriptDocument.parse(bytes, name: "big", sizeLimit: 1024)
        }
        #expect(TranscriptError.tooLarge(path: "big", bytes: 50 * 1024 * 1024, limit: TranscriptDocument.sizeLimit).message
            == "'big' is 50.0 MB; a transcript may be at most 32.0 MB. Split it into smaller transcripts.")
    }

    @Test func utf16AndBOMAndCRLFTranscriptsAreRead() throws {
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "PS>Write-Output é\r\né\r\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let document = try TranscriptDocument.parse(utf16, name: "u16")
        #expect(document.commands.first?.text == "Write-Output é")
        #expect(document.commands.first?.expectedOutput.map(\.text) == ["é"])
        let bom = try TranscriptDocument.parse([0xEF, 0xBB, 0xBF] + Array("PS C:\\> dir\r\n".utf8), name: "bom")
        #expect(bom.commands.first?.text == "dir")
    }

    @Test func updateKeepsPromptsAndTextAroundCommandsAndReplacesOutputs() throws {
        let text = "notes before\nPS C:\\> a\nold a\nPS C:\\> b\nold b\n"
        let document = try TranscriptDocument.parse(text, name: "t")
        #expect(document.rendered(replacingOutputs: [0: ["new a"]]) == "notes before\nPS C:\\> a\nnew a\nPS C:\\> b\nold b\n")
    }
}
