/// The `Confirm` prompt of ShouldProcess, asked the same way for cmdlets and for advanced functions.
enum ConfirmationPrompt {
    enum Answer {
        case yes, yesToAll, no, noToAll
    }

    /// Asks until the answer is one of the choices; `.no` when the input ends.
    static func ask(_ host: ShellHost, caption: String = "Confirm", query: String = "Are you sure you want to perform this action?",
                    description: String) -> Answer {
        host.writeOutputLine("")
        host.writeOutputLine(caption)
        host.writeOutputLine(query)
        if !description.isEmpty { host.writeOutputLine(description) }
        while true {
            let answer = host.readLine(prompt: "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"): ")
            guard let answer else { return .no }
            switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
            case "", "y", "yes": return .yes
            case "a": return .yesToAll
            case "n", "no": return .no
            case "l": return .noToAll
            default:
                host.writeOutputLine("Y - Continue with only the next step of the operation. A - Continue with all the steps of the operation. N - Skip this operation and proceed with the next operation. L - Skip this operation and all subsequent operations.")
            }
        }
    }
}
