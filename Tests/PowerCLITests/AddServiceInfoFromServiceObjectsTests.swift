import Foundation
import TestSupport
import Testing
import TrustAuthority

/// `Add-AttestationServiceInfo -AttestationService <TrustAuthorityAttestationService[]>` and
/// `Add-KeyProviderServiceInfo -KeyProviderService <TrustAuthorityKeyProviderService[]>` (reference/powercli-cmdlets.md §3
/// "Workload-side service info": set 1, pipeline): the Trust Authority side's service objects registered on the workload
/// vCenter, with both vCenters connected.
@Suite struct AddServiceInfoFromServiceObjectsTests {
    static let workload = LabDefinition.workloadVCenterAddress
    static let workloadUser = SessionUser(vCenter: workload, name: "trustedadmin@vsphere.local")
    static let taUser = SessionUser(vCenter: "192.168.210.22", name: "trustedadmin")

    /// Connected to the Trust Authority vCenter (`$vTA`) and to the workload vCenter.
    static func bothConnected() throws -> PowerCLITestShell {
        let session = try PowerCLITestShell.connected()
        session.run(InventoryTests.connectWorkload)
        return session
    }

    static func registrations(_ kind: TrustAuthorityService.Kind, _ session: PowerCLITestShell) -> [ServiceRegistration] {
        (try? session.lab.serviceRegistrations(kind, by: workloadUser)) ?? []
    }

    @Test func theAttestationServicesAreRegisteredFromThePipeline() throws {
        let session = try Self.bothConnected()
        let result = session.run("""
        $a = Get-TrustAuthorityAttestationService -TrustAuthorityCluster $vTA | Add-AttestationServiceInfo -Server \(Self.workload)
        $a.PSObject.TypeNames[0]; $a.Id; $a.ServiceAddress; $a.ServicePort; $a.ServiceGroup; $a.TAClusterId; $a.CertificateChain.ChainElements.Count
        $a.Uid
        """)
        #expect(result.errors == [])
        // The registration is the Trust Authority cluster's service as the domain lists it (address, port, group, chain).
        let service = try #require(try session.lab.trustAuthorityServices(of: "domain-c8", kind: .attestation, by: Self.taUser).first)
        #expect(result.output == ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.AttestationServiceInfo", "attestation-1",
                                  service.address, "443", "domain-c8@192.168.210.22", "TrustAuthorityCluster-domain-c8", "\(service.certificateChain.count)",
                                  "/VIServer=vsphere.local\\trustedadmin@\(Self.workload):443/AttestationServiceInfo=attestation-1/"])
        #expect(Self.registrations(.attestation, session).map(\.service) == [service])
        #expect(Self.registrations(.keyProvider, session).isEmpty)
    }

    @Test func theKeyProviderServicesAreRegisteredByParameter() throws {
        let session = try Self.bothConnected()
        let result = session.run("""
        $k = Add-KeyProviderServiceInfo -KeyProviderService (Get-TrustAuthorityKeyProviderService -TrustAuthorityCluster $vTA) -Server \(Self.workload)
        $k.Id; $k.ServiceGroup
        """)
        #expect(result.errors == [])
        #expect(result.output == ["key-provider-1", "domain-c8@192.168.210.22"])
        let service = try #require(try session.lab.trustAuthorityServices(of: "domain-c8", kind: .keyProvider, by: Self.taUser).first)
        #expect(Self.registrations(.keyProvider, session).map(\.service) == [service])
    }

    /// The manual set's `-TrustedCA <X509Chain>` (reference §3, set 2) takes a chain as the Trust Authority's service
    /// objects carry it; a certificate where a chain is expected does not bind, as in PowerShell.
    @Test func theManualSetTakesTheTrustedCAAsAnX509Chain() throws {
        let session = try Self.bothConnected()
        let result = session.run("""
        $s = Get-TrustAuthorityAttestationService -TrustAuthorityCluster $vTA
        $a = Add-AttestationServiceInfo -ServiceAddress $s.ServiceAddress -ServicePort $s.ServicePort -ServiceGroup $s.ServiceGroup -TAClusterId $vTA.Id -TrustedCA $s.CertificateChain -Server \(Self.workload)
        $a.CertificateChain.ChainElements.Count
        """)
        #expect(result.errors == [])
        let service = try #require(try session.lab.trustAuthorityServices(of: "domain-c8", kind: .attestation, by: Self.taUser).first)
        #expect(result.output == ["\(service.certificateChain.count)"])
        #expect(Self.registrations(.attestation, session).map(\.service.certificateChain) == [service.certificateChain])
        let refused = session.run("""
        Add-KeyProviderServiceInfo -ServiceAddress kp.example -ServiceGroup 'domain-c8@192.168.210.22' -TAClusterId $vTA.Id -TrustedCA $s.CertificateChain.ChainElements[0].Certificate -Server \(Self.workload)
        """)
        #expect(refused.errors.first?.contains("Cannot bind parameter 'TrustedCA'") == true, "\(refused.errors)")
        #expect(Self.registrations(.keyProvider, session).isEmpty)
    }

    /// With both vCenters default servers and no -Server, the workload vCenter is the one with workload clusters.
    @Test func withoutServerTheWorkloadVCenterIsChosen() throws {
        let session = try Self.bothConnected()
        let result = session.run("(Get-TrustAuthorityAttestationService | Add-AttestationServiceInfo).Uid")
        #expect(result.errors == [])
        #expect(result.output == ["/VIServer=vsphere.local\\trustedadmin@\(Self.workload):443/AttestationServiceInfo=attestation-1/"])
    }

    @Test func aServiceRegisteredTwiceIsRefusedAndTheFirstRegistrationStays() throws {
        let session = try Self.bothConnected()
        session.run("Get-TrustAuthorityAttestationService | Add-AttestationServiceInfo | Out-Null")
        let errors = session.errorMessages("Get-TrustAuthorityAttestationService | Add-AttestationServiceInfo")
        #expect(errors == ["Add-AttestationServiceInfo : " + LabError.serviceRegistrationExists("esxi-ta-01.vsphere.local:443").message])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_AlreadyExists,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.AddAttestationServiceInfo",
                                        "ResourceExists", "ViError"])
        #expect(Self.registrations(.attestation, session).map(\.id) == ["attestation-1"])
    }

    @Test func theOtherKindsObjectIsABindingErrorAndAHandMadeObjectIsRefused() throws {
        let session = try Self.bothConnected()
        #expect(session.errorMessages("Add-KeyProviderServiceInfo -KeyProviderService (Get-TrustAuthorityAttestationService)").count == 1)
        #expect(session.lastError()[1] == "InvalidArgument")
        let fake = "[pscustomobject]@{ PSTypeName = 'VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityAttestationService'; ServiceAddress = 'x' }"
        #expect(session.errorMessages("Add-AttestationServiceInfo -AttestationService (\(fake))")
            == ["Add-AttestationServiceInfo : The AttestationService parameter takes the objects Get-TrustAuthorityAttestationService returns."])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_InvalidArgument,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.AddAttestationServiceInfo",
                                        "InvalidArgument", "ViError"])
        #expect(Self.registrations(.attestation, session).isEmpty && Self.registrations(.keyProvider, session).isEmpty)
    }

    /// As Import-TrustAuthorityServicesInfo refuses a file of its own vCenter's cluster.
    @Test func theTrustAuthorityVCenterCannotRegisterItsOwnServices() throws {
        let session = try PowerCLITestShell.connected()
        let errors = session.errorMessages("Get-TrustAuthorityKeyProviderService | Add-KeyProviderServiceInfo -Server 192.168.210.22")
        #expect(errors.first?.hasPrefix("Add-KeyProviderServiceInfo : The KeyProviderServiceInfo 'esxi-ta-01.vsphere.local:443' is a service of a Trust Authority cluster of vCenter Server '192.168.210.22'") == true)
        #expect(session.lastError()[1] == "InvalidArgument")
        #expect(((try? session.lab.serviceRegistrations(.keyProvider, by: SessionUser(vCenter: "192.168.210.22", name: "trustedadmin@vsphere.local"))) ?? []).isEmpty)
    }

    @Test func whatIfRegistersNothingAndANonTrustedAdminIsRefused() throws {
        let session = try Self.bothConnected()
        let result = session.run("Get-TrustAuthorityAttestationService | Add-AttestationServiceInfo -WhatIf")
        #expect(result.output == ["What if: Performing the operation \"Add AttestationServiceInfo\" on target \"esxi-ta-01.vsphere.local:443\"."])
        #expect(Self.registrations(.attestation, session).isEmpty)
        session.run("$s = Get-TrustAuthorityAttestationService; Disconnect-VIServer -Server * -Confirm:$false")
        session.run("Connect-VIServer -Server \(Self.workload) -User administrator@vsphere.local -Password 'VMware1!' | Out-Null")
        let refused = session.errorMessages("$s | Add-AttestationServiceInfo")
        #expect(refused.count == 1)
        #expect(session.lastError()[1] == "PermissionDenied")
        #expect(Self.registrations(.attestation, session).isEmpty)
    }

    @Test func registeredServicesCanBeAppliedToTheTrustedCluster() throws {
        let session = try Self.bothConnected()
        let result = session.run("""
        $tc = Get-TrustedCluster 'Workload Cluster'
        $tc = Add-TrustedClusterAttestationServiceInfo -TrustedCluster $tc -AttestationServiceInfo (Get-TrustAuthorityAttestationService | Add-AttestationServiceInfo)
        $tc = Add-TrustedClusterKeyProviderServiceInfo -TrustedCluster $tc -KeyProviderServiceInfo (Get-TrustAuthorityKeyProviderService | Add-KeyProviderServiceInfo)
        $tc.AttestationServiceInfo.Id; $tc.KeyProviderServiceInfo.Id
        """)
        #expect(result.errors == [])
        #expect(result.output == ["attestation-1", "key-provider-2"])
    }
}
