import Testing
import TestSupport

/// Get-ChildItem, Get-Item, Test-Path, New-Item, Remove-Item and Copy-Item on a scratch directory: each
/// parameter by name, by position and, where declared, from the pipeline.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.management/get-childitem?view=powershell-5.1
@Suite struct ItemCommandTests {
    /// a.txt, b.log, .hidden, sub/c.txt, sub/deep/d.txt
    private func tree() -> ScratchDirectory {
        let scratch = ScratchDirectory()
        scratch.write("a.txt", "a")
        scratch.write("b.log", "bb")
        scratch.write(".hidden", "h")
        scratch.write("sub/c.txt", "ccc")
        scratch.write("sub/deep/d.txt", "dddd")
        return scratch
    }

    @Test func getChildItemListsNamesWithFilterIncludeAndExclude() {
        let scratch = tree()
        #expect(scratch.run("Get-ChildItem -Name") == "a.txt\nb.log\nsub")
        #expect(scratch.run("Get-ChildItem . *.txt -Name") == "a.txt")
        #expect(scratch.run("Get-ChildItem -Path . -Include *.log, *.txt -Exclude a* -Name") == "b.log")
    }

    @Test func getChildItemRecursesToTheDepthAsked() {
        let scratch = tree()
        #expect(scratch.run("Get-ChildItem -Recurse -Name -File") == "a.txt\nb.log\nsub/c.txt\nsub/deep/d.txt")
        #expect(scratch.run("Get-ChildItem -Depth 1 -Name -File") == "a.txt\nb.log\nsub/c.txt")
        #expect(scratch.run("Get-ChildItem -s -Name -Directory") == "sub\nsub/deep")
        #expect(scratch.run("Get-ChildItem -Recurse -ad -Name") == "sub\nsub/deep")
    }

    @Test func getChildItemShowsHiddenItemsWithForce() {
        let scratch = tree()
        #expect(scratch.run("Get-ChildItem -Force -File -Name") == ".hidden\na.txt\nb.log")
    }

    @Test func getChildItemTakesPathsFromThePipelineByValueAndByPropertyName() {
        let scratch = tree()
        #expect(scratch.run("'sub' | Get-ChildItem -Name") == "c.txt\ndeep")
        #expect(scratch.run("[pscustomobject]@{ Path = 'sub/deep' } | Get-ChildItem -Name") == "d.txt")
        #expect(scratch.run("[pscustomobject]@{ LiteralPath = 'sub/deep' } | Get-ChildItem -Name") == "d.txt")
    }

    @Test func getChildItemOfAMissingPathIsPathNotFound() {
        let scratch = tree()
        let text = scratch.run("Get-ChildItem nope -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId")
        #expect(text == "PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand")
    }

    @Test func getItemReturnsTheItemItselfByPositionPipelineOrWildcard() {
        let scratch = tree()
        #expect(scratch.run("(Get-Item sub).Name; (Get-Item -Path b.log).Length") == "sub\n2")
        #expect(scratch.run("'a.txt' | Get-Item | ForEach-Object { $_.Length }") == "1")
        #expect(scratch.run("[pscustomobject]@{ PSPath = 'b.log' } | Get-Item | ForEach-Object { $_.Name }") == "b.log")
        #expect(scratch.run("Get-Item *.txt -Force | ForEach-Object { $_.Name }") == "a.txt")
        let missing = scratch.run("Get-Item nope -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId")
        #expect(missing == "PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand")
    }

    @Test func testPathChecksExistenceAndTheKindOfItem() {
        let scratch = tree()
        let text = scratch.run("""
        Test-Path a.txt; Test-Path nope
        Test-Path sub -PathType Container; Test-Path sub -PathType Leaf; Test-Path a.txt -Type Leaf; Test-Path a.txt -PathType Any
        'sub/c.txt', 'sub/x' | Test-Path
        [pscustomobject]@{ Path = 'b.log' } | Test-Path
        Test-Path 'no/such/dir' -IsValid
        """)
        #expect(text == "True\nFalse\nTrue\nFalse\nTrue\nTrue\nTrue\nFalse\nTrue\nTrue")
    }

    @Test func newItemCreatesFilesWithValuesAndDirectories() {
        let scratch = ScratchDirectory()
        _ = scratch.run("New-Item f1.txt -Value 'one' | Out-Null; New-Item -Path . -Name f2.txt | Out-Null; New-Item d1 -ItemType Directory | Out-Null; New-Item -Path d2/d3 -Type Directory -Force | Out-Null")
        #expect(scratch.read("f1.txt") == "one")
        #expect(scratch.read("f2.txt") == "")
        #expect(scratch.run("Test-Path d1 -PathType Container; Test-Path d2/d3 -PathType Container") == "True\nTrue")
        #expect(scratch.run("(New-Item f3.txt -Value 'x').Name") == "f3.txt")
    }

    /// -Value takes any object by value, so a piped object binds there before its properties are looked at.
    @Test func newItemTakesTheValueFromThePipeline() {
        let scratch = ScratchDirectory()
        _ = scratch.run("'piped text' | New-Item v.txt | Out-Null")
        #expect(scratch.read("v.txt") == "piped text")
    }

    @Test func newItemRefusesAnExistingFileUnlessForced() {
        let scratch = ScratchDirectory()
        scratch.write("e.txt", "old")
        let text = scratch.run("New-Item e.txt -Value 'new' -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId")
        #expect(text == "NewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand")
        #expect(scratch.read("e.txt") == "old")
        _ = scratch.run("New-Item e.txt -Value 'new' -Force | Out-Null")
        #expect(scratch.read("e.txt") == "new")
    }

    @Test func removeItemDeletesFilesAndDirectoriesWithRecurse() {
        let scratch = tree()
        _ = scratch.run("Remove-Item a.txt; Remove-Item -Path *.log")
        #expect(!scratch.exists("a.txt") && !scratch.exists("b.log"))
        let refused = scratch.run("Remove-Item sub -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId")
        #expect(refused == "RemoveItemIOError,Microsoft.PowerShell.Commands.RemoveItemCommand")
        #expect(scratch.exists("sub/c.txt"))
        _ = scratch.run("Remove-Item sub -r -Force")
        #expect(!scratch.exists("sub"))
    }

    @Test func removeItemTakesPathsFromThePipelineByValueAndByPropertyName() {
        let scratch = tree()
        _ = scratch.run("'a.txt' | Remove-Item; Get-ChildItem sub -File | Remove-Item")
        #expect(!scratch.exists("a.txt") && !scratch.exists("sub/c.txt") && scratch.exists("sub/deep/d.txt"))
        _ = scratch.run("[pscustomobject]@{ FullName = 'b.log' } | Remove-Item")
        #expect(!scratch.exists("b.log"))
    }

    @Test func copyItemCopiesToADestinationByPositionAndPassesTheCopyThrough() {
        let scratch = tree()
        #expect(scratch.run("(Copy-Item a.txt a2.txt -PassThru).Name") == "a2.txt")
        _ = scratch.run("Copy-Item -Path b.log -Destination sub; Copy-Item sub sub2 -Recurse")
        #expect(scratch.read("a2.txt") == "a")
        #expect(scratch.read("sub/b.log") == "bb")
        #expect(scratch.read("sub2/deep/d.txt") == "dddd")
        _ = scratch.run("Copy-Item sub sub3")
        #expect(scratch.exists("sub3") && !scratch.exists("sub3/c.txt"))
    }

    @Test func copyItemTakesPathAndDestinationByPropertyName() {
        let scratch = tree()
        _ = scratch.run("[pscustomobject]@{ Path = 'a.txt'; Destination = 'p.txt' } | Copy-Item -Force")
        _ = scratch.run("'b.log' | Copy-Item -Destination q.log")
        #expect(scratch.read("p.txt") == "a")
        #expect(scratch.read("q.log") == "bb")
    }
}
