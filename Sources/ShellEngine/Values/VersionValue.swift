import Foundation

/// A `System.Version` such as `$PSVersionTable.PSVersion`: scripts read its `Major` and `Minor`
/// (`if ($PSVersionTable.PSVersion.Major -lt 5)`), and it prints as `5.1.0`.
enum VersionValue {
    /// `text` is `major.minor[.build[.revision]]`; parts not given are -1, as in .NET.
    static func object(_ text: String) -> PSObject {
        let parts = text.split(separator: ".").map { Int($0) ?? 0 }
        func part(_ index: Int) -> Value { .int(index < parts.count ? parts[index] : -1) }
        let object = PSObject(typeNames: ["System.Version", "System.Object"], properties: [
            PSProperty(name: "Major", value: part(0)),
            PSProperty(name: "Minor", value: part(1)),
            PSProperty(name: "Build", value: part(2)),
            PSProperty(name: "Revision", value: part(3)),
        ])
        object.stringText = text
        return object
    }

    /// Major, Minor, Build and Revision of a System.Version object (-1 for a part not given), else `nil`.
    static func components(of value: Value) -> [Int]? {
        guard case .object(let object) = value, object.typeName == "System.Version" else { return nil }
        return ["Major", "Minor", "Build", "Revision"].map { name in
            if case .int(let number) = object[name] { return number }
            return -1
        }
    }

    /// The parts of `major.minor[.build[.revision]]` text, as `[version]` reads it; `nil` when it is not one.
    static func components(parsing text: String) -> [Int]? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false)
        guard (2...4).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for part in parts {
            guard let number = Int(part), number >= 0, number <= Int(Int32.max) else { return nil }
            numbers.append(number)
        }
        while numbers.count < 4 { numbers.append(-1) }
        return numbers
    }

    /// The other operand of a comparison with a Version, converted to one as PowerShell converts the right
    /// operand to the left one's type (a Version, or text or a number written as one).
    static func components(converting value: Value) -> [Int]? {
        components(of: value) ?? (value.isNull ? nil : components(parsing: LanguagePrimitives.toString(value)))
    }

    /// System.Version.CompareTo: part by part, Major first; a part not given (-1) comes before 0.
    static func compare(_ left: [Int], _ right: [Int]) -> ComparisonResult {
        for (a, b) in zip(left, right) where a != b { return a < b ? .orderedAscending : .orderedDescending }
        return .orderedSame
    }
}
