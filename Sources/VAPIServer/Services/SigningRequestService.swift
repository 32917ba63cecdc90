import TrustAuthority
import VAPIWire

/// `client_certificate.csr`: create$task (a new key and PKCS#10 request) and get$task.
enum SigningRequestService {
    static let id = ServiceName.signingRequest
    static let path = ClientCertificateService.path + "/csr"

    static let operations = [
        LabOperation(id, "create", task: true, rest: RESTRoute("POST", path), run: create),
        LabOperation(id, "get", task: true, rest: RESTRoute("GET", path), run: get),
    ]

    static func create(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let (_, provider) = try call.provider()
        let request = try call.attempt { () throws(LabError) in try call.lab.createSigningRequest(provider: provider.name) }
        return LabAnswer(CertificateBinding.signingRequestInfo(request), target: (LabCall.providerType, provider.name))
    }

    static func get(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let (_, provider) = try call.provider()
        guard let request = provider.signingRequest else { throw EndpointError.lookup(.noSigningRequest(provider.name)) }
        return LabAnswer(CertificateBinding.signingRequestInfo(request), target: (LabCall.providerType, provider.name))
    }
}
