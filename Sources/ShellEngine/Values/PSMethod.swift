import Foundation

/// A method on a ``PSObject``: receives the evaluated arguments.
public struct PSMethod {
    public var definition: String
    public var invoke: ([Value]) throws -> Value
    /// What Get-Member calls it: `Method`, or for a member Add-Member made `ScriptMethod`, `ScriptProperty`,
    /// `AliasProperty` (on a property's getter; its setter is not listed apart).
    public var memberType: String
    /// The member's name as written, where the key (lower-cased, prefixed for a getter) does not keep it.
    public var memberName: String?

    public init(definition: String, memberType: String = "Method", memberName: String? = nil, invoke: @escaping ([Value]) throws -> Value) {
        self.definition = definition
        self.memberType = memberType
        self.memberName = memberName
        self.invoke = invoke
    }
}
