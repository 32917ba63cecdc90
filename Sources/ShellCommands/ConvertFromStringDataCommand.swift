import Foundation
import ShellEngine

/// `ConvertFrom-StringData`: `name=value` lines to a Hashtable, Windows PowerShell 5.1's form (no -Delimiter, which
/// PowerShell 7 added). Blank lines and lines starting with `#` are skipped; names and values are trimmed; values
/// are unescaped as Regex.Unescape does; a line without `=` after a name, or a name given twice, ends the command
/// (ConvertFrom-StringData.cs and ConvertFromStringData.resx in PowerShell's sources).
public final class ConvertFromStringDataCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "ConvertFrom-StringData", className: "Microsoft.PowerShell.Commands.ConvertFromStringDataCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Converts a string containing one or more key and value pairs to a hash table.",
        description: "The ConvertFrom-StringData cmdlet converts a string that contains one or more key and value pairs into a hash table. Because each key-value pair must be on a separate line, here-strings are often used as the input format. Values are unescaped as Regex.Unescape does, so a backslash must be written as two backslashes.",
        examples: [
            HelpExample("$here = @'\nMsg1 = The string parameter is required.\nMsg2 = Credentials are required for this command.\n'@\nConvertFrom-StringData -StringData $here", "Converts a here-string of messages into a hash table."),
            HelpExample("'Path = C:\\\\Windows' | ConvertFrom-StringData", "Doubles the backslash, which Regex.Unescape would otherwise read as an escape."),
        ])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the string to be converted. You can use this parameter or pipe a string to ConvertFrom-StringData. Each key-value pair must be on a separate line; comments are allowed on lines of their own.",
               allowEmptyString: true)
    var stringData: String

    public init() {}

    public func process(_ context: CommandContext) throws {
        let table = PSHashtable()
        for line in stringData.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let equals = trimmed.firstIndex(of: "="), equals != trimmed.startIndex else {
                // The resource text ends with a space in 5.1, kept so that the message is the same.
                throw context.failure("Data line '\(line)' is not in 'name=value' format. ", id: "InvalidOperation", category: .invalidOperation,
                                      reason: "PSInvalidOperationException")
            }
            let name = trimmed[..<equals].trimmingCharacters(in: .whitespacesAndNewlines)
            if table.containsKey(.string(name)) {
                throw context.failure("Data item '\(name)' in line '\(line)' is already defined. ", id: "InvalidOperation", category: .invalidOperation,
                                      reason: "PSInvalidOperationException")
            }
            let written = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespacesAndNewlines)
            do {
                table[name] = .string(try RegexUnescape.unescape(written))
            } catch {
                throw context.failure(error.message, id: "System.ArgumentException", category: .notSpecified, reason: "ArgumentException")
            }
        }
        try context.write(.hashtable(table))
    }
}
