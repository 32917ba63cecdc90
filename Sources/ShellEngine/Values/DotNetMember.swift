/// One member of a .NET object as Get-Member lists it: `Add`, `Method`, `int Add(System.Object value)`.
public struct DotNetMember: Sendable {
    public var name: String
    /// `Method`, `Property` or `ParameterizedProperty`.
    public var kind: String
    public var definition: String

    public init(name: String, kind: String, definition: String) {
        self.name = name
        self.kind = kind
        self.definition = definition
    }

    static func method(_ name: String, _ definition: String) -> DotNetMember {
        DotNetMember(name: name, kind: "Method", definition: definition)
    }

    static func property(_ name: String, _ definition: String) -> DotNetMember {
        DotNetMember(name: name, kind: "Property", definition: definition)
    }

    /// What every object has (System.Object's methods).
    static let objectMethods: [DotNetMember] = [
        .method("Equals", "bool Equals(System.Object obj)"),
        .method("GetHashCode", "int GetHashCode()"),
        .method("GetType", "type GetType()"),
        .method("ToString", "string ToString()"),
    ]
}
