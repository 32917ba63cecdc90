import Foundation

/// A value that cannot be converted to a requested type. Unchecked for the same reason as `RuntimeError`.
public struct ConversionError: Error, @unchecked Sendable {
    public var value: Value
    public var targetType: String
    public var detail: String?

    /// `Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."`
    public var message: String {
        let shown: String
        switch value {
        case .object, .hashtable, .scriptBlock, .array:
            shown = "Cannot convert the \"\(LanguagePrimitives.toString(value))\" value of type \"\(LanguagePrimitives.typeName(of: value))\" to type \"\(targetType)\"."
            return shown
        default:
            shown = "Cannot convert value \"\(LanguagePrimitives.toString(value))\" to type \"\(targetType)\"."
        }
        if let detail { return shown + " Error: \"\(detail)\"" }
        return shown
    }
}
