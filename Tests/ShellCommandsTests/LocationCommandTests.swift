import Testing
import TestSupport

/// Get-Location and Set-Location: the path by position, pipeline value or `Path` property; `-PassThru` returns
/// the new location; no path goes home.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.management/set-location?view=powershell-5.1
@Suite struct LocationCommandTests {
    @Test func setLocationMovesByPositionPipelineAndPropertyName() {
        let scratch = ScratchDirectory()
        scratch.write("one/two/x.txt", "")
        let text = scratch.run("""
        Set-Location one; (Get-Location).Path
        'two' | Set-Location; (Get-Location).Path
        [pscustomobject]@{ Path = '..' } | Set-Location; (Get-Location).Path
        """)
        #expect(text == "\(scratch.path)/one\n\(scratch.path)/one/two\n\(scratch.path)/one")
    }

    @Test func passThruReturnsTheNewLocation() {
        let scratch = ScratchDirectory()
        scratch.write("d/x.txt", "")
        #expect(scratch.run("(Set-Location -Path d -PassThru).Path; Set-Location ..") == "\(scratch.path)/d")
    }

    @Test func withoutAPathSetLocationGoesHome() {
        let scratch = ScratchDirectory()
        scratch.write("h/x.txt", "")
        #expect(scratch.run("$HOME = '\(scratch.path)/h'; Set-Location; (Get-Location).Path") == "\(scratch.path)/h")
    }

    @Test func aMissingDirectoryIsAnErrorAndTheLocationStays() {
        let scratch = ScratchDirectory()
        #expect(scratch.run("Set-Location nope -ErrorAction SilentlyContinue; (Get-Location).Path") == scratch.path)
    }
}
