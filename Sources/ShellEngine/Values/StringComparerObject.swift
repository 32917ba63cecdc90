/// `[System.StringComparer]::OrdinalIgnoreCase` and its siblings: given to a HashSet or Dictionary constructor
/// to make its string keys compare without case.
public final class StringComparerObject: DotNetObject {
    /// `Ordinal`, `OrdinalIgnoreCase`, `InvariantCulture`, `InvariantCultureIgnoreCase`, `CurrentCulture`, `CurrentCultureIgnoreCase`.
    public let name: String

    public init(name: String) {
        self.name = name
    }

    public var ignoresCase: Bool { name.hasSuffix("IgnoreCase") }

    public override var typeNames: [String] {
        [name.hasPrefix("Ordinal") ? "System.OrdinalComparer" : "System.CultureAwareComparer", "System.StringComparer", "System.Object"]
    }

    override func invoke(_ lower: String, _ arguments: [Value], call: MethodCall) throws -> MethodResult? {
        let left = LanguagePrimitives.toString(call.argument(0)), right = LanguagePrimitives.toString(call.argument(1))
        switch lower {
        case "equals" where call.arguments.count == 2:
            return .value(.bool(ignoresCase ? CaseInsensitiveText.equal(left, right) : left == right))
        case "compare":
            try call.expect(2)
            let order = LanguagePrimitives.compareStrings(left, right, caseSensitive: !ignoresCase)
            return .value(.int(order == .orderedAscending ? -1 : (order == .orderedSame ? 0 : 1)))
        case "gethashcode" where call.arguments.count == 1:
            return .value(.int((ignoresCase ? left.lowercased() : left).hashValue & 0x7fffffff))
        default:
            return nil
        }
    }
}
