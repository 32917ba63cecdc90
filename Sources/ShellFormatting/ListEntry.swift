import ShellEngine

public struct ListEntry {
    public var label: String
    public var value: (Value) -> Value

    public init(_ label: String, value: ((Value) -> Value)? = nil) {
        self.label = label
        self.value = value ?? { item in
            if case .object(let object) = item { return object[label] }
            return .null
        }
    }
}
