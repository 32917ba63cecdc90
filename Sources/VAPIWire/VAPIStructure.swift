/// A structure or error value: its name (e.g. `com.vmware.vapi.std.errors.not_found`) and fields in order.
public struct VAPIStructure: Sendable, Equatable {
    public var name: String
    public var fields: [VAPIField]

    public init(name: String, fields: [(String, VAPIValue)]) {
        self.name = name
        self.fields = fields.map { VAPIField(name: $0.0, value: $0.1) }
    }

    public init(name: String, fields: [VAPIField]) {
        self.name = name
        self.fields = fields
    }

    public subscript(field: String) -> VAPIValue? {
        fields.first { $0.name == field }?.value
    }
}
