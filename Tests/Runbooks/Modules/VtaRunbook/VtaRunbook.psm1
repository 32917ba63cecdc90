# VtaRunbook: step numbering, a result list and the reports our runbooks leave behind.
# The private helpers live in Private/ and are dot-sourced here, so only the exported functions are visible.

. (Join-Path $PSScriptRoot 'Private/Formatting.ps1')

$script:StepNumber = 0
$RunbookModuleVersion = '1.2.0'

function Write-RunbookStep {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0)]
        [string]$Title
    )
    $script:StepNumber++
    Format-RunbookLine -Number $script:StepNumber -Text $Title
}

function Add-RunbookResult {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [System.Collections.ArrayList]$Results,
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        [string]$Name,
        [bool]$Succeeded = $true,
        [string]$Detail = ''
    )
    begin {
        $added = 0
    }
    process {
        $entry = [pscustomobject]@{
            Step    = $script:StepNumber
            Name    = $Name
            Outcome = ConvertTo-RunbookOutcome -Succeeded $Succeeded
            Detail  = $Detail
        }
        [void]$Results.Add($entry)
        $added++
    }
    end {
        Write-Verbose "Added $added result(s)"
    }
}

function Get-RunbookSummary {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [System.Collections.ArrayList]$Results
    )
    $failed = @($Results | Where-Object { $_.Outcome -eq 'FAILED' }).Count
    [ordered]@{
        Steps     = $script:StepNumber
        Results   = $Results.Count
        Failed    = $failed
        Succeeded = $Results.Count - $failed
    }
}

function Export-RunbookReport {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [System.Collections.ArrayList]$Results,
        [Parameter(Mandatory = $true)]
        [string]$Folder,
        [Parameter(Mandatory = $true)]
        [string]$BaseName,
        [System.Collections.IDictionary]$Facts
    )
    if (-not (Test-Path -Path $Folder)) {
        New-Item -ItemType Directory -Path $Folder | Out-Null
    }
    $csvPath = Join-Path $Folder ($BaseName + '.csv')
    $jsonPath = Join-Path $Folder ($BaseName + '.json')
    $Results | Export-Csv -Path $csvPath -NoTypeInformation
    $document = [ordered]@{
        Summary = Get-RunbookSummary -Results $Results
        Facts   = $Facts
    }
    $document | ConvertTo-Json -Depth 3 | Set-Content -Path $jsonPath
    [pscustomobject]@{ Csv = $csvPath; Json = $jsonPath }
}

Export-ModuleMember -Function Write-RunbookStep, Add-RunbookResult, Get-RunbookSummary, Export-RunbookReport -Variable RunbookModuleVersion
