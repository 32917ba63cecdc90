import Testing
import TestSupport

/// Get-Content, Set-Content and Add-Content: paths by position and by property name, `-Raw`, `-TotalCount`
/// (`-First`, `-Head`), `-Tail` (`-Last`), values by position or pipeline, `-NoNewline`.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.management/get-content?view=powershell-5.1
@Suite struct ContentCommandTests {
    private func fiveLines() -> ScratchDirectory {
        let scratch = ScratchDirectory()
        scratch.write("f.txt", "1\n2\n3\n4\n5\n")
        return scratch
    }

    @Test func getContentReturnsLinesOrTheRawText() {
        let scratch = fiveLines()
        #expect(scratch.run("(Get-Content f.txt).Count; (Get-Content -Path f.txt -Raw).Length") == "5\n10")
    }

    @Test func totalCountAndTailTakeLinesFromEitherEnd() {
        let scratch = fiveLines()
        #expect(scratch.run("Get-Content f.txt -TotalCount 2") == "1\n2")
        #expect(scratch.run("Get-Content f.txt -First 1; Get-Content f.txt -Head 1") == "1\n1")
        #expect(scratch.run("Get-Content f.txt -Tail 2") == "4\n5")
        #expect(scratch.run("Get-Content f.txt -Last 1") == "5")
    }

    @Test func getContentTakesThePathByPropertyName() {
        let scratch = fiveLines()
        #expect(scratch.run("Get-Item f.txt | Get-Content -TotalCount 1") == "1")
        #expect(scratch.run("[pscustomobject]@{ LiteralPath = 'f.txt' } | Get-Content -Tail 1") == "5")
    }

    @Test func aMissingFileIsPathNotFound() {
        let scratch = fiveLines()
        let text = scratch.run("Get-Content nope.txt -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId")
        #expect(text == "PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand")
    }

    @Test func setContentWritesEachValueOnItsOwnLine() {
        let scratch = ScratchDirectory()
        _ = scratch.run("Set-Content a.txt 'x', 'y'; 'p', 'q' | Set-Content -Path b.txt; Set-Content -Path c.txt -Value 1, 2 -NoNewline")
        #expect(scratch.read("a.txt") == "x\ny\n")
        #expect(scratch.read("b.txt") == "p\nq\n")
        #expect(scratch.read("c.txt") == "12")
    }

    @Test func setContentReplacesAndAddContentAppends() {
        let scratch = ScratchDirectory()
        _ = scratch.run("Set-Content f.txt 'old'; Set-Content f.txt 'new'; Add-Content f.txt 'more'; 'last' | Add-Content -Path f.txt; Add-Content f.txt 'a', 'b' -NoNewline")
        #expect(scratch.read("f.txt") == "new\nmore\nlast\nab")
    }

    /// vtash writes one empty line when there is no value (PowerShell would prompt for the mandatory -Value).
    @Test func setContentWithoutAValueWritesOneEmptyLine() {
        let scratch = ScratchDirectory()
        _ = scratch.run("Set-Content e1.txt; Set-Content e2.txt -Value $null")
        #expect(scratch.read("e1.txt") == "\n")
        #expect(scratch.read("e2.txt") == "\n")
    }

    @Test func setContentHonoursWhatIf() {
        let scratch = ScratchDirectory()
        let text = scratch.run("Set-Content w.txt 'x' -WhatIf")
        #expect(text == "What if: Performing the operation \"Set Content\" on target \"Path: \(scratch.path)/w.txt\".")
        #expect(!scratch.exists("w.txt"))
    }
}
