/// The seed procedure's steps as scripts, shared by the end-to-end tests.
enum ProcedureScripts {
    static let connect = """
    Connect-VIServer -server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
    $vTA = Get-TrustAuthorityCluster 'vTA Cluster'
    New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91 | Out-Null
    $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA | Select-Object -Last 1

    """

    static let trustServer = """
    $cert = Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers
    Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate $cert | Out-Null

    """

    static let uploadRoute = """
    New-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp
    Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -FilePath clientcert.pem
    Add-LabKeyServerClientCertificate -KeyServer 192.168.110.91 -FilePath clientcert.pem

    """

    static let kmsIssuedRoute = """
    New-LabKeyServerClientCertificate -KeyServer 192.168.110.91 -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key
    Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key

    """

    static let csrRoute = """
    New-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $kp | Out-Null
    Get-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $kp | Set-Content clkp.csr
    Approve-LabKeyServerCertificateRequest -KeyServer 192.168.110.91 -CsrFilePath clkp.csr -OutFile signed.pem
    Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath signed.pem

    """

    /// Prints one line per server: `health|clientTrustServer|serverTrustClient|details`.
    static let reportStatus = """
    $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA
    "Health=" + $kp.Status.Health
    foreach ($s in $kp.Status.ServerStatus) { "Server=" + $s.Name + "|" + $s.ClientTrustServer + "|" + $s.ServerTrustClient + "|" + ($s.HealthDetails -join ' ') }

    """
}
