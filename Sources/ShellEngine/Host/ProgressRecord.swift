/// One `Write-Progress` update, and the two lines a terminal host draws for it.
public struct ProgressRecord: Sendable, Equatable {
    public var activity: String
    public var status: String
    /// 0...100, or -1 when unknown.
    public var percentComplete: Int
    public var currentOperation: String?
    /// `-Completed`: the bar goes away.
    public var isCompleted: Bool

    public init(activity: String, status: String, percentComplete: Int, currentOperation: String? = nil, isCompleted: Bool = false) {
        self.activity = activity
        self.status = status
        self.percentComplete = percentComplete
        self.currentOperation = currentOperation
        self.isCompleted = isCompleted
    }

    /// `Activity` on the first line, then `    Status` and a `[ooooo     ]` bar fitted to `width`.
    public func lines(width: Int) -> [String] {
        guard !isCompleted else { return [] }
        var lines = [activity, "    " + status]
        if percentComplete >= 0 {
            let barWidth = max(10, min(width, 200) - 6)
            let filled = min(barWidth, max(0, percentComplete) * barWidth / 100)
            lines.append("    [" + String(repeating: "o", count: filled) + String(repeating: " ", count: barWidth - filled) + "]")
        }
        if let currentOperation, !currentOperation.isEmpty { lines.append("    " + currentOperation) }
        return lines
    }
}
