/// A lab file that cannot be used, with the line and the field to fix.
public struct LabFileError: Error, Sendable, Equatable {
    /// 1-based; 0 when the problem is not at one place (an empty file).
    public var line: Int
    /// The field's path, e.g. `keyServers[0].port`; empty for the document itself.
    public var field: String
    public var problem: String

    public init(line: Int, field: String, problem: String) {
        self.line = line
        self.field = field
        self.problem = problem
    }

    public var message: String {
        if line == 0 { return field.isEmpty ? problem : "\(field): \(problem)" }
        return field.isEmpty ? "line \(line): \(problem)" : "line \(line), \(field): \(problem)"
    }
}
