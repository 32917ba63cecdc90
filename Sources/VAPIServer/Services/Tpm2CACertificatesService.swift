import TrustAuthority
import VAPIWire

/// `attestation.tpm2.ca_certificates`: list, create, delete and get, each a `$task`. The lab operations
/// New-/Get-/Remove-TrustAuthorityTpm2CACertificate call (the chain is checked and stored the same way).
enum Tpm2CACertificatesService {
    static let id = ServiceName.tpm2CACertificates
    static let path = TrustAuthorityClustersService.path + "/{cluster}/attestation/tpm2/ca-certificates"
    static let type = "com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.attestation.tpm2.CaCertificate"

    static let operations = [
        LabOperation(id, "list", task: true, rest: RESTRoute("GET", path), run: list),
        LabOperation(id, "create", task: true, rest: RESTRoute("POST", path, body: "spec"), run: create),
        LabOperation(id, "delete", task: true, rest: RESTRoute("DELETE", path + "/{name}"), run: delete),
        LabOperation(id, "get", task: true, rest: RESTRoute("GET", path + "/{name}"), run: get),
    ]

    static func list(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let certificates = try call.attempt { () throws(LabError) in try call.lab.tpm2CACertificates(of: cluster.id, by: call.sessionUser) }
        return LabAnswer(.list(certificates.map { Tpm2Binding.caSummary($0, at: call.date) }))
    }

    static func create(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let certificate = try call.read { () throws(VAPIDecodingError) in try Tpm2Binding.caCertificate(createSpec: try call.input.structure("spec")) }
        try call.attempt { () throws(LabError) in
            _ = try call.lab.importTpm2CACertificate(certificate, into: cluster.id, by: call.sessionUser, at: call.date)
        }
        return LabAnswer(.void, target: (type, certificate.name))
    }

    static func delete(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let name = try call.read { () throws(VAPIDecodingError) in try call.input.string("name") }
        try call.attempt { () throws(LabError) in try call.lab.removeTpm2CACertificate(name, from: cluster.id, by: call.sessionUser) }
        return LabAnswer(.void, target: (type, name))
    }

    static func get(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let name = try call.read { () throws(VAPIDecodingError) in try call.input.string("name") }
        let found = try call.attempt { () throws(LabError) in try call.lab.tpm2CACertificates(of: cluster.id, named: [name], by: call.sessionUser) }
        guard let certificate = found.first else { throw EndpointError.lab(.tpmCACertificateNotFound(name)) }
        return LabAnswer(Tpm2Binding.caInfo(certificate, at: call.date), target: (type, certificate.name))
    }
}
