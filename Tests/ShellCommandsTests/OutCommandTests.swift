import Testing
import TestSupport

/// Out-String, Out-File and Out-Null: the formatted text of the input, as one string or `-Stream` lines, to a
/// file (`-FilePath` positional or `-Path`, `-Append`, `-NoClobber`, `-Width`), or nowhere.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/out-string?view=powershell-5.1
@Suite struct OutCommandTests {
    @Test func outStringIsOneStringEndingInANewlineOrOneStringPerLine() {
        #expect(output(of: "$s = 'a', 'b' | Out-String; $s.Length; $s -eq \"a`nb`n\"") == "4\nTrue")
        #expect(output(of: "('a', 'b' | Out-String -Stream).Count") == "2")
        #expect(output(of: "(Out-String -InputObject 'c').Length") == "2")
    }

    @Test func widthLimitsTheFormattedLines() {
        let text = output(of: "[pscustomobject]@{ Text = 'x' * 50 } | Out-String -Width 20 -Stream | Where-Object { $_ } | ForEach-Object { $_.Length -le 20 }")
        #expect(!text.isEmpty && !text.contains("False"))
    }

    @Test func outFileWritesTheTextAndAppends() {
        let scratch = ScratchDirectory()
        _ = scratch.run("'one' | Out-File o.txt; 'two' | Out-File -Path o.txt -Append; Out-File -FilePath p.txt -InputObject 'three' -Encoding UTF8 -Force")
        #expect(scratch.read("o.txt") == "one\ntwo\n")
        #expect(scratch.read("p.txt") == "three\n")
    }

    @Test func outFileNoClobberRefusesAnExistingFile() {
        let scratch = ScratchDirectory()
        scratch.write("k.txt", "keep")
        let text = scratch.run("try { 'new' | Out-File k.txt -NoClobber } catch { $_.FullyQualifiedErrorId }")
        #expect(text == "NoClobber,Microsoft.PowerShell.Commands.OutFileCommand")
        #expect(scratch.read("k.txt") == "keep")
    }

    @Test func outFileWidthLimitsTheFormattedLines() {
        let scratch = ScratchDirectory()
        _ = scratch.run("[pscustomobject]@{ Text = 'y' * 50 } | Out-File w.txt -Width 20")
        let lines = (scratch.read("w.txt") ?? "").split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.count <= 20 })
    }

    @Test func outNullDropsEverything() {
        #expect(output(of: "'x' | Out-Null; Out-Null -InputObject 'y'; 'z'") == "z")
    }
}
