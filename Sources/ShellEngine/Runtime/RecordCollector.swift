/// What one command's `-WarningVariable` and `-InformationVariable` gather while it runs: its own records and
/// those of the commands it calls (about_CommonParameters: "including warnings from calls to nested functions or
/// scripts"), never those of the commands its output flows into. A command pushes its collector on
/// ``Shell/recordCollectors`` while its code runs and takes it off while its output goes downstream.
final class RecordCollector {
    /// `nil` when the command has no `-WarningVariable`.
    var warnings: [Value]?
    /// `nil` when the command has no `-InformationVariable`.
    var information: [Value]?

    init(warnings: Bool, information: Bool) {
        self.warnings = warnings ? [] : nil
        self.information = information ? [] : nil
    }
}
