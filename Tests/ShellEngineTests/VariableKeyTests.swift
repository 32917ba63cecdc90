import Testing
@testable import ShellEngine
import TestSupport

/// Case-insensitive names: the allocation-free comparison agrees with comparing lower-cased keys, and
/// bound parameters are found whatever the case they are asked for in.
@Suite struct VariableKeyTests {
    static let pairs: [(String, String)] = [
        ("InputObject", "inputobject"), ("InputObject", "INPUTOBJECT"), ("Name", "NameX"), ("NameX", "Name"),
        ("", ""), ("a", ""), ("First", "Last"), ("k", "\u{212A}"), ("Straße", "STRASSE"), ("Ärger", "ärger"),
        ("ErrorAction", "ErrorActio"), ("x1", "X1"), ("@", "`"), ("[", "{"), ("Z", "z"), ("_", "_"),
    ]

    @Test func equalAgreesWithComparingLowerCasedKeys() {
        for (first, second) in Self.pairs {
            #expect(VariableKey.equal(first, second) == (first.lowercased() == second.lowercased()), "\(first) vs \(second)")
            #expect(VariableKey.of(first) == first.lowercased())
        }
    }

    @Test func boundParametersAreFoundInAnyCaseAndKeepTheirOrder() {
        var bound = BoundParameters()
        bound.set("InputObject", .int(1))
        bound.set("First", .int(2))
        bound.set("inputobject", .int(3))
        #expect(bound.names == ["InputObject", "First"])
        #expect(bound.has("INPUTOBJECT"))
        #expect(bound.int("inputObject") == 3)
        #expect(bound.int("first") == 2)
        bound.remove("FIRST")
        #expect(bound.names == ["InputObject"])
        #expect(!bound.has("First"))
        #expect(bound["Last"] == nil)
    }
}
