import Foundation
import TrustAuthority
import VAPIWire

/// One operation of a Trust Authority service, bound to the lab: how it is named on the wire and what
/// it asks of the lab. Runs on the lab's queue (see `LabGate`), so `run` may use the lab freely.
struct LabOperation: Sendable {
    let service: String
    /// The operation's name without `$task` (`get`, `create`).
    let name: String
    /// Served as `name$task` and polled through `com.vmware.cis.tasks` (the SDK knows no other form).
    let isTask: Bool
    let rest: RESTRoute?
    /// Trust Authority operations are for TrustedAdmins, as every Trust Authority cmdlet checks.
    let requiresTrustedAdmin: Bool
    let run: @Sendable (LabCall) throws(VAPIError) -> LabAnswer

    init(_ service: String, _ name: String, task: Bool, rest: RESTRoute?, requiresTrustedAdmin: Bool = true,
         run: @escaping @Sendable (LabCall) throws(VAPIError) -> LabAnswer) {
        self.service = service
        self.name = name
        isTask = task
        self.rest = rest
        self.requiresTrustedAdmin = requiresTrustedAdmin
        self.run = run
    }

    /// The id a JSON-RPC request names (`get$task`).
    var wireName: String { isTask ? name + "$task" : name }
}

/// What an operation returned, and the object it acted on (a task's `target`).
struct LabAnswer: Sendable {
    var value: VAPIValue
    var target: (type: String, id: String)?

    init(_ value: VAPIValue, target: (type: String, id: String)? = nil) {
        self.value = value
        self.target = target
    }

    static let void = LabAnswer(.void)
}

/// An operation's call: the lab, the input, who asks, and which vCenter the endpoint is.
struct LabCall {
    let lab: Lab
    let input: VAPIInput
    let user: SignedInUser
    let date: Date

    var vCenter: String { user.vCenter }

    static let providerType = "com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.kms.Provider"
    static let clusterType = "ClusterComputeResource"

    /// The Trust Authority cluster the input's `cluster` names.
    func cluster() throws(VAPIError) -> ClusterRecord {
        let id = try read { () throws(VAPIDecodingError) in try input.string("cluster") }
        do {
            return try lab.trustAuthorityCluster(id: id, at: vCenter)
        } catch {
            throw EndpointError.lookup(error)
        }
    }

    /// The key provider the input's `provider` names, in the input's cluster.
    func provider() throws(VAPIError) -> (ClusterRecord, KeyProvider) {
        let cluster = try cluster()
        let name = try read { () throws(VAPIDecodingError) in try input.string("provider") }
        guard let provider = try attempt({ () throws(LabError) in try lab.provider(named: name, in: cluster) }) else {
            throw EndpointError.lookup(.providerNotFound(name))
        }
        return (cluster, provider)
    }

    /// Reads input; a malformed field is InvalidArgument.
    func read<Value>(_ body: () throws(VAPIDecodingError) -> Value) throws(VAPIError) -> Value {
        do {
            return try body()
        } catch {
            throw EndpointError.input(error)
        }
    }

    /// Runs a lab operation; its refusal becomes the matching std error with the lab's message.
    func attempt<Value>(_ body: () throws(LabError) -> Value) throws(VAPIError) -> Value {
        do {
            return try body()
        } catch {
            throw EndpointError.lab(error)
        }
    }

    /// The provider's `$kp.Status` as the cmdlets compute it (after the lab's status refresh delay).
    func status(of provider: KeyProvider) -> ProviderStatus {
        lab.status(of: lab.statusSubject(provider, at: date), at: date)
    }
}
