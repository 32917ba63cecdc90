/// A script block's parameters bound for one call: the command line's binding, on top of which pipeline
/// input binds object by object, and `$PSBoundParameters`.
final class ScriptBinding {
    let command: ScriptCommand
    let binder: ParameterBinder
    /// What the command line bound (pipeline objects bind on top of it).
    let bound: BoundParameters
    /// `$PSBoundParameters`: the same table the function sees, so pipeline binding shows in it too.
    let boundParameters = PSHashtable()
    private(set) lazy var pipelinePlan = binder.pipelinePlan(for: bound)

    init(command: ScriptCommand, binder: ParameterBinder, bound: BoundParameters) {
        self.command = command
        self.binder = binder
        self.bound = bound
    }

    var isAdvanced: Bool { command.isAdvanced }
    var supportsShouldProcess: Bool { command.metadata.supportsShouldProcess }
    var confirmImpact: String { command.confirmImpact }
}
