/// Non-error ways out of a block: `break`, `continue`, `return`, `exit`.
enum ControlFlow: Error {
    case breakLoop(label: String?)
    case continueLoop(label: String?)
    case returnFromScope
    case exit(Int32)
}

/// Thrown by a command that needs no more input (`Select-Object -First`); the pipeline stops the
/// commands before it and lets the ones after it finish.
struct StopUpstream: Error {
    let stageIdentifier: ObjectIdentifier
}

/// Thrown when Ctrl+C interrupts a running command.
package struct PipelineInterrupted: Error {
    package init() {}
}
