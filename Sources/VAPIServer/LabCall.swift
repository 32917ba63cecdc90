import Foundation
import TrustAuthority
import VAPIWire

/// An operation's call: the lab, the input, who asks, and which vCenter the endpoint is.
struct LabCall {
    let lab: Lab
    let input: VAPIInput
    let user: SignedInUser
    let date: Date

    var vCenter: String { user.vCenter }

    /// The signed-in user as the lab's authorized operations take it (the TrustedAdmins rule is theirs too).
    var sessionUser: SessionUser { SessionUser(vCenter: user.vCenter, name: "\(user.user.name)@\(user.ssoDomain)") }

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
