import ShellEngine
import TrustAuthority

/// Tab completion of the workload cmdlets' lab names: servers (`-Server` of every cmdlet but the VIServer
/// ones, which PowerCLICompletion completes), hosts, clusters, datacenters, virtual machines and containers
/// of the connected vCenters (of every vCenter of the lab before any connection).
final class WorkloadCompletion: ArgumentCompleter {
    private let session: PowerCLISession

    init(session: PowerCLISession) {
        self.session = session
    }

    static func register(in shell: Shell) {
        guard let session = shell.moduleState[PowerCLISession.stateKey] as? PowerCLISession else { return }
        ArgumentCompleters.of(shell).register(WorkloadCompletion(session: session))
    }

    enum Subject: Equatable {
        case servers, hosts, clusters, workloadClusters, datacenters, virtualMachines, containers
    }

    func completeArgument(_ request: ArgumentCompletionRequest) -> [String] {
        guard let subject = Self.subject(of: request) else { return [] }
        let lab = session.lab
        let vCenters = session.connections.isEmpty ? lab.vCenters.map(\.address)
            : session.connections.map(\.vCenter).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        switch subject {
        case .servers:
            let connected = session.connections.map(\.server)
            return connected + lab.vCenters.map(\.address).filter { !connected.contains($0) }
        case .hosts:
            return vCenters.flatMap { lab.hosts(on: $0).map(\.name) }
        case .clusters:
            return vCenters.flatMap { lab.clusters(on: $0).map(\.name) }
        case .workloadClusters:
            return vCenters.flatMap { lab.vCenter(at: $0)?.clusters.map(\.name) ?? [] }
        case .datacenters:
            return vCenters.flatMap { lab.datacenters(on: $0).map(\.name) }
        case .virtualMachines:
            return vCenters.flatMap { lab.virtualMachines(on: $0).map(\.virtualMachine.name) }
        case .containers:
            return vCenters.flatMap { address in
                lab.datacenters(on: address).map(\.name) + lab.clusters(on: address).map(\.name) + lab.hosts(on: address).map(\.name)
            }
        }
    }

    static func subject(of request: ArgumentCompletionRequest) -> Subject? {
        let parameter = request.parameterName.lowercased()
        let noun = request.commandName.split(separator: "-", maxSplits: 1).last.map { $0.lowercased() } ?? ""
        switch parameter {
        case "server" where noun != "viserver": return .servers
        // The Trust Authority cmdlets' -VMHost names Trust Authority hosts: TrustAuthorityServiceCompletion completes it.
        case "vmhost" where !noun.hasPrefix("trustauthority"): return .hosts
        case "location": return .containers
        case "trustedcluster": return .workloadClusters
        case "cluster" where !noun.hasPrefix("trustauthority"): return .clusters
        case "name":
            switch noun {
            case "vmhost": return .hosts
            case "cluster": return .clusters
            case "trustedcluster": return .workloadClusters
            case "datacenter": return .datacenters
            case "vm": return .virtualMachines
            default: return nil
            }
        default: return nil
        }
    }
}
