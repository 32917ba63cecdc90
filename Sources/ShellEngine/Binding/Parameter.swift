/// A cmdlet parameter, declared once as a typed property:
///
///     @Parameter(mandatory: true, position: 0, description: "Specifies the name.") var name: String
///     @Parameter(description: "Specifies the port.") var port: Int = 5696
///     @Parameter var force: SwitchParameter
///
/// `remaining`: the parameter takes the positional arguments no position takes (`ValueFromRemainingArguments`).
///
/// The parameter's name is the property's, capitalised (`primaryKeyId` → `PrimaryKeyId`) unless given; its
/// type is the property's type (``ParameterValue``). The command's ``CommandMetadata`` (binder, `Get-Help`,
/// `Get-Command`, completion) is derived from these declarations once per type, and the binder writes each
/// converted argument into the property itself (``ParameterSlots``): cmdlets never look parameters up by name.
@propertyWrapper
public struct Parameter<Wrapped: ParameterValue> {
    /// The value as the binder converted it, `nil` while unbound. The binder writes it through its offset in the
    /// cmdlet (``ParameterSlots``): a property keeps its value itself, so making a cmdlet registers nothing.
    /// In the instance made to derive the type's metadata it holds the property's place in initialisation order
    /// (``order``), not a field of its own: one more field makes the compiler destroy and copy each property through
    /// the generic type's value witnesses (a cmdlet with 35 parameters destroys 35 when it ends).
    @usableFromInline var bound: Value?
    @usableFromInline let defaultValue: Wrapped?

    /// The bound value, else the declared default, else the type's unbound value (`nil`, `false`, `[]`).
    @inlinable
    public var wrappedValue: Wrapped {
        if let bound, let value = Wrapped.unwrap(bound) { return value }
        return defaultValue ?? Wrapped.unboundValue
    }

    /// `$name.isBound`: whether the command line or the pipeline object gave it (PowerShell's
    /// `MyInvocation.BoundParameters.ContainsKey`).
    @inlinable
    public var projectedValue: ParameterState { ParameterState(isBound: bound != nil) }

    /// A parameter with a default value (`= 5696`), read when it is not bound. Inlinable, so that making a
    /// cmdlet initialises its parameters in code specialised for their types; the declaration is built only
    /// while the type's metadata is derived.
    @inlinable
    public init(wrappedValue: Wrapped, _ name: String? = nil, aliases: [String] = [], mandatory: Bool = false, position: Int? = nil,
                pipeline: PipelineInput = [], set: String? = nil, sets: [ParameterSetUse] = [], description: String = "",
                wildcards: Bool = false, validValues: [String]? = nil, type: ParameterType? = nil, sensitive: Bool? = nil,
                remaining: Bool = false, allowNull: Bool = false, allowEmptyString: Bool = false) {
        bound = nil
        defaultValue = wrappedValue
        guard ParameterCollector.isDeriving else { return }
        bound = ParameterCollector.declare({
            ParameterDeclaration(
                name: name, aliases: aliases, single: ParameterSetUse(set, mandatory: mandatory, position: position, pipeline: pipeline),
                uses: sets, description: description, wildcards: wildcards, validValues: validValues, type: type, sensitive: sensitive,
                remaining: remaining, allowNull: allowNull, allowEmptyString: allowEmptyString)
        }, valueType: Wrapped.self, hasDefault: true).map(Value.int)
    }

    @inlinable
    public init(_ name: String? = nil, aliases: [String] = [], mandatory: Bool = false, position: Int? = nil,
                pipeline: PipelineInput = [], set: String? = nil, sets: [ParameterSetUse] = [], description: String = "",
                wildcards: Bool = false, validValues: [String]? = nil, type: ParameterType? = nil, sensitive: Bool? = nil,
                remaining: Bool = false, allowNull: Bool = false, allowEmptyString: Bool = false) {
        bound = nil
        defaultValue = nil
        guard ParameterCollector.isDeriving else { return }
        bound = ParameterCollector.declare({
            ParameterDeclaration(
                name: name, aliases: aliases, single: ParameterSetUse(set, mandatory: mandatory, position: position, pipeline: pipeline),
                uses: sets, description: description, wildcards: wildcards, validValues: validValues, type: type, sensitive: sensitive,
                remaining: remaining, allowNull: allowNull, allowEmptyString: allowEmptyString)
        }, valueType: Wrapped.self, hasDefault: false).map(Value.int)
    }
}

extension Parameter: ParameterProperty {
    /// The place the property took in initialisation order, in the instance made to derive the type's metadata.
    package var order: Int {
        if case .int(let order)? = bound { return order }
        return -1
    }

    /// Where `bound` sits in a `Parameter<Wrapped>` (for ``ParameterSlots``).
    static var boundOffset: Int? { MemoryLayout<Self>.offset(of: \Self.bound) }
}
