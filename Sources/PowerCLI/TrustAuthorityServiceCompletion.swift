import ShellEngine
import TrustAuthority

/// Tab completion of what the Trust Authority side's cmdlets name that ``PowerCLICompletion`` does not know:
/// the imported principals, TPM CA certificates, endorsement keys and base images of the connected vCenter's
/// Trust Authority clusters, and their services' hosts and groups. Clusters and key providers complete by
/// their parameters' object types in ``PowerCLICompletion``.
final class TrustAuthorityServiceCompletion: ArgumentCompleter {
    private let session: PowerCLISession

    init(session: PowerCLISession) {
        self.session = session
    }

    enum Subject: Equatable {
        case principalNames, principalDomains, principalIssuers, principalIds
        case tpmCACertificateNames, endorsementKeyNames, baseImageNames, baseImageVersions
        case serviceHosts, serviceGroups
    }

    func completeArgument(_ request: ArgumentCompletionRequest) -> [String] {
        guard let subject = Self.subject(parameter: request.parameterName, command: request.commandName),
              let connection = session.connections.last else { return [] }
        let lab = session.lab
        let user = SessionUser(vCenter: connection.server, name: connection.user.name)
        // Completion never prints errors: a user who may not see the clusters gets no names.
        guard let clusters = try? lab.trustAuthorityClusters(by: user) else { return [] }
        var names: [String] = []
        for cluster in clusters {
            switch subject {
            case .serviceHosts, .serviceGroups:
                let services = (try? lab.trustAuthorityServices(of: cluster.id, kind: .attestation, by: user)) ?? []
                names += services.map { subject == .serviceHosts ? $0.address : $0.group }
            default:
                // Only the kind of item the parameter names: on a served lab each kind is its own list call.
                names += (try? Self.names(subject, of: cluster.id, in: lab, by: user)) ?? []
            }
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercased()).inserted }
    }

    private static func names(_ subject: Subject, of clusterId: String, in lab: Lab, by user: SessionUser) throws(LabError) -> [String] {
        switch subject {
        case .principalNames: return try lab.principals(of: clusterId, by: user).map(\.name)
        case .principalDomains: return try lab.principals(of: clusterId, by: user).map(\.domain)
        case .principalIssuers: return try lab.principals(of: clusterId, by: user).map(\.issuer)
        case .principalIds: return try lab.principals(of: clusterId, by: user).map(\.id)
        case .tpmCACertificateNames: return try lab.tpm2CACertificates(of: clusterId, by: user).map(\.name)
        case .endorsementKeyNames: return try lab.tpm2EndorsementKeys(of: clusterId, by: user).map(\.name)
        case .baseImageNames: return try lab.baseImages(of: clusterId, by: user).map(\.name)
        case .baseImageVersions: return try lab.baseImages(of: clusterId, by: user).map(\.imageVersion)
        case .serviceHosts, .serviceGroups: return []
        }
    }

    /// What a parameter of one of these cmdlets names, by the command's noun and the parameter's name.
    static func subject(parameter: String, command: String) -> Subject? {
        let noun = command.split(separator: "-", maxSplits: 1).last.map { $0.lowercased() } ?? ""
        switch (noun, parameter.lowercased()) {
        case ("trustauthorityprincipal", "name"): return .principalNames
        case ("trustauthorityprincipal", "domain"): return .principalDomains
        case ("trustauthorityprincipal", "issuer"): return .principalIssuers
        case ("trustauthorityprincipal", "id"): return .principalIds
        case ("trustauthoritytpm2cacertificate", "name") where command.lowercased().hasPrefix("get-"): return .tpmCACertificateNames
        case ("trustauthoritytpm2endorsementkey", "name") where command.lowercased().hasPrefix("get-"): return .endorsementKeyNames
        case ("trustauthorityvmhostbaseimage", "name"): return .baseImageNames
        case ("trustauthorityvmhostbaseimage", "vmhostversion"): return .baseImageVersions
        case ("trustauthorityattestationservice", "vmhost"), ("trustauthoritykeyproviderservice", "vmhost"),
             ("trustauthorityattestationservice", "serviceaddress"), ("trustauthoritykeyproviderservice", "serviceaddress"):
            return .serviceHosts
        case ("trustauthorityattestationservice", "servicegroup"), ("trustauthoritykeyproviderservice", "servicegroup"):
            return .serviceGroups
        default:
            return nil
        }
    }
}
