import Foundation

/// A `vtash serve` process on a lab, listening on 127.0.0.1 on a port it picks; its log lines are kept.
package final class ServeProcess: @unchecked Sendable {
    package let process = Process()
    package let lab: String
    private let log = LockedValue<[String]>([])
    private let portBox = LockedValue<Int?>(nil)
    private let reader: Thread

    package init(lab: String, arguments: [String] = [], in folder: URL) throws {
        self.lab = lab
        process.executableURL = VtashProcess.executable
        process.arguments = ["serve", "--lab", lab, "--listen", "127.0.0.1:0"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let handle = errors.fileHandleForReading
        let log = self.log
        let portBox = self.portBox
        reader = Thread {
            var pending = Data()
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                pending.append(chunk)
                while let newline = pending.firstIndex(of: 0x0A) {
                    let line = String(decoding: pending[..<newline], as: UTF8.self)
                    pending.removeSubrange(...newline)
                    log.withLockedValue { $0.append(line) }
                    if let range = line.range(of: "url=https://127.0.0.1:"), let end = line[range.upperBound...].firstIndex(of: "/") {
                        portBox.withLockedValue { $0 = $0 ?? Int(line[range.upperBound..<end]) }
                    }
                }
            }
        }
        try process.run()
        reader.start()
    }

    /// The port, once the server says it listens (nil if it exits first).
    package func waitForPort() -> Int? {
        while process.isRunning {
            if let port = portBox.withLockedValue({ $0 }) { return port }
            usleep(10_000)
        }
        return portBox.withLockedValue { $0 }
    }

    package var lines: [String] { log.withLockedValue { $0 } }

    /// The CA file the server made next to the lab.
    package var authorityFile: String { lab + "-serve/ca.pem" }

    package func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    package func waitForExit() -> Int32 {
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return process.terminationStatus
    }
}
