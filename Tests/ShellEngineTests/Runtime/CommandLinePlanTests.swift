import Testing
@testable import ShellEngine
import TestSupport

/// `Test-Shape [-Count] <int>` (the default set) or `Test-Shape [-Label] <string>`, `-Loud`: writes the set it
/// bound and the value, for the tests of replayed bindings.
final class TestShapeCommand: Cmdlet {
    static let command = CommandDescription(name: "Test-Shape", className: "Tests.TestShape", synopsis: "Test command.",
                                            defaultParameterSet: "Number")

    @Parameter(mandatory: true, position: 0, set: "Number") var count: Int
    @Parameter(mandatory: true, position: 0, set: "Name") var label: String
    @Parameter var loud: SwitchParameter

    func process(_ context: CommandContext) throws {
        let value = context.parameters.parameterSetName == "Number" ? String(count) : label
        try context.write(.string("\(context.parameters.parameterSetName):\(value)\(loud.isPresent ? "!" : "")"))
    }
}

/// `Test-List [-Numbers] <int[]>` (the default set) or `Test-List [-Label] <string>`: a list parameter and a scalar one
/// at the same position in two sets, as ForEach-Object's `-Process` and `-MemberName` are.
final class TestListCommand: Cmdlet {
    static let command = CommandDescription(name: "Test-List", className: "Tests.TestList", synopsis: "Test command.",
                                            defaultParameterSet: "Numbers")

    @Parameter(mandatory: true, position: 0, set: "Numbers") var numbers: [Int]
    @Parameter(mandatory: true, position: 0, set: "Name") var label: String

    func process(_ context: CommandContext) throws {
        let value = context.parameters.parameterSetName == "Numbers" ? numbers.map(String.init).joined(separator: ",") : label
        try context.write(.string("\(context.parameters.parameterSetName):\(value)"))
    }
}

/// A command line of a shape bound before is replayed from its plan (``CommandLinePlan``): the same binding as the
/// long way for every value, including values that bind in another parameter set or fail to convert.
@Suite struct CommandLinePlanTests {
    func shell() -> (Shell, RecordingHost) {
        let (shell, host) = makeShell()
        shell.registry.register([TestShapeCommand.self])
        return (shell, host)
    }

    /// The same shape (one positional argument): a value the default set's `[int]` cannot take binds in the other
    /// set, as PowerShell tries each set in turn; the next number binds in the default set again.
    @Test func aValueThePlannedSetCannotTakeBindsInAnotherSet() {
        let (shell, host) = shell()
        shell.run("Test-Shape 5; Test-Shape abc; Test-Shape 7; Test-Shape def")
        #expect(host.lines == ["Number:5", "Name:abc", "Number:7", "Name:def"])
    }

    /// Where several sets could take a positional argument, the one that takes it without conversion wins
    /// (ParameterBinderController.BindPositionalParameters: without coercion before with it), so a replayed plan holds
    /// only for a value that needs no conversion either: the string '7' is the string set's, not converted to [int].
    @Test func aPlanMadeWithAnExactValueIsNotReplayedForAValueAnotherSetTakesAsItIs() {
        let (shell, host) = shell()
        shell.run("Test-Shape 5; Test-Shape '7'; Test-Shape 8; Test-Shape '9'")
        #expect(host.lines == ["Number:5", "Name:7", "Number:8", "Name:9"])
    }

    /// A binding first made in the second set tried is not a plan for the numbers that follow.
    @Test func aBindingInTheSecondSetTriedIsNotReplayedForNumbers() {
        let (shell, host) = shell()
        shell.run("Test-Shape abc; Test-Shape 5; Test-Shape 6")
        #expect(host.lines == ["Name:abc", "Number:5", "Number:6"])
    }

    /// A named value that does not convert fails the same way the second time as the first, pointing at its value.
    @Test func aValueThatDoesNotConvertFailsTheSameWayEachTime() {
        let (shell, host) = shell()
        shell.run("Test-Shape -Count 1; Test-Shape -Count x; Test-Shape -Count y")
        #expect(host.lines.first == "Number:1")
        let messages = host.lines.filter { $0.contains("Cannot bind parameter 'Count'") }
        #expect(messages.count == 2)
        #expect(messages.first?.contains("Cannot convert value \"x\" to type \"System.Int32\"") == true)
        #expect(messages.last?.contains("Cannot convert value \"y\" to type \"System.Int32\"") == true)
        #expect(host.lines.filter { $0.contains("At line:1 char:") }.map { $0.replacingOccurrences(of: "ERR:", with: "") } == ["At line:1 char:40", "At line:1 char:61"])
    }

    /// `-Label -Other`: the word after a parameter that needs a value is its value, read from each command line.
    @Test func aParameterTokenTakenAsTextIsReadFromEachCommandLine() {
        let (shell, host) = shell()
        shell.run("Test-Shape -Label -Quiet; Test-Shape -Label -Other -Loud; Test-Shape -Label -Else -Loud")
        #expect(host.lines == ["Name:-Quiet", "Name:-Other!", "Name:-Else!"])
    }

    /// A replayed line that leaves a mandatory parameter unbound still prompts for it on an interactive host.
    @Test func aReplayedLineStillPromptsForAMissingMandatoryParameter() {
        let (shell, host) = makeShell(interactive: true, answers: ["3", "4"])
        shell.registry.register([TestShapeCommand.self])
        shell.run("Test-Shape -Loud; Test-Shape -Loud")
        #expect(host.lines.filter { $0 == "Supply values for the following parameters:" }.count == 2)
        #expect(host.lines.filter { $0.hasPrefix("Number:") } == ["Number:3!", "Number:4!"])
    }

    /// ForEach-Object takes the blocks its `-Process` does not in `-RemainingScripts`: the same line binds the same
    /// way every time, with one block (replayed) and with several (bound the long way).
    @Test func forEachObjectBindsTheSameLineTheSameWayEachTime() {
        let (shell, host) = makeShell()
        shell.run("foreach ($i in 1..2) { 1 | ForEach-Object { \"p$_\" }; 1 | ForEach-Object { 'b' } { \"p$_\" } { 'e' } }")
        #expect(host.lines == ["p1", "b", "p1", "e", "p1", "b", "p1", "e"])
    }

    /// A single value of a list parameter's element type binds without conversion (ParameterBinderBase.EncodeCollection
    /// in PowerShell's src/System.Management.Automation/engine/ParameterBinderBase.cs), so the line's binding is a plan;
    /// its replay still holds only for a value that needs no conversion: the string '7' is the string set's.
    @Test func aSingleValueOfAListsElementTypeIsPlannedAndReplayedOnlyForSuchValues() {
        let (shell, host) = makeShell()
        shell.registry.register([TestListCommand.self])
        shell.run("Test-List 5; Test-List '7'; Test-List 8; Test-List '9'; Test-List 1, 2")
        #expect(host.lines == ["Numbers:5", "Name:7", "Numbers:8", "Name:9", "Numbers:1,2"])
    }

    /// ForEach-Object's one block is planned (it binds `-Process` without conversion); a member name on the same shape
    /// of line still binds `-MemberName`.
    @Test func forEachObjectBlockAndMemberNameBindTheirOwnSets() {
        let (shell, host) = makeShell()
        shell.run("foreach ($i in 1..2) { 1 | ForEach-Object { \"p$_\" }; 'abc' | ForEach-Object Length }")
        #expect(host.lines == ["p1", "3", "p1", "3"])
    }

    /// `-Count` and `-Label` have names of one length, so their shapes hash alike (``CommandLinePlan/Shape`` hashes
    /// lengths, not characters): each line still replays its own plan, and `-Label 2` stays a label.
    @Test func namesOfOneLengthKeepTheirOwnPlans() {
        let (shell, host) = shell()
        shell.run("Test-Shape -Count 1; Test-Shape -Label 2; Test-Shape -Count 3; Test-Shape -Label 4")
        #expect(host.lines == ["Number:1", "Name:2", "Number:3", "Name:4"])
    }

    /// A function, then an alias, defined with the command's name between identical command lines is what the next
    /// line calls: an alias before a function before a cmdlet (about_Command_Precedence).
    @Test func aFunctionOrAliasDefinedBetweenIdenticalLinesIsCalledByTheNext() {
        let (shell, host) = shell()
        shell.run("Test-Shape 1\nfunction Test-Shape { 'function' }\nTest-Shape 1\nSet-Alias Test-Shape Write-Output\nTest-Shape 1")
        #expect(host.lines == ["Number:1", "function", "1"])
    }
}
