/// A function or filter defined by a script.
public struct FunctionInfo {
    public var name: String
    public var definition: ScriptBlockValue
    public var isFilter: Bool
}
