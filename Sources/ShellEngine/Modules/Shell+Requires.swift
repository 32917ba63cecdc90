import Foundation

/// `#Requires -Modules A, B` (or `@{ModuleName='A'; ModuleVersion='1.0'}`): the modules are imported before the
/// script runs; one that cannot be is a terminating error naming them all.
extension Shell {
    func importRequiredModules(_ lines: [String], source: SourceText) throws {
        var missing: [String] = []
        for line in lines {
            for name in Self.requiredModuleNames(line) where modules.loadedModule(named: name) == nil {
                do {
                    try importModule(name)
                } catch is ModuleLoadError {
                    missing.append(name)
                }
            }
        }
        guard !missing.isEmpty else { return }
        let scriptName = source.fileName.map { ($0 as NSString).lastPathComponent } ?? ""
        // Source: PowerShell's DiscoveryExceptions.resx RequiresMissingModules, id ScriptRequiresMissingModules.
        throw RuntimeError(ErrorRecord(
            message: "The script '\(scriptName)' cannot be run because the following modules that are specified by the \"#requires\" statements of the script are missing: \(missing.joined(separator: ", ")).",
            errorId: "ScriptRequiresMissingModules", category: .resourceUnavailable, reason: "ScriptRequiresException",
            targetName: scriptName, targetType: "String"), endsScript: true)
    }

    /// The module names of one `#Requires` line (empty when it has no `-Modules`).
    static func requiredModuleNames(_ line: String) -> [String] {
        let lower = line.lowercased()
        guard let range = lower.range(of: "-modules") else { return [] }
        var rest = String(line[range.upperBound...])
        if let next = rest.range(of: " -") { rest = String(rest[..<next.lowerBound]) }
        var names: [String] = []
        // Hashtable specifications: take each ModuleName value.
        var text = rest
        while let key = text.range(of: "ModuleName", options: .caseInsensitive) {
            let after = text[key.upperBound...].drop { $0 == " " || $0 == "=" }
            let quote = after.first
            let body = (quote == "'" || quote == "\"") ? after.dropFirst() : after
            let name = body.prefix { $0 != "'" && $0 != "\"" && $0 != ";" && $0 != "}" && $0 != " " }
            if !name.isEmpty { names.append(String(name)) }
            text = String(body.dropFirst(name.count))
        }
        if !names.isEmpty { return names }
        return rest.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t'\"")) }.filter { !$0.isEmpty }
    }
}
