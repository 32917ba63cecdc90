/// One level of variable and function scope (global, script, function or script block).
final class Scope {
    let parent: Scope?
    /// Room for the four automatic variables of a script block (`$_`, `$PSItem`, `$args`,
    /// `$PSBoundParameters`) from the start: growing one by one rehashed the names twice per call.
    var variables: [String: Variable] = Dictionary(minimumCapacity: 4)
    var functions: [String: FunctionInfo] = [:]

    init(parent: Scope?) {
        self.parent = parent
    }
}

/// A variable: its name as first written, its value and whether it may change.
/// A class, so that assigning an existing variable (every iteration of a loop) updates it in place
/// with one dictionary lookup and no copy of the whole record.
package final class Variable {
    package var name: String
    package var value: Value
    package var isConstant: Bool
    package var description: String

    package init(name: String, value: Value, isConstant: Bool = false, description: String = "") {
        self.name = name
        self.value = value
        self.isConstant = isConstant
        self.description = description
    }
}

/// A function or filter defined by a script.
public struct FunctionInfo {
    public var name: String
    public var definition: ScriptBlockValue
    public var isFilter: Bool
}
