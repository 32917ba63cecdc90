import ArgumentParser
import Foundation

/// `vtash lab|replay|serve ...`: the executable's subcommands, parsed by swift-argument-parser. The shell's own
/// arguments (`-File`, `-Command`, `--lab`) stay with ``VtashCommandLine``, which hands these over.
struct Subcommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vtash",
        subcommands: [LabCommand.self, ReplayCommand.self, ServeCommand.self])

    static let names: Set<String> = ["lab", "replay", "serve"]

    /// Parses and runs `arguments` (starting with the subcommand's name); returns the exit code instead of
    /// exiting, so that the shell's front end and tests decide. A `--lab` given before the subcommand
    /// (`vtash --lab PATH lab show`) is passed on to it.
    static func run(_ arguments: [String], labPath: String?) -> Int32 {
        var arguments = arguments
        if let labPath, !arguments.contains(where: { ["--lab", "-lab"].contains($0.lowercased()) }) {
            arguments += ["--lab", labPath]
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let failure as SubcommandFailure {
            FileHandle.standardError.write(Data("vtash \(failure.subcommand): \(failure.message)\n".utf8))
            return failure.exitCode
        } catch {
            let code = exitCode(for: error).rawValue
            let message = fullMessage(for: error)
            if code == 0 {
                if !message.isEmpty { print(message) }
            } else {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
            return code
        }
    }
}
