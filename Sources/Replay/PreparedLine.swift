import ShellEngine
/// An actual output line ready for comparison: its text for the diff, its masked bytes for matching.
struct PreparedLine: Sendable {
    var text: String
    var key: [UInt8]
    var isError: Bool
}
