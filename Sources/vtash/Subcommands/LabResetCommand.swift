import ArgumentParser

/// `vtash lab reset [--lab PATH]`.
struct LabResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reset", abstract: "Remove everything made in the lab: back to the default.")

    @OptionGroup var lab: LabOption

    func run() throws {
        let opened = try lab.open()
        do {
            try opened.reset()
        } catch {
            throw LabCommand.failure(error.message)
        }
        print("The lab at \(opened.path ?? "") is the default lab again.")
    }
}
