<#
.SYNOPSIS
    Configures a trusted key provider on the vSphere Trust Authority cluster and establishes trust with the KMS.

.DESCRIPTION
    Runbook for the "Configure the trusted key provider" task of the vSphere Trust Authority rollout:

      1. connects to the Trust Authority vCenter Server as a member of TrustedAdmins,
      2. reads the Trust Authority cluster and checks it is enabled,
      3. creates the trusted key provider (unless it exists),
      4. makes the key server trust the key provider (client certificate upload),
      5. makes the key provider trust the key server (server certificate upload),
      6. re-reads the key provider and checks its health,
      7. writes a CSV and a JSON report to the report folder.

    Every step is logged with a number; every result is kept in a list that is exported at the end.
    The runbook stops at the first error it cannot handle ($ErrorActionPreference = 'Stop'), and the
    expected refusals (a duplicate provider name, a cluster that does not exist) are checked on purpose.

.PARAMETER Server
    The Trust Authority vCenter Server.

.PARAMETER User
    A member of the TrustedAdmins group.

.PARAMETER Password
    The password of that user.

.PARAMETER ClusterName
    The Trust Authority cluster.

.PARAMETER ProviderName
    The name of the trusted key provider to create.

.PARAMETER PrimaryKeyId
    The id of the primary key on the key server (not the key's name).

.PARAMETER KeyServer
    The address of the KMIP server.

.PARAMETER ReportFolder
    Where the CSV and JSON reports are written.

.EXAMPLE
    .\KeyProviderRunbook.ps1 -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!'

.NOTES
    Owner: Platform Operations. Change ticket required before running against production.
    Version history:
      1.0  first version
      1.1  report export moved into the VtaRunbook module
      1.2  server certificate trust checked per key server
#>
[CmdletBinding()]
param(
    [string]$Server = '192.168.210.22',
    [string]$User = 'trustedadmin@vsphere.local',
    [string]$Password = 'VMware1!',
    [string]$ClusterName = 'vTA Cluster',
    [string]$ProviderName = 'clkp',
    [string]$PrimaryKeyId = '1',
    [string]$KeyServer = '192.168.110.91',
    [string]$ReportFolder = 'reports'
)

$ErrorActionPreference = 'Stop'

#region Modules and configuration

Import-Module VMware.PowerCLI
Import-Module (Join-Path $PSScriptRoot 'Modules/VtaRunbook/VtaRunbook.psd1')

$configuration = @{
    InvalidCertificateAction = 'Ignore'
    DefaultVIServerMode      = 'Multiple'
    Scope                    = 'Session'
    Confirm                  = $false
}
Set-PowerCLIConfiguration @configuration | Out-Null

$results = New-Object System.Collections.ArrayList
$facts = New-Object 'System.Collections.Generic.Dictionary[string,string]'
$facts['Runbook'] = 'KeyProvider'
$facts['ModuleVersion'] = $RunbookModuleVersion

#endregion

#region Functions

function Connect-TrustAuthorityServer {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [string]$Server,
        [Parameter(Mandatory = $true)]
        [string]$User,
        [Parameter(Mandatory = $true)]
        [string]$Password
    )
    # Start from a clean state: no default server left over from an earlier run.
    if ($global:DefaultVIServers.Count -gt 0) {
        Disconnect-VIServer -Server * -Confirm:$false
    }
    $connection = @{
        Server   = $Server
        User     = $User
        Password = $Password
    }
    try {
        Connect-VIServer @connection -ErrorAction Stop
    }
    catch {
        throw "Cannot connect to ${Server}: $($_.Exception.Message)"
    }
}

function Get-ProviderServerSummary {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        $KeyProviderServer
    )
    begin {
        $rows = New-Object System.Collections.ArrayList
    }
    process {
        $row = [pscustomobject]@{
            Address  = $KeyProviderServer.Address
            Port     = $KeyProviderServer.Port
            Provider = $KeyProviderServer.KeyProviderId
        }
        [void]$rows.Add($row)
    }
    end {
        $rows
    }
}

function Test-ServerCertificateTrust {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        $ServerCertificate
    )
    begin {
        $checked = 0
        $untrusted = New-Object 'System.Collections.Generic.List[string]'
    }
    process {
        $checked++
        if (-not $ServerCertificate.Trusted) {
            $untrusted.Add($ServerCertificate.KeyProviderServerId)
        }
    }
    end {
        [pscustomobject]@{
            Checked   = $checked
            Untrusted = $untrusted.Count
            Servers   = ($untrusted -join ', ')
        }
    }
}

function Write-ProviderStatus {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        $KeyProvider
    )
    process {
        $status = $KeyProvider.Status
        'Provider {0}: health {1}' -f $KeyProvider.Name, $status.Health
        foreach ($serverStatus in $status.ServerStatus) {
            '  {0}: client trusts server={1}, server trusts client={2}' -f $serverStatus.Name, $serverStatus.ClientTrustServer, $serverStatus.ServerTrustClient
        }
    }
}

#endregion

#region Step 1: connect

Write-RunbookStep 'Connect to the Trust Authority vCenter Server'
$viServer = Connect-TrustAuthorityServer -Server $Server -User $User -Password $Password
"Connected to $($viServer.Name) as $($viServer.User)"
"Default servers: $($global:DefaultVIServers.Count)"
'Connect' | Add-RunbookResult -Results $results -Detail $viServer.Name
$facts['Server'] = $viServer.Name

#endregion

#region Step 2: the Trust Authority cluster

Write-RunbookStep 'Read the Trust Authority cluster'
$vTA = Get-TrustAuthorityCluster -Name $ClusterName
"Cluster $($vTA.Name) is $($vTA.State) ($($vTA.Id))"
if ($vTA.State -ne 'Enabled') {
    throw "The Trust Authority cluster $ClusterName must be enabled first."
}
'ReadCluster' | Add-RunbookResult -Results $results -Detail $vTA.Id
$facts['Cluster'] = $vTA.Id

# A cluster that does not exist must be refused, and the runbook must be able to go on.
try {
    Get-TrustAuthorityCluster -Name 'No Such Cluster' -ErrorAction Stop | Out-Null
    'MissingCluster' | Add-RunbookResult -Results $results -Succeeded $false -Detail 'not refused'
}
catch {
    "Refused as expected: a cluster named 'No Such Cluster'"
    'MissingCluster' | Add-RunbookResult -Results $results -Detail 'refused'
}

#endregion

#region Step 3: the trusted key provider

Write-RunbookStep 'Create the trusted key provider'
$existing = @(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA | Where-Object { $_.Name -eq $ProviderName })
if ($existing.Count -gt 0) {
    "Key provider $ProviderName exists already"
    $kp = $existing[0]
}
else {
    $providerArguments = @{
        TrustAuthorityCluster = $vTA
        Name                  = $ProviderName
        PrimaryKeyId          = $PrimaryKeyId
        KmipServerAddress     = $KeyServer
    }
    $kp = New-TrustAuthorityKeyProvider @providerArguments
    "Created key provider $($kp.Name) with primary key $($kp.PrimaryKeyId)"
}
'CreateProvider' | Add-RunbookResult -Results $results -Detail $kp.Id
$facts['Provider'] = $kp.Id

$servers = @($kp.KeyProviderServers | Get-ProviderServerSummary)
foreach ($row in $servers) {
    'Key server {0}:{1} for {2}' -f $row.Address, $row.Port, $row.Provider
}

# The same name twice is refused by the Trust Authority cluster.
try {
    New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name $ProviderName -PrimaryKeyId $PrimaryKeyId -KmipServerAddress $KeyServer -ErrorAction Stop | Out-Null
    'DuplicateProvider' | Add-RunbookResult -Results $results -Succeeded $false -Detail 'not refused'
}
catch {
    "Refused as expected: a second key provider named $ProviderName"
    'DuplicateProvider' | Add-RunbookResult -Results $results -Detail 'refused'
}

#endregion

#region Step 4: the key server trusts the key provider

Write-RunbookStep 'Upload the client certificate to the key server'
New-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp | Out-Null
$clientCertificate = Join-Path (Get-Location).Path 'clientcert.pem'
Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -FilePath $clientCertificate | Out-Null
$pem = Get-Content -Path $clientCertificate
"Client certificate written: $($pem[0])"
# The KMS administrator's side: the lab's key server accepts the certificate.
Add-LabKeyServerClientCertificate -KeyServer $KeyServer -FilePath $clientCertificate | Out-Null
'ClientCertificate' | Add-RunbookResult -Results $results -Detail (Split-Path -Path $clientCertificate -Leaf)

#endregion

#region Step 5: the key provider trusts the key server

Write-RunbookStep 'Trust the key server certificate'
$kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA | Where-Object { $_.Name -eq $ProviderName }
$certificates = @(Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers)
$before = $certificates | Test-ServerCertificateTrust
"Certificates checked: $($before.Checked), not trusted yet: $($before.Untrusted) ($($before.Servers))"
foreach ($certificate in $certificates) {
    if (-not $certificate.Trusted) {
        $trusted = Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate $certificate
        "Trusted the certificate of $($certificate.KeyProviderServerId): $($trusted.Trusted)"
    }
}
$after = Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers | Test-ServerCertificateTrust
"Certificates not trusted now: $($after.Untrusted)"
'ServerCertificate' | Add-RunbookResult -Results $results -Succeeded ($after.Untrusted -eq 0) -Detail "$($after.Checked) checked"

#endregion

#region Step 6: health

Write-RunbookStep 'Check the key provider health'
# The object is a snapshot: read it again before looking at its status.
$kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA | Where-Object { $_.Name -eq $ProviderName }
$kp | Write-ProviderStatus
$healthy = $kp.Status.Health -eq 'Ok'
'Health' | Add-RunbookResult -Results $results -Succeeded $healthy -Detail "$($kp.Status.Health)"
$facts['Health'] = "$($kp.Status.Health)"

#endregion

#region Step 7: reports

Write-RunbookStep 'Write the reports'
$reportArguments = @{
    Results  = $results
    Folder   = $ReportFolder
    BaseName = 'key-provider'
    Facts    = $facts
}
$files = Export-RunbookReport @reportArguments
"CSV report: $(Split-Path -Path $files.Csv -Leaf)"
"JSON report: $(Split-Path -Path $files.Json -Leaf)"

$rows = Import-Csv -Path $files.Csv
"CSV rows: $($rows.Count)"
(Get-Content -Path $files.Csv)[0]
$rows | Where-Object { $_.Outcome -eq 'OK' } | ForEach-Object { '{0,-18} {1}' -f $_.Name, $_.Detail }

$summary = Get-RunbookSummary -Results $results
$summary | ConvertTo-Json -Compress
"Facts: $($facts.Count) ($(@($facts.Keys) -join ', '))"

#endregion

#region Wrap-up

$failed = @($results | Where-Object { $_.Outcome -eq 'FAILED' })
if ($failed.Count -gt 0) {
    Write-Warning "$($failed.Count) result(s) failed"
    exit 1
}
Disconnect-VIServer -Server $Server -Confirm:$false
"Remaining default servers: $(@($global:DefaultVIServers).Count)"
'Runbook finished'

#endregion
