/// A function or filter defined by a script.
public struct FunctionInfo {
    public var name: String
    public var definition: ScriptBlockValue
    public var isFilter: Bool
    /// The module that defined it: its calls run in a scope whose parent is the module's scope.
    public var module: ModuleInfo? = nil
}
