import Foundation

/// `Start-Transcript`: records the session (commands, output, errors) to a text file in PowerShell's format.
public final class StartTranscriptCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Start-Transcript", className: "Microsoft.PowerShell.Commands.StartTranscriptCommand", synopsis: "Creates a record of all or part of a PowerShell session to a text file.",
        description: "The Start-Transcript cmdlet creates a record of all or part of a PowerShell session to a text file. The transcript includes all command that the user types and all output that appears on the console. Secrets are written as ********: values bound to a parameter that takes one (a SecureString or PSCredential, -Password and names ending in Password, Credential or PrivateKey, the text of ConvertTo-SecureString -AsPlainText), however the parameter is spelt, and such a value wherever it appears later in the session. The file is created with mode 0600.",
        parameters: [
            ParameterMetadata("Path", .string, position: 0, set: "ByPath", description: "Specifies a location to the transcript file."),
            ParameterMetadata("LiteralPath", .string, aliases: ["PSPath", "LP"], set: "ByLiteralPath", description: "Specifies a location to the transcript file. No characters are interpreted as wildcards."),
            ParameterMetadata("OutputDirectory", .string, set: "ByOutputDirectory", description: "Specifies a specific path and folder in which to save a transcript. A unique name is used for the file."),
            ParameterMetadata("Append", .switchParameter, description: "Indicates that this cmdlet adds the new transcript to the end of an existing file."),
            ParameterMetadata("Force", .switchParameter, description: "Allows the cmdlet to append the transcript to an existing read-only file."),
            ParameterMetadata("NoClobber", .switchParameter, aliases: ["NoOverwrite"], description: "Indicates that this cmdlet will not overwrite an existing file."),
            ParameterMetadata("IncludeInvocationHeader", .switchParameter, description: "Indicates that this cmdlet logs the time stamp when commands are run."),
            ParameterMetadata("UseMinimalHeader", .switchParameter, description: "Prepend a short header to the transcript, instead of the detailed header."),
        ],
        defaultParameterSet: "ByPath", outputType: "System.String",
        examples: [HelpExample("Start-Transcript -Path ./clkp.txt -IncludeInvocationHeader", "Records the session to clkp.txt with a time stamp before each command; replay it with vtash replay ./clkp.txt.")])

    public init() {}

    public func end(_ context: CommandContext) throws {
        guard let host = context.shell.host as? TranscribingHost else {
            throw context.failure("This host does not support transcription.", id: "NotSupported", category: .notImplemented,
                                  reason: "PSNotSupportedException")
        }
        let path = try transcriptPath(context)
        let exists = FileManager.default.fileExists(atPath: path)
        if exists, context.parameters.isOn("NoClobber"), !context.parameters.isOn("Append") {
            throw context.failure("File \(path) already exists and NoClobber was specified.", id: "NoClobber", category: .resourceExists,
                                  reason: "IOException", targetName: path, targetType: "String")
        }
        let header: [String]
        if context.parameters.isOn("UseMinimalHeader") {
            header = [Transcript.stars, "Windows PowerShell transcript start", "Start time: \(Transcript.timestamp(Date()))", Transcript.stars]
        } else {
            header = Transcript.header(start: Date(), versionTable: Self.versionTable(context.shell))
        }
        let transcript: Transcript
        do {
            transcript = try Transcript(path: path, append: context.parameters.isOn("Append"), noClobber: context.parameters.isOn("NoClobber"),
                                        includeInvocationHeader: context.parameters.isOn("IncludeInvocationHeader"), header: header)
        } catch {
            throw context.failure("Transcription cannot be started due to the error: \(error.message)", id: "CannotStartTranscription",
                                  category: .invalidOperation, reason: "PSInvalidOperationException", targetName: path, targetType: "String")
        }
        let shell = context.shell
        transcript.shell = shell
        host.start(transcript)
        // REQUEST(engine): Shell.run calls onCommandLine for each statement typed (not for script files);
        // added to Shell+Run.swift as one line. Every Start-Transcript sets the same closure: the host fans out.
        shell.onCommandLine = { [weak shell, weak host] text in
            guard let shell, let host else { return }
            host.recordCommand(text, prompt: shell.prompt)
        }
        try context.write(.string("Transcript started, output file is \(path)"))
    }

    func transcriptPath(_ context: CommandContext) throws -> String {
        if let path = context.parameters.string("Path") ?? context.parameters.string("LiteralPath") {
            return context.shell.resolvePath(path)
        }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? context.shell.location
        var isDirectory: ObjCBool = false
        let documents = home + "/Documents"
        let defaultDirectory = FileManager.default.fileExists(atPath: documents, isDirectory: &isDirectory) && isDirectory.boolValue ? documents : home
        let directory = context.parameters.string("OutputDirectory").map { context.shell.resolvePath($0) } ?? defaultDirectory
        let machine = ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? "localhost"
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        let random = String((0..<8).map { _ in letters.randomElement() ?? "x" })
        return directory + "/PowerShell_transcript.\(machine.uppercased()).\(random).\(Transcript.timestamp(Date())).txt"
    }

    /// `$PSVersionTable` as the header lists it: PSVersion, PSEdition, then the rest by name.
    static func versionTable(_ shell: Shell) -> [(String, String)] {
        guard case .hashtable(let table)? = shell.variable("PSVersionTable") else { return [] }
        let entries = table.entries.map { entry -> (String, String) in
            let value: String
            if case .array(let items) = entry.value {
                value = items.map { LanguagePrimitives.toString($0) }.joined(separator: ", ")
            } else {
                value = LanguagePrimitives.toString(entry.value)
            }
            return (LanguagePrimitives.toString(entry.key), value)
        }
        let first = ["psversion", "psedition"]
        let leading = first.compactMap { name in entries.first { $0.0.lowercased() == name } }
        let rest = entries.filter { !first.contains($0.0.lowercased()) }.sorted { $0.0.lowercased() < $1.0.lowercased() }
        return leading + rest
    }
}
