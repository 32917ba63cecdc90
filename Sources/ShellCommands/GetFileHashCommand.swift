import Foundation
import ShellEngine
import ShellFormatting

/// `Get-FileHash`: the hash of files' bytes, SHA256 unless -Algorithm says otherwise. Windows PowerShell 5.1 makes it a
/// function of Microsoft.PowerShell.Utility.psm1: each result is a PSCustomObject (Algorithm, Hash in upper-case hex,
/// Path) of type Microsoft.Powershell.Utility.FileHash, folders are skipped, and the table is Algorithm (15),
/// Hash (70), Path (PowerShell's sources before commit 29818062e8 made it a cmdlet).
public final class GetFileHashCommand: Cmdlet {
    static let typeName = "Microsoft.Powershell.Utility.FileHash"

    public static let command = CommandDescription(
        name: "Get-FileHash", className: "Microsoft.PowerShell.Commands.GetFileHashCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Computes the hash value for a file by using a specified hash algorithm.",
        description: "The Get-FileHash cmdlet computes the hash value for a file by using a specified hash algorithm. A hash value is a unique value that corresponds to the content of the file. By default, the Get-FileHash cmdlet uses the SHA256 algorithm, although any hash algorithm that is supported by the target operating system can be used.",
        defaultParameterSet: "Path",
        examples: [
            HelpExample("Get-FileHash /etc/apt/sources.list | Format-List", "Computes the SHA256 hash of a file and shows it as a list."),
            HelpExample("Get-FileHash C:\\Users\\user1\\Downloads\\Contoso8_1_ENT.iso -Algorithm SHA384 | Format-List", "Uses SHA384 instead of the default SHA256."),
        ])

    @Parameter(mandatory: true, position: 0, set: "Path", description: "Specifies the path to one or more files as an array. Wildcard characters are permitted.", wildcards: true)
    var path: [String]?
    @Parameter(aliases: ["PSPath"], mandatory: true, pipeline: .byPropertyName, set: "LiteralPath", description: "Specifies the path to a file. Unlike the Path parameter, the value of the LiteralPath parameter is used exactly as it is typed. No characters are interpreted as wildcard characters.")
    var literalPath: [String]?
    @Parameter("Algorithm", description: "Specifies the cryptographic hash function to use for computing the hash value of the contents of the specified file. The acceptable values are SHA1, SHA256, SHA384, SHA512, MACTripleDES, MD5 and RIPEMD160; MACTripleDES and RIPEMD160 are not supported on this system. If no value is specified, or if the parameter is omitted, the default value is SHA256.",
               validValues: ["SHA1", "SHA256", "SHA384", "SHA512", "MACTripleDES", "MD5", "RIPEMD160"])
    var algorithmName: String = "SHA256"

    public init() {}

    private var algorithm: FileHashAlgorithm = .sha256

    /// 5.1 looks the hasher up in `begin` and ends the command when the system has none for the name.
    public func begin(_ context: CommandContext) throws {
        guard let algorithm = FileHashAlgorithm(rawValue: algorithmName.uppercased()), FileHashAlgorithm.isAvailable else {
            throw context.failure("Algorithm '\(algorithmName)' is not supported in this system.", id: "AlgorithmTypeNotSupported",
                                  category: .invalidArgument, reason: "InvalidOperationException")
        }
        self.algorithm = algorithm
    }

    public func process(_ context: CommandContext) throws {
        let shell = context.shell
        var files: [String] = []
        for written in path ?? [] {
            let matches = FileSystemItems.expand(written, shell: shell)
            if matches.isEmpty { try context.writeError(FileSystemItems.notFound(shell.resolvePath(written), context)) }
            files += matches
        }
        for written in literalPath ?? [] {
            let resolved = shell.resolvePath(written)
            if FileManager.default.fileExists(atPath: resolved) { files.append(resolved) } else { try context.writeError(FileSystemItems.notFound(resolved, context)) }
        }
        for file in files where !FileSystemItems.isDirectory(file) {
            guard let bytes = FileManager.default.contents(atPath: file) else {
                try context.writeError(context.errorRecord("File '\(file)' cannot be read: Access to the path '\(file)' is denied.", id: "FileReadError",
                                                           category: .readError, reason: "WriteErrorException", targetName: file, targetType: "String"))
                continue
            }
            let result = PSObject(typeNames: [Self.typeName, "System.Management.Automation.PSCustomObject", "System.Object"])
            result.setProperty("Algorithm", .string(algorithm.displayName))
            result.setProperty("Hash", .string(algorithm.digest(of: bytes).map { String(format: "%02X", $0) }.joined()))
            result.setProperty("Path", .string(file))
            try context.write(.object(result))
        }
    }

    static var view: FormatView {
        FormatView(typeName: typeName, shape: .table([
            TableColumn("Algorithm", width: 15), TableColumn("Hash", width: 70), TableColumn("Path"),
        ]))
    }
}
