import Foundation
import ShellEngine
import Testing
import TestSupport

/// Modules: Import-Module of a `.psm1` or a `.psd1` manifest (RootModule, NestedModules, FunctionsToExport,
/// RequiredModules) or of a name on the module path; module scope (functions and script variables private unless
/// exported); Export-ModuleMember; Get-Module; Remove-Module; `$PSScriptRoot` in a module; `#Requires -Modules`.
/// Sources: about_Modules, about_Module_Manifests, Export-ModuleMember, Import-Module, Remove-Module (5.1 docs);
/// PowerShell's test/powershell/Modules/Microsoft.PowerShell.Core/{Import,Get,Remove}-Module.Tests.ps1;
/// Modules.resx (ModuleNotFound, NoModulesRemoved, CanOnlyBeUsedFromWithinAModule) and DiscoveryExceptions.resx
/// (RequiresMissingModules).
@Suite struct ModuleCommandTests {
    /// A manifest module: a root module with a private helper and an exported variable, a nested module, and a
    /// manifest that exports only `Get-Report*` functions.
    static func writeReportsModule(_ scratch: ScratchDirectory, folder: String = "Reports") {
        scratch.write("\(folder)/Reports.psd1", """
        @{
            RootModule = 'Reports.psm1'
            ModuleVersion = '1.2.3'
            Author = 'Operations'
            Description = 'Lab reports'
            NestedModules = @('Formatting.psm1')
            FunctionsToExport = @('Get-Report*')
            VariablesToExport = '*'
        }
        """)
        scratch.write("\(folder)/Reports.psm1", """
        $script:calls = 0
        $ReportRoot = $PSScriptRoot
        function Format-Private([string]$Text) { "[" + $Text + "]" }
        function Get-Report { $script:calls++; Format-Private (Format-Title 'report') }
        function Get-ReportCalls { $script:calls }
        function Set-Hidden { 'hidden' }
        Export-ModuleMember -Function Get-Report, Get-ReportCalls, Set-Hidden -Variable ReportRoot
        """)
        scratch.write("\(folder)/Formatting.psm1", """
        function Format-Title([string]$Text) { $Text.ToUpper() }
        """)
    }

    @Test func aManifestModuleExportsOnlyWhatItsManifestAndExportModuleMemberAllow() {
        let scratch = ScratchDirectory()
        Self.writeReportsModule(scratch)
        let text = scratch.run("""
        Import-Module ./Reports/Reports.psd1
        Get-Report
        Get-Report | Out-Null
        Get-ReportCalls
        $ReportRoot
        [bool](Get-Command Format-Private -ErrorAction SilentlyContinue)
        [bool](Get-Command Set-Hidden -ErrorAction SilentlyContinue)
        [bool](Get-Command Format-Title -ErrorAction SilentlyContinue)
        "calls=$calls"
        """)
        #expect(text == "[REPORT]\n2\n\(scratch.path)/Reports\nFalse\nFalse\nFalse\ncalls=")
    }

    @Test func getModuleDescribesTheLoadedModuleAndRemoveModuleTakesItsFunctionsAway() {
        let scratch = ScratchDirectory()
        Self.writeReportsModule(scratch)
        let text = scratch.run("""
        Import-Module ./Reports
        $m = Get-Module Reports
        $m.Name; $m.Version.ToString(); $m.ModuleType; $m.Description; $m.Author
        ($m.ExportedFunctions.Keys | Sort-Object) -join ','
        ($m.ExportedVariables.Keys) -join ','
        (Get-Command Get-Report).Source
        Remove-Module Reports
        [bool](Get-Module Reports)
        [bool](Get-Command Get-Report -ErrorAction SilentlyContinue)
        "root=$ReportRoot"
        """)
        #expect(text == "Reports\n1.2.3\nScript\nLab reports\nOperations\nGet-Report,Get-ReportCalls\nReportRoot\nReports\nFalse\nFalse\nroot=")
    }

    @Test func aScriptModuleWithoutExportModuleMemberExportsEveryFunctionAndNoVariable() {
        let scratch = ScratchDirectory()
        scratch.write("Tools.psm1", """
        $secret = 'module'
        function Get-One { 1 }
        function Get-Secret { $secret }
        """)
        let text = scratch.run("""
        Import-Module ./Tools.psm1
        Get-One; Get-Secret
        "outside=$secret"
        (Get-Module Tools).ModuleType
        """)
        #expect(text == "1\nmodule\noutside=\nScript")
    }

    /// A module's function sees the module's scope, not its caller's local variables.
    @Test func moduleFunctionsAreNotDynamicallyScopedToTheirCaller() {
        let scratch = ScratchDirectory()
        scratch.write("Scoped.psm1", "function Get-Seen { \"seen=$local\" }")
        let text = scratch.run("""
        Import-Module ./Scoped.psm1
        function Test-Caller { $local = 'caller'; Get-Seen }
        function Get-Plain { "plain=$local" }
        function Test-Plain { $local = 'caller'; Get-Plain }
        Test-Caller; Test-Plain
        """)
        #expect(text == "seen=\nplain=caller")
    }

    @Test func aNameIsFoundInTheModuleFolderAndRequiredModulesLoadFirst() {
        let scratch = ScratchDirectory()
        scratch.write("Modules/Base/Base.psm1", "function Get-Base { 'base' }")
        scratch.write("Modules/Top/2.0.0/Top.psd1", "@{ RootModule = 'Top.psm1'; ModuleVersion = '2.0.0'; RequiredModules = @('Base') }")
        scratch.write("Modules/Top/2.0.0/Top.psm1", "function Get-Top { 'top on ' + (Get-Base) }")
        ModuleTable.of(scratch.shell).defaultModuleFolder = scratch.path + "/Modules"
        let text = scratch.run("""
        Import-Module Top
        Get-Top
        (Get-Module Base, Top | ForEach-Object { $_.Name + ' ' + $_.Version }) -join ';'
        (Get-Module -ListAvailable Top).Version.ToString()
        """)
        #expect(text == "top on base\nBase 0.0;Top 2.0.0\n2.0.0")
    }

    @Test func aMissingModuleIsTheDocumentedError() {
        let scratch = ScratchDirectory()
        let text = scratch.run("""
        Import-Module NoSuchModule
        $Error[0].FullyQualifiedErrorId
        try { Import-Module NoSuchModule -ErrorAction Stop } catch { 'caught' }
        """)
        #expect(text.hasPrefix("ERR:Import-Module : The specified module 'NoSuchModule' was not loaded because no valid module file was found in any module directory."))
        #expect(text.hasSuffix("Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand\ncaught"))
    }

    @Test func exportModuleMemberOutsideAModuleAndRemovingAnUnloadedModuleAreErrors() {
        let scratch = ScratchDirectory()
        let text = scratch.run("""
        try { Export-ModuleMember -Function x } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
        Remove-Module Nothing -ErrorAction SilentlyContinue
        $Error[0].FullyQualifiedErrorId
        """)
        #expect(text == """
        Modules_CanOnlyExecuteExportModuleMemberInsideAModule,Microsoft.PowerShell.Commands.ExportModuleMemberCommand
        The Export-ModuleMember cmdlet can only be called from inside a module.
        Modules_NoModulesRemoved,Microsoft.PowerShell.Commands.RemoveModuleCommand
        """)
    }

    @Test func requiresModulesImportsThemOrStopsTheScript() {
        let scratch = ScratchDirectory()
        scratch.write("Modules/Helper/Helper.psm1", "function Get-Help2 { 'helped' }")
        scratch.write("uses.ps1", "#Requires -Modules Helper\nGet-Help2")
        scratch.write("missing.ps1", "#Requires -Modules Helper, Absent\n'ran'")
        ModuleTable.of(scratch.shell).defaultModuleFolder = scratch.path + "/Modules"
        let text = scratch.run("./uses.ps1; try { ./missing.ps1 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }")
        #expect(text == """
        helped
        ScriptRequiresMissingModules
        The script 'missing.ps1' cannot be run because the following modules that are specified by the "#requires" statements of the script are missing: Absent.
        """)
    }

    /// Import-Module inside a module binds into that module (its functions see the import, the session does
    /// not), unless -Global (Import-Module.md, -Global).
    @Test func aModuleImportingAnotherKeepsItUnlessGlobal() {
        let scratch = ScratchDirectory()
        scratch.write("Inner.psm1", "function Get-Inner { 'inner' }")
        scratch.write("Shared.psm1", "function Get-Shared { 'shared' }")
        scratch.write("Outer.psm1", "Import-Module $PSScriptRoot/Inner.psm1\nImport-Module $PSScriptRoot/Shared.psm1 -Global\nfunction Get-Outer { 'outer+' + (Get-Inner) }")
        let text = scratch.run("""
        Import-Module ./Outer.psm1
        Get-Outer
        [bool](Get-Command Get-Inner -ErrorAction SilentlyContinue)
        Get-Shared
        """)
        #expect(text == "outer+inner\nFalse\nshared")
    }

    @Test func importingAgainKeepsTheModuleAndForceReloadsIt() {
        let scratch = ScratchDirectory()
        scratch.write("Counter.psm1", "$script:loads = 0\n$global:loadCount++\nfunction Get-Loads { $global:loadCount }")
        let text = scratch.run("""
        Import-Module ./Counter.psm1; Import-Module ./Counter.psm1; Get-Loads
        Import-Module ./Counter.psm1 -Force; Get-Loads
        (Get-Module Counter | Measure-Object).Count
        (Import-Module ./Counter.psm1 -PassThru).Name
        """)
        #expect(text == "1\n2\n1\nCounter")
    }
}
