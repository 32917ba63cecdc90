import Foundation

/// An object with a type name chain, ordered properties and methods: a PSCustomObject, or the
/// shell's stand-in for a .NET object (a PowerCLI type, an X509Certificate2, a FileInfo).
public final class PSObject {
    /// Most derived first, e.g. `["VMware...TrustAuthorityKeyProvider", "System.Object"]`.
    public var typeNames: [String]
    public private(set) var properties: [PSProperty]
    /// Name → position in `properties`; shared copy-on-write with a ``PropertyLayout`` or a copied object.
    private var slots: [PropertyName: Int]
    /// The layout the object was built from, while it still has exactly the layout's properties.
    private var layoutToken: PropertyLayout.Token?
    public var methods: [String: PSMethod]
    /// What `[string]$obj`, `"$obj"` and `.ToString()` give; `nil` means the default rendering.
    public var stringValue: (() -> String)? {
        get {
            switch rendering {
            case .text(let text)?: return { text }
            case .computed(let render)?: return render
            case nil: return nil
            }
        }
        set { rendering = newValue.map { .computed($0) } }
    }
    /// `stringValue` as fixed text: no closure to allocate, for objects made by the thousand.
    public var stringText: String? {
        get {
            if case .text(let text)? = rendering { return text }
            return stringValue?()
        }
        set { rendering = newValue.map { .text($0) } }
    }
    private var rendering: Rendering?

    private enum Rendering {
        case text(String)
        case computed(() -> String)
    }
    /// The domain value this object stands for, for cmdlets that receive it back.
    public var baseObject: (any Sendable)?

    public init(typeNames: [String], properties: [PSProperty] = [], methods: [String: PSMethod] = [:]) {
        self.typeNames = typeNames
        self.properties = []
        self.slots = Dictionary(minimumCapacity: properties.count)
        self.methods = [:]
        self.properties.reserveCapacity(properties.count)
        for property in properties { setProperty(property.name, property.value, declaredType: property.declaredType) }
        for (name, method) in methods { self.methods[VariableKey.of(name)] = method }
    }

    /// An object with the layout's properties, in its order, holding `values` (missing values are `$null`).
    /// The layout's index is shared, not rebuilt: this is how cmdlets make many objects of one type cheaply.
    public init(typeNames: [String], layout: PropertyLayout, values: [Value]) {
        self.typeNames = typeNames
        self.methods = [:]
        guard layout.isDistinct else {
            self.properties = []
            self.slots = [:]
            for (index, name) in layout.names.enumerated() { setProperty(name, index < values.count ? values[index] : .null) }
            return
        }
        var properties: [PSProperty] = []
        properties.reserveCapacity(layout.names.count)
        for (index, name) in layout.names.enumerated() {
            properties.append(PSProperty(name: name, value: index < values.count ? values[index] : .null))
        }
        self.properties = properties
        self.slots = layout.slots
        self.layoutToken = layout.token
    }

    /// A copy sharing the original's index until either gains a property.
    private init(copying object: PSObject) {
        self.typeNames = object.typeNames
        self.properties = object.properties
        self.slots = object.slots
        self.layoutToken = object.layoutToken
        self.methods = object.methods
        self.rendering = object.rendering
        self.baseObject = object.baseObject
    }

    public static func customObject(_ pairs: [(String, Value)]) -> PSObject {
        PSObject(typeNames: ["System.Management.Automation.PSCustomObject", "System.Object"],
                 properties: pairs.map { PSProperty(name: $0.0, value: $0.1) })
    }

    public var typeName: String { typeNames.first ?? "System.Object" }

    public var isCustomObject: Bool { typeNames.first == "System.Management.Automation.PSCustomObject" }

    public func property(_ name: String) -> PSProperty? {
        slots[PropertyName(name)].map { properties[$0] }
    }

    public func hasProperty(_ name: String) -> Bool { slots[PropertyName(name)] != nil }

    public subscript(name: String) -> Value {
        property(name)?.value ?? .null
    }

    /// Sets a property's value, adding it at the end (with `name` as written) when the object has none
    /// by that name in any case. An object sharing its index gets its own copy here, never changing another's.
    public func setProperty(_ name: String, _ value: Value) {
        setProperty(name, value, declaredType: nil)
    }

    private func setProperty(_ name: String, _ value: Value, declaredType: String?) {
        let key = PropertyName(name)
        if let index = slots[key] {
            properties[index].value = value
            if declaredType != nil { properties[index].declaredType = declaredType }
        } else {
            slots[key] = properties.count
            properties.append(PSProperty(name: name, value: value, declaredType: declaredType))
            layoutToken = nil
        }
    }

    /// `self[name]`, remembering in `cache` where the property was, for the next object of the same layout.
    package func value(named name: String, cache: inout PropertySlotCache) -> Value {
        if let token = layoutToken, cache.token === token, cache.slot < properties.count { return properties[cache.slot].value }
        guard let slot = slots[PropertyName(name)] else { return .null }
        cache.token = layoutToken
        cache.slot = slot
        return properties[slot].value
    }

    public func method(_ name: String) -> PSMethod? { methods[VariableKey.of(name)] }

    public func addMethod(_ name: String, _ method: PSMethod) { methods[VariableKey.of(name)] = method }

    /// A shallow copy (Select-Object makes new objects; `.psobject.Copy()` semantics).
    public func copy() -> PSObject { PSObject(copying: self) }
}
