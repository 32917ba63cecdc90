import Foundation

/// An object with a type name chain, ordered properties and methods: a PSCustomObject, or the
/// shell's stand-in for a .NET object (a PowerCLI type, an X509Certificate2, a FileInfo).
public final class PSObject {
    /// Most derived first, e.g. `["VMware...TrustAuthorityKeyProvider", "System.Object"]`.
    public var typeNames: [String]
    public private(set) var properties: [PSProperty]
    private var propertyIndex: [String: Int]
    public var methods: [String: PSMethod]
    /// What `[string]$obj`, `"$obj"` and `.ToString()` give; `nil` means the default rendering.
    public var stringValue: (() -> String)?
    /// The domain value this object stands for, for cmdlets that receive it back.
    public var baseObject: (any Sendable)?

    public init(typeNames: [String], properties: [PSProperty] = [], methods: [String: PSMethod] = [:]) {
        self.typeNames = typeNames
        self.properties = []
        self.propertyIndex = Dictionary(minimumCapacity: properties.count)
        self.methods = [:]
        self.properties.reserveCapacity(properties.count)
        for property in properties { setProperty(property.name, property.value) }
        for (name, method) in methods { self.methods[VariableKey.of(name)] = method }
    }

    public static func customObject(_ pairs: [(String, Value)]) -> PSObject {
        PSObject(typeNames: ["System.Management.Automation.PSCustomObject", "System.Object"],
                 properties: pairs.map { PSProperty(name: $0.0, value: $0.1) })
    }

    public var typeName: String { typeNames.first ?? "System.Object" }

    public var isCustomObject: Bool { typeNames.first == "System.Management.Automation.PSCustomObject" }

    public func property(_ name: String) -> PSProperty? {
        propertyIndex[VariableKey.of(name)].map { properties[$0] }
    }

    public func hasProperty(_ name: String) -> Bool { propertyIndex[VariableKey.of(name)] != nil }

    public subscript(name: String) -> Value {
        property(name)?.value ?? .null
    }

    public func setProperty(_ name: String, _ value: Value) {
        let key = VariableKey.of(name)
        if let index = propertyIndex[key] {
            properties[index].value = value
        } else {
            propertyIndex[key] = properties.count
            properties.append(PSProperty(name: name, value: value))
        }
    }

    public func method(_ name: String) -> PSMethod? { methods[VariableKey.of(name)] }

    public func addMethod(_ name: String, _ method: PSMethod) { methods[VariableKey.of(name)] = method }

    /// A shallow copy (Select-Object makes new objects; `.psobject.Copy()` semantics).
    public func copy() -> PSObject {
        let clone = PSObject(typeNames: typeNames, properties: properties)
        clone.methods = methods
        clone.stringValue = stringValue
        clone.baseObject = baseObject
        return clone
    }
}

/// A named value on a ``PSObject``.
public struct PSProperty {
    public var name: String
    public var value: Value
    /// The .NET type name shown by Get-Member; derived from the value when `nil`.
    public var declaredType: String?

    public init(name: String, value: Value, declaredType: String? = nil) {
        self.name = name
        self.value = value
        self.declaredType = declaredType
    }
}

/// A method on a ``PSObject``: receives the evaluated arguments.
public struct PSMethod {
    public var definition: String
    public var invoke: ([Value]) throws -> Value

    public init(definition: String, invoke: @escaping ([Value]) throws -> Value) {
        self.definition = definition
        self.invoke = invoke
    }
}
