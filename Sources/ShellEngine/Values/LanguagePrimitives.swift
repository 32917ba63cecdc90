import Foundation

/// PowerShell's conversion and comparison rules (LanguagePrimitives in PowerShell's engine).
public enum LanguagePrimitives {
    // MARK: - Truth

    public static func isTrue(_ value: Value) -> Bool {
        switch value {
        case .null: return false
        case .bool(let flag): return flag
        case .int(let number): return number != 0
        case .double(let number): return number != 0
        case .decimal(let number): return number != 0
        case .string(let text): return !text.isEmpty
        case .array(let items):
            if items.isEmpty { return false }
            if items.count == 1 { return isTrue(items[0]) }
            return true
        case .enumValue(let value): return value.rawValue != 0
        case .dotNet(let integer as IntegerObject):
            return integer.value != 0
        case .dotNet(let object):
            // Only a list counts as a collection here (LanguagePrimitives.IsTrue tests IList).
            guard let list = object as? CollectionObject, list.isList else { return true }
            return isTrue(.array(list.items))
        default: return true
        }
    }

    // MARK: - Strings

    /// `[string]$value`: invariant culture, arrays joined with spaces.
    public static func toString(_ value: Value, separator: String = " ") -> String {
        switch value {
        case .array(let items): return items.map { elementString($0) }.joined(separator: separator)
        case .dotNet(let object):
            if let items = object.elements { return items.map { elementString($0) }.joined(separator: separator) }
            return object.text
        case .object(let object): return objectString(object)
        default: return elementString(value)
        }
    }

    /// An array element or a property value inside `toString`: PowerShell converts those without
    /// recursing (MshObject.cs `ToStringEnumerable`, `ToStringEmptyBaseObject` pass recurse: false),
    /// so a nested array is `System.Object[]` and a nested PSCustomObject is empty. This also keeps
    /// `"$a"` linear when `$a = $a, $a` shares one array many times over.
    package static func elementString(_ value: Value) -> String {
        switch value {
        case .null: return ""
        case .bool(let flag): return flag ? "True" : "False"
        case .int(let number): return String(number)
        case .double(let number): return formatDouble(number)
        case .decimal(let number): return "\(number)"
        case .string(let text): return text
        case .date(let date): return DateFormatting.invariant(date)
        case .array: return "System.Object[]"
        case .hashtable(let table): return table.typeName
        case .dotNet(let object): return object.elements == nil ? object.text : object.typeName
        case .object(let object):
            if let text = object.stringText { return text }
            // PSCustomObject.ToString() is the empty string (PowerShell issue #6163).
            return isCustomObject(object) ? "" : object.typeName
        case .scriptBlock(let block): return block.text
        case .enumValue(let value): return value.name
        case .secureString: return "System.Security.SecureString"
        case .type(let type): return type.fullName
        }
    }

    static func objectString(_ object: PSObject) -> String {
        if let text = object.stringText { return text }
        if isCustomObject(object) {
            let parts = object.properties.map { "\($0.name)=\(elementString($0.value))" }
            return "@{" + parts.joined(separator: "; ") + "}"
        }
        return object.typeName
    }

    private static func isCustomObject(_ object: PSObject) -> Bool {
        object.isCustomObject || object.typeNames.first?.hasPrefix("Selected.") == true
    }

    /// .NET's shortest round-trip form, with .NET's exponent spelling (`1E+20`, `1E-05`).
    public static func formatDouble(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number > 0 ? "Infinity" : "-Infinity" }
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        // Windows PowerShell (.NET Framework) prints doubles with 15 significant digits ("G"): 0.1 + 0.2 is 0.3.
        var text = String(format: "%.15g", number)
        if let e = text.firstIndex(of: "e") {
            let mantissa = text[..<e]
            var exponent = String(text[text.index(after: e)...])
            var sign = "+"
            if exponent.hasPrefix("-") { sign = "-"; exponent.removeFirst() } else if exponent.hasPrefix("+") { exponent.removeFirst() }
            while exponent.count < 2 { exponent = "0" + exponent }
            var m = String(mantissa)
            if m.hasSuffix(".0") { m.removeLast(2) }
            text = m + "E" + sign + exponent
        }
        return text
    }

    // MARK: - Numbers

    /// Parses PowerShell number text (`12`, `0x1F`, `1.5e3`, `-4`, `1kb`); `nil` when it is not a number.
    public static func parseNumber(_ raw: String) -> Value? {
        var text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return nil }
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() } else if text.hasPrefix("+") { text.removeFirst() }
        var multiplier: Int = 1
        let lower = text.lowercased()
        for (suffix, factor) in [("kb", 1 << 10), ("mb", 1 << 20), ("gb", 1 << 30), ("tb", 1 << 40), ("pb", 1 << 50)] where lower.hasSuffix(suffix) {
            multiplier = factor
            text.removeLast(2)
            break
        }
        if text.lowercased().hasPrefix("0x") {
            guard let number = Int(text.dropFirst(2), radix: 16) else { return nil }
            let (product, overflow) = number.multipliedReportingOverflow(by: multiplier)
            if overflow { return .double(Double(number) * Double(multiplier) * (negative ? -1 : 1)) }
            return .int(negative ? -product : product)
        }
        if let number = Int(text) {
            let (product, overflow) = number.multipliedReportingOverflow(by: multiplier)
            if overflow { return .double(Double(number) * Double(multiplier) * (negative ? -1 : 1)) }
            return .int(negative ? -product : product)
        }
        let allowed = CharacterSet(charactersIn: "0123456789.eE+-")
        guard text.unicodeScalars.allSatisfy({ allowed.contains($0) }), text.contains(where: \.isNumber),
              let number = Double(text) else { return nil }
        return .double((negative ? -number : number) * Double(multiplier))
    }

    /// Converts to a number for arithmetic and numeric comparison; throws when PowerShell would.
    public static func toNumber(_ value: Value) throws(ConversionError) -> Value {
        switch value {
        case .null: return .int(0)
        case .bool(let flag): return .int(flag ? 1 : 0)
        case .int, .double, .decimal: return value
        case .enumValue(let e): return .int(e.rawValue)
        case .string(let text):
            if text.trimmingCharacters(in: .whitespaces).isEmpty { return .int(0) }
            if let number = parseNumber(text) { return number }
            throw ConversionError(value: value, targetType: "System.Int32", detail: "Input string was not in a correct format.")
        case .array(let items) where items.count == 1:
            return try toNumber(items[0])
        case .dotNet(let object):
            if let number = object.number { return number }
            if let list = object as? CollectionObject, list.isList, list.items.count == 1 { return try toNumber(list.items[0]) }
            throw ConversionError(value: value, targetType: "System.Int32", detail: nil)
        default:
            throw ConversionError(value: value, targetType: "System.Int32", detail: nil)
        }
    }

    public static func toDouble(_ value: Value) throws(ConversionError) -> Double {
        switch try toNumber(value) {
        case .int(let number): return Double(number)
        case .double(let number): return number
        case .decimal(let number): return NSDecimalNumber(decimal: number).doubleValue
        default: return 0
        }
    }

    /// `[int]$value`: rounds half to even like .NET, range-checked.
    public static func toInt(_ value: Value, typeName: String = "System.Int32") throws(ConversionError) -> Int {
        switch try toNumber(value) {
        case .int(let number):
            if typeName == "System.Int32", number > Int(Int32.max) || number < Int(Int32.min) {
                throw ConversionError(value: value, targetType: typeName, detail: "Value was either too large or too small for an Int32.")
            }
            return number
        case .double(let number):
            let rounded = number.rounded(.toNearestOrEven)
            let limit = typeName == "System.Int32" ? Double(Int32.max) : 9.2e18
            guard rounded.isFinite, abs(rounded) <= limit else {
                throw ConversionError(value: value, targetType: typeName, detail: "Value was either too large or too small for an \(typeName == "System.Int32" ? "Int32" : "Int64").")
            }
            return Int(rounded)
        case .decimal(let number):
            return NSDecimalNumber(decimal: number).intValue
        default:
            return 0
        }
    }

    // MARK: - Equality and ordering

    /// `-eq` for two scalars: the right side is converted to the left side's type.
    public static func areEqual(_ lhs: Value, _ rhs: Value, caseSensitive: Bool = false) -> Bool {
        switch lhs {
        case .null:
            return rhs.isNull
        case .string(let left):
            if rhs.isNull { return false }
            let right = toString(rhs)
            return caseSensitive ? left == right : CaseInsensitiveText.equal(left, right)
        case .int, .double, .decimal:
            if rhs.isNull { return false }
            guard let right = try? toNumber(rhs) else { return false }
            return numericCompare(lhs, right) == .orderedSame
        case .bool(let left):
            // The right side converts to Boolean as `[bool]` does: any non-empty string is true, 'False' too.
            if rhs.isNull { return false }
            return left == isTrue(rhs)
        case .enumValue(let left):
            switch rhs {
            case .enumValue(let right): return left.rawValue == right.rawValue && left.typeName == right.typeName
            case .string(let text): return CaseInsensitiveText.equal(left.name, text)
            case .int(let number): return left.rawValue == number
            default: return false
            }
        case .date(let left):
            if case .date(let right) = rhs { return left == right }
            if case .string(let text) = rhs, let right = DateFormatting.parse(text) { return left == right }
            return false
        case .object(let left):
            // Version is compared by value, the right side converted to one ([version]'7.0.3' -eq '7.0.3').
            if let version = VersionValue.components(of: lhs) {
                return VersionValue.components(converting: rhs).map { VersionValue.compare(version, $0) == .orderedSame } ?? false
            }
            // TimeSpan is a value type: equal when the ticks are (the right side converts, "0:0:1" included).
            if let ticks = TimeSpanObject.ticks(of: lhs) {
                if let right = TimeSpanObject.ticks(of: rhs) { return ticks == right }
                if case .string(let text) = rhs, let seconds = TimeSpanObject.parse(text) { return ticks == Int((seconds * 10_000_000).rounded()) }
                return false
            }
            if case .object(let right) = rhs { return left === right }
            return false
        case .hashtable(let left):
            if case .hashtable(let right) = rhs { return left === right }
            return false
        case .scriptBlock(let left):
            if case .scriptBlock(let right) = rhs { return left === right }
            return false
        case .secureString(let left):
            if case .secureString(let right) = rhs { return left === right }
            return false
        case .type(let left):
            if case .type(let right) = rhs { return left == right }
            if case .string(let text) = rhs { return TypeNames.canonical(text) == left.fullName }
            return false
        case .dotNet(let object):
            return object.isEqual(to: rhs, caseSensitive: caseSensitive)
        case .array:
            return false
        }
    }

    /// `$null` orders below everything but a negative number, which orders below it (LanguagePrimitives.cs
    /// CompareObjectToNull: "If it's a positive number, including 0, it's greater than null").
    private static func isNegativeNumber(_ value: Value) -> Bool {
        switch value {
        case .int(let number): return number < 0
        case .double(let number): return number < 0
        case .decimal(let number): return number < 0
        case .dotNet(let integer as IntegerObject): return integer.value < 0
        default: return false
        }
    }

    /// Ordering for `-lt`/`-gt` and Sort-Object; `nil` when the values cannot be compared.
    public static func compare(_ lhs: Value, _ rhs: Value, caseSensitive: Bool = false) -> ComparisonResult? {
        switch lhs {
        case .null:
            if rhs.isNull { return .orderedSame }
            return isNegativeNumber(rhs) ? .orderedDescending : .orderedAscending
        case .int, .double, .decimal, .bool, .dotNet(is IntegerObject):
            if rhs.isNull { return isNegativeNumber(lhs) ? .orderedAscending : .orderedDescending }
            guard let left = try? toNumber(lhs), let right = try? toNumber(rhs) else { return nil }
            return numericCompare(left, right)
        case .string(let left):
            if rhs.isNull { return .orderedDescending }
            return compareStrings(left, toString(rhs), caseSensitive: caseSensitive)
        case .date(let left):
            // The right operand converts to the left one's type: `$date -gt '2020-01-01'` (about_Comparison_Operators).
            if case .date(let right) = rhs { return left.compare(right) }
            if rhs.isNull { return .orderedDescending }
            if case .string(let text) = rhs, let right = DateFormatting.parse(text) { return left.compare(right) }
            return nil
        case .enumValue(let left):
            if case .enumValue(let right) = rhs { return left.rawValue < right.rawValue ? .orderedAscending : (left.rawValue == right.rawValue ? .orderedSame : .orderedDescending) }
            return compareStrings(left.name, toString(rhs), caseSensitive: caseSensitive)
        default:
            if let version = VersionValue.components(of: lhs) {
                // System.Version orders part by part (IComparable); `$v -ge '5.1'` converts the text to a Version.
                if rhs.isNull { return .orderedDescending }
                return VersionValue.components(converting: rhs).map { VersionValue.compare(version, $0) }
            }
            if let left = TimeSpanObject.ticks(of: lhs) {
                var right = TimeSpanObject.ticks(of: rhs)
                if right == nil, case .string(let text) = rhs, let seconds = TimeSpanObject.parse(text) { right = Int((seconds * 10_000_000).rounded()) }
                if let right { return left < right ? .orderedAscending : (left == right ? .orderedSame : .orderedDescending) }
            }
            return compareStrings(toString(lhs), toString(rhs), caseSensitive: caseSensitive)
        }
    }

    /// Culture-aware-like order: case-insensitive first, lower case before upper case on ties
    /// (`'aaa' -clt 'AAA'` is true in PowerShell).
    static func compareStrings(_ left: String, _ right: String, caseSensitive: Bool) -> ComparisonResult {
        let folded = CaseInsensitiveText.compare(left, right)
        if folded != .orderedSame || !caseSensitive { return folded }
        if left == right { return .orderedSame }
        for (a, b) in zip(left, right) where a != b {
            if a.isLowercase && b.isUppercase { return .orderedAscending }
            if a.isUppercase && b.isLowercase { return .orderedDescending }
            return a < b ? .orderedAscending : .orderedDescending
        }
        return left.count < right.count ? .orderedAscending : .orderedDescending
    }

    static func numericCompare(_ lhs: Value, _ rhs: Value) -> ComparisonResult {
        if case .int(let a) = lhs, case .int(let b) = rhs {
            return a < b ? .orderedAscending : (a == b ? .orderedSame : .orderedDescending)
        }
        let a = (try? toDouble(lhs)) ?? 0
        let b = (try? toDouble(rhs)) ?? 0
        return a < b ? .orderedAscending : (a == b ? .orderedSame : .orderedDescending)
    }

    // MARK: - Type names

    /// The .NET type name of a value, as `$x.GetType().FullName` gives it.
    public static func typeName(of value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "System.Boolean"
        case .int(let number): return (number >= Int(Int32.min) && number <= Int(Int32.max)) ? "System.Int32" : "System.Int64"
        case .double: return "System.Double"
        case .decimal: return "System.Decimal"
        case .string: return "System.String"
        case .date: return "System.DateTime"
        case .array: return "System.Object[]"
        case .hashtable(let table): return table.typeName
        case .dotNet(let object): return object.typeName
        case .object(let object):
            if object.baseObject != nil, let wrapped = object.wrappedValue { return typeName(of: wrapped) }
            return object.typeName
        case .scriptBlock: return "System.Management.Automation.ScriptBlock"
        case .enumValue(let value): return value.typeName
        case .secureString: return "System.Security.SecureString"
        case .type: return "System.RuntimeType"
        }
    }

    /// All type names of a value, most derived first (`$x.PSObject.TypeNames`).
    public static func typeNames(of value: Value) -> [String] {
        switch value {
        case .object(let object): return object.typeNames
        case .int: return [typeName(of: value), "System.ValueType", "System.Object"]
        case .array: return ["System.Object[]", "System.Array", "System.Object"]
        case .dotNet(let object): return object.typeNames
        case .null: return []
        default: return [typeName(of: value), "System.Object"]
        }
    }
}
