import Foundation
import Testing

/// Resolve-Path (DOCS:reference/5.1/Microsoft.PowerShell.Management/Resolve-Path.md): PathInfo objects whose Path is
/// the full path, wildcards expanded, `-Relative` paths from the current folder (`./x` where Windows writes `.\x`, as
/// PowerShell 7 does on Unix), and a path that matches nothing is a PathNotFound error. New-Item -ItemType Directory
/// makes the folders above the new one (FileSystemProvider.cs at 60b3b304f2: DirectoryInfo.CreateSubdirectory).
@Suite struct ResolvePathCommandTests {
    @Test func aPathResolvesToItsFullPathAndWildcardsToEveryMatch() {
        let scratch = ScratchDirectory()
        scratch.write("mods/a.psm1", "")
        scratch.write("mods/b.psm1", "")
        #expect(scratch.run("(Resolve-Path ./mods).Path") == scratch.path + "/mods")
        #expect(scratch.run("\"$(Resolve-Path mods)\"") == scratch.path + "/mods")
        #expect(scratch.run("Resolve-Path ./mods/*.psm1 -Relative") == "./mods/a.psm1\n./mods/b.psm1")
        #expect(scratch.run("(Resolve-Path ./mods/*.psm1).Count") == "2")
    }

    @Test func aPathThatMatchesNothingIsAnErrorOfResolvePath() {
        let scratch = ScratchDirectory()
        #expect(scratch.run("try { Resolve-Path ./missing -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }")
                == "PathNotFound,Microsoft.PowerShell.Commands.ResolvePathCommand")
    }

    @Test func newItemMakesTheMissingFoldersAboveANewDirectory() {
        let scratch = ScratchDirectory()
        #expect(scratch.run("New-Item -ItemType Directory -Path a/b/c | Out-Null; Test-Path -Path a/b/c -PathType Container") == "True")
    }
}
