import Testing
import TestSupport

/// Starts one PyKMIP server (TestSupport's PyKMIPServer) for the whole suite and stops it afterwards.
struct LivePyKMIPServerTrait: SuiteTrait, TestScoping {
    /// The server of the suite being run.
    @TaskLocal static var current: PyKMIPServer?

    var isRecursive: Bool { false }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let server = try PyKMIPServer.start()
        defer { server.remove() }
        try await Self.$current.withValue(server) {
            try await function()
        }
    }
}

extension Trait where Self == LivePyKMIPServerTrait {
    static var livePyKMIPServer: LivePyKMIPServerTrait { LivePyKMIPServerTrait() }
}
