import Testing
@testable import ShellEngine
import ShellCommands
import TestSupport

/// Command names resolved to cmdlets are remembered, but never past a change that could resolve them
/// differently: a function of the same name, a new alias, new cmdlets.
@Suite struct CommandResolutionTests {
    @Test func aFunctionDefinedAfterACmdletRanHidesItFromThenOn() {
        let (shell, host) = makeShell()
        shell.run("Write-Output 'cmdlet'\nfunction Write-Output { 'function' }\nWrite-Output 'cmdlet'")
        #expect(host.lines == ["cmdlet", "function"])
    }

    @Test func aFunctionDefinedInAScriptBlockHidesTheCmdletOnlyWhileItIsVisible() {
        let (shell, host) = makeShell()
        shell.run("""
        write-output 'a'
        & { function Write-Output { 'inner' }; Write-Output 'b' }
        Write-Output 'c'
        """)
        #expect(host.lines == ["a", "inner", "c"])
    }

    @Test func anAliasAddedAfterANameWasResolvedIsFollowed() {
        let (shell, host) = makeShell()
        shell.run("Write-Output 'x' | Out-Null")
        #expect(shell.registry.resolvedCmdlet("Write-Output").map { ObjectIdentifier($0.type) } == ObjectIdentifier(WriteOutputCommand.self))
        shell.registry.alias("Write-Output", "Write-Host")
        #expect(shell.registry.resolvedCmdlet("Write-Output") == nil)
        shell.run("Write-Output 'through the alias'")
        #expect(shell.registry.resolvedCmdlet("Write-Output")?.lookup == "Write-Host")
        #expect(host.lines == ["through the alias"])
    }

    @Test func twoShellsGivenOneRegistryDoNotShareResolutions() {
        let registry = CoreCommands.registry()
        let first = RecordingHost(), second = RecordingHost()
        let one = Shell(host: first, registry: registry)
        let two = Shell(host: second, registry: registry)
        one.run("function Write-Output { 'function' }")
        two.run("Write-Output 'cmdlet'")
        one.run("Write-Output 'cmdlet'")
        #expect(second.lines == ["cmdlet"])
        #expect(first.lines == ["function"])
    }

    @Test func namesAreRememberedAsWrittenAndStillMatchCaseInsensitively() {
        let (shell, host) = makeShell()
        shell.run("write-output 1\nWRITE-OUTPUT 2\nWrite-Output 3")
        #expect(host.lines == ["1", "2", "3"])
        #expect(shell.registry.resolvedCmdlet("WRITE-OUTPUT") != nil)
        #expect(shell.registry.resolvedCmdlet("Get-Nothing") == nil)
    }
}
