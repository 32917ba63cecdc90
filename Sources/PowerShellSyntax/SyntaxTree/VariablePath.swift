/// `$name`, `$global:name`, `${any name}`, `$env:PATH`.
public struct VariablePath: Equatable, Hashable, Sendable {
    /// `global`, `script`, `local`, `private`, `using`, `env`, `variable`, `function`; lower-cased; nil when absent.
    public var scope: String?
    /// The name as written (case kept); compare case-insensitively.
    public var name: String

    public init(scope: String?, name: String) {
        self.scope = scope
        self.name = name
    }
}
