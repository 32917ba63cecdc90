import ArgumentParser
import TrustAuthority

/// `--lab PATH` of the `lab` subcommands: the stored lab to act on.
struct LabOption: ParsableArguments {
    @Option(name: [.customLong("lab"), .customLong("lab", withSingleDash: true)],
            help: ArgumentHelp("The lab (default: $XDG_DATA_HOME/vtash/lab.sqlite or ~/.local/share/vtash/lab.sqlite).", valueName: "path"))
    var path: String?

    func open() throws -> Lab {
        guard let path = path.map(LabLocation.absolute) ?? LabLocation.defaultPath() else {
            throw LabCommand.failure("no lab path: give --lab PATH, or set HOME or XDG_DATA_HOME")
        }
        do {
            return try Lab.open(path: path)
        } catch {
            throw LabCommand.failure(error.message)
        }
    }
}
