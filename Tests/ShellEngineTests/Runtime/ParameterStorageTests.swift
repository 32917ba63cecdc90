import Testing
@testable import ShellEngine
import TestSupport

/// A cmdlet's `@Parameter` properties take their slots of one ``ParameterValues`` as the cmdlet is made. The stage
/// makes that storage unbound for as many slots as the metadata declares; each property must still find its own
/// slot when that count is wrong, which only the metadata's own count guarantees.
@Suite struct ParameterStorageTests {
    @Test func eachPropertyReadsItsOwnSlotWhateverTheStorageWasSizedFor() {
        for slots in [0, 1, 3, 10] {
            let (command, storage) = ParameterCollector.collect(slots: slots) { TestShapeCommand() }
            #expect(storage.count == max(slots, 3), "slots: \(slots)")
            #expect(!command.$count.isBound && !command.$label.isBound && !command.$loud.isBound, "slots: \(slots)")
            storage[0] = .int(5)
            storage[1] = .string("a")
            storage[2] = .bool(true)
            #expect(command.count == 5, "slots: \(slots)")
            #expect(command.label == "a", "slots: \(slots)")
            #expect(command.loud.isPresent, "slots: \(slots)")
        }
    }

    /// A cmdlet made outside a stage gives each property a storage of its own.
    @Test func aCmdletMadeOutsideAStageReadsItsDefaults() {
        let command = TestShapeCommand()
        #expect(command.count == 0 && command.label == "" && !command.loud.isPresent)
        #expect(!command.$count.isBound)
    }
}
