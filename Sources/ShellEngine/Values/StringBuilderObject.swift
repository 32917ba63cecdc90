/// `System.Text.StringBuilder`: text built in place. Its Append/Insert/Remove/Replace/Clear return the builder
/// itself (so an unsilenced `$sb.Append('a')` writes the builder, which prints as its Capacity, MaxCapacity and
/// Length), and `"$sb"` is its text. Source: https://learn.microsoft.com/dotnet/api/system.text.stringbuilder
public final class StringBuilderObject: DotNetObject {
    /// UTF-16 code units, as .NET counts Length and indexes.
    var units: [UInt16]
    /// What `Capacity` reports: 16 by default; .NET Framework adds a chunk of at least the current length
    /// (at most 8,000) when the text outgrows it.
    var reservedCapacity: Int

    init(text: String = "", capacity: Int = 16) {
        self.units = Array(text.utf16)
        self.reservedCapacity = max(capacity, units.count)
        super.init()
    }

    public override var typeNames: [String] { ["System.Text.StringBuilder", "System.Object"] }

    public override var text: String { String(decoding: units, as: UTF16.self) }

    public override var displayProperties: [(name: String, value: Value)] {
        [("Capacity", .int(reservedCapacity)), ("MaxCapacity", .int(Int(Int32.max))), ("Length", .int(units.count))]
    }

    public override var members: [DotNetMember] {
        DotNetMember.objectMethods + [
            .method("Append", "System.Text.StringBuilder Append(string value), System.Text.StringBuilder Append(char value, int repeatCount), ..."),
            .method("AppendFormat", "System.Text.StringBuilder AppendFormat(string format, Params System.Object[] args)"),
            .method("AppendLine", "System.Text.StringBuilder AppendLine(), System.Text.StringBuilder AppendLine(string value)"),
            .method("Clear", "System.Text.StringBuilder Clear()"),
            .method("EnsureCapacity", "int EnsureCapacity(int capacity)"),
            .method("Insert", "System.Text.StringBuilder Insert(int index, string value), ..."),
            .method("Remove", "System.Text.StringBuilder Remove(int startIndex, int length)"),
            .method("Replace", "System.Text.StringBuilder Replace(string oldValue, string newValue), ..."),
            .property("Capacity", "int Capacity {get;set;}"),
            DotNetMember(name: "Chars", kind: "ParameterizedProperty", definition: "char Chars(int index) {get;set;}"),
            .property("Length", "int Length {get;set;}"),
            .property("MaxCapacity", "int MaxCapacity {get;}"),
        ]
    }

    private func grow() {
        if units.count > reservedCapacity {
            reservedCapacity += max(units.count - reservedCapacity, min(reservedCapacity, 8000))
        }
    }

    /// The text an argument appends: a value's string form, an array as its type name (Append(object)).
    private func piece(_ value: Value) -> String {
        if case .array = value { return LanguagePrimitives.elementString(value) }
        return LanguagePrimitives.toString(value)
    }

    private func outOfRange(_ call: MethodCall, _ parameter: String) -> RuntimeError {
        call.failure("Index was out of range. Must be non-negative and less than the size of the collection.\r\nParameter name: \(parameter)",
                     exception: "System.ArgumentOutOfRangeException")
    }

    override func property(_ lower: String) -> Value? {
        switch lower {
        case "length": return .int(units.count)
        case "capacity": return .int(reservedCapacity)
        case "maxcapacity": return .int(Int(Int32.max))
        default: return nil
        }
    }

    override func setProperty(_ lower: String, _ value: Value, call: MethodCall) throws -> Bool {
        switch lower {
        case "length":
            let length = try LanguagePrimitives.toInt(value)
            guard length >= 0 else { throw outOfRange(call, "value") }
            try MemoryLimits.checkString(bytes: length, call.shell, call.span)
            if length < units.count { units.removeLast(units.count - length) } else { units += Array(repeating: 0, count: length - units.count) }
            grow()
            return true
        case "capacity":
            reservedCapacity = max(try LanguagePrimitives.toInt(value), units.count)
            return true
        default:
            return false
        }
    }

    override func invoke(_ lower: String, _ arguments: [Value], call: MethodCall) throws -> MethodResult? {
        let result = MethodResult.value(.dotNet(self))
        switch lower {
        case "append":
            try call.expect(1, 2, 3)
            var addition: String
            switch call.arguments.count {
            case 1: addition = piece(call.argument(0))
            case 2:
                let count = try call.int(1, parameter: "repeatCount")
                guard count >= 0 else { throw outOfRange(call, "repeatCount") }
                try MemoryLimits.checkString(bytes: count, call.shell, call.span)
                addition = MemoryLimits.repeated(String(piece(call.argument(0)).prefix(1)), count: count)
            default:
                let source = Array(piece(call.argument(0)).utf16)
                let start = try call.int(1, parameter: "startIndex"), count = try call.int(2, parameter: "count")
                guard start >= 0, count >= 0, start + count <= source.count else { throw outOfRange(call, "startIndex") }
                addition = String(decoding: source[start..<(start + count)], as: UTF16.self)
            }
            try append(addition, call)
            return result
        case "appendline":
            try call.expect(0, 1)
            try append((call.arguments.isEmpty ? "" : piece(call.argument(0))) + "\n", call)
            return result
        case "appendformat":
            guard !call.arguments.isEmpty else { throw call.overloadFailure() }
            var values = Array(call.arguments.dropFirst())
            if values.count == 1, case .array(let items) = values[0] { values = items }
            try append(try FormatStrings.format(piece(call.argument(0)), values, shell: call.shell, span: call.span), call)
            return result
        case "insert":
            try call.expect(2, 3)
            let index = try call.int(0, parameter: "index")
            guard index >= 0, index <= units.count else { throw outOfRange(call, "index") }
            var addition = piece(call.argument(1))
            if call.arguments.count == 3 { addition = MemoryLimits.repeated(addition, count: max(0, try call.int(2, parameter: "count"))) }
            try MemoryLimits.checkString(bytes: units.count + addition.utf8.count, call.shell, call.span)
            units.insert(contentsOf: addition.utf16, at: index)
            grow()
            return result
        case "remove":
            try call.expect(2)
            let start = try call.int(0, parameter: "startIndex"), length = try call.int(1, parameter: "length")
            guard start >= 0, length >= 0, start + length <= units.count else { throw outOfRange(call, "length") }
            units.removeSubrange(start..<(start + length))
            return result
        case "replace":
            try call.expect(2, 4)
            let old = Array(piece(call.argument(0)).utf16), new = Array(piece(call.argument(1)).utf16)
            guard !old.isEmpty else {
                throw call.failure("String cannot be of zero length.\r\nParameter name: oldValue", exception: "System.ArgumentException")
            }
            var start = 0, end = units.count
            if call.arguments.count == 4 {
                start = try call.int(2, parameter: "startIndex")
                end = start + (try call.int(3, parameter: "count"))
                guard start >= 0, start <= end, end <= units.count else { throw outOfRange(call, "startIndex") }
            }
            var output = Array(units[..<start])
            var position = start
            while position < end {
                if position + old.count <= end, Array(units[position..<(position + old.count)]) == old {
                    output += new
                    position += old.count
                } else {
                    output.append(units[position])
                    position += 1
                }
            }
            output += units[end...]
            try MemoryLimits.checkString(bytes: output.count, call.shell, call.span)
            units = output
            grow()
            return result
        case "clear":
            try call.expect(0)
            units.removeAll()
            return result
        case "tostring":
            try call.expect(0, 2)
            guard call.arguments.count == 2 else { return .value(.string(text)) }
            let start = try call.int(0, parameter: "startIndex"), length = try call.int(1, parameter: "length")
            guard start >= 0, length >= 0, start + length <= units.count else { throw outOfRange(call, "length") }
            return .value(.string(String(decoding: units[start..<(start + length)], as: UTF16.self)))
        case "ensurecapacity":
            try call.expect(1)
            reservedCapacity = max(reservedCapacity, try call.int(0, parameter: "capacity"))
            return .value(.int(reservedCapacity))
        default:
            return nil
        }
    }

    private func append(_ addition: String, _ call: MethodCall) throws {
        try MemoryLimits.checkString(bytes: units.count + addition.utf8.count, call.shell, call.span)
        try MemoryLimits.chargeString(bytes: addition.utf8.count, call.shell)
        units += addition.utf16
        grow()
    }

    override func element(at index: Value, call: MethodCall) throws -> Value? {
        let position = try LanguagePrimitives.toInt(index)
        guard position >= 0, position < units.count else { throw outOfRange(call, "index") }
        return .dotNet(CharObject(code: units[position]))
    }
}
