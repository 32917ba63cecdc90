<#
.SYNOPSIS
    Inventories the workload side of a vSphere Trust Authority deployment before its hosts are attested.

.DESCRIPTION
    Runbook for the "Check the trusted cluster" task that precedes the attestation rollout:

      1. connects to the workload vCenter Server,
      2. reads the trusted cluster and its state,
      3. lists the ESXi hosts of the cluster and their versions,
      4. lists the virtual machines per host, with CPU and memory totals,
      5. reads the attestation of every host and groups the results,
      6. lists the key providers registered on the vCenter Server,
      7. writes a CSV inventory and a JSON summary to the report folder.

    It changes nothing: the runbook only reads. A host or a cluster that does not exist is reported, and
    the runbook goes on with what it found. Totals are accumulated in .NET collections so that the
    summary at the end does not read the inventory a second time.

.PARAMETER Server
    The workload vCenter Server.

.PARAMETER User
    A user of that vCenter Server.

.PARAMETER Password
    The password of that user.

.PARAMETER ClusterName
    The trusted (workload) cluster.

.PARAMETER ReportFolder
    Where the CSV and JSON reports are written.

.EXAMPLE
    .\WorkloadInventoryRunbook.ps1 -Server 192.168.210.23 -User trustedadmin@vsphere.local -Password 'VMware1!'

.NOTES
    Owner: Platform Operations. Safe to run at any time: read-only.
    Version history:
      1.0  first version
      1.1  attestation grouped per status
      1.2  key providers listed; reports written by the VtaRunbook module
#>
[CmdletBinding()]
param(
    [string]$Server = '192.168.210.23',
    [string]$User = 'trustedadmin@vsphere.local',
    [string]$Password = 'VMware1!',
    [string]$ClusterName = 'Workload Cluster',
    [string]$ReportFolder = 'reports'
)

$ErrorActionPreference = 'Stop'

#region Modules and configuration

Import-Module VMware.PowerCLI
Import-Module (Join-Path $PSScriptRoot 'Modules/VtaRunbook/VtaRunbook.psd1')

$configuration = @{
    InvalidCertificateAction = 'Ignore'
    Scope                    = 'Session'
    Confirm                  = $false
}
Set-PowerCLIConfiguration @configuration | Out-Null

$results = New-Object System.Collections.ArrayList
$inventory = New-Object System.Collections.ArrayList
$vmsByHost = New-Object 'System.Collections.Generic.Dictionary[string,System.Collections.Generic.List[string]]'
$powerStates = New-Object 'System.Collections.Generic.HashSet[string]'
$facts = [ordered]@{}
$facts['Runbook'] = 'WorkloadInventory'

#endregion

#region Functions

function Connect-WorkloadServer {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [hashtable]$Connection
    )
    try {
        Connect-VIServer @Connection -ErrorAction Stop
    }
    catch {
        throw "Cannot connect to $($Connection.Server): $($_.Exception.Message)"
    }
}

function ConvertTo-InventoryRow {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        $VM
    )
    begin {
        $count = 0
    }
    process {
        $count++
        [pscustomobject]@{
            Name       = $VM.Name
            Host       = "$($VM.VMHost)"
            PowerState = "$($VM.PowerState)"
            NumCpu     = $VM.NumCpu
            MemoryGB   = $VM.MemoryGB
        }
    }
    end {
        Write-Verbose "Converted $count virtual machine(s)"
    }
}

function Add-VMToHostMap {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        $Map,
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        $Row
    )
    process {
        if (-not $Map.ContainsKey($Row.Host)) {
            $Map[$Row.Host] = New-Object 'System.Collections.Generic.List[string]'
        }
        $Map[$Row.Host].Add($Row.Name)
    }
}

function Get-AttestationGroup {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        $Attestation
    )
    begin {
        $groups = @{}
    }
    process {
        $key = "$($Attestation.Status)"
        if ($groups.ContainsKey($key)) {
            $groups[$key] += 1
        }
        else {
            $groups[$key] = 1
        }
    }
    end {
        foreach ($key in ($groups.Keys | Sort-Object)) {
            [pscustomobject]@{ Status = $key; Hosts = $groups[$key] }
        }
    }
}

function Format-SizeText {
    param([int]$GigaBytes)
    switch ($GigaBytes) {
        { $_ -ge 1024 } { '{0} TB' -f ($GigaBytes / 1024); break }
        default { '{0} GB' -f $GigaBytes }
    }
}

#endregion

#region Step 1: connect

Write-RunbookStep 'Connect to the workload vCenter Server'
$connection = @{
    Server   = $Server
    User     = $User
    Password = $Password
}
$viServer = Connect-WorkloadServer -Connection $connection
"Connected to $($viServer.Name) on port $($viServer.Port)"
'Connect' | Add-RunbookResult -Results $results -Detail $viServer.Name

#endregion

#region Step 2: the trusted cluster

Write-RunbookStep 'Read the trusted cluster'
$cluster = Get-TrustedCluster -Name $ClusterName
"Trusted cluster $($cluster.Name): $($cluster.State)"
$facts['Cluster'] = $cluster.Id
$facts['ClusterState'] = "$($cluster.State)"
'ReadCluster' | Add-RunbookResult -Results $results -Detail "$($cluster.State)"

#endregion

#region Step 3: hosts

Write-RunbookStep 'List the hosts of the cluster'
$hosts = @(Get-VMHost | Where-Object { "$($_.Parent)" -eq $ClusterName } | Sort-Object -Property Name)
$queue = New-Object System.Collections.Queue
foreach ($vmHost in $hosts) {
    $queue.Enqueue($vmHost)
}
while ($queue.Count -gt 0) {
    $next = $queue.Dequeue()
    '{0} ESXi {1} build {2}' -f $next.Name, $next.Version, $next.Build
}
$versions = @($hosts | Select-Object -ExpandProperty Version -Unique)
"Hosts: $($hosts.Count), versions: $($versions -join ', ')"
$facts['Hosts'] = $hosts.Count
'ListHosts' | Add-RunbookResult -Results $results -Detail "$($hosts.Count) hosts"

try {
    Get-VMHost -Name 'esxi-99.vsphere.local' -ErrorAction Stop | Out-Null
    'MissingHost' | Add-RunbookResult -Results $results -Succeeded $false -Detail 'found'
}
catch {
    'No host named esxi-99.vsphere.local, as expected'
    'MissingHost' | Add-RunbookResult -Results $results -Detail 'not found'
}

#endregion

#region Step 4: virtual machines

Write-RunbookStep 'List the virtual machines per host'
$rows = @(Get-VM | ConvertTo-InventoryRow | Sort-Object -Property Host, Name)
foreach ($row in $rows) {
    [void]$inventory.Add($row)
    [void]$powerStates.Add($row.PowerState)
}
$rows | Add-VMToHostMap -Map $vmsByHost

$perHost = foreach ($hostName in ($vmsByHost.Keys | Sort-Object)) {
    $names = $vmsByHost[$hostName]
    $hostRows = @($inventory | Where-Object { $_.Host -eq $hostName })
    [pscustomobject]@{
        Host = $hostName
        VMs  = $names.Count
        Cpus = ($hostRows | Measure-Object -Property NumCpu -Sum).Sum
    }
}
$perHost | Format-Table -AutoSize

foreach ($hostName in ($vmsByHost.Keys | Sort-Object)) {
    '{0}: {1}' -f $hostName, ($vmsByHost[$hostName] -join ', ')
}

$memory = ($inventory | Measure-Object -Property MemoryGB -Sum).Sum
$cpus = ($inventory | Measure-Object -Property NumCpu -Sum).Sum
$builder = New-Object System.Text.StringBuilder
[void]$builder.Append("VMs: $($inventory.Count)")
[void]$builder.Append(", CPUs: $cpus")
[void]$builder.Append(", memory: $(Format-SizeText -GigaBytes $memory)")
$builder.ToString()
"Power states: $(@($powerStates | Sort-Object) -join ', ')"
$off = @($inventory | Where-Object { $_.PowerState -eq 'PoweredOff' } | ForEach-Object { $_.Name })
"Powered off: $($off -join ', ')"
$facts['VMs'] = $inventory.Count
'ListVMs' | Add-RunbookResult -Results $results -Detail "$($inventory.Count) VMs"

#endregion

#region Step 5: attestation

Write-RunbookStep 'Read the attestation of every host'
$attestations = @(Get-VMHostAttestation)
$attestations | Get-AttestationGroup | ForEach-Object { '{0}: {1} host(s)' -f $_.Status, $_.Hosts }
$notPassed = @($attestations | Where-Object { "$($_.Status)" -ne 'Passed' })
if ($notPassed.Count -gt 0) {
    "Hosts to attest before the rollout: $($notPassed.Count)"
}
$facts['NotAttested'] = $notPassed.Count
'Attestation' | Add-RunbookResult -Results $results -Detail "$($notPassed.Count) not passed"

#endregion

#region Step 6: key providers

Write-RunbookStep 'List the key providers'
$providers = @(Get-KeyProvider | Sort-Object -Property Name)
foreach ($provider in $providers) {
    $kind = switch ($provider.Type) {
        'NativeKeyProvider' { 'native' }
        'KeyProvider' { 'standard' }
        default { 'trusted' }
    }
    '{0} ({1}), registered: {2}' -f $provider.Name, $kind, $provider.Registered
}
$facts['KeyProviders'] = $providers.Count
'KeyProviders' | Add-RunbookResult -Results $results -Detail "$($providers.Count) providers"

#endregion

#region Step 7: reports

Write-RunbookStep 'Write the reports'
$inventoryPath = Join-Path $ReportFolder 'vm-inventory.csv'
if (-not (Test-Path -Path $ReportFolder)) {
    New-Item -ItemType Directory -Path $ReportFolder | Out-Null
}
$inventory | Export-Csv -Path $inventoryPath -NoTypeInformation
$files = Export-RunbookReport -Results $results -Folder $ReportFolder -BaseName 'workload' -Facts $facts
$lines = Get-Content -Path $inventoryPath
"Inventory lines: $($lines.Count)"
$lines[0]
$lines[-1]
$back = Import-Csv -Path $inventoryPath
"Read back: $(@($back).Count) VMs, first $($back[0].Name) on $($back[0].Host)"

$summary = Get-RunbookSummary -Results $results
$summary | ConvertTo-Json -Compress
$facts | ConvertTo-Json -Compress

#endregion

#region Wrap-up

$failed = @($results | Where-Object { $_.Outcome -eq 'FAILED' })
if ($failed.Count -gt 0) {
    Write-Warning "$($failed.Count) result(s) failed"
    exit 1
}
Disconnect-VIServer -Server * -Confirm:$false
'Inventory finished'

#endregion
