import Foundation

/// A PowerShell value as the engine passes it around.
///
/// Scalars are Swift values; objects, hashtables and script blocks are reference
/// types, because PowerShell shares them by reference (`$b = $a; $b.x = 1` changes `$a`).
public enum Value {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case decimal(Decimal)
    case string(String)
    case date(Date)
    case array([Value])
    case hashtable(PSHashtable)
    case object(PSObject)
    case scriptBlock(ScriptBlockValue)
    /// Boxed (`indirect`): an enum value carries two strings and an Int (40 bytes), the largest payload by far; inline,
    /// it made every `Value` 48 bytes where the next largest payload (`Decimal`) needs 24, and every array element,
    /// copy, optional and bound parameter moved the difference.
    indirect case enumValue(EnumValue)
    case secureString(SecureString)
    case type(TypeReference)
    /// A .NET object the engine implements (collections, StringBuilder, Char, `[ref]`), held by reference.
    case dotNet(DotNetObject)
}

extension Value {
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The elements when the value is a collection PowerShell enumerates, else `nil`.
    public var collectionElements: [Value]? {
        switch self {
        case .array(let items): return items
        case .dotNet(let object): return object.elements
        default: return nil
        }
    }

    /// Enumerates like a pipeline does: arrays give their elements, `$null` gives nothing... except
    /// that a `$null` written to the pipeline is one item; callers decide.
    public var enumerated: [Value] {
        switch self {
        case .array(let items): return items
        case .dotNet(let object): return object.elements ?? [self]
        default: return [self]
        }
    }

    public var asObject: PSObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    public var asString: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// Wraps a pipeline's collected output: none → `$null`, one → the item, more → an array.
    public static func fromPipelineOutput(_ items: [Value]) -> Value {
        switch items.count {
        case 0: return .null
        case 1: return items[0]
        default: return .array(items)
        }
    }
}
