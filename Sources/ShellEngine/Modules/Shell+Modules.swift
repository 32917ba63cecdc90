import Foundation

/// Module loading: a `.psm1` runs in a scope of its own whose parent is the global scope, so its functions and
/// script variables stay private; what it exports is bound into the importer's scope (global at top level).
extension Shell {
    public var modules: ModuleTable { ModuleTable.of(self) }

    /// The module whose code is running now (its scope is the script scope), if any.
    public var currentModule: ModuleInfo? { scriptScope.module }

    /// Loads `nameOrPath` (a path, a built-in module's name, or a name found on the module path) and binds its
    /// exports into the importing module's scope, or the global scope (at top level, or with `global`); a module
    /// already loaded is only bound again unless `force`. Returns the module.
    @discardableResult
    public func importModule(_ nameOrPath: String, force: Bool = false, global: Bool = false,
                             emit: (Value) throws -> Void = { _ in }) throws -> ModuleInfo {
        let target = global ? globalScope : (currentModule?.scope ?? globalScope)
        if let file = locateModuleFile(nameOrPath) {
            if let existing = modules.loaded.first(where: { $0.path == file }) {
                if !force {
                    bindExports(of: existing, into: target)
                    return existing
                }
                removeModule(existing)
            }
            let module = try loadModuleFile(file, emit: emit)
            modules.loaded.append(module)
            bindExports(of: module, into: target)
            return module
        }
        if let builtIn = modules.builtIn(named: nameOrPath) {
            for required in builtIn.requiredModules where modules.loadedModule(named: required) == nil {
                try importModule(required, emit: emit)
            }
            if let existing = modules.loadedModule(named: builtIn.name) { return existing }
            let module = modules.info(of: builtIn)
            modules.loaded.append(module)
            return module
        }
        throw ModuleLoadError.notFound(nameOrPath)
    }

    /// Unloads `module`: its exported functions and variables leave the scopes they were bound into.
    public func removeModule(_ module: ModuleInfo) {
        modules.loaded.removeAll { $0 === module }
        for nested in module.nestedModules { modules.loaded.removeAll { $0 === nested } }
        var cursor: Scope? = currentScope
        var scopes: [Scope] = [globalScope]
        while let scope = cursor {
            if scope !== globalScope { scopes.append(scope) }
            cursor = scope.parent
        }
        for scope in scopes {
            for (key, function) in scope.functions where function.module === module { scope.functions.removeValue(forKey: key) }
            if let moduleScope = module.scope {
                for name in module.exportedVariables {
                    let key = VariableKey.of(name)
                    if let variable = scope.variables[key], variable === moduleScope.variables[key] { scope.variables.removeValue(forKey: key) }
                }
                for name in module.exportedAliases {
                    let key = VariableKey.of(name)
                    guard let alias = moduleScope.aliases?[key] else { continue }
                    if scope === globalScope {
                        if registry.aliasTarget(name) == alias.target { registry.removeAlias(name) }
                    } else if scope.aliases?[key]?.target == alias.target {
                        scope.aliases?.removeValue(forKey: key)
                    }
                }
            }
        }
        registry.forgetResolutions()
    }

    /// `Export-ModuleMember`: what the running module exports from now on. False outside a module.
    public func exportModuleMembers(functions: [String], variables: [String], cmdlets: [String], aliases: [String]) -> Bool {
        guard let module = currentModule else { return false }
        var exports = module.explicitExports ?? ModuleExports()
        exports.functions += functions
        exports.variables += variables
        exports.cmdlets += cmdlets
        exports.aliases += aliases
        module.explicitExports = exports
        return true
    }

    /// The module files (`.psd1` before `.psm1`) found in the module path's folders, one per module folder.
    public func availableModuleFiles() -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for folder in modules.searchPath {
            guard let entries = try? manager.contentsOfDirectory(atPath: folder) else { continue }
            for entry in entries.sorted(by: { $0.lowercased() < $1.lowercased() }) {
                if let file = moduleFile(inFolder: folder + "/" + entry, named: entry) { files.append(file) }
            }
        }
        return files
    }

    /// Reads a module's description without running it: a manifest's fields, or a `.psm1`'s name.
    public func describeModuleFile(_ path: String) -> ModuleInfo {
        let base = (path as NSString).deletingLastPathComponent
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        if path.lowercased().hasSuffix(".psd1"), let manifest = try? readManifest(path) {
            let root = manifest.string("RootModule") ?? manifest.string("ModuleToProcess")
            let module = ModuleInfo(name: name, path: path, moduleBase: base, moduleType: root == nil ? "Manifest" : "Script",
                                    version: manifest.string("ModuleVersion") ?? "0.0", description: manifest.string("Description") ?? "",
                                    author: manifest.string("Author") ?? "", guid: manifest.string("GUID") ?? "00000000-0000-0000-0000-000000000000",
                                    scope: Scope(parent: nil))
            module.exportedFunctions = manifest.strings("FunctionsToExport").filter { !$0.contains("*") }
            return module
        }
        return ModuleInfo(name: name, path: path, moduleBase: base, moduleType: "Script", scope: Scope(parent: nil))
    }

    // MARK: - Finding and loading

    /// The file `nameOrPath` names: a path to a `.psm1`/`.psd1`/`.ps1` or a module folder, or a module folder
    /// on the module path (`Name/Name.psd1`, `Name/Name.psm1`, `Name/<version>/Name.psd1`).
    func locateModuleFile(_ nameOrPath: String) -> String? {
        let manager = FileManager.default
        let looksLikePath = nameOrPath.contains("/") || nameOrPath.contains("\\") || nameOrPath.hasPrefix(".")
            || [".psm1", ".psd1", ".ps1"].contains { nameOrPath.lowercased().hasSuffix($0) }
        if looksLikePath {
            let resolved = resolvePath(nameOrPath.replacingOccurrences(of: "\\", with: "/"))
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: resolved, isDirectory: &isDirectory) else { return nil }
            if isDirectory.boolValue {
                return moduleFile(inFolder: resolved, named: (resolved as NSString).lastPathComponent)
            }
            return resolved
        }
        for folder in modules.searchPath {
            guard let entries = try? manager.contentsOfDirectory(atPath: folder) else { continue }
            for entry in entries where entry.caseInsensitiveCompare(nameOrPath) == .orderedSame {
                if let file = moduleFile(inFolder: folder + "/" + entry, named: entry) { return file }
            }
        }
        return nil
    }

    private func moduleFile(inFolder folder: String, named name: String) -> String? {
        let manager = FileManager.default
        for ext in ["psd1", "psm1"] {
            let candidate = "\(folder)/\(name).\(ext)"
            if manager.fileExists(atPath: candidate) { return candidate }
        }
        // A versioned layout: the highest version folder holding the module.
        guard let versions = try? manager.contentsOfDirectory(atPath: folder) else { return nil }
        let ordered = versions.filter { $0.first?.isNumber == true }.sorted { versionParts($0).lexicographicallyPrecedes(versionParts($1)) }
        for version in ordered.reversed() {
            for ext in ["psd1", "psm1"] {
                let candidate = "\(folder)/\(version)/\(name).\(ext)"
                if manager.fileExists(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    private func versionParts(_ text: String) -> [Int] { text.split(separator: ".").map { Int($0) ?? 0 } }

    /// Loads a `.psm1`/`.ps1` (a script module) or a `.psd1` (a manifest) into a new module scope.
    private func loadModuleFile(_ path: String, emit: Emit) throws -> ModuleInfo {
        let base = (path as NSString).deletingLastPathComponent
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let scope = Scope(parent: globalScope)
        guard path.lowercased().hasSuffix(".psd1") else {
            let module = ModuleInfo(name: name, path: path, moduleBase: base, moduleType: "Script", scope: scope)
            scope.module = module
            try runModuleScript(path, in: module, emit: emit)
            settleExports(of: module, functionFilter: nil, variableFilter: nil)
            return module
        }
        let manifest = try readManifest(path)
        for required in manifest.moduleNames("RequiredModules") where modules.loadedModule(named: required) == nil {
            do {
                try importModuleIntoGlobal(required, relativeTo: base, emit: emit)
            } catch ModuleLoadError.notFound {
                throw ModuleLoadError.requiredModuleMissing(required: required, manifest: path)
            }
        }
        let root = manifest.string("RootModule") ?? manifest.string("ModuleToProcess")
        let module = ModuleInfo(name: name, path: path, moduleBase: base, moduleType: root == nil ? "Manifest" : "Script",
                                version: manifest.string("ModuleVersion") ?? "0.0", description: manifest.string("Description") ?? "",
                                author: manifest.string("Author") ?? "", guid: manifest.string("GUID") ?? "00000000-0000-0000-0000-000000000000",
                                scope: scope)
        module.requiredModules = manifest.moduleNames("RequiredModules")
        scope.module = module
        var nestedFunctions: [String] = []
        var nestedVariables: [String] = []
        var nestedAliases: [String] = []
        for nestedName in manifest.moduleNames("NestedModules") {
            let nestedPath = locateModuleFile(base + "/" + nestedName) ?? locateModuleFile(nestedName)
            guard let nestedPath else { throw ModuleLoadError.notFound(nestedName) }
            let nested = try loadModuleFile(nestedPath, emit: emit)
            module.nestedModules.append(nested)
            bindExports(of: nested, into: scope)
            nestedFunctions += nested.exportedFunctions
            nestedVariables += nested.exportedVariables
            nestedAliases += nested.exportedAliases
        }
        if let root {
            guard let rootPath = locateModuleFile(base + "/" + root) else { throw ModuleLoadError.notFound(root) }
            try runModuleScript(rootPath, in: module, emit: emit)
        }
        let functionFilter = manifest.has("FunctionsToExport") ? manifest.strings("FunctionsToExport") : nil
        let variableFilter = manifest.has("VariablesToExport") ? manifest.strings("VariablesToExport") : nil
        let aliasFilter = manifest.has("AliasesToExport") ? manifest.strings("AliasesToExport") : nil
        settleExports(of: module, functionFilter: functionFilter, variableFilter: variableFilter, aliasFilter: aliasFilter,
                      extraFunctions: nestedFunctions, extraVariables: nestedVariables, extraAliases: nestedAliases, hasRoot: root != nil)
        return module
    }

    /// A required module goes to the global scope: a path relative to the manifest's folder, else a name.
    private func importModuleIntoGlobal(_ name: String, relativeTo base: String, emit: Emit) throws {
        let savedScript = scriptScope
        scriptScope = globalScope
        defer { scriptScope = savedScript }
        let relative = base + "/" + name
        let looksLikePath = name.contains("/") || name.contains("\\") || name.lowercased().hasSuffix(".psd1") || name.lowercased().hasSuffix(".psm1")
        try importModule(looksLikePath ? relative : name, emit: emit)
    }

    /// Runs a module's script with its scope as both current and script scope, `$PSScriptRoot` its folder.
    private func runModuleScript(_ path: String, in module: ModuleInfo, emit: Emit) throws {
        guard let scope = module.scope else { return }
        let savedScript = scriptScope
        let savedCurrent = currentScope
        scriptScope = scope
        currentScope = scope
        defer {
            scriptScope = savedScript
            currentScope = savedCurrent
        }
        scope.variables[VariableKey.of("PSScriptRoot")] = Variable(name: "PSScriptRoot", value: .string((path as NSString).deletingLastPathComponent))
        scope.variables[VariableKey.of("PSCommandPath")] = Variable(name: "PSCommandPath", value: .string(path))
        try runScriptFile(path: path, arguments: [], dotSource: true, emit: emit)
    }

    /// Decides what the module exports: `Export-ModuleMember`'s names, else every function and no variable;
    /// then a manifest's `FunctionsToExport`/`VariablesToExport` keep only the names they match.
    private func settleExports(of module: ModuleInfo, functionFilter: [String]?, variableFilter: [String]?, aliasFilter: [String]? = nil,
                               extraFunctions: [String] = [], extraVariables: [String] = [], extraAliases: [String] = [],
                               hasRoot: Bool = true) {
        guard let scope = module.scope else { return }
        let defined = scope.functions.values.filter { $0.module === module || $0.module == nil }.map(\.name).sorted { $0.lowercased() < $1.lowercased() }
        for key in scope.functions.keys where scope.functions[key]?.module == nil { scope.functions[key]?.module = module }
        var functions: [String]
        var variables: [String] = []
        // Without Export-ModuleMember every alias is exported too (ModuleCmdletBase.cs: aliasPatterns MatchAll).
        var aliases = (scope.aliases?.values.map(\.name) ?? []).sorted { $0.lowercased() < $1.lowercased() }
        if let exports = module.explicitExports {
            let aliasPatterns = exports.aliases.map { WildcardPattern($0) }
            aliases = aliases.filter { name in aliasPatterns.contains { $0.matches(name) } }
            let patterns = exports.functions.map { WildcardPattern($0) }
            functions = defined.filter { name in patterns.contains { $0.matches(name) } }
            let variablePatterns = exports.variables.map { WildcardPattern($0) }
            variables = scope.variables.values.map(\.name).filter { name in variablePatterns.contains { $0.matches(name) } }.sorted()
        } else {
            functions = hasRoot ? defined : []
        }
        functions += extraFunctions.filter { name in !functions.contains { $0.caseInsensitiveCompare(name) == .orderedSame } }
        variables += extraVariables
        aliases += extraAliases
        if let aliasFilter {
            let patterns = aliasFilter.map { WildcardPattern($0) }
            aliases = aliases.filter { name in patterns.contains { $0.matches(name) } }
        }
        module.exportedAliases = aliases
        if let functionFilter {
            let patterns = functionFilter.map { WildcardPattern($0) }
            functions = functions.filter { name in patterns.contains { $0.matches(name) } }
        }
        if let variableFilter {
            let patterns = variableFilter.map { WildcardPattern($0) }
            variables = variables.filter { name in patterns.contains { $0.matches(name) } }
        }
        module.exportedFunctions = functions
        module.exportedVariables = variables
    }

    /// Binds a module's exported functions and variables (the same variable: changes show on both sides).
    private func bindExports(of module: ModuleInfo, into target: Scope) {
        guard let scope = module.scope else { return }
        for name in module.exportedFunctions {
            let key = VariableKey.of(name)
            if let function = scope.functions[key] { target.functions[key] = function }
        }
        for name in module.exportedVariables {
            let key = VariableKey.of(name)
            if let variable = scope.variables[key] { target.variables[key] = variable }
        }
        for name in module.exportedAliases {
            if let alias = scope.aliases?[VariableKey.of(name)] { bind(alias, into: target) }
        }
        registry.forgetResolutions()
    }

    /// Evaluates a `.psd1` as the one hashtable it holds.
    func readManifest(_ path: String) throws -> ModuleManifest {
        var output: [Value] = []
        let savedCurrent = currentScope
        currentScope = Scope(parent: globalScope)
        defer { currentScope = savedCurrent }
        try runScriptFile(path: path, arguments: [], dotSource: false, emit: { output.append($0) })
        guard output.count == 1, case .hashtable(let table) = output[0] else { throw ModuleLoadError.invalidManifest(path: path) }
        return ModuleManifest(table: table)
    }
}
