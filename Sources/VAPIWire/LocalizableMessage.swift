/// `com.vmware.vapi.std.localizable_message`: an id, the English text, and its arguments.
public struct LocalizableMessage: Sendable, Equatable {
    public var id: String
    public var defaultMessage: String
    public var arguments: [String]

    public init(id: String, _ defaultMessage: String, arguments: [String] = []) {
        self.id = id
        self.defaultMessage = defaultMessage
        self.arguments = arguments
    }

    public static let structureName = "com.vmware.vapi.std.localizable_message"

    public var value: VAPIValue {
        .structure(Self.structureName, [
            ("id", .string(id)), ("default_message", .string(defaultMessage)), ("args", .list(arguments.map { .string($0) })),
            ("params", .unset), ("localized", .unset),
        ])
    }

    public init(_ input: VAPIInput) throws(VAPIDecodingError) {
        self.init(id: try input.optionalString("id") ?? "", try input.string("default_message"),
                  arguments: try input.optionalStrings("args") ?? [])
    }
}
