import TrustAuthority
import VAPIWire

/// `providers.current_peer_certificates` (list$task: what each key server presents) and
/// `providers.trusted_peer_certificates` (get$task, update$task: what the provider trusts; update replaces).
enum PeerCertificatesService {
    static let current = ServiceName.currentPeerCertificates
    static let trusted = ServiceName.trustedPeerCertificates
    static let path = ProvidersService.path + "/{provider}/peer-certs"

    static let operations = [
        LabOperation(current, "list", task: true, rest: RESTRoute("GET", path + "/current", query: "spec"), run: listCurrent),
        LabOperation(trusted, "get", task: true, rest: RESTRoute("GET", path + "/trusted"), run: getTrusted),
        LabOperation(trusted, "update", task: true, rest: RESTRoute("PATCH", path + "/trusted", body: "spec"), run: updateTrusted),
    ]

    static func listCurrent(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let (_, provider) = try call.provider()
        let keep = try call.read { () throws(VAPIDecodingError) in try CertificateBinding.filter(try call.input.optionalStructure("spec")) }
        let presented = call.lab.presentedCertificates(of: provider, at: call.date).filter(keep)
        return LabAnswer(.list(presented.map(CertificateBinding.currentPeerSummary)), target: (LabCall.providerType, provider.name))
    }

    static func getTrusted(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let (_, provider) = try call.provider()
        return LabAnswer(CertificateBinding.trustedPeerInfo(provider.trustedServerCertificates), target: (LabCall.providerType, provider.name))
    }

    static func updateTrusted(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let (_, provider) = try call.provider()
        let texts = try call.read { () throws(VAPIDecodingError) in try CertificateBinding.certificates(try call.input.structure("spec")) }
        if let texts {
            var certificates: [CertificateInfo] = []
            for (position, text) in texts.enumerated() {
                do {
                    certificates.append(try CertificateInfo(pem: text, source: "field 'spec.certificates[\(position)]'"))
                } catch {
                    throw EndpointError.certificate(error)
                }
            }
            try call.attempt { () throws(LabError) in try call.lab.replaceTrustedServerCertificates(provider: provider.name, certificates) }
        }
        return LabAnswer(.void, target: (LabCall.providerType, provider.name))
    }
}
