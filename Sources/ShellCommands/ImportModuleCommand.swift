import Foundation
import ShellEngine

/// `Import-Module` (`ipmo`): loads a script module (`.psm1`), a manifest (`.psd1`) or a built-in module, by path
/// or by a name found on `$env:PSModulePath`, and binds what it exports into the session.
public final class ImportModuleCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Import-Module", className: "Microsoft.PowerShell.Commands.ImportModuleCommand", module: "Microsoft.PowerShell.Core",
        synopsis: "Adds modules to the current session.",
        description: "The Import-Module cmdlet adds one or more modules to the current session. The modules that you import must be installed on the local computer or given by path. Functions and variables that a module does not export stay private to the module.",
        defaultParameterSet: "Name",
        examples: [
            HelpExample("Import-Module -Name PSDiagnostics", "This example imports the members of the PSDiagnostics module into the current session."),
            HelpExample("Import-Module -Name ./Modules/Reports/Reports.psd1 -PassThru", "This example imports a module from its manifest and writes the module object."),
        ])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, set: "Name", description: "Specifies the names of the modules to import, or the paths of their files or folders.")
    var name: [String]
    @Parameter(description: "Re-imports a module that is already imported.")
    var force: SwitchParameter
    @Parameter(description: "Returns an object representing the imported module.")
    var passThru: SwitchParameter
    @Parameter(description: "Imports the module into the global session state.")
    var global: SwitchParameter
    @Parameter(description: "Suppresses the message that warns you when you import a cmdlet or function whose name includes an unapproved verb.")
    var disableNameChecking: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        for moduleName in name {
            do {
                let module = try context.shell.importModule(moduleName, force: force.isPresent, global: global.isPresent, emit: { try context.write($0) })
                context.writeVerbose("Loading module from path '\(module.path.isEmpty ? module.name : module.path)'.")
                if passThru.isPresent { try context.write(.object(ModuleObjects.object(module, shell: context.shell))) }
            } catch let error as ModuleLoadError {
                try context.writeError(Self.record(error, context: context))
            }
        }
    }

    /// Wording and ids from PowerShell's Modules.resx (ModuleNotFound, RequiredModuleNotLoaded).
    static func record(_ error: ModuleLoadError, context: CommandContext) -> ErrorRecord {
        switch error {
        case .notFound(let name):
            return context.errorRecord(
                "The specified module '\(name)' was not loaded because no valid module file was found in any module directory.",
                id: "Modules_ModuleNotFound", category: .resourceUnavailable, reason: "FileNotFoundException", targetName: name, targetType: "String")
        case .invalidManifest(let path):
            return context.errorRecord(
                "The module manifest '\(path)' could not be processed because it is not a valid Windows PowerShell restricted language file. Remove the elements that are not permitted by the restricted language.",
                id: "Modules_InvalidManifest", category: .invalidData, reason: "InvalidOperationException", targetName: path, targetType: "String")
        case .requiredModuleMissing(let required, let manifest):
            return context.errorRecord(
                "The required module '\(required)' is not loaded. Load the module or remove the module from 'RequiredModules' in the file '\(manifest)'.",
                id: "Modules_InvalidManifest", category: .resourceUnavailable, reason: "MissingMemberException", targetName: manifest, targetType: "String")
        }
    }
}
