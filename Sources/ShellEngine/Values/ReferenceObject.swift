/// `[ref]$variable`: a reference to a variable, for a .NET method's `out` parameter
/// (`$d.TryGetValue('a', [ref]$v)`) or a function's `[ref]` parameter; `.Value` reads and writes the variable.
public final class ReferenceObject: DotNetObject {
    private let variable: Variable?
    /// What a reference made from a value (`[ref]5`) holds.
    private var held: Value

    init(variable: Variable) {
        self.variable = variable
        self.held = .null
    }

    init(value: Value) {
        self.variable = nil
        self.held = value
    }

    public var value: Value {
        get { variable?.value ?? held }
        set {
            if let variable { variable.value = newValue } else { held = newValue }
        }
    }

    public override var typeNames: [String] { ["System.Management.Automation.PSReference", "System.Object"] }

    public override var members: [DotNetMember] {
        DotNetMember.objectMethods + [.property("Value", "System.Object Value {get;set;}")]
    }

    public override var displayProperties: [(name: String, value: Value)] { [("Value", value)] }

    override func property(_ lower: String) -> Value? { lower == "value" ? value : nil }

    override func setProperty(_ lower: String, _ newValue: Value, call: MethodCall) throws -> Bool {
        guard lower == "value" else { return false }
        value = newValue
        return true
    }
}
