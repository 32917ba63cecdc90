import TrustAuthority
import VAPIWire

/// `attestation.tpm2.settings`: get and update, each a `$task`. The lab operations
/// Get-/Set-TrustAuthorityTpm2AttestationSettings call.
enum Tpm2SettingsService {
    static let id = ServiceName.tpm2Settings
    static let path = TrustAuthorityClustersService.path + "/{cluster}/attestation/tpm2/settings"

    static let operations = [
        LabOperation(id, "get", task: true, rest: RESTRoute("GET", path), run: get),
        LabOperation(id, "update", task: true, rest: RESTRoute("PATCH", path, body: "spec"), run: update),
    ]

    static func get(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let settings = try call.attempt { () throws(LabError) in try call.lab.tpm2AttestationSettings(of: cluster.id, by: call.sessionUser) }
        return LabAnswer(Tpm2Binding.settingsInfo(settings), target: (LabCall.clusterType, cluster.id))
    }

    static func update(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let change = try call.read { () throws(VAPIDecodingError) in try Tpm2Binding.settings(updateSpec: try call.input.structure("spec")) }
        try call.attempt { () throws(LabError) in
            _ = try call.lab.setTpm2AttestationSettings(of: cluster.id, requireEndorsementKey: change.requireEndorsementKey,
                                                        requireCertificateValidation: change.requireCertificateValidation, by: call.sessionUser)
        }
        return LabAnswer(.void, target: (LabCall.clusterType, cluster.id))
    }
}
