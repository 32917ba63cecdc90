import ShellEngine
import Foundation

/// `Start-Transcript`: records the session (commands, output, errors) to a text file in PowerShell's format.
public final class StartTranscriptCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Start-Transcript", className: "Microsoft.PowerShell.Commands.StartTranscriptCommand", synopsis: "Creates a record of all or part of a PowerShell session to a text file.",
        description: "The Start-Transcript cmdlet creates a record of all or part of a PowerShell session to a text file. The transcript includes all command that the user types and all output that appears on the console. Secrets are written as ********: values bound to a parameter that takes one (a SecureString or PSCredential, -Password and names ending in Password, Credential or PrivateKey, the text of ConvertTo-SecureString -AsPlainText), however the parameter is spelt, and such a value wherever it appears later in the session. The file is created with mode 0600.",
        defaultParameterSet: "ByPath", outputType: "System.String",
        // Example 2 of https://learn.microsoft.com/powershell/module/microsoft.powershell.host/start-transcript?view=powershell-5.1
        examples: [HelpExample("Start-Transcript -Path \"C:\\transcripts\\transcript0.txt\" -NoClobber", "Starts a transcript in the Transcript0.txt file in C:\\transcripts. NoClobber prevents any existing files from being overwritten; if Transcript0.txt already exists, the command fails.")])

    @Parameter(position: 0, set: "ByPath", description: "Specifies a location to the transcript file.")
    var path: String?
    @Parameter(aliases: ["PSPath", "LP"], set: "ByLiteralPath", description: "Specifies a location to the transcript file. No characters are interpreted as wildcards.")
    var literalPath: String?
    @Parameter(set: "ByOutputDirectory", description: "Specifies a specific path and folder in which to save a transcript. A unique name is used for the file.")
    var outputDirectory: String?
    @Parameter(description: "Indicates that this cmdlet adds the new transcript to the end of an existing file.")
    var append: SwitchParameter
    @Parameter(description: "Allows the cmdlet to append the transcript to an existing read-only file.")
    var force: SwitchParameter
    @Parameter(aliases: ["NoOverwrite"], description: "Indicates that this cmdlet will not overwrite an existing file.")
    var noClobber: SwitchParameter
    @Parameter(description: "Indicates that this cmdlet logs the time stamp when commands are run.")
    var includeInvocationHeader: SwitchParameter
    @Parameter(description: "Prepend a short header to the transcript, instead of the detailed header.")
    var useMinimalHeader: SwitchParameter

    public init() {}

    public func end(_ context: CommandContext) throws {
        guard let host = context.shell.host as? TranscribingHost else {
            throw context.failure("This host does not support transcription.", id: "NotSupported", category: .notImplemented,
                                  reason: "PSNotSupportedException")
        }
        let path = try transcriptPath(context)
        let exists = FileManager.default.fileExists(atPath: path)
        if exists, noClobber.isPresent, !append.isPresent {
            throw context.failure("File \(path) already exists and NoClobber was specified.", id: "NoClobber", category: .resourceExists,
                                  reason: "IOException", targetName: path, targetType: "String")
        }
        let header: [String]
        if useMinimalHeader.isPresent {
            header = [Transcript.stars, "Windows PowerShell transcript start", "Start time: \(Transcript.timestamp(Date()))", Transcript.stars]
        } else {
            header = Transcript.header(start: Date(), versionTable: Self.versionTable(context.shell),
                                       hostApplication: Self.hostApplication(context.shell))
        }
        let transcript: Transcript
        do {
            transcript = try Transcript(path: path, append: append.isPresent, noClobber: noClobber.isPresent,
                                        includeInvocationHeader: includeInvocationHeader.isPresent, header: header)
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
        if let path = path ?? literalPath {
            return context.shell.resolvePath(path)
        }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? context.shell.location
        var isDirectory: ObjCBool = false
        let documents = home + "/Documents"
        let defaultDirectory = FileManager.default.fileExists(atPath: documents, isDirectory: &isDirectory) && isDirectory.boolValue ? documents : home
        let directory = outputDirectory.map { context.shell.resolvePath($0) } ?? defaultDirectory
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

    /// The process's command line for the header. `vtash -Command '...'` holds script text, which may give a
    /// password to a sensitive parameter (`Connect-VIServer ... -Pass 'x'`): that text is masked by meaning, as
    /// the transcript masks a typed command.
    static func hostApplication(_ shell: Shell) -> String {
        let arguments = ProcessInfo.processInfo.arguments
        guard let index = arguments.firstIndex(where: { ["-command", "--command", "-c"].contains($0.lowercased()) }),
              index + 1 < arguments.count else {
            return arguments.joined(separator: " ")
        }
        let script = arguments[(index + 1)...].joined(separator: " ")
        return (arguments[...index] + [shell.maskingSecrets(inCommand: script)]).joined(separator: " ")
    }
}
