import Foundation
import PowerShellSyntax

/// A Swift type a cmdlet parameter can be declared with: it names the parameter type the binder converts
/// arguments to, and takes the converted value back. The binder converts once; `init(bound:)` only unwraps.
public protocol ParameterValue {
    static var parameterType: ParameterType { get }
    /// The value a property reads before anything is bound: `nil`, `false`, an empty list. For types with no
    /// natural empty value (a mandatory `String`) it is never read, since the binder binds mandatory
    /// parameters or fails before the cmdlet runs; a declaration test checks every cmdlet for that.
    static var unboundValue: Self { get }
    /// Whether a parameter of this type may be left unbound without a default (optional types, lists, switches).
    static var mayBeUnbound: Bool { get }
    /// The bound value as this type; `nil` when it is not one (the binder converted it, so only for `$null`).
    static func unwrap(_ bound: Value) -> Self?
}

extension ParameterValue {
    public static var mayBeUnbound: Bool { false }
}

extension String: ParameterValue {
    public static var parameterType: ParameterType { .string }
    public static var unboundValue: String { "" }
    @inlinable public static func unwrap(_ bound: Value) -> String? {
        if case .string(let text) = bound { return text }
        return bound.isNull ? nil : LanguagePrimitives.toString(bound)
    }
}

extension Int: ParameterValue {
    public static var parameterType: ParameterType { .int }
    public static var unboundValue: Int { 0 }
    @inlinable public static func unwrap(_ bound: Value) -> Int? {
        if case .int(let number) = bound { return number }
        return nil
    }
}

/// `System.Int64` parameters (`-ConnectionTimeOutSeconds`).
extension Int64: ParameterValue {
    public static var parameterType: ParameterType { .long }
    public static var unboundValue: Int64 { 0 }
    @inlinable public static func unwrap(_ bound: Value) -> Int64? {
        if case .int(let number) = bound { return Int64(number) }
        return nil
    }
}

extension Double: ParameterValue {
    public static var parameterType: ParameterType { .double }
    public static var unboundValue: Double { 0 }
    @inlinable public static func unwrap(_ bound: Value) -> Double? {
        if case .double(let number) = bound { return number }
        return nil
    }
}

/// `System.Boolean` parameters (a switch is ``SwitchParameter``).
extension Bool: ParameterValue {
    public static var parameterType: ParameterType { .bool }
    public static var unboundValue: Bool { false }
    public static var mayBeUnbound: Bool { true }
    @inlinable public static func unwrap(_ bound: Value) -> Bool? {
        if case .bool(let flag) = bound { return flag }
        return nil
    }
}

extension Date: ParameterValue {
    public static var parameterType: ParameterType { .dateTime }
    public static var unboundValue: Date { Date(timeIntervalSince1970: 0) }
    @inlinable public static func unwrap(_ bound: Value) -> Date? {
        if case .date(let date) = bound { return date }
        return nil
    }
}

/// Any value, unconverted (`-InputObject`, `-Value`).
extension Value: ParameterValue {
    public static var parameterType: ParameterType { .any }
    public static var unboundValue: Value { .null }
    public static var mayBeUnbound: Bool { true }
    @inlinable public static func unwrap(_ bound: Value) -> Value? { bound }
}

extension SecureString: ParameterValue {
    public static var parameterType: ParameterType { .secureString }
    public static var unboundValue: SecureString { SecureString(plainText: "") }
    @inlinable public static func unwrap(_ bound: Value) -> SecureString? {
        if case .secureString(let secret) = bound { return secret }
        return nil
    }
}

extension ScriptBlockValue: ParameterValue {
    public static var parameterType: ParameterType { .scriptBlock }
    public static var unboundValue: ScriptBlockValue { ScriptBlockValue(ast: ScriptBlockAst(endBlock: [], span: .unknown), source: SourceText("")) }
    @inlinable public static func unwrap(_ bound: Value) -> ScriptBlockValue? {
        if case .scriptBlock(let block) = bound { return block }
        return nil
    }
}

extension PSHashtable: ParameterValue {
    public static var parameterType: ParameterType { .hashtable }
    public static var unboundValue: PSHashtable { PSHashtable() }
    @inlinable public static func unwrap(_ bound: Value) -> PSHashtable? {
        if case .hashtable(let table) = bound { return table }
        return nil
    }
}

extension Optional: ParameterValue where Wrapped: ParameterValue {
    public static var parameterType: ParameterType { Wrapped.parameterType }
    public static var unboundValue: Wrapped? { nil }
    public static var mayBeUnbound: Bool { true }
    @inlinable public static func unwrap(_ bound: Value) -> Wrapped?? {
        if bound.isNull { return .some(nil) }
        guard let wrapped = Wrapped.unwrap(bound) else { return nil }
        return .some(wrapped)
    }
}

extension Array: ParameterValue where Element: ParameterValue {
    public static var parameterType: ParameterType { .array(Element.parameterType) }
    public static var unboundValue: [Element] { [] }
    public static var mayBeUnbound: Bool { true }
    /// A scalar is a list of one, as `enumerated` makes it, without building that list first.
    @inlinable public static func unwrap(_ bound: Value) -> [Element]? {
        switch bound {
        case .null:
            return []
        case .array(let items):
            var elements: [Element] = []
            elements.reserveCapacity(items.count)
            for item in items {
                guard let element = Element.unwrap(item) else { return nil }
                elements.append(element)
            }
            return elements
        case .dotNet:
            var elements: [Element] = []
            for item in bound.enumerated {
                guard let element = Element.unwrap(item) else { return nil }
                elements.append(element)
            }
            return elements
        default:
            guard let element = Element.unwrap(bound) else { return nil }
            return [element]
        }
    }
}
