import ShellEngine
import TrustAuthority

/// Tab completion of lab object names for PowerCLI parameters: Trust Authority clusters, key
/// providers, their KMIP servers, key server addresses (also the lab cmdlets' `-KeyServer`) and vCenter addresses.
public final class PowerCLICompletion: ArgumentCompleter {
    private let session: PowerCLISession

    init(session: PowerCLISession) {
        self.session = session
    }

    /// Registers the completer for the PowerCLI session installed in `shell` (call after
    /// ``PowerCLISession/install(into:lab:)``); does nothing when PowerCLI is not installed.
    public static func register(in shell: Shell) {
        guard let session = shell.moduleState[PowerCLISession.stateKey] as? PowerCLISession else { return }
        ArgumentCompleters.of(shell).register(PowerCLICompletion(session: session))
    }

    /// The kinds of lab objects a parameter names.
    enum Subject: Equatable {
        case clusters, keyProviders, keyProviderServers, keyServerAddresses, vCenterAddresses
    }

    public func completeArgument(_ request: ArgumentCompletionRequest) -> [String] {
        guard let subject = Self.subject(of: request) else { return [] }
        let lab = session.lab
        // Unfiltered: the engine matches the typed prefix (case-insensitively) and caps the list.
        switch subject {
        case .clusters:
            // On a served vCenter its clusters are the served lab's (`trust_authority_clusters.list`, `cluster.list`).
            if lab.endpoint != nil { return lab.trustAuthorityClusters(at: "").map(\.name) }
            // Connected: that vCenter's clusters, as the cmdlets resolve them; else every cluster.
            // With several default servers, the one the Trust Authority cmdlets resolve clusters on.
            let connection = session.connections.last { !(lab.vCenter(at: $0.vCenter)?.trustAuthorityClusters.isEmpty ?? true) } ?? session.connections.last
            let vCenters = connection.flatMap { lab.vCenter(at: $0.vCenter) }.map { [$0] } ?? lab.vCenters
            return vCenters.flatMap { $0.trustAuthorityClusters.map(\.name) }
        case .keyProviders:
            // Names only: a lab may hold thousands of providers, and decoding each one would cost a Tab press.
            // A plain prefix is a range over the name index; a wildcard is left to the engine's matching.
            return request.prefix.contains(where: { "*?[`".contains($0) }) ? lab.providerNames()
                : lab.providerNames(startingWith: request.prefix)
        case .keyProviderServers:
            return lab.providerServerNames()
        case .keyServerAddresses:
            return lab.keyServers.map(\.address)
        case .vCenterAddresses:
            return lab.vCenters.map(\.address)
        }
    }

    /// What the parameter names: by its object type first, then by its name and the command's noun.
    static func subject(of request: ArgumentCompletionRequest) -> Subject? {
        var type = request.parameterType
        if case .array(let element)? = type { type = element }
        if case .object(let typeName, _)? = type {
            switch typeName {
            case PowerCLIObjects.clusterType: return .clusters
            case PowerCLIObjects.providerType: return .keyProviders
            case PowerCLIObjects.serverType: return .keyProviderServers
            default: break
            }
        }
        let parameter = request.parameterName.lowercased()
        let noun = request.commandName.split(separator: "-", maxSplits: 1).last.map { $0.lowercased() } ?? ""
        switch parameter {
        case "trustauthoritycluster", "cluster": return .clusters
        case "keyprovider", "trustauthoritykeyprovider": return .keyProviders
        case "kmipserveraddress", "address", "serveraddress": return .keyServerAddresses
        // The lab (key server administrator) cmdlets act on simulated key servers, the ones listed here.
        case "keyserver" where noun.hasPrefix("labkeyserver"): return .keyServerAddresses
        case "kmipservername", "keyproviderserver": return .keyProviderServers
        case "server" where noun == "viserver": return .vCenterAddresses
        case "name":
            switch noun {
            case "trustauthoritycluster": return .clusters
            case "trustauthoritykeyprovider": return .keyProviders
            case "trustauthoritykeyproviderserver": return .keyProviderServers
            default: return nil
            }
        default:
            return nil
        }
    }
}
