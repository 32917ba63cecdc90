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
                guard let configuration = try? lab.trustAuthorityConfiguration(of: cluster.id, by: user) else { continue }
                names += Self.names(subject, in: configuration)
            }
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercased()).inserted }
    }

    private static func names(_ subject: Subject, in configuration: TrustAuthorityConfiguration) -> [String] {
        switch subject {
        case .principalNames: return configuration.principals.map(\.name)
        case .principalDomains: return configuration.principals.map(\.domain)
        case .principalIssuers: return configuration.principals.map(\.issuer)
        case .principalIds: return configuration.principals.map(\.id)
        case .tpmCACertificateNames: return configuration.tpmCACertificates.map(\.name)
        case .endorsementKeyNames: return configuration.endorsementKeys.map(\.name)
        case .baseImageNames: return configuration.baseImages.map(\.name)
        case .baseImageVersions: return configuration.baseImages.map(\.imageVersion)
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
