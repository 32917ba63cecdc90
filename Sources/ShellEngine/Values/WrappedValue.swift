/// A value that is not an object (a string, a number, an array) held by a PSObject so that it can carry instance
/// members, as PowerShell's PSObject wraps a base object: `Add-Member -InputObject 'abc' ... -PassThru` and
/// `Compare-Object -PassThru` give such a wrapper. It reads and prints as its value; its own members come first.
public final class WrappedValue: @unchecked Sendable {
    public let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

extension PSObject {
    /// A wrapper around `value` with its type names (most derived first) and its text, and no members yet.
    public static func wrapping(_ value: Value) -> PSObject {
        let object = PSObject(typeNames: LanguagePrimitives.typeNames(of: value))
        object.baseObject = WrappedValue(value)
        object.stringText = LanguagePrimitives.toString(value)
        return object
    }

    /// The value this object wraps, when it is a wrapper made by ``wrapping(_:)``.
    public var wrappedValue: Value? { (baseObject as? WrappedValue)?.value }
}
