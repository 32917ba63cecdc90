/// An integer of a .NET type that its size alone does not tell: an Int64 that would fit an Int32 (`10l`,
/// `[long]5`), or an unsigned UInt32/UInt64 (`[uint32]::MaxValue`). Other integers are `Value.int`, typed Int32
/// when they fit one and Int64 otherwise. It converts, compares and computes as its number; arithmetic with it
/// gives an Int64 (about_Arithmetic_Operators: `[int32]::MinValue + [uint32]::MaxValue` is an Int64).
public final class IntegerObject: DotNetObject {
    public let value: Int
    private let fullName: String

    /// `typeName`: System.Int64, System.UInt32 or System.UInt64.
    init(_ value: Int, typeName: String) {
        self.value = value
        self.fullName = typeName
    }

    /// An Int64 whatever its size (`[long]5`).
    public static func int64(_ value: Int) -> Value { .dotNet(IntegerObject(value, typeName: "System.Int64")) }

    public override var typeNames: [String] { [fullName, "System.ValueType", "System.Object"] }

    public override var text: String { String(value) }

    public override var number: Value? { .int(value) }

    public override var members: [DotNetMember] {
        DotNetMember.objectMethods + [
            .method("CompareTo", "int CompareTo(System.Object value)"),
            .method("GetTypeCode", "System.TypeCode GetTypeCode()"),
        ]
    }

    override func isEqual(to other: Value, caseSensitive: Bool) -> Bool {
        LanguagePrimitives.areEqual(.int(value), other, caseSensitive: caseSensitive)
    }

    override func invoke(_ lower: String, _ arguments: [Value], call: MethodCall) throws -> MethodResult? {
        switch lower {
        case "tostring":
            if call.arguments.isEmpty { return .value(.string(text)) }
            return .value(.string(try FormatStrings.formatItem(.int(value), format: LanguagePrimitives.toString(call.argument(0)), shell: call.shell, span: call.span)))
        case "compareto":
            let order = LanguagePrimitives.compare(.int(value), call.argument(0))
            return .value(.int(order == .orderedAscending ? -1 : (order == .orderedSame ? 0 : 1)))
        case "gethashcode":
            return .value(.int(value & 0x7fffffff))
        default:
            return nil
        }
    }

    /// The value for a .NET integer type: boxed where the size would name another type.
    static func make(_ value: Int, typeName: String) -> Value {
        switch typeName {
        case "System.Int64" where Int(Int32.min)...Int(Int32.max) ~= value: return .dotNet(IntegerObject(value, typeName: typeName))
        case "System.UInt32", "System.UInt64": return .dotNet(IntegerObject(value, typeName: typeName))
        default: return .int(value)
        }
    }

    /// The integer a value holds when it is one of these.
    static func unboxed(_ value: Value) -> Int? {
        if case .dotNet(let integer as IntegerObject) = value { return integer.value }
        return nil
    }
}
