import Testing
@testable import ShellEngine
import TestSupport

/// `Test-Fault -Kind <FaultKind>`: fails the way it is told to, for the error-semantics tests.
final class TestFaultCommand: Cmdlet {
    enum FaultKind: String, EnumerationValue {
        case terminating = "Terminating", nonTerminating = "NonTerminating", none = "None"
        static let typeName = "Tests.FaultKind"
        static var unboundValue: FaultKind { .none }
    }

    static let command = CommandDescription(name: "Test-Fault", className: "Tests.TestFault", synopsis: "Test command.")

    @Parameter(mandatory: true, position: 0) var kind: FaultKind
    @Parameter(pipeline: .byValue) var inputObject: Value

    func process(_ context: CommandContext) throws {
        switch kind {
        case .terminating: throw context.failure("it broke", id: "Broke", category: .invalidOperation)
        case .nonTerminating: throw context.nonTerminatingFailure("one failed", id: "OneFailed", category: .invalidArgument)
        case .none: try context.write(inputObject)
        }
    }
}

/// How a cmdlet's errors meet `-ErrorAction`, `$ErrorActionPreference`, `-ErrorVariable`, `$?` and `$Error`.
/// Sources: about_CommonParameters (ErrorAction, ErrorVariable), about_Preference_Variables
/// ($ErrorActionPreference), src/System.Management.Automation/engine/CommandProcessorBase.cs
/// (ManageScriptException appends a terminating error to the error variable).
@Suite struct CmdletErrorSemanticsTests {
    func shell() -> (Shell, RecordingHost) {
        let (shell, host) = makeShell()
        shell.registry.register([TestFaultCommand.self])
        return (shell, host)
    }

    @Test func silentlyContinueHidesANonTerminatingErrorButRecordsIt() {
        let (shell, host) = shell()
        shell.run("Test-Fault NonTerminating -ErrorAction SilentlyContinue -ErrorVariable ev; \"ok=$? count=$($ev.Count) last=$($Error[0].FullyQualifiedErrorId)\"")
        #expect(host.lines == ["ok=False count=1 last=OneFailed,Tests.TestFault"])
    }

    @Test func ignoreHidesANonTerminatingErrorFromErrorToo() {
        let (shell, host) = shell()
        shell.run("Test-Fault NonTerminating -ErrorAction Ignore; \"errors=$($Error.Count)\"")
        #expect(host.lines == ["errors=0"])
    }

    @Test func stopMakesANonTerminatingErrorCatchable() {
        let (shell, host) = shell()
        shell.run("try { Test-Fault NonTerminating -ErrorAction Stop; 'not reached' } catch { \"caught $($_.FullyQualifiedErrorId)\" }")
        #expect(host.lines == ["caught OneFailed,Tests.TestFault"])
    }

    @Test func aTerminatingErrorReachesErrorVariableAndIsShownWhateverErrorAction() {
        let (shell, host) = shell()
        shell.run("Test-Fault Terminating -ErrorAction SilentlyContinue -ErrorVariable ev; \"count=$($ev.Count)\"")
        #expect(host.lines.first == "ERR:Test-Fault : it broke")
        #expect(host.lines.last == "count=1")
    }

    @Test func errorActionPreferenceStopEndsTheScriptAtAStatementTerminatingError() {
        let (shell, host) = shell()
        let outcome = shell.run("$ErrorActionPreference = 'Stop'\nTest-Fault Terminating\n'after'")
        #expect(!host.lines.contains("after"))
        #expect(host.lines.first == "ERR:Test-Fault : it broke")
        #expect(outcome == .completed(succeeded: false, terminatingError: true))  // `vtash -File` exits 1, as pwsh does
    }

    @Test func withoutStopTheScriptGoesOnAfterAStatementTerminatingError() {
        let (shell, host) = shell()
        shell.run("Test-Fault Terminating\n'after'")
        #expect(host.lines.last == "after")
    }

    /// A later command's terminating error passes through the earlier command as it is: not into its -ErrorVariable.
    @Test func aLaterCommandsTerminatingErrorIsNotInTheEarlierCommandsErrorVariable() {
        let (shell, host) = shell()
        shell.run("1 | Test-Fault None -ErrorVariable first | Test-Fault Terminating -ErrorVariable second; \"first=$($first.Count) second=$($second.Count)\"")
        #expect(host.lines.last == "first=0 second=1")
    }

    /// A later command's error stopped by its own -ErrorAction Stop is not silenced by the earlier command's
    /// -ErrorAction SilentlyContinue: it ends the statement and reaches the catch.
    @Test func aLaterCommandsStoppedErrorIsNotSilencedByTheEarlierCommandsErrorAction() {
        let (shell, host) = shell()
        shell.run("try { 1 | Test-Fault None -ErrorAction SilentlyContinue | Test-Fault NonTerminating -ErrorAction Stop; 'went on' } catch { 'caught' }")
        #expect(host.lines == ["caught"])
    }

    @Test func anErrorOfALaterCommandIsNotTheEarlierCommandsError() {
        let (shell, host) = shell()
        shell.run("1 | Test-Fault None -ErrorVariable first | Test-Fault NonTerminating -ErrorAction SilentlyContinue -ErrorVariable second; \"first=$($first.Count) second=$($second.Count)\"")
        #expect(host.lines == ["first=0 second=1"])
    }
}
