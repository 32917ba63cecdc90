import ArgumentParser
import Foundation
import PowerCLI
import Replay
import ShellEngine
import VtashKit
import TrustAuthority

/// `vtash replay PATH... [--lab PATH] [--mask NAME]... [--no-mask NAME]... [--junit FILE] [--update] [--verbose] [--here]`:
/// runs each transcript's commands on a fresh lab and reports the commands whose output diverged.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay console copies or transcripts as tests.",
        discussion: """
        Rules: `<...>` in an expected line matches any text; a line that is only `<...>` matches any number of
        lines; trailing spaces, blank lines around an output and the prompt's path do not count. A masked
        `-Password '********'` is filled from $VTASH_PASSWORD or from the lab's own user.
        Exit code: 0 when every command passed, 1 when one failed, 64 for bad arguments, 65 for a file that is
        not a transcript, 66 for a file that cannot be read.
        """)

    @Argument(help: "A console copy (`PS C:\\> command` lines and their output) or a Start-Transcript file.")
    var paths: [String]

    @Option(name: [.customLong("lab"), .customLong("lab", withSingleDash: true)], help: ArgumentHelp("Replay on this lab instead of a fresh default one.", valueName: "path"))
    var lab: String?

    @Option(name: .customLong("mask"), parsing: .singleValue,
            help: "Also treat these values as volatile: \(OutputMask.allCases.map(\.rawValue).joined(separator: ", ")), all (on by default: \(OutputMask.allCases.filter { OutputMask.defaults.contains($0) }.map(\.rawValue).joined(separator: ", "))).")
    var mask: [String] = []

    @Option(name: .customLong("no-mask"), parsing: .singleValue, help: "Compare these values exactly after all (`--no-mask all` turns every mask off).")
    var noMask: [String] = []

    @Option(name: .customLong("junit"), help: "Also write JUnit XML, one test case per command.")
    var junit: String?

    @Flag(help: "Rewrite each transcript with today's output.")
    var update = false

    @Flag(name: [.long, .customShort("v")], help: "List the commands that passed too.")
    var verbose = false

    @Flag(help: "Run in the current directory (default: a fresh empty directory per transcript).")
    var here = false

    /// The defaults, then every `--mask` and `--no-mask` in turn (a comma list each); an unknown name is a usage error.
    func selectedMasks() throws -> Set<OutputMask> {
        var masks = OutputMask.defaults
        for (names, adding) in mask.map({ ($0, true) }) + noMask.map({ ($0, false) }) {
            for name in names.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
                if name == "all" {
                    masks = adding ? Set(OutputMask.allCases) : []
                    continue
                }
                guard let selected = OutputMask(rawValue: name) else {
                    throw ValidationError("unknown mask '\(name)'; the masks are \(OutputMask.allCases.map(\.rawValue).joined(separator: ", ")), all")
                }
                if adding { masks.insert(selected) } else { masks.remove(selected) }
            }
        }
        return masks
    }

    func validate() throws {
        _ = try selectedMasks()
    }

    func run() throws {
        let masks = try selectedMasks()
        let startDirectory = FileManager.default.currentDirectoryPath
        var documents: [TranscriptDocument] = []
        for path in paths {
            do {
                documents.append(try TranscriptDocument.read(path: path))
            } catch {
                if case .unreadable = error { throw Self.failure(error.message, exitCode: 66) }
                throw Self.failure(error.message, exitCode: 65)
            }
        }
        var results: [ReplayResult] = []
        for document in documents {
            let lab: Lab
            do {
                lab = try Self.makeLab(path: self.lab)
            } catch {
                throw Self.failure(error.message, exitCode: 66)
            }
            let runner = ReplayRunner(masks: masks, labelledFields: ConfiguredShell.labelledFields, secretSource: { request in Self.labSecret(request, lab: lab) })
            // Each transcript runs in its own empty directory, so files it writes (clientcert.pem) never meet
            // those of an earlier run; --here runs it in the current directory instead.
            let scratch = here ? nil : Self.makeScratchDirectory()
            defer { if let scratch { try? FileManager.default.removeItem(atPath: scratch) } }
            let result = runner.run(document, makeShell: { host in
                let shell = ConfiguredShell.make(host: host, lab: lab)
                if let scratch { try? shell.setLocation(scratch) }
                return shell
            })
            _ = FileManager.default.changeCurrentDirectoryPath(startDirectory)
            results.append(result)
            if update {
                do {
                    try Self.write(result.updatedTranscript(), to: Self.absolute(document.name, in: startDirectory))
                    print("updated \(document.name)")
                } catch {
                    throw Self.failure("cannot update '\(document.name)': \(error.localizedDescription)", exitCode: 73)
                }
            }
        }
        let report = ReplayReport(results: results)
        for line in report.lines(verbose: verbose) { print(line) }
        if let junitPath = junit {
            do {
                try Self.write(JUnitReport(results: results).xml(), to: Self.absolute(junitPath, in: startDirectory))
            } catch {
                throw Self.failure("cannot write '\(junitPath)': \(error.localizedDescription)", exitCode: 73)
            }
        }
        if report.failedCount > 0 && !update { throw ExitCode(1) }
    }

    struct LabProblem: Error {
        var message: String
    }

    /// A fresh default lab, or the one at `path`.
    static func makeLab(path: String?) throws(LabProblem) -> Lab {
        do {
            // The replay changes a stored lab as the recorded session changed the real one.
            if let path { return try Lab.open(path: LabLocation.absolute(path)) }
            return try Lab.makeDefault()
        } catch {
            throw LabProblem(message: "cannot open the lab: \(error.message)")
        }
    }

    /// The password of the lab's own user named on the command line (`-User`), on its `-Server` when given.
    static func labSecret(_ request: SecretRequest, lab: Lab) -> String? {
        guard request.parameter.lowercased().hasPrefix("pass"), let user = request.user else { return nil }
        if let server = request.server, let vCenter = lab.vCenter(at: server) {
            return vCenter.user(user)?.password
        }
        return lab.vCenters.lazy.compactMap { $0.user(user)?.password }.first
    }

    static func absolute(_ path: String, in directory: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: directory).appendingPathComponent(path).standardizedFileURL.path
    }

    static func makeScratchDirectory() -> String? {
        let path = NSTemporaryDirectory() + "vtash-replay-" + UUID().uuidString
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            return path
        } catch {
            return nil
        }
    }

    /// Writes through a temporary file, so an interrupted update never leaves half a transcript.
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try Data(text.utf8).write(to: url, options: .atomic)
    }

    static func failure(_ message: String, exitCode: Int32) -> SubcommandFailure {
        SubcommandFailure(subcommand: "replay", message: message, exitCode: exitCode)
    }
}
