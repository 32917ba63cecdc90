import Foundation
import ShellEngine
import TestSupport

/// A fresh shell whose location is a new temporary directory, removed when the value goes.
final class ScratchDirectory {
    let path: String
    let shell: Shell
    let host: RecordingHost

    init(interactive: Bool = false, answers: [String] = [], secrets: [String] = []) {
        path = NSTemporaryDirectory() + "vtash-commands-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        (shell, host) = makeShell(interactive: interactive, answers: answers, secrets: secrets)
        try? shell.setLocation(path)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Runs `script` and returns only the lines it printed.
    func run(_ script: String) -> String {
        host.lines.removeAll()
        shell.run(script)
        return host.text
    }

    func write(_ name: String, _ text: String) {
        let full = path + "/" + name
        try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
    }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: path + "/" + name).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/" + name)
    }
}
