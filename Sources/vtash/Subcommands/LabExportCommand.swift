import ArgumentParser

/// `vtash lab export FILE [--lab PATH]`.
struct LabExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write the lab file (YAML) that describes the lab.")

    @Argument(help: "The lab file to write.")
    var file: String

    @OptionGroup var lab: LabOption

    func run() throws {
        let opened = try lab.open()
        do {
            try LabCommand.write(opened.definition.yaml, to: LabLocation.absolute(file))
        } catch {
            throw LabCommand.failure(error.message)
        }
        print("Wrote the lab file \(file).")
    }
}
