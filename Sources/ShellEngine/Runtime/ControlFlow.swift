/// Non-error ways out of a block: `break`, `continue`, `return`, `exit`.
enum ControlFlow: Error {
    case breakLoop(label: String?)
    case continueLoop(label: String?)
    case returnFromScope
    case exit(Int32)
}
