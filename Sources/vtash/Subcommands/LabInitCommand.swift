import ArgumentParser
import TrustAuthority

/// `vtash lab init [PATH] [--from FILE]`.
struct LabInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a lab: the default lab, or as FILE describes.")

    @Argument(help: "Where to keep the lab (default: --lab, else the default lab path).")
    var path: String?

    @Option(name: [.customLong("from"), .customLong("from", withSingleDash: true)], help: "A lab file (YAML) describing the lab.")
    var from: String?

    @OptionGroup var lab: LabOption

    func run() throws {
        guard let path = path.map(LabLocation.absolute) ?? lab.path.map(LabLocation.absolute) ?? LabLocation.defaultPath() else {
            throw LabCommand.failure("no lab path: give one, or set HOME or XDG_DATA_HOME")
        }
        do {
            let definition = try from.map(LabCommand.readDefinition) ?? .default
            let created = try Lab.create(path: path, from: definition)
            print("Created the lab at \(created.path ?? path)" + (from.map { " from \($0)" } ?? " (the default lab)") + ".")
        } catch {
            throw LabCommand.failure(error.message)
        }
    }
}
