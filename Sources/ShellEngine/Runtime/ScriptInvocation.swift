import Foundation
import PowerShellSyntax

/// Arguments given to a function or script.
package struct ScriptInvocation {
    package init(arguments: [ScriptArgument]) { self.arguments = arguments }
    package var arguments: [ScriptArgument]
}
