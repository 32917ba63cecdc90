import Testing
import TestSupport

/// Join-Path and Split-Path. Sources: the 5.1 documentation of both cmdlets (examples: `Join-Path -Path "path"
/// -ChildPath "childpath"`, separators not doubled; `Split-Path -Leaf`, `-Qualifier` "C:", `-NoQualifier`,
/// `-IsAbsolute`); PowerShell's test/powershell/Modules/Microsoft.PowerShell.Management/Split-Path.Tests.ps1 and
/// Join-Path.Tests.ps1. vtash's provider separator is '/'; a Windows path keeps its own separators.
@Suite struct PathCommandTests {
    @Test func joinPathPutsOneSeparatorBetweenTheParts() {
        let text = output(of: """
        Join-Path -Path 'path' -ChildPath 'childpath'
        Join-Path 'path/' '/childpath'
        Join-Path '/' 'etc'
        'a', 'b' | Join-Path -ChildPath 'c'
        Join-Path 'C:\\Temp' 'log.txt'
        """)
        #expect(text == "path/childpath\npath/childpath\n/etc\na/c\nb/c\nC:\\Temp\\log.txt")
    }

    @Test func joinPathResolveFailsForAPathThatDoesNotExist() {
        let scratch = ScratchDirectory()
        scratch.write("dir/file.txt", "")
        let text = scratch.run("""
        Join-Path dir file.txt -Resolve
        Join-Path dir nope.txt -Resolve -ErrorAction SilentlyContinue
        $Error[0].FullyQualifiedErrorId
        """)
        #expect(text == "\(scratch.path)/dir/file.txt\nPathNotFound,Microsoft.PowerShell.Commands.JoinPathCommand")
    }

    @Test func splitPathGivesTheParentByDefaultAndTheLeafOnRequest() {
        let text = output(of: """
        Split-Path '/home/user/report.txt'
        Split-Path '/home/user/report.txt' -Parent
        Split-Path '/home/user/report.txt' -Leaf
        Split-Path 'C:\\Test\\Logs\\*.log' -Leaf
        Split-Path 'C:\\Test\\Logs'
        Split-Path '/home'
        "[" + (Split-Path 'file.txt') + "]"
        "[" + (Split-Path '/') + "]"
        Split-Path 'dir/sub/' -Leaf
        """)
        #expect(text == "/home/user\n/home/user\nreport.txt\n*.log\nC:/Test\n/\n[]\n[]\nsub")
    }

    @Test func splitPathQualifierNoQualifierIsAbsoluteExtensionAndLeafBase() {
        let text = output(of: """
        Split-Path 'C:\\WINDOWS' -Qualifier
        Split-Path 'C:\\WINDOWS\\system32' -NoQualifier
        Split-Path '/usr/bin' -IsAbsolute
        Split-Path 'bin/ls' -IsAbsolute
        Split-Path 'C:\\x' -IsAbsolute
        Split-Path 'archive.tar.gz' -Extension
        Split-Path '/data/archive.tar.gz' -LeafBase
        """)
        #expect(text == "C:\n\\WINDOWS\\system32\nTrue\nFalse\nTrue\n.gz\narchive.tar")
    }

    @Test func splitPathQualifierOfAPathWithoutADriveIsAnError() {
        let text = output(of: "Split-Path '/usr/bin' -Qualifier -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId")
        #expect(text == "ParsePathFormatError,Microsoft.PowerShell.Commands.SplitPathCommand")
    }
}
