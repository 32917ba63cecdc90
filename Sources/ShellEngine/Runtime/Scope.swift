/// One level of variable and function scope (global, script, function or script block).
final class Scope {
    let parent: Scope?
    var variables: [String: Variable] = [:]
    var functions: [String: FunctionInfo] = [:]

    init(parent: Scope?) {
        self.parent = parent
    }
}

/// A variable: its name as first written, its value and whether it may change.
struct Variable {
    var name: String
    var value: Value
    var isConstant: Bool = false
    var description: String = ""
}

/// A function or filter defined by a script.
public struct FunctionInfo {
    public var name: String
    public var definition: ScriptBlockValue
    public var isFilter: Bool
}
