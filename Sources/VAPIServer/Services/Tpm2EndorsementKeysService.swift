import TrustAuthority
import VAPIWire

/// `attestation.tpm2.endorsement_keys`: list, create, delete and get, each a `$task`. The lab operations
/// New-/Get-/Remove-TrustAuthorityTpm2EndorsementKey call.
enum Tpm2EndorsementKeysService {
    static let id = ServiceName.tpm2EndorsementKeys
    static let path = TrustAuthorityClustersService.path + "/{cluster}/attestation/tpm2/endorsement-keys"
    static let type = "com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.attestation.tpm2.EndorsementKey"

    static let operations = [
        LabOperation(id, "list", task: true, rest: RESTRoute("GET", path), run: list),
        LabOperation(id, "create", task: true, rest: RESTRoute("POST", path, body: "spec"), run: create),
        LabOperation(id, "delete", task: true, rest: RESTRoute("DELETE", path + "/{name}"), run: delete),
        LabOperation(id, "get", task: true, rest: RESTRoute("GET", path + "/{name}"), run: get),
    ]

    static func list(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let keys = try call.attempt { () throws(LabError) in try call.lab.tpm2EndorsementKeys(of: cluster.id, by: call.sessionUser) }
        return LabAnswer(.list(keys.map { Tpm2Binding.keySummary($0, at: call.date) }))
    }

    static func create(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let key = try call.read { () throws(VAPIDecodingError) in try Tpm2Binding.endorsementKey(createSpec: try call.input.structure("spec")) }
        try call.attempt { () throws(LabError) in _ = try call.lab.importTpm2EndorsementKey(key, into: cluster.id, by: call.sessionUser) }
        return LabAnswer(.void, target: (type, key.name))
    }

    static func delete(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let name = try call.read { () throws(VAPIDecodingError) in try call.input.string("name") }
        try call.attempt { () throws(LabError) in try call.lab.removeTpm2EndorsementKey(name, from: cluster.id, by: call.sessionUser) }
        return LabAnswer(.void, target: (type, name))
    }

    static func get(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let name = try call.read { () throws(VAPIDecodingError) in try call.input.string("name") }
        let found = try call.attempt { () throws(LabError) in try call.lab.tpm2EndorsementKeys(of: cluster.id, named: [name], by: call.sessionUser) }
        guard let key = found.first else { throw EndpointError.lab(.endorsementKeyNotFound(name)) }
        return LabAnswer(Tpm2Binding.keyInfo(key, at: call.date), target: (type, key.name))
    }
}
