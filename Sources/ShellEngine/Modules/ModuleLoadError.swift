/// Why `Import-Module` (or `#Requires -Modules`) could not load a module; the cmdlet words it as PowerShell does.
public enum ModuleLoadError: Error {
    /// No file and no built-in module of that name.
    case notFound(String)
    /// A `.psd1` that does not evaluate to one hashtable.
    case invalidManifest(path: String)
    /// A module of the manifest's `RequiredModules` could not be loaded.
    case requiredModuleMissing(required: String, manifest: String)
}
