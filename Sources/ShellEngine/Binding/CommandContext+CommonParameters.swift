/// The common parameters a few generic cmdlets read themselves, as typed values: they are the engine's, not
/// `@Parameter` properties of the cmdlet, so they are read here and cmdlets never look names up.
extension CommandContext {
    /// `-Debug` / `-Debug:$false` when given, `nil` when not.
    public var debugSwitch: Bool? {
        parameters.has("Debug") ? parameters.isOn("Debug") : nil
    }

    /// `-InformationAction` when given.
    public var informationAction: String? {
        parameters.string("InformationAction")
    }

    /// `-ProgressAction` when given.
    public var progressAction: String? {
        parameters.string("ProgressAction")
    }

    /// Whether `-Confirm` (or `-Confirm:$false`) was given.
    public var confirmIsBound: Bool {
        parameters.has("Confirm")
    }
}
