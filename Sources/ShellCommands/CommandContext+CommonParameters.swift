import ShellEngine

/// The common parameters a few generic cmdlets read themselves, as typed values: they are the engine's, not
/// `@Parameter` properties of the cmdlet, so the binder has nowhere to write them.
// REQUEST(engine): these four belong on CommandContext in ShellEngine (which only the lead edits during
// issue 16); then this file goes and `context.parameters` is read nowhere in ShellCommands.
extension CommandContext {
    /// `-Debug` / `-Debug:$false` when given, `nil` when not.
    var debugSwitch: Bool? {
        parameters.has("Debug") ? parameters.isOn("Debug") : nil
    }

    /// `-InformationAction` when given.
    var informationAction: String? {
        parameters.string("InformationAction")
    }

    /// `-ProgressAction` when given.
    var progressAction: String? {
        parameters.string("ProgressAction")
    }

    /// Whether `-Confirm` (or `-Confirm:$false`) was given.
    var confirmIsBound: Bool {
        parameters.has("Confirm")
    }
}
