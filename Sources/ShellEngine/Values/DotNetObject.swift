import PowerShellSyntax

/// A .NET object the engine implements itself: collections (ArrayList, `List[T]`, `HashSet[T]`, Queue, Stack,
/// typed arrays), StringBuilder, Char, `[ref]`. PowerShell holds .NET objects by reference (`$b = $a;
/// [void]$b.Add(1)` changes `$a`), so these are classes; each kind overrides what it has.
public class DotNetObject {
    /// Most derived first, as `$x.PSTypeNames` lists them.
    public var typeNames: [String] { ["System.Object"] }

    /// The full .NET name, as `$x.GetType().FullName` gives it.
    public var typeName: String { typeNames.first ?? "System.Object" }

    /// Interfaces and base types that `-is` and `catch` accept beyond ``typeNames`` (`IList`, `ICollection`...).
    var implementedTypes: [String] { [] }

    /// The elements PowerShell enumerates (the pipeline, `foreach`, operators on collections); `nil` for a scalar.
    public var elements: [Value]? { nil }

    /// `[string]$x` and `"$x"`.
    public var text: String { typeName }

    /// The number PowerShell converts the object to in arithmetic and numeric casts (a Char's code), if any.
    public var number: Value? { nil }

    /// The properties Format-Table and Format-List show, in .NET's declaration order.
    public var displayProperties: [(name: String, value: Value)] { [] }

    /// The object as a PSObject of its type names holding ``displayProperties``, for the formatter.
    public func propertyView() -> PSObject {
        let view = PSObject(typeNames: typeNames, properties: displayProperties.map { PSProperty(name: $0.name, value: $0.value) })
        view.stringText = text
        return view
    }

    /// The members Get-Member lists, methods and properties, in no particular order.
    public var members: [DotNetMember] { DotNetMember.objectMethods }

    /// `-eq` against `other` (the object on the left): reference equality unless a kind compares by value.
    func isEqual(to other: Value, caseSensitive: Bool) -> Bool {
        if case .dotNet(let object) = other { return object === self }
        return false
    }

    /// A property's value, `nil` when the object has no property of that name (`lower` is lower-cased).
    func property(_ lower: String) -> Value? { nil }

    /// Sets a property; `false` when the object has no settable property of that name.
    func setProperty(_ lower: String, _ value: Value, call: MethodCall) throws -> Bool { false }

    /// Calls a method; `nil` when the object has no method of that name (`lower` is lower-cased).
    func invoke(_ lower: String, _ arguments: [Value], call: MethodCall) throws -> MethodResult? { nil }

    /// `$x[index]`; `nil` when the object cannot be indexed (PowerShell then indexes the object as a scalar).
    func element(at index: Value, call: MethodCall) throws -> Value? { nil }

    /// `$x[index] = value`; `false` when the object cannot be indexed.
    func setElement(at index: Value, _ value: Value, call: MethodCall) throws -> Bool { false }
}
