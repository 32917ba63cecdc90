import Foundation

/// A method on a ``PSObject``: receives the evaluated arguments.
public struct PSMethod {
    public var definition: String
    public var invoke: ([Value]) throws -> Value

    public init(definition: String, invoke: @escaping ([Value]) throws -> Value) {
        self.definition = definition
        self.invoke = invoke
    }
}
