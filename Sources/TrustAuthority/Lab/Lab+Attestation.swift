import Foundation

/// Attestation of trusted hosts, computed from the lab's state each time (never stored). Every check can
/// fail for a real reason: the Trust Authority cluster's state, the imported principal and the verification
/// of its certificate chain, the endorsement key certificate's signature by an imported TPM CA (or the
/// imported key), the imported base images, and the trusted cluster's state and applied configuration.
/// What is shared by the hosts of a cluster is checked once per cluster, and every signature is checked
/// once per certificate (`SignatureMemo`), so attesting 2,000 hosts costs little more per host than a few
/// lookups.
extension Lab {
    /// Every host of every workload cluster of the user's vCenter.
    public func attestations(by user: SessionUser, at date: Date = Date()) throws(LabError) -> [HostAttestation] {
        let vCenter = try authorize(user)
        let workload = Set(vCenter.clusters.map { $0.id.lowercased() })
        return attest(hosts(on: vCenter.address).filter { workload.contains($0.clusterId.lowercased()) }, at: date)
    }

    /// Every host of the workload cluster `clusterId` (MoID, `TrustedCluster-…` id or name).
    public func attestations(ofTrustedCluster clusterId: String, by user: SessionUser, at date: Date = Date()) throws(LabError) -> [HostAttestation] {
        let (vCenter, cluster) = try authorize(user, trustedCluster: clusterId)
        return attest(hosts(on: vCenter.address, clusterId: cluster.id), at: date)
    }

    /// One host of a workload cluster of the user's vCenter (name or MoID).
    public func attestation(ofHost host: String, by user: SessionUser, at date: Date = Date()) throws(LabError) -> HostAttestation {
        let found = try self.host(host, by: user)
        guard let attestation = attest([found], at: date).first else { throw .hostNotFound(host: host, vCenter: found.vCenter) }
        return attestation
    }

    /// Several hosts of the user's vCenter (names or MoIDs), in the order given, attested together: the checks
    /// they share (cluster, principal, certificate chains) are made once, not once per host.
    public func attestations(ofHosts hosts: [String], by user: SessionUser, at date: Date = Date()) throws(LabError) -> [HostAttestation] {
        var found: [VMHost] = []
        for host in hosts { found.append(try self.host(host, by: user)) }
        return attest(found, at: date)
    }

    /// The attestation of `hosts` (workload hosts of any vCenter) at `date`, in their order.
    func attest(_ hosts: [VMHost], at date: Date) -> [HostAttestation] {
        let configurations = (try? configurations()) ?? LabConfigurations(trustAuthority: [], workload: [])
        var contexts: [String: AttestationContext] = [:]
        var principalChecks: [String: AttestationCheck] = [:]
        for host in hosts {
            let key = AttestationContext.key(host)
            if contexts[key] == nil {
                contexts[key] = makeContext(vCenter: host.vCenter, clusterId: host.clusterId, configurations, principalChecks: &principalChecks, at: date)
            }
        }
        let known = contexts
        let memo = signatureMemo
        let results = try? OrderedChunks<HostAttestation>.map(hosts, minimumPerChunk: 256) { host in
            guard let context = known[AttestationContext.key(host)] else {
                return HostAttestation(hostId: host.id, hostName: host.name, vCenter: host.vCenter, clusterId: host.clusterId, checks: [])
            }
            return context.attest(host, memo: memo, at: date)
        }
        return results ?? []
    }

    private func makeContext(vCenter address: String, clusterId: String, _ configurations: LabConfigurations,
                             principalChecks: inout [String: AttestationCheck], at date: Date) -> AttestationContext {
        let vCenter = self.vCenter(at: address)
        let record = vCenter?.clusters.first { $0.id.equalsIgnoringCase(clusterId) }
            ?? ClusterRecord(id: clusterId, name: clusterId, enabled: false)
        let workload = configurations.workload(vCenter: address)
        let trusted = Self.trustedCluster(record, workload)
        var context = AttestationContext(clusterName: record.name)
        context.trustedCluster = trustedClusterCheck(trusted)
        guard let source = trusted.source else {
            let missing = "No Trust Authority services information was imported for the cluster '\(record.name)'; import it with Import-TrustAuthorityServicesInfo."
            context.trustAuthorityCluster = AttestationCheck(kind: .trustAuthorityCluster, passed: false, reason: missing)
            context.principal = AttestationCheck(kind: .principal, passed: false, reason: missing)
            context.configuration = nil
            return context
        }
        let taCluster = self.vCenter(at: source.vCenter)?.trustAuthorityClusters.first { $0.id.equalsIgnoringCase(source.clusterId) }
        let label = "'\(source.clusterName)' (TrustAuthorityCluster-\(source.clusterId) on \(source.vCenter))"
        switch taCluster {
        case nil:
            context.trustAuthorityCluster = AttestationCheck(kind: .trustAuthorityCluster, passed: false,
                                                             reason: "The Trust Authority cluster \(label) no longer exists.")
        case let cluster? where !cluster.enabled:
            context.trustAuthorityCluster = AttestationCheck(
                kind: .trustAuthorityCluster, passed: false,
                reason: "The Trust Authority cluster \(label) is Disabled: its attestation service does not run. Enable it with Set-TrustAuthorityCluster -State Enabled.")
        default:
            context.trustAuthorityCluster = AttestationCheck(kind: .trustAuthorityCluster, passed: true,
                                                             reason: "The Trust Authority cluster \(label) is Enabled.")
        }
        let configuration = configurations.trustAuthority(vCenter: source.vCenter, clusterId: source.clusterId)
        let principalKey = "\(address.lowercased())|\(source.vCenter.lowercased())|\(source.clusterId.lowercased())"
        if let known = principalChecks[principalKey] {
            context.principal = known
        } else {
            let check = principalCheck(workloadVCenter: vCenter, configuration: configuration, label: label, at: date)
            principalChecks[principalKey] = check
            context.principal = check
        }
        context.configuration = configuration
        context.trustedIssuers = TrustedCAIndex(configuration.tpmCACertificates, at: date, memo: signatureMemo)
        context.endorsementKeys = Set(configuration.endorsementKeys.map(\.publicKey))
        context.baseImages = Set(configuration.baseImages.map { $0.imageVersion.lowercased() })
        context.trustAuthorityLabel = label
        return context
    }

    private func principalCheck(workloadVCenter vCenter: VCenter?, configuration: TrustAuthorityConfiguration, label: String,
                                at date: Date) -> AttestationCheck {
        guard let vCenter, let authority = authority(of: vCenter.address) else {
            return AttestationCheck(kind: .principal, passed: false, reason: "The workload vCenter Server has no signing certificate.")
        }
        let issuer = TrustedPrincipal.issuer(address: vCenter.address, domain: vCenter.ssoDomain)
        guard let principal = configuration.principals.first(where: { $0.issuer.equalsIgnoringCase(issuer) }) else {
            return AttestationCheck(
                kind: .principal, passed: false,
                reason: "The principal of vCenter Server '\(vCenter.address)' (issuer '\(issuer)') is not imported into the Trust Authority cluster \(label). Export it with Export-TrustedPrincipal and import it with New-TrustAuthorityPrincipal.")
        }
        if let problem = CertificateChain.problem(principal.certificateChain, at: date, signatures: signatureMemo) {
            return AttestationCheck(kind: .principal, passed: false,
                                    reason: "The certificate chain of the imported principal of '\(vCenter.address)' does not verify: \(problem).")
        }
        guard principal.certificateChain.first == authority.signingCertificate.certificate else {
            return AttestationCheck(
                kind: .principal, passed: false,
                reason: "The imported principal of '\(vCenter.address)' is not signed with the vCenter's current token signing certificate (thumbprint \(authority.signingCertificate.certificate.thumbprint)). Export and import the principal again.")
        }
        return AttestationCheck(kind: .principal, passed: true,
                                reason: "The principal of '\(vCenter.address)' is imported into the Trust Authority cluster \(label) and its certificate chain verifies.")
    }

    private func trustedClusterCheck(_ trusted: TrustedCluster) -> AttestationCheck {
        let name = trusted.cluster.name
        guard trusted.cluster.enabled else {
            return AttestationCheck(kind: .trustedCluster, passed: false,
                                    reason: "The trusted cluster '\(name)' is Disabled. Enable it with Set-TrustedCluster -State Enabled.")
        }
        let status = Self.appliedStatus(trusted)
        guard status.health == .ok else {
            return AttestationCheck(kind: .trustedCluster, passed: false,
                                    reason: "The applied configuration of the trusted cluster '\(name)' is not its desired state: "
                                        + status.details.joined(separator: " ") + " Remediate the cluster.")
        }
        guard !trusted.attestationServices.isEmpty else {
            return AttestationCheck(kind: .trustedCluster, passed: false, reason: "The trusted cluster '\(name)' has no attestation service applied.")
        }
        return AttestationCheck(kind: .trustedCluster, passed: true,
                                reason: "The trusted cluster '\(name)' is Enabled and its applied configuration is its desired state.")
    }
}

/// What the hosts of one workload cluster share in attestation, worked out once for all of them.
struct AttestationContext: Sendable {
    var clusterName: String
    var trustAuthorityCluster = AttestationCheck(kind: .trustAuthorityCluster, passed: false, reason: "")
    var principal = AttestationCheck(kind: .principal, passed: false, reason: "")
    var trustedCluster = AttestationCheck(kind: .trustedCluster, passed: false, reason: "")
    var configuration: TrustAuthorityConfiguration?
    var trustedIssuers = TrustedCAIndex()
    var endorsementKeys: Set<[UInt8]> = []
    var baseImages: Set<String> = []
    var trustAuthorityLabel = ""

    static func key(_ host: VMHost) -> String { "\(host.vCenter.lowercased())|\(host.clusterId.lowercased())" }

    /// The host's own checks (endorsement key, base image) with the cluster's shared ones, in check order.
    func attest(_ host: VMHost, memo: SignatureMemo, at date: Date) -> HostAttestation {
        let checks = [trustAuthorityCluster, principal, endorsementKeyCheck(host, memo: memo, at: date), baseImageCheck(host), trustedCluster]
        return HostAttestation(hostId: host.id, hostName: host.name, vCenter: host.vCenter, clusterId: host.clusterId, checks: checks)
    }

    private func endorsementKeyCheck(_ host: VMHost, memo: SignatureMemo, at date: Date) -> AttestationCheck {
        guard let configuration else {
            return AttestationCheck(kind: .endorsementKey, passed: false,
                                    reason: "No Trust Authority cluster judges the host's TPM: no services information was imported for its cluster.")
        }
        guard let tpm = host.tpm else {
            return AttestationCheck(kind: .endorsementKey, passed: false, reason: "The host '\(host.name)' has no TPM 2.0 chip.")
        }
        let settings = configuration.attestationSettings
        var reasons: [String] = []
        var failures: [String] = []
        if settings.requireCertificateValidation {
            if let certificate = tpm.endorsementKey.certificate {
                switch trustedIssuers.verdict(certificate, memo: memo, at: date) {
                case .trusted(let name):
                    reasons.append("its endorsement key certificate was issued by the imported TPM CA certificate '\(name)'")
                case .untrusted(let why):
                    failures.append(why)
                }
            } else {
                failures.append("its endorsement key has no certificate to validate")
            }
        }
        if settings.requireEndorsementKey {
            if endorsementKeys.contains(tpm.endorsementKey.publicKey) {
                reasons.append("its endorsement key is imported")
            } else {
                failures.append("its endorsement key is not imported into the Trust Authority cluster \(trustAuthorityLabel) (New-TrustAuthorityTpm2EndorsementKey)")
            }
        }
        if !failures.isEmpty {
            return AttestationCheck(kind: .endorsementKey, passed: false,
                                    reason: "The TPM 2.0 of '\(host.name)' is not trusted: " + failures.joined(separator: "; ") + ".")
        }
        if reasons.isEmpty { reasons.append("the attestation settings require neither certificate validation nor imported endorsement keys") }
        return AttestationCheck(kind: .endorsementKey, passed: true, reason: "The TPM 2.0 of '\(host.name)' is trusted: " + reasons.joined(separator: "; ") + ".")
    }

    private func baseImageCheck(_ host: VMHost) -> AttestationCheck {
        guard configuration != nil else {
            return AttestationCheck(kind: .baseImage, passed: false,
                                    reason: "No Trust Authority cluster judges the host's image: no services information was imported for its cluster.")
        }
        guard baseImages.contains(host.imageVersion.lowercased()) else {
            return AttestationCheck(
                kind: .baseImage, passed: false,
                reason: "ESXi \(host.imageVersion) of '\(host.name)' is not an imported base image of the Trust Authority cluster \(trustAuthorityLabel). Export it with Export-VMHostImageDb and import it with New-TrustAuthorityVMHostBaseImage.")
        }
        return AttestationCheck(kind: .baseImage, passed: true, reason: "ESXi \(host.imageVersion) of '\(host.name)' is an imported base image.")
    }
}
