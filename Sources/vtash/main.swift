import Foundation
import LineEditor
import PowerCLI
import ShellEngine
import TrustAuthority

// vtash: thin front end. Parses the command line, builds a shell on the lab, then runs a script,
// a command, piped statements or the interactive loop.
let outcome = VtashCommandLine.run(Array(CommandLine.arguments.dropFirst()))
exit(outcome)
