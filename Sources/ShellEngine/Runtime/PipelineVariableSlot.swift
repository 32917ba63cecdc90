/// The variable `-PipelineVariable` names, for one pipeline: made (or emptied) in the scope the pipeline runs in
/// when the pipeline is wired, set to each object the command writes before the next command sees it, and
/// emptied when the pipeline is gone (about_CommonParameters, -PipelineVariable: the variable's value is empty
/// once the pipeline finished). Only commands given `-PipelineVariable` make one.
final class PipelineVariableSlot {
    let variable: Variable

    init(_ variable: Variable) {
        self.variable = variable
    }

    deinit {
        variable.value = .null
    }
}
