import TrustAuthority
import VAPIWire

/// `providers.client_certificate`: create$task (self-signed, made in vCenter), get$task, update$task
/// (a certificate signed for the CSR, or a KMS-issued certificate with its private key).
enum ClientCertificateService {
    static let id = ServiceName.clientCertificate
    static let path = ProvidersService.path + "/{provider}/client-certificate"

    static let operations = [
        LabOperation(id, "create", task: true, rest: RESTRoute("POST", path), run: create),
        LabOperation(id, "get", task: true, rest: RESTRoute("GET", path), run: get),
        LabOperation(id, "update", task: true, rest: RESTRoute("PATCH", path, body: "spec"), run: update),
    ]

    static func create(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let (_, provider) = try call.provider()
        _ = try call.attempt { () throws(LabError) in try call.lab.createSelfSignedClientCertificate(provider: provider.name) }
        return LabAnswer(.void, target: (LabCall.providerType, provider.name))
    }

    static func get(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let (_, provider) = try call.provider()
        guard let certificate = provider.clientCertificate else { throw EndpointError.lab(.noClientCertificate(provider.name)) }
        return LabAnswer(CertificateBinding.clientCertificateInfo(certificate), target: (LabCall.providerType, provider.name))
    }

    static func update(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let (_, provider) = try call.provider()
        let upload = try call.read { () throws(VAPIDecodingError) in try CertificateBinding.upload(updateSpec: try call.input.structure("spec")) }
        let certificate: CertificateInfo
        var key: PrivateKeyMaterial?
        do {
            certificate = try CertificateInfo(pem: upload.certificate, source: "field 'spec.certificate'")
            key = try upload.privateKey.map { (pem: String) throws(CertificateError) in try PrivateKeyMaterial(pem: pem, source: "field 'spec.private_key'") }
        } catch {
            throw EndpointError.certificate(error)
        }
        try call.attempt { () throws(LabError) in try call.lab.setClientCertificate(provider: provider.name, certificate: certificate, key: key) }
        return LabAnswer(.void, target: (LabCall.providerType, provider.name))
    }
}
