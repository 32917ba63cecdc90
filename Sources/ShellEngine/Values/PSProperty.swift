import Foundation

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
