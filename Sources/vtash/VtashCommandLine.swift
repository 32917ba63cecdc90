import Foundation
import LineEditor
import PowerCLI
import PowerShellSyntax
import ShellEngine
import VtashKit
import TrustAuthority

/// The `vtash` command line: `-File`, `-Command`, `--lab`, `--new-lab`, `lab`, `replay`, `--version`, `--help`.
enum VtashCommandLine {
    static let usage = """
    Usage: vtash [--lab PATH | --new-lab] [-File PATH [ARGS...]] [-Command TEXT] [--version] [--help]
           vtash lab init|show|reset|export ...    vtash replay PATH...    vtash serve ...

      (no arguments)   interactive shell on the lab; statements are read from stdin when it is not a terminal
      -File PATH       run a script; the exit code is non-zero when a terminating error stopped it
      -Command TEXT    run TEXT and exit
      --lab PATH       use the lab stored at PATH (created as the default lab when missing); without it
                       $XDG_DATA_HOME/vtash/lab.sqlite or ~/.local/share/vtash/lab.sqlite
      --new-lab        use a fresh default lab that is thrown away at exit
      --remote-vcenter ADDRESS
                       Connect-VIServer -Server ADDRESS [-Port N] logs in to a lab served by `vtash serve` there
                       (repeatable); its key-provider cmdlets then act on the served lab (docs/serve.md)
      --remote-ca PATH the CA certificates (PEM) a served vCenter's certificate may chain to, e.g. LAB-serve/ca.pem
      lab ...          create, show, reset or export a lab (vtash lab --help)
      replay PATH...   replay console copies or transcripts as tests (vtash replay --help)
      serve ...        serve the lab as a vCenter's vSphere Automation API over HTTPS (vtash serve --help)
      --version        print the version
      --help           print this help
    """

    static func run(_ arguments: [String]) -> Int32 {
        if let first = arguments.first, Subcommands.names.contains(first) { return Subcommands.run(arguments, labPath: nil) }
        var labPath: String?
        var newLab = false
        var file: String?
        var command: String?
        var scriptArguments: [String] = []
        var served = ServedVCenters()
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
                newLab = true
            case "--lab", "-lab":
                guard index + 1 < arguments.count else { FileHandle.standardError.write(Data("vtash: --lab needs a path\n".utf8)); return 64 }
                labPath = arguments[index + 1]
                index += 2
                continue
            case "--remote-vcenter", "-remotevcenter":
                guard index + 1 < arguments.count else { FileHandle.standardError.write(Data("vtash: --remote-vcenter needs an address\n".utf8)); return 64 }
                served.addresses.append(arguments[index + 1])
                index += 2
                continue
            case "--remote-ca", "-remoteca":
                guard index + 1 < arguments.count else { FileHandle.standardError.write(Data("vtash: --remote-ca needs a path\n".utf8)); return 64 }
                let path = LabLocation.absolute(arguments[index + 1])
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    FileHandle.standardError.write(Data("vtash: --remote-ca: cannot read '\(path)'\n".utf8))
                    return 64
                }
                do {
                    served.authorities += try CertificateInfo.parseAll(pem: text, source: "file '\(path)'")
                } catch {
                    FileHandle.standardError.write(Data("vtash: --remote-ca: \(error.message)\n".utf8))
                    return 64
                }
                index += 2
                continue
            case "lab", "serve", "replay":
                return Subcommands.run(Array(arguments[index...]), labPath: labPath)
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
        if newLab && labPath != nil {
            FileHandle.standardError.write(Data("vtash: --lab and --new-lab cannot be used together\n".utf8))
            return 64
        }
        // Read once: the environment is copied into a new dictionary on every read.
        let defaultLabPath = LabLocation.defaultPath()
        let lab: Lab
        do {
            // No home to keep a lab in: the session gets a throw-away one, as with --new-lab.
            if !newLab, let path = labPath.map(LabLocation.absolute) ?? defaultLabPath {
                lab = try Lab.open(path: path)
            } else {
                lab = try Lab.makeDefault()
            }
        } catch {
            FileHandle.standardError.write(Data("vtash: cannot open the lab: \(error.message)\n".utf8))
            return 70
        }
        let interactive = file == nil && command == nil && isatty(STDIN_FILENO) == 1
        let host = ConsoleHost(interactive: interactive)
        let shell = ConfiguredShell.make(host: TranscribingHost(wrapping: host), lab: lab)
        defer {
            (shell.host as? TranscribingHost)?.stopAll()
            // A held-back line or a progress bar, written before exit whether or not the host is torn down.
            host.flushOutput()
        }
        PowerCLISession.attached(to: shell)?.served = served
        // PowerCLI's User-scope configuration lives beside the lab in the data folder (not for a throw-away lab).
        if !newLab, let folder = defaultLabPath.map({ ($0 as NSString).deletingLastPathComponent }),
           let problem = PowerCLISession.keepUserConfiguration(in: shell, at: folder + "/PowerCLI_Settings.json") {
            FileHandle.standardError.write(Data("vtash: the PowerCLI configuration is not read: \(problem)\n".utf8))
        }
        if let file {
            let path = shell.resolvePath(file)
            // Read once into the buffer the parser and error positions share (no Data or String copy).
            guard let script = ScriptText.read(path: path) else {
                // pwsh's words and exit code for a -File it cannot find.
                FileHandle.standardError.write(Data("The argument '\(file)' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n".utf8))
                return 64
            }
            let outcome = shell.run(script: script, fileName: path,
                                    arguments: scriptArguments.map { .string($0) }, newScriptScope: true)
            keepUntilExit(shell, lab: lab)
            return exitCode(outcome)
        }
        if let command {
            let outcome = shell.run(command)
            keepUntilExit(shell, lab: lab)
            return exitCode(outcome)
        }
        return Repl(shell: shell, host: host).run()
    }

    /// After `-File` or `-Command` the process exits: the shell is left as it is, not torn down (freeing every
    /// scope, command and cached object cost a tenth of a start-up). Only the lab's store is closed, so that its
    /// file alone holds the changes (SQLite folds the write-ahead log back in on close). The interactive loop is
    /// torn down as before: its line editor gives the terminal its settings back when it goes.
    private static func keepUntilExit(_ shell: Shell, lab: Lab) {
        _ = Unmanaged.passRetained(shell)
        lab.closeForExit()
    }

    static func exitCode(_ outcome: RunOutcome) -> Int32 {
        switch outcome {
        case .completed(let succeeded, let terminating): return terminating ? 1 : (succeeded ? 0 : 1)
        case .exited(let code): return code
        case .parseError: return 1
        }
    }
}
