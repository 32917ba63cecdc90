/// `System.Management.Automation.SwitchParameter`: present means `$true`; only `-Switch:$false` passes a value.
public struct SwitchParameter: ParameterValue, Equatable, Sendable, ExpressibleByBooleanLiteral {
    public var isPresent: Bool

    public init(_ isPresent: Bool) { self.isPresent = isPresent }
    public init(booleanLiteral value: Bool) { self.isPresent = value }

    public static var parameterType: ParameterType { .switchParameter }
    public static var unboundValue: SwitchParameter { false }
    public static var mayBeUnbound: Bool { true }
    @inlinable public static func unwrap(_ bound: Value) -> SwitchParameter? {
        if case .bool(let flag) = bound { return SwitchParameter(flag) }
        return bound.isNull ? SwitchParameter(false) : nil
    }
}
