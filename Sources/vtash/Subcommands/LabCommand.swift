import ArgumentParser
import Foundation
import ShellEngine
import TrustAuthority

/// `vtash lab init|show|reset|export`: the lab's file, outside the shell.
struct LabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "Create, show, reset or export a lab.",
        discussion: """
        Without --lab, the lab is $XDG_DATA_HOME/vtash/lab.sqlite or ~/.local/share/vtash/lab.sqlite.
        Lab files are described in docs/labs/README.md; docs/labs/default.yaml is the default lab.
        """,
        subcommands: [LabInitCommand.self, LabShowCommand.self, LabResetCommand.self, LabExportCommand.self])

    static func failure(_ message: String) -> SubcommandFailure {
        SubcommandFailure(subcommand: "lab", message: message, exitCode: 1)
    }

    static func readDefinition(_ file: String) throws(LabError) -> LabDefinition {
        let path = LabLocation.absolute(file)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .labFile(path: file, LabFileError(line: 0, field: "", problem: "the file cannot be read"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .labFile(path: file, LabFileError(line: 0, field: "", problem: "the file is not UTF-8 text"))
        }
        do {
            return try LabDefinition(yaml: text)
        } catch {
            throw .labFile(path: file, error)
        }
    }

    /// Lab files hold the SSO users' passwords: always a new 0600 file renamed over the target, so an
    /// existing file's wider mode does not carry over and no reader sees half a file.
    static func write(_ text: String, to path: String) throws(LabError) {
        do {
            try PrivateFile.replace(path, contents: Array(text.utf8))
        } catch {
            throw .cannotWrite(path: path, reason: error.reason)
        }
    }
}
