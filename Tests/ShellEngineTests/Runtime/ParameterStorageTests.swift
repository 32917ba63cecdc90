import Foundation
import Testing
@testable import ShellEngine
import TestSupport

/// `Test-Slots [[-Count] <int>] [-Label <string>] [-Names <string[]>] [-Loud] [-Tail <string>]`, with stored
/// properties that are not parameters between and after the parameters, and defaults of several types: writes what
/// each property reads.
final class TestSlotsCommand: Cmdlet {
    static let command = CommandDescription(name: "Test-Slots", className: "Tests.TestSlots", synopsis: "Test command.")

    var before = "not a parameter"
    @Parameter(position: 0, pipeline: .byValue) var count: Int = 7
    @Parameter var label: String = "default label"
    var between: [Int] = [1, 2]
    @Parameter var names: [String]
    @Parameter var loud: SwitchParameter
    @Parameter var tail: String?
    var after = 3

    func process(_ context: CommandContext) throws {
        try context.write(.string(description))
    }

    var description: String {
        "\(count)/\(label)/\(names.joined(separator: ","))/\(loud.isPresent)/\(tail ?? "nil")/\(before)/\(between)/\(after)"
    }
}

/// A cmdlet's `@Parameter` properties keep their bound values themselves; the stage writes each into its property by
/// slot, at the offset the type's field records give (``ParameterSlots``). A slot must reach its own property's value
/// and nothing else of the instance.
@Suite struct ParameterStorageTests {
    @Test func eachSlotWritesItsOwnPropertyAndNothingElse() {
        let metadata = TestSlotsCommand.metadata
        let command = TestSlotsCommand()
        let slots = ParameterSlots(of: command, layout: metadata.slotLayout)
        #expect(slots.count == 5)
        #expect(metadata.parameters.prefix(5).map(\.name) == ["Count", "Label", "Names", "Loud", "Tail"])
        #expect(metadata.parameters.prefix(5).map(\.slot) == [0, 1, 2, 3, 4])
        #expect(command.description == "7/default label//false/nil/not a parameter/[1, 2]/3")
        #expect(!command.$count.isBound && !command.$label.isBound && !command.$names.isBound && !command.$tail.isBound)
        slots[0] = .int(5)
        slots[1] = .string("a")
        slots[2] = .array([.string("x"), .string("y")])
        slots[3] = .bool(true)
        slots[4] = .string("t")
        #expect(command.description == "5/a/x,y/true/t/not a parameter/[1, 2]/3")
        #expect(command.$count.isBound && command.$label.isBound && command.$names.isBound && command.$tail.isBound)
        #expect(slots[1].map { LanguagePrimitives.toString($0) } == "a")
        slots[0] = nil
        slots[1] = nil
        #expect(command.description == "7/default label/x,y/true/t/not a parameter/[1, 2]/3")
        #expect(!command.$count.isBound && !command.$label.isBound)
    }

    /// A layout is of one class: an instance of another class gets no slots, and slots out of range write nothing.
    @Test func slotsOfAnotherClassOrOutOfRangeWriteNothing() throws {
        let command = TestShapeCommand()
        let slots = ParameterSlots(of: command, layout: TestSlotsCommand.metadata.slotLayout)
        // Writing at another class's offsets would overwrite whatever sits there: stop before.
        try #require(slots.count == 0)
        slots[0] = .int(5)
        #expect(slots[0] == nil && !command.$count.isBound)
        let own = ParameterSlots(of: command, layout: TestShapeCommand.metadata.slotLayout)
        own[3] = .int(1)
        own[-1] = .int(1)
        #expect(own[3] == nil && !command.$count.isBound && !command.$label.isBound && !command.$loud.isBound)
    }

    /// Through a pipeline: what one object bound reads as the command line left it for the next object.
    @Test func aPipelineObjectsValueIsForgottenForTheNextObject() {
        let (shell, host) = makeShell()
        shell.registry.register([TestSlotsCommand.self])
        shell.run("1, 2 | Test-Slots -Label l -Names p, q -Loud; Test-Slots -Tail z; Test-Slots")
        #expect(host.lines == [
            "1/l/p,q/true/nil/not a parameter/[1, 2]/3",
            "2/l/p,q/true/nil/not a parameter/[1, 2]/3",
            "7/default label//false/z/not a parameter/[1, 2]/3",
            "7/default label//false/nil/not a parameter/[1, 2]/3",
        ])
    }

    /// Outside a derivation a property declares nothing (one counter checked); a cmdlet made on one thread while
    /// another thread derives a type's metadata finds no collection of its own and reads its defaults.
    @Test func aCmdletMadeWhileAnotherThreadDerivesReadsItsDefaults() {
        let entered = DispatchSemaphore(value: 0)
        let proceed = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        Thread {
            _ = ParameterCollector.collectDeclarations { () -> Int in
                entered.signal()
                proceed.wait()
                return 0
            }
            finished.signal()
        }.start()
        entered.wait()
        #expect(ParameterCollector.isDeriving)
        let command = TestSlotsCommand()
        proceed.signal()
        finished.wait()
        #expect(command.description == "7/default label//false/nil/not a parameter/[1, 2]/3")
        #expect(!command.$count.isBound && !command.$label.isBound && !command.$names.isBound && !command.$loud.isBound)
    }

    /// A cmdlet made outside a stage reads its defaults.
    @Test func aCmdletMadeOutsideAStageReadsItsDefaults() {
        let command = TestShapeCommand()
        #expect(command.count == 0 && command.label == "" && !command.loud.isPresent)
        #expect(!command.$count.isBound)
    }
}
