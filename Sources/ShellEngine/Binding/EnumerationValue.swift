/// A .NET enum a parameter takes (`-State Enabled`): a Swift enum whose raw values are the member names,
/// declared in the enum's value order. Conformers name `unboundValue` (the member a mandatory parameter
/// would read were it unbound, which the binder never lets happen).
public protocol EnumerationValue: ParameterValue, CaseIterable, Equatable, RawRepresentable where RawValue == String {
    static var typeName: String { get }
}

extension EnumerationValue {
    public static var parameterType: ParameterType {
        .enumeration(typeName: typeName, names: allCases.map(\.rawValue))
    }

    public static func unwrap(_ bound: Value) -> Self? {
        if case .enumValue(let value) = bound { return Self(rawValue: value.name) }
        return nil
    }

    /// The shell value of this member.
    public var enumValue: EnumValue {
        EnumValue(typeName: Self.typeName, name: rawValue, rawValue: Array(Self.allCases).firstIndex(of: self) ?? 0)
    }
}
