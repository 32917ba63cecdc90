import NIOCore

/// Runs a task's jobs on one NIO event loop thread. The server certificate is verified by async code
/// (swift-certificates' Verifier) started inside the TLS handshake; with this executor as the task's
/// preference that work never needs a thread of Swift concurrency's shared pool, so a handshake completes
/// even while every pool thread is blocked waiting for one (synchronous callers in parallel tests).
final class EventLoopTaskExecutor: TaskExecutor {
    let eventLoop: any EventLoop

    init(_ eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
