import TestSupport
import TrustAuthority

/// The seed procedure's steps as the tests type them (seed/procedure-en.md, table 1: vCenter 192.168.210.22,
/// `trustedadmin@vsphere.local` / `VMware1!`, cluster 'vTA Cluster', key server 192.168.110.91 with keys 1 and 8).
extension PowerCLITestShell {
    /// Connected as the Trust Authority administrator, `$vTA` assigned.
    static func connected(definition: LabDefinition = .default) throws -> PowerCLITestShell {
        let session = try PowerCLITestShell(definition: definition)
        session.run(connect)
        return session
    }

    /// Connected, with the seed's provider `clkp` (primary key 8, KMIP server 192.168.110.91) in `$kp`.
    static func withProvider() throws -> PowerCLITestShell {
        let session = try connected()
        session.run(createProvider)
        return session
    }

    static let createProvider = "$kp = New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91"

    /// Connected as `administrator@vsphere.local`, who is not in TrustedAdmins.
    static let connectAsAdministrator = "Connect-VIServer -Server 192.168.210.22 -User administrator@vsphere.local -Password 'VMware1!' | Out-Null"

    static let notConnected = "You are not currently connected to any servers. Please connect first using a Connect cmdlet."
    static let notTrustedAdmin = "Permission to perform this operation was denied. The user 'VSPHERE.LOCAL\\administrator' is not a member of the TrustedAdmins group required for vSphere Trust Authority operations (privilege TrustedAdmin.ManageTrustedHosts)."

    /// The last error's fully qualified id, category and reason, as `$Error[0]` shows them.
    func lastError() -> [String] {
        run("$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.Category; $Error[0].CategoryInfo.Reason").output
    }

    /// The first line of each error printed by `text` (the `Cmdlet : message` line).
    func errorMessages(_ text: String) -> [String] {
        run(text).errors.filter { !$0.hasPrefix("At ") && !$0.hasPrefix("+") && !$0.hasPrefix("    +") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
}
