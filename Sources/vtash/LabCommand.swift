import Foundation
import ShellEngine
import TrustAuthority

/// `vtash lab init|show|reset|export`: the lab's file, outside the shell.
enum LabCommand {
    static let usage = """
    Usage: vtash lab init [PATH] [--from FILE]   create a lab (default lab, or as FILE describes)
           vtash lab show [--lab PATH]          print what the lab holds
           vtash lab reset [--lab PATH]         remove everything made in the lab; back to the default
           vtash lab export FILE [--lab PATH]   write the lab file (YAML) that describes the lab

    Without --lab, the lab is $XDG_DATA_HOME/vtash/lab.sqlite or ~/.local/share/vtash/lab.sqlite.
    Lab files are described in docs/labs/README.md; docs/labs/default.yaml is the default lab.
    """

    static func run(_ arguments: [String], labPath: String?) -> Int32 {
        var labPath = labPath
        var from: String?
        var positional: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            switch argument.lowercased() {
            case "--lab", "-lab", "--from", "-from":
                guard index + 1 < arguments.count else { return fail("\(argument) needs a path", code: 64) }
                if argument.lowercased().hasSuffix("lab") { labPath = arguments[index + 1] } else { from = arguments[index + 1] }
                index += 2
                continue
            case "--help", "-h", "-?":
                print(usage)
                return 0
            default:
                if argument.hasPrefix("-") { return fail("unknown argument '\(argument)'\n\(usage)", code: 64) }
                positional.append(argument)
            }
            index += 1
        }
        guard let verb = positional.first?.lowercased() else { return fail(usage, code: 64) }
        let operands = Array(positional.dropFirst())
        do {
            switch verb {
            case "init":
                guard operands.count <= 1 else { return fail("lab init takes one PATH", code: 64) }
                guard let path = operands.first.map(LabLocation.absolute) ?? labPath.map(LabLocation.absolute) ?? LabLocation.defaultPath() else {
                    return fail("no lab path: give one, or set HOME or XDG_DATA_HOME", code: 64)
                }
                let definition = try from.map(readDefinition) ?? .default
                let lab = try Lab.create(path: path, from: definition)
                print("Created the lab at \(lab.path ?? path)" + (from.map { " from \($0)" } ?? " (the default lab)") + ".")
            case "show":
                guard operands.isEmpty else { return fail("lab show takes no operands", code: 64) }
                print(LabSummary(lab: try open(labPath)).text, terminator: "")
            case "reset":
                guard operands.isEmpty else { return fail("lab reset takes no operands", code: 64) }
                let lab = try open(labPath)
                try lab.reset()
                print("The lab at \(lab.path ?? "") is the default lab again.")
            case "export":
                guard operands.count == 1, let file = operands.first else { return fail("lab export needs one FILE", code: 64) }
                let lab = try open(labPath)
                try write(lab.definition.yaml, to: LabLocation.absolute(file))
                print("Wrote the lab file \(file).")
            default:
                return fail("unknown lab command '\(verb)'\n\(usage)", code: 64)
            }
        } catch {
            return fail(error.message, code: 1)
        }
        return 0
    }

    static func open(_ path: String?) throws(LabError) -> Lab {
        guard let path = path.map(LabLocation.absolute) ?? LabLocation.defaultPath() else {
            throw .store(path: nil, detail: "no lab path: give --lab PATH, or set HOME or XDG_DATA_HOME")
        }
        return try Lab.open(path: path)
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

    private static func fail(_ message: String, code: Int32) -> Int32 {
        FileHandle.standardError.write(Data("vtash lab: \(message)\n".utf8))
        return code
    }
}
