/// A cmdlet parameter, declared once as a typed property:
///
///     @Parameter(mandatory: true, position: 0, description: "Specifies the name.") var name: String
///     @Parameter(description: "Specifies the port.") var port: Int = 5696
///     @Parameter var force: SwitchParameter
///
/// The parameter's name is the property's, capitalised (`primaryKeyId` → `PrimaryKeyId`) unless given; its
/// type is the property's type (``ParameterValue``). The command's ``CommandMetadata`` (binder, `Get-Help`,
/// `Get-Command`, completion) is derived from these declarations once per type, and the binder writes each
/// converted argument into the property: cmdlets never look parameters up by name.
@propertyWrapper
public final class Parameter<Wrapped: ParameterValue>: DeclaredParameter {
    package let declaration: ParameterDeclaration
    private let defaultValue: Wrapped?
    private var boundValue: Wrapped?

    /// The bound value, else the declared default, else the type's unbound value (`nil`, `false`, `[]`).
    public var wrappedValue: Wrapped { boundValue ?? defaultValue ?? Wrapped.unboundValue }

    /// `$name.isBound`: whether the command line or the pipeline object gave it (PowerShell's
    /// `MyInvocation.BoundParameters.ContainsKey`).
    public var projectedValue: Parameter<Wrapped> { self }

    public var isBound: Bool { boundValue != nil }

    /// A parameter with a default value (`= 5696`), read when it is not bound.
    public init(wrappedValue: Wrapped, _ name: String? = nil, aliases: [String] = [], mandatory: Bool = false, position: Int? = nil,
                pipeline: PipelineInput = [], set: String? = nil, sets: [ParameterSetUse] = [], description: String = "",
                wildcards: Bool = false, validValues: [String]? = nil, type: ParameterType? = nil, sensitive: Bool? = nil) {
        declaration = ParameterDeclaration(
            name: name, aliases: aliases,
            sets: ParameterDeclaration.memberships(sets, single: ParameterSetUse(set, mandatory: mandatory, position: position, pipeline: pipeline)),
            description: description, wildcards: wildcards, validValues: validValues, type: type, sensitive: sensitive)
        defaultValue = wrappedValue
        ParameterCollector.register(self)
    }

    public init(_ name: String? = nil, aliases: [String] = [], mandatory: Bool = false, position: Int? = nil,
                pipeline: PipelineInput = [], set: String? = nil, sets: [ParameterSetUse] = [], description: String = "",
                wildcards: Bool = false, validValues: [String]? = nil, type: ParameterType? = nil, sensitive: Bool? = nil) {
        declaration = ParameterDeclaration(
            name: name, aliases: aliases,
            sets: ParameterDeclaration.memberships(sets, single: ParameterSetUse(set, mandatory: mandatory, position: position, pipeline: pipeline)),
            description: description, wildcards: wildcards, validValues: validValues, type: type, sensitive: sensitive)
        defaultValue = nil
        ParameterCollector.register(self)
    }

    package var hasDefault: Bool { defaultValue != nil }
    package var valueType: any ParameterValue.Type { Wrapped.self }

    package func assign(_ value: Value) { boundValue = Wrapped.unwrap(value) }
    package func reset() { boundValue = nil }
}
