#
# Module manifest for module 'VtaRunbook': the helpers our vSphere Trust Authority runbooks share.
#
@{
    RootModule        = 'VtaRunbook.psm1'
    ModuleVersion     = '1.2.0'
    GUID              = '5f0c9d2e-7a41-4c7b-9e3d-2b6f8a1c4e90'
    Author            = 'Platform Operations'
    CompanyName       = 'Example Corp'
    Copyright         = '(c) Example Corp. All rights reserved.'
    Description       = 'Step logging, result accumulation and report export for Trust Authority runbooks.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Write-RunbookStep', 'Add-RunbookResult', 'Get-RunbookSummary', 'Export-RunbookReport')
    VariablesToExport = @('RunbookModuleVersion')
    CmdletsToExport   = @()
    AliasesToExport   = @()
}
