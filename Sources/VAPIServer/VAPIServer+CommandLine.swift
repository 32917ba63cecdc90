import Dispatch
import Foundation
import Logging

extension VAPIServer {
    /// For the executable: logs to standard error (a line per request with `verbose`), serves until SIGINT
    /// or SIGTERM, and returns the exit code. Blocks the calling thread.
    public static func runUntilStopped(_ configuration: ServeConfiguration) -> Int32 {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
        let logger = Logger(label: "vtash.serve")
        let finished = DispatchSemaphore(value: 0)
        let code = ExitCode()
        Task {
            do throws(ServeError) {
                try await run(configuration, logger: logger)
            } catch {
                logger.error("\(error.message)")
                code.set(70)
            }
            finished.signal()
        }
        finished.wait()
        return code.value
    }
}

/// The exit code, set from the serving task and read once it has ended.
private final class ExitCode: @unchecked Sendable {
    private let lock = NSLock()
    private var code: Int32 = 0

    func set(_ value: Int32) {
        lock.lock()
        code = value
        lock.unlock()
    }

    var value: Int32 {
        lock.lock()
        defer { lock.unlock() }
        return code
    }
}
