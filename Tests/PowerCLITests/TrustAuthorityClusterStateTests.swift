import TestSupport
import Testing
import TrustAuthority

/// Step 2: `Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled` and `Get-TrustAuthorityServicesStatus`
/// (reference/powercli-cmdlets.md §3: -State and -TrustAuthorityCluster mandatory, the cluster by pipeline;
/// it supports -Confirm, which VMware's helper module passes as -Confirm:$false).
@Suite struct TrustAuthorityClusterStateTests {
    static func withClusterDisabled() throws -> PowerCLITestShell {
        try PowerCLITestShell.connected(definition: .beforeConfiguration)
    }

    @Test func enablingTheClusterChangesTheLabAndReturnsTheClusterEnabled() throws {
        let session = try Self.withClusterDisabled()
        #expect(session.run("$vTA.State").output == ["Disabled"])
        let result = session.run("$r = Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled -Confirm:$false; $r.State; $r.Name; $r.PSObject.TypeNames[0]")
        #expect(result.errors == [])
        #expect(result.output == ["Enabled", "vTA Cluster", "VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityCluster"])
        #expect(session.lab.definition.vCenters[0].trustAuthorityClusters[0].enabled)
        #expect(session.run("(Get-TrustAuthorityCluster 'vTA Cluster').State").output == ["Enabled"])
    }

    @Test func theClusterBindsFromThePipelineAndByName() throws {
        let session = try Self.withClusterDisabled()
        session.run("Get-TrustAuthorityCluster | Set-TrustAuthorityCluster -State Enabled -Confirm:$false | Out-Null")
        #expect(session.lab.definition.vCenters[0].trustAuthorityClusters[0].enabled)
        session.run("Set-TrustAuthorityCluster -TrustAuthorityCluster 'vTA Cluster' -State Disabled -Confirm:$false | Out-Null")
        #expect(!session.lab.definition.vCenters[0].trustAuthorityClusters[0].enabled)
    }

    @Test func itAsksForConfirmationAndChangesNothingWhenNoOneCanAnswer() throws {
        let session = try Self.withClusterDisabled()
        let result = session.run("Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled")
        #expect(result.errors.first?.contains("NonInteractive") == true)
        #expect(!session.lab.definition.vCenters[0].trustAuthorityClusters[0].enabled)
    }

    @Test func whatIfDescribesTheChangeWithoutMakingIt() throws {
        let session = try Self.withClusterDisabled()
        let result = session.run("Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled -WhatIf")
        #expect(result.output == ["What if: Performing the operation \"Set Trust Authority state to Enabled\" on target \"vTA Cluster\"."])
        #expect(!session.lab.definition.vCenters[0].trustAuthorityClusters[0].enabled)
    }

    @Test func aStateOutsideTheEnumOrAMissingStateIsABindingError() throws {
        let session = try Self.withClusterDisabled()
        #expect(session.run("Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State On -Confirm:$false").output == [])
        #expect(session.lastError().first == "CannotConvertArgumentNoMessage,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.SetTrustAuthorityCluster")
        #expect(!session.lab.definition.vCenters[0].trustAuthorityClusters[0].enabled)
    }

    @Test func anUnknownClusterChangesNothing() throws {
        let session = try Self.withClusterDisabled()
        #expect(session.errorMessages("Set-TrustAuthorityCluster -TrustAuthorityCluster nope -State Enabled -Confirm:$false")
            == ["Set-TrustAuthorityCluster : Could not find TrustAuthorityCluster with name 'nope'."])
        #expect(!session.lab.definition.vCenters[0].trustAuthorityClusters[0].enabled)
    }

    // MARK: - -RunAsync (the reference page: "the output of the cmdlet is a Task object"; the Task structure,
    // VMware.VimAutomation.Sdk.Types.V1.Task: Description, FinishTime, Id, IsCancelable, Name, ObjectId, PercentComplete,
    // Result, StartTime, State, Uid — developer.broadcom.com/powercli/latest/vmware.vimautomation.sdk/structures/…task)

    @Test func runAsyncReturnsAFinishedTaskWhoseResultIsTheCluster() throws {
        let session = try Self.withClusterDisabled()
        let result = session.run("""
        $t = Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled -RunAsync -Confirm:$false
        $t.PSObject.TypeNames[0]; $t.State; $t.PercentComplete; $t.IsCancelable; $t.ObjectId; $t.Name
        $t.Result.PSObject.TypeNames[0]; $t.Result.State
        $t.Id -match '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:com\\.vmware\\.vcenter\\.trusted_infrastructure\\.trust_authority_clusters$'
        $t.Uid -eq ('/VIServer=vsphere.local\\trustedadmin@192.168.210.22:443/Task=' + $t.Id + '/')
        $t.FinishTime -ge $t.StartTime
        """)
        #expect(result.errors == [])
        #expect(result.output == ["VMware.VimAutomation.Sdk.Types.V1.Task", "Success", "100", "False", "TrustAuthorityCluster-domain-c8", "UpdateTrustAuthorityCluster",
                                  "VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityCluster", "Enabled", "True", "True", "True"])
        #expect(session.lab.definition.vCenters[0].trustAuthorityClusters[0].enabled)
    }

    @Test func theTaskPrintsPowerCLIsTaskColumns() throws {
        let session = try Self.withClusterDisabled()
        let lines = session.run("Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled -RunAsync -Confirm:$false").output.filter { !$0.isEmpty }
        #expect(lines.first == "Name                           State      % Complete Start Time   Finish Time")
        #expect(lines.count == 3)
        #expect(lines.last?.hasPrefix("UpdateTrustAuthorityCluster    Success           100 ") == true)
    }

    @Test func runAsyncOnAnUnknownClusterOrWithWhatIfReturnsNoTaskAndChangesNothing() throws {
        let session = try Self.withClusterDisabled()
        let unknown = session.run("Set-TrustAuthorityCluster -TrustAuthorityCluster nope -State Enabled -RunAsync -Confirm:$false")
        #expect(unknown.output == [])
        #expect(unknown.errors.first == "Set-TrustAuthorityCluster : Could not find TrustAuthorityCluster with name 'nope'.")
        let whatIf = session.run("Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled -RunAsync -WhatIf")
        #expect(whatIf.output == ["What if: Performing the operation \"Set Trust Authority state to Enabled\" on target \"vTA Cluster\"."])
        #expect(!session.lab.definition.vCenters[0].trustAuthorityClusters[0].enabled)
    }

    // MARK: - Uid

    /// PowerCLI's Uid of an object of a connection: `/VIServer=<domain>\<user>@<server>:<port>/<Type>=<Id>/` (public
    /// transcripts print e.g. `/VIServer=lab.local\administrator@192.168.0.61:443/Cluster=ClusterComputeResource-domain-c133/`).
    @Test func theClustersUidCarriesItsConnection() throws {
        let session = try Self.withClusterDisabled()
        let expected = "/VIServer=vsphere.local\\trustedadmin@192.168.210.22:443/TrustAuthorityCluster=TrustAuthorityCluster-domain-c8/"
        #expect(session.run("$vTA.Uid").output == [expected])
        #expect(session.run("(Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled -Confirm:$false).Uid").output == [expected])
        #expect(session.run("(Get-TrustAuthorityCluster -Id TrustAuthorityCluster-domain-c8).Uid").output == [expected])
    }

    /// The Uid is built from bytes of the final size: names outside ASCII (several bytes a character) and short
    /// ones (held inline) must come out whole, for the provider and each of its servers.
    @Test func aProvidersUidKeepsANameOutsideAscii() throws {
        let session = try Self.withClusterDisabled()
        session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name 'clé-kp✓' -KmipServerName 'sérveur' -KmipServerAddress 192.168.110.91 | Out-Null")
        let prefix = "/VIServer=vsphere.local\\trustedadmin@192.168.210.22:443/"
        #expect(session.run("$kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name 'clé-kp✓'; $kp.Uid; $kp.KeyProviderServers[0].Uid").output == [
            prefix + "TrustAuthorityKeyProvider=domain-c8-clé-kp✓/",
            prefix + "TrustAuthorityKeyProviderServer=domain-c8-clé-kp✓:sérveur/",
        ])
        session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name k -KmipServerAddress 192.168.110.91 | Out-Null")
        #expect(session.run("(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name k).Uid").output == [prefix + "TrustAuthorityKeyProvider=domain-c8-k/"])
    }

    @Test func aUserWhoIsNotATrustedAdminIsRefused() throws {
        let session = try PowerCLITestShell(definition: .beforeConfiguration)
        session.run(PowerCLITestShell.connectAsAdministrator)
        #expect(session.errorMessages("Set-TrustAuthorityCluster -TrustAuthorityCluster 'vTA Cluster' -State Enabled -Confirm:$false")
            == ["Set-TrustAuthorityCluster : " + PowerCLITestShell.notTrustedAdmin])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_NoPermission,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.SetTrustAuthorityCluster",
                                        "PermissionDenied", "ViSecurityNegotiationException"])
        #expect(session.errorMessages("Get-TrustAuthorityServicesStatus -TrustAuthorityCluster 'vTA Cluster'")
            == ["Get-TrustAuthorityServicesStatus : " + PowerCLITestShell.notTrustedAdmin])
        #expect(!session.lab.definition.vCenters[0].trustAuthorityClusters[0].enabled)
    }

    @Test func theServicesStatusFollowsTheState() throws {
        let session = try Self.withClusterDisabled()
        // The domain's rule (docs/workflow-domain.md): None while disabled, Ok once enabled with hosts.
        #expect(session.run("$s = Get-TrustAuthorityServicesStatus -TrustAuthorityCluster $vTA; $s.AttestationServiceStatus.Health; $s.KeyProviderServiceStatus.Health; $s.TrustAuthorityClusterId").output
            == ["None", "None", "TrustAuthorityCluster-domain-c8"])
        #expect(session.run("(Get-TrustAuthorityServicesStatus -TrustAuthorityCluster $vTA).AttestationServiceStatus.Details").output
            == ["The Trust Authority cluster 'vTA Cluster' is disabled: the attestation service does not run."])
        session.run("Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled -Confirm:$false")
        #expect(session.run("$vTA | Get-TrustAuthorityServicesStatus | ForEach-Object { $_.AttestationServiceStatus.Health; $_.KeyProviderServiceStatus.Health }").output
            == ["Ok", "Ok"])
    }

    @Test func theServicesStatusPrintsItsTable() throws {
        let session = try PowerCLITestShell.connected()
        #expect(session.run("Get-TrustAuthorityServicesStatus -Cluster $vTA").output.filter { !$0.isEmpty } == [
            "TrustAuthorityClusterId           AttestationServiceStatus KeyProviderServiceStatus",
            "-----------------------           ------------------------ ------------------------",
            "TrustAuthorityCluster-domain-c8   Ok                       Ok",
        ])
    }
}
