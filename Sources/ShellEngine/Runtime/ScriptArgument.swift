import Foundation
import PowerShellSyntax

package enum ScriptArgument {
    case named(String, Value?)
    case positional(Value)

    /// Arguments of `vtash -File script.ps1 ...`, all strings: as pwsh does for `-File`, `-Name` names a
    /// parameter (its value follows) and `-Name:value` gives one; anything else is positional.
    static func commandLine(_ values: [Value]) -> [ScriptArgument] {
        values.map { value in
            guard case .string(let text) = value, text.count > 1, text.hasPrefix("-"),
                  let first = text.dropFirst().first, first.isLetter || first == "_" else { return .positional(value) }
            let body = text.dropFirst()
            if let colon = body.firstIndex(of: ":") {
                return .named(String(body[..<colon]), .string(String(body[body.index(after: colon)...])))
            }
            return .named(String(body), nil)
        }
    }
}
