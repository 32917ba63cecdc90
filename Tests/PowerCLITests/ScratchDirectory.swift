import Foundation

/// A temporary directory for files a test writes and reads; removed when the test lets go of it.
final class ScratchDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "vtash-powercli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The absolute path of `name` in this directory.
    func file(_ name: String) -> String { path + "/" + name }

    /// The text of `name`, nil when there is no such file.
    func text(_ name: String) -> String? { try? String(contentsOfFile: file(name), encoding: .utf8) }

    func write(_ text: String, to name: String) throws {
        try text.write(toFile: file(name), atomically: false, encoding: .utf8)
    }

    /// An existing folder that refuses new files: made read-only here for an ordinary user; root ignores file
    /// modes, so for root it is sysfs, which refuses any new file to everyone.
    func unwritableFolder() throws -> String {
        if geteuid() != 0 {
            let folder = file("read-only")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o555])
            return folder
        }
        let probe = "/sys/vtash-probe-" + UUID().uuidString
        guard FileManager.default.fileExists(atPath: "/sys"), !FileManager.default.createFile(atPath: probe, contents: Data()) else {
            try? FileManager.default.removeItem(atPath: probe)
            throw UnwritableFolderMissing()
        }
        return "/sys"
    }

    /// Running as root on a system without a sysfs that refuses files: no folder to test refusal with.
    struct UnwritableFolderMissing: Error, CustomStringConvertible {
        var description: String { "running as root and /sys accepts new files: no existing folder refuses a new file here" }
    }
}
