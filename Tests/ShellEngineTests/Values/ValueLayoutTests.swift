import Foundation
import Testing
@testable import ShellEngine

/// `Value`'s size is what every copy, array element, optional and bound parameter moves: the 10,000-statement
/// benchmark's data-cache misses follow it (docs/performance.md, "Issue 16: session 9, memory traffic").
@Suite struct ValueLayoutTests {
    /// The largest inline payload is `Decimal` (20 bytes), so a `Value` and a `Value?` fit in 24; an enum value
    /// (two strings and an Int) is boxed, as its `indirect` case says.
    @Test func aValueAndAnOptionalValueTakeTwentyFourBytes() {
        #expect(MemoryLayout<Value>.stride == 24)
        #expect(MemoryLayout<Value?>.stride == 24)
    }

    /// The boxed enum value still reads back whole, compares by name and copies as a value.
    @Test func aBoxedEnumValueKeepsItsFields() {
        let original = Value.enumValue(EnumValue(typeName: "T.State", name: "Enabled", rawValue: 1))
        var copy = original
        guard case .enumValue(var inner) = copy else {
            Issue.record("not an enum value: \(copy)")
            return
        }
        inner.name = "Disabled"
        copy = .enumValue(inner)
        guard case .enumValue(let first) = original, case .enumValue(let second) = copy else {
            Issue.record("not enum values")
            return
        }
        #expect(first == EnumValue(typeName: "T.State", name: "Enabled", rawValue: 1))
        #expect(second == EnumValue(typeName: "T.State", name: "Disabled", rawValue: 1))
    }
}
