import Foundation
import LineEditor
import PowerCLI
import ShellEngine
import TrustAuthority

/// The `vtash` command line: `-File`, `-Command`, `--new-lab`, `--version`, `--help`.
enum VtashCommandLine {
    static let usage = """
    Usage: vtash [--new-lab] [-File PATH [ARGS...]] [-Command TEXT] [--version] [--help]

      (no arguments)   interactive shell on the default lab; statements are read from stdin when it is not a terminal
      -File PATH       run a script; the exit code is non-zero when a terminating error stopped it
      -Command TEXT    run TEXT and exit
      replay PATH...   replay console copies or transcripts as tests (vtash replay --help)
      --new-lab        start from a fresh default lab (the lab lives in memory in this version)
      --version        print the version
      --help           print this help
    """

    static func run(_ arguments: [String]) -> Int32 {
        if arguments.first == "replay" { return ReplayCommand.run(Array(arguments.dropFirst())) }
        var file: String?
        var command: String?
        var scriptArguments: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            switch argument.lowercased() {
            case "--version", "-version":
                print("vtash \(Shell.version)")
                return 0
            case "--help", "-help", "-h", "-?":
                print(usage)
                return 0
            case "--new-lab", "-newlab":
                break
            case "-file", "--file", "-f":
                guard index + 1 < arguments.count else { FileHandle.standardError.write(Data("vtash: -File needs a path\n".utf8)); return 64 }
                file = arguments[index + 1]
                scriptArguments = Array(arguments[(index + 2)...])
                index = arguments.count
                continue
            case "-command", "--command", "-c":
                guard index + 1 < arguments.count else { FileHandle.standardError.write(Data("vtash: -Command needs text\n".utf8)); return 64 }
                command = arguments[(index + 1)...].joined(separator: " ")
                index = arguments.count
                continue
            default:
                FileHandle.standardError.write(Data("vtash: unknown argument '\(argument)'\n\(usage)\n".utf8))
                return 64
            }
            index += 1
        }
        let interactive = file == nil && command == nil && isatty(STDIN_FILENO) == 1
        let host = ConsoleHost(interactive: interactive)
        let shell = Shell(host: TranscribingHost(wrapping: host), registry: CoreCommands.registry(), formats: FormatRegistry())
        defer { (shell.host as? TranscribingHost)?.stopAll() }
        let lab: Lab
        do {
            lab = try Lab.makeDefault()
        } catch {
            FileHandle.standardError.write(Data("vtash: cannot create the lab: \(error.message)\n".utf8))
            return 70
        }
        PowerCLISession.install(into: shell, lab: lab)
        if let file {
            let path = shell.resolvePath(file)
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("vtash: cannot read '\(path)'\n".utf8))
                return 66
            }
            let outcome = shell.run(String(decoding: data, as: UTF8.self), fileName: path,
                                    arguments: scriptArguments.map { .string($0) }, newScriptScope: true)
            return exitCode(outcome)
        }
        if let command {
            return exitCode(shell.run(command))
        }
        return Repl(shell: shell, host: host).run()
    }

    static func exitCode(_ outcome: RunOutcome) -> Int32 {
        switch outcome {
        case .completed(let succeeded, let terminating): return terminating ? 1 : (succeeded ? 0 : 1)
        case .exited(let code): return code
        case .parseError: return 1
        }
    }
}
