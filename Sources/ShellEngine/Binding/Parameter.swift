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
/// converted argument into the property's storage: cmdlets never look parameters up by name.
@propertyWrapper
public struct Parameter<Wrapped: ParameterValue> {
    @usableFromInline let storage: ParameterValues
    @usableFromInline package let index: Int
    @usableFromInline let defaultValue: Wrapped?

    /// The bound value, else the declared default, else the type's unbound value (`nil`, `false`, `[]`).
    @inlinable
    public var wrappedValue: Wrapped {
        if let bound = storage[index], let value = Wrapped.unwrap(bound) { return value }
        return defaultValue ?? Wrapped.unboundValue
    }

    /// `$name.isBound`: whether the command line or the pipeline object gave it (PowerShell's
    /// `MyInvocation.BoundParameters.ContainsKey`).
    @inlinable
    public var projectedValue: ParameterState { ParameterState(storage: storage, index: index) }

    /// A parameter with a default value (`= 5696`), read when it is not bound. Inlinable, so that making a
    /// cmdlet initialises its parameters in code specialised for their types.
    @inlinable
    public init(wrappedValue: Wrapped, _ name: String? = nil, aliases: [String] = [], mandatory: Bool = false, position: Int? = nil,
                pipeline: PipelineInput = [], set: String? = nil, sets: [ParameterSetUse] = [], description: String = "",
                wildcards: Bool = false, validValues: [String]? = nil, type: ParameterType? = nil, sensitive: Bool? = nil,
                remaining: Bool = false, allowNull: Bool = false, allowEmptyString: Bool = false) {
        defaultValue = wrappedValue
        (storage, index) = ParameterCollector.place(declare: {
            ParameterDeclaration(
                name: name, aliases: aliases, single: ParameterSetUse(set, mandatory: mandatory, position: position, pipeline: pipeline),
                uses: sets, description: description, wildcards: wildcards, validValues: validValues, type: type, sensitive: sensitive,
                remaining: remaining, allowNull: allowNull, allowEmptyString: allowEmptyString)
        }, valueType: Wrapped.self, hasDefault: true)
    }

    @inlinable
    public init(_ name: String? = nil, aliases: [String] = [], mandatory: Bool = false, position: Int? = nil,
                pipeline: PipelineInput = [], set: String? = nil, sets: [ParameterSetUse] = [], description: String = "",
                wildcards: Bool = false, validValues: [String]? = nil, type: ParameterType? = nil, sensitive: Bool? = nil,
                remaining: Bool = false, allowNull: Bool = false, allowEmptyString: Bool = false) {
        defaultValue = nil
        (storage, index) = ParameterCollector.place(declare: {
            ParameterDeclaration(
                name: name, aliases: aliases, single: ParameterSetUse(set, mandatory: mandatory, position: position, pipeline: pipeline),
                uses: sets, description: description, wildcards: wildcards, validValues: validValues, type: type, sensitive: sensitive,
                remaining: remaining, allowNull: allowNull, allowEmptyString: allowEmptyString)
        }, valueType: Wrapped.self, hasDefault: false)
    }
}

extension Parameter: ParameterProperty {}
