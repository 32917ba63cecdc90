import ArgumentParser

/// `vtash lab show [--lab PATH]`.
struct LabShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print what the lab holds.")

    @OptionGroup var lab: LabOption

    func run() throws {
        print(LabSummary(lab: try lab.open()).text, terminator: "")
    }
}
