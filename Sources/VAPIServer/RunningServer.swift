/// A started endpoint: where it listens, and how to stop it.
public final class RunningServer: Sendable {
    public let port: Int
    /// The CA file a client trusts (nil with `--cert/--key`).
    public let authorityFile: String?
    public let vCenter: String
    private let task: Task<String?, Never>

    init(port: Int, authorityFile: String?, vCenter: String, task: Task<String?, Never>) {
        self.port = port
        self.authorityFile = authorityFile
        self.vCenter = vCenter
        self.task = task
    }

    /// Stops listening and waits until the server has shut down.
    public func stop() async {
        task.cancel()
        _ = await task.value
    }

    /// Waits until the server stops by itself (a signal).
    public func finished() async {
        _ = await task.value
    }
}
