import Foundation
import PowerCLI
import Replay
import ShellEngine
import VtashKit
import TrustAuthority

/// `vtash replay PATH... [--lab PATH] [--mask NAME]... [--no-mask NAME]... [--junit FILE] [--update] [--verbose] [--here]`:
/// runs each transcript's commands on a fresh lab and reports the commands whose output diverged.
enum ReplayCommand {
    static let usage = """
    Usage: vtash replay PATH... [--lab PATH] [--mask NAME]... [--no-mask NAME]... [--junit FILE] [--update] [--verbose] [--here]

      PATH             a console copy (`PS C:\\> command` lines and their output) or a Start-Transcript file
      --lab PATH       replay on this lab instead of a fresh default one
      --mask NAME      also treat these values as volatile: \(OutputMask.allCases.map(\.rawValue).joined(separator: ", "))
                       (on by default: \(OutputMask.allCases.filter { OutputMask.defaults.contains($0) }.map(\.rawValue).joined(separator: ", ")))
      --no-mask NAME   compare these values exactly after all (`--no-mask all` turns every mask off)
      --junit FILE     also write JUnit XML, one test case per command
      --update         rewrite each transcript with today's output
      --verbose        list the commands that passed too
      --here           run in the current directory (default: a fresh empty directory per transcript)

    Rules: `<...>` in an expected line matches any text; a line that is only `<...>` matches any number of
    lines; trailing spaces, blank lines around an output and the prompt's path do not count. A masked
    `-Password '********'` is filled from $VTASH_PASSWORD or from the lab's own user.
    Exit code: 0 when every command passed, 1 when one failed, 64 for bad arguments, 65 for a file that is
    not a transcript, 66 for a file that cannot be read.
    """

    struct Options {
        var paths: [String] = []
        var labPath: String?
        var masks = OutputMask.defaults
        var junitPath: String?
        var update = false
        var verbose = false
        var here = false
    }

    static func run(_ arguments: [String]) -> Int32 {
        let options: Options
        switch parse(arguments) {
        case .success(let parsed): options = parsed
        case .failure(let problem):
            if problem.message.isEmpty { print(usage); return 0 }
            fail("vtash replay: \(problem.message)\n\(usage)")
            return 64
        }
        let startDirectory = FileManager.default.currentDirectoryPath
        var documents: [TranscriptDocument] = []
        for path in options.paths {
            do {
                documents.append(try TranscriptDocument.read(path: path))
            } catch {
                fail("vtash replay: \(error.message)")
                if case .unreadable = error { return 66 }
                return 65
            }
        }
        var results: [ReplayResult] = []
        for document in documents {
            let lab: Lab
            do {
                lab = try makeLab(path: options.labPath)
            } catch {
                fail("vtash replay: \(error.message)")
                return 66
            }
            let runner = ReplayRunner(masks: options.masks, labelledFields: ConfiguredShell.labelledFields, secretSource: { request in labSecret(request, lab: lab) })
            // Each transcript runs in its own empty directory, so files it writes (clientcert.pem) never meet
            // those of an earlier run; --here runs it in the current directory instead.
            let scratch = options.here ? nil : makeScratchDirectory()
            defer { if let scratch { try? FileManager.default.removeItem(atPath: scratch) } }
            let result = runner.run(document, makeShell: { host in
                let shell = ConfiguredShell.make(host: host, lab: lab)
                if let scratch { try? shell.setLocation(scratch) }
                return shell
            })
            _ = FileManager.default.changeCurrentDirectoryPath(startDirectory)
            results.append(result)
            if options.update {
                do {
                    try write(result.updatedTranscript(), to: absolute(document.name, in: startDirectory))
                    print("updated \(document.name)")
                } catch {
                    fail("vtash replay: cannot update '\(document.name)': \(error.localizedDescription)")
                    return 73
                }
            }
        }
        let report = ReplayReport(results: results)
        for line in report.lines(verbose: options.verbose) { print(line) }
        if let junitPath = options.junitPath {
            do {
                try write(JUnitReport(results: results).xml(), to: absolute(junitPath, in: startDirectory))
            } catch {
                fail("vtash replay: cannot write '\(junitPath)': \(error.localizedDescription)")
                return 73
            }
        }
        return report.failedCount == 0 || options.update ? 0 : 1
    }

    struct UsageProblem: Error {
        var message: String
    }

    static func parse(_ arguments: [String]) -> Result<Options, UsageProblem> {
        var options = Options()
        var index = 0
        func value(_ name: String) -> String? {
            guard index + 1 < arguments.count else { return nil }
            index += 1
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument.lowercased() {
            case "--help", "-h", "-?", "-help":
                return .failure(UsageProblem(message: ""))
            case "--lab", "-lab":
                guard let path = value(argument) else { return .failure(UsageProblem(message: "--lab needs a path")) }
                options.labPath = path
            case "--junit", "-junit":
                guard let path = value(argument) else { return .failure(UsageProblem(message: "--junit needs a file")) }
                options.junitPath = path
            case "--mask", "-mask", "--no-mask", "-nomask":
                let adding = !argument.lowercased().contains("no")
                guard let names = value(argument) else { return .failure(UsageProblem(message: "\(argument) needs a mask name")) }
                for name in names.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
                    if name == "all" {
                        options.masks = adding ? Set(OutputMask.allCases) : []
                        continue
                    }
                    guard let mask = OutputMask(rawValue: name) else {
                        return .failure(UsageProblem(message: "unknown mask '\(name)'; the masks are \(OutputMask.allCases.map(\.rawValue).joined(separator: ", ")), all"))
                    }
                    if adding { options.masks.insert(mask) } else { options.masks.remove(mask) }
                }
            case "--update", "-update":
                options.update = true
            case "--verbose", "-v", "-verbose":
                options.verbose = true
            case "--here", "-here":
                options.here = true
            default:
                if argument.hasPrefix("-"), argument.count > 1 {
                    return .failure(UsageProblem(message: "unknown option '\(argument)'"))
                }
                options.paths.append(argument)
            }
            index += 1
        }
        guard !options.paths.isEmpty else { return .failure(UsageProblem(message: "give at least one transcript to replay")) }
        return .success(options)
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

    static func fail(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
