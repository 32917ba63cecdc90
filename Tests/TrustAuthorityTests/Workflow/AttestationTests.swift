import Foundation
import Testing
@testable import TrustAuthority

/// Attestation is computed from the lab's state: after the whole procedure every host passes, and for each
/// check there is a lab in which only that check fails and the host's result names it.
@Suite struct AttestationTests {
    static let allChecks = AttestationCheck.Kind.allCases

    @Test func afterTheWholeProcedureEveryHostPassesEveryCheck() throws {
        let workflow = try WorkflowLab.configured()
        let attestations = try workflow.attestations()
        #expect(attestations.map(\.hostName) == WorkflowLab.hosts)
        #expect(attestations.allSatisfy { $0.status == .passed })
        #expect(attestations.allSatisfy { $0.checks.map(\.kind) == Self.allChecks })
        #expect(attestations.allSatisfy { $0.reason.isEmpty })
    }

    @Test func aFreshLabAttestsNoHostAndSaysNothingWasImported() throws {
        let attestations = try WorkflowLab.fresh().attestations()
        #expect(attestations.count == 3)
        #expect(attestations.allSatisfy { $0.status == .failed })
        let first = try #require(attestations.first)
        #expect(first.failedChecks.map(\.kind) == Self.allChecks)
        #expect(first.reason.contains("Import-TrustAuthorityServicesInfo"))
    }

    @Test func aDisabledTrustAuthorityClusterFailsOnlyThatCheck() throws {
        let workflow = try WorkflowLab.configured()
        try workflow.lab.setTrustAuthorityClusterState(WorkflowLab.cluster, enabled: false, by: WorkflowLab.taAdmin)
        #expect(try workflow.failedChecks() == Array(repeating: [.trustAuthorityCluster], count: 3))
        let reason = try #require(try workflow.attestations().first?.failedChecks.first?.reason)
        #expect(reason.contains("'vTA Cluster'") && reason.contains("Disabled"))
    }

    @Test func aRemovedPrincipalFailsOnlyThePrincipalCheck() throws {
        let workflow = try WorkflowLab.configured()
        let principal = try #require(try workflow.lab.principals(of: WorkflowLab.cluster, by: WorkflowLab.taAdmin).first)
        try workflow.lab.removePrincipal(principal.id, from: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
        #expect(try workflow.failedChecks() == Array(repeating: [.principal], count: 3))
        #expect(try workflow.attestations().first?.reason.contains("New-TrustAuthorityPrincipal") == true)
    }

    /// The vCenter's CA and signing certificate last 10 years, the TPM CA 25 and the endorsement keys 20:
    /// eleven years on, only the principal's chain fails to verify (a real validity check of the chain).
    @Test func anExpiredPrincipalChainFailsOnlyThePrincipalCheck() throws {
        let workflow = try WorkflowLab.configured()
        let later = Date().addingTimeInterval(11 * 365 * 86_400)
        #expect(try workflow.failedChecks(at: later) == Array(repeating: [.principal], count: 3))
        let reason = try #require(try workflow.attestations(at: later).first?.failedChecks.first?.reason)
        #expect(reason.contains("does not verify") && reason.contains("expired"))
    }

    @Test func aRemovedTPMCACertificateFailsOnlyTheEndorsementKeyCheck() throws {
        let workflow = try WorkflowLab.configured()
        let certificate = try #require(try workflow.lab.tpm2CACertificates(of: WorkflowLab.cluster, by: WorkflowLab.taAdmin).first)
        try workflow.lab.removeTpm2CACertificate(certificate.name, from: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
        #expect(try workflow.failedChecks() == Array(repeating: [.endorsementKey], count: 3))
        #expect(try workflow.attestations().first?.reason.contains("not an imported TPM CA certificate") == true)
    }

    /// A CA with the manufacturer's very name but another key: the endorsement key certificates name it as
    /// their issuer, and only the signature check tells them apart.
    @Test func aTPMCAWithTheRightNameButAnotherKeyFailsOnTheSignature() throws {
        let workflow = try WorkflowLab.configured()
        let lab = workflow.lab
        let genuine = try #require(try lab.tpm2CACertificates(of: WorkflowLab.cluster, by: WorkflowLab.taAdmin).first)
        try lab.removeTpm2CACertificate(genuine.name, from: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
        let name = try #require(lab.tpmManufacturers.first?.name)
        let impostor = try CertificateAuthority.generate(
            subject: CertificateSubject(commonName: "\(name) EK Root CA", organization: name, country: "US"), algorithm: .p256)
        #expect(impostor.certificate.subject == genuine.certificateChain[0].subject)
        try lab.importTpm2CACertificate(Tpm2CACertificate(name: "impostor", certificateChain: [impostor.certificate]),
                                        into: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
        #expect(try workflow.failedChecks() == Array(repeating: [.endorsementKey], count: 3))
        #expect(try workflow.attestations().first?.reason.contains("no imported TPM CA certificate of that name signed it") == true)
    }

    @Test func requiredEndorsementKeysFailOnlyTheEndorsementKeyCheckUntilImported() throws {
        let workflow = try WorkflowLab.configured()
        let lab = workflow.lab
        try lab.setTpm2AttestationSettings(of: WorkflowLab.cluster, requireEndorsementKey: true, by: WorkflowLab.taAdmin)
        #expect(try workflow.failedChecks() == Array(repeating: [.endorsementKey], count: 3))
        // One host's key imported: that host passes, the others still fail.
        let key = try lab.endorsementKey(ofHost: WorkflowLab.hosts[1], by: WorkflowLab.workloadAdmin)
        try lab.importTpm2EndorsementKey(try Tpm2EndorsementKey(pem: key.pem, name: "ek-02", source: "file 'ek.pem'"),
                                         into: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
        #expect(try workflow.failedChecks() == [[.endorsementKey], [], [.endorsementKey]])
        // Without certificate validation the imported key alone is enough, the CA alone is not.
        try lab.setTpm2AttestationSettings(of: WorkflowLab.cluster, requireCertificateValidation: false, by: WorkflowLab.taAdmin)
        #expect(try workflow.failedChecks() == [[.endorsementKey], [], [.endorsementKey]])
    }

    @Test func aRemovedBaseImageFailsOnlyTheBaseImageCheck() throws {
        let workflow = try WorkflowLab.configured()
        try workflow.lab.removeBaseImage("7.0.3-21930508", from: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
        #expect(try workflow.failedChecks() == Array(repeating: [.baseImage], count: 3))
        #expect(try workflow.attestations().first?.reason.contains("ESXi 7.0.3-21930508") == true)
    }

    /// A host patched to another build than the imported image fails alone, the others still pass.
    @Test func aHostOnAnotherBuildFailsOnlyTheBaseImageCheck() throws {
        var definition = LabDefinition.default
        let index = try #require(definition.hosts.firstIndex { $0.name == WorkflowLab.hosts[2] })
        definition.hosts[index].build = "22348816"
        let workflow = try WorkflowLab.fresh(definition: definition)
        try workflow.configure()
        #expect(try workflow.failedChecks() == [[], [], [.baseImage]])
    }

    @Test func aDisabledTrustedClusterFailsOnlyTheTrustedClusterCheck() throws {
        let workflow = try WorkflowLab.configured()
        try workflow.lab.setTrustedClusterState(WorkflowLab.trustedCluster, enabled: false, by: WorkflowLab.workloadAdmin)
        #expect(try workflow.failedChecks() == Array(repeating: [.trustedCluster], count: 3))
        #expect(try workflow.attestations().first?.reason.contains("Set-TrustedCluster -State Enabled") == true)
    }

    @Test func anAppliedConfigurationThatDriftedFailsOnlyTheTrustedClusterCheckUntilRemediated() throws {
        let workflow = try WorkflowLab.configured()
        let lab = workflow.lab
        let applied = try lab.trustedCluster(WorkflowLab.trustedCluster, by: WorkflowLab.workloadAdmin).keyProviderServices
        let service = try #require(applied.first)
        try lab.unapplyService(service.id, kind: .keyProvider, fromTrustedCluster: WorkflowLab.trustedCluster, by: WorkflowLab.workloadAdmin)
        #expect(try workflow.failedChecks() == Array(repeating: [.trustedCluster], count: 3))
        #expect(try workflow.attestations().first?.reason.contains("desired state but not applied") == true)
        let status = try lab.remediateTrustedCluster(WorkflowLab.trustedCluster, by: WorkflowLab.workloadAdmin)
        #expect(status.health == .ok)
        #expect(try workflow.failedChecks() == Array(repeating: [], count: 3))
    }

    @Test func aHostWithoutATPMNeverAttests() throws {
        var definition = LabDefinition.default
        let index = try #require(definition.hosts.firstIndex { $0.name == WorkflowLab.hosts[2] })
        definition.hosts[index].tpmManufacturer = nil
        let workflow = try WorkflowLab.fresh(definition: definition)
        try workflow.configure()
        #expect(try workflow.failedChecks() == [[], [], [.endorsementKey]])
        #expect(try workflow.attestations().last?.reason.contains("no TPM 2.0 chip") == true)
        #expect(throws: LabError.noTPM(host: WorkflowLab.hosts[2])) {
            try workflow.lab.endorsementKey(ofHost: WorkflowLab.hosts[2], by: WorkflowLab.workloadAdmin)
        }
    }

    /// Signatures are checked once per certificate, not once per host and per run.
    @Test func signaturesAreCheckedOncePerCertificate() throws {
        let workflow = try WorkflowLab.configured()
        let before = workflow.lab.signatureMemo.checkCount
        _ = try workflow.attestations()
        let first = workflow.lab.signatureMemo.checkCount - before
        // The principal's chain and the TPM CA were checked at import, the first host's endorsement key
        // certificate when its CA was looked up (Export-Tpm2CACertificate): the other two remain.
        #expect(first == 2)
        _ = try workflow.attestations()
        #expect(workflow.lab.signatureMemo.checkCount - before == first)
    }

    @Test func oneHostAndOneClusterAreAttestedAlone() throws {
        let workflow = try WorkflowLab.configured()
        let one = try workflow.lab.attestation(ofHost: "host-13", by: WorkflowLab.workloadAdmin)
        #expect(one.hostName == WorkflowLab.hosts[1] && one.status == .passed)
        let cluster = try workflow.lab.attestations(ofTrustedCluster: "Workload Cluster", by: WorkflowLab.workloadAdmin)
        #expect(cluster.map(\.hostId) == ["host-12", "host-13", "host-14"])
        #expect(throws: LabError.hostNotFound(host: "esxi-ta-01.vsphere.local", vCenter: WorkflowLab.workloadVCenter)) {
            try workflow.lab.attestation(ofHost: "esxi-ta-01.vsphere.local", by: WorkflowLab.workloadAdmin)
        }
    }

    /// Several hosts in one call keep the order given, name or MoID (`HostSystem-` form too), and equal the
    /// attestations made one by one; a host of another vCenter is not found.
    @Test func severalHostsAreAttestedTogetherInTheOrderGiven() throws {
        let workflow = try WorkflowLab.configured()
        let user = WorkflowLab.workloadAdmin
        let together = try workflow.lab.attestations(ofHosts: ["esxi-03.vsphere.local", "HostSystem-host-12", "host-13"], by: user)
        #expect(together.map(\.hostId) == ["host-14", "host-12", "host-13"])
        let alone = try ["host-14", "host-12", "host-13"].map { try workflow.lab.attestation(ofHost: $0, by: user) }
        #expect(together == alone)
        #expect(throws: LabError.hostNotFound(host: "esxi-ta-01.vsphere.local", vCenter: WorkflowLab.workloadVCenter)) {
            try workflow.lab.attestations(ofHosts: ["host-12", "esxi-ta-01.vsphere.local"], by: user)
        }
    }
}
