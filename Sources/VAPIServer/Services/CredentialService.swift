import TrustAuthority
import VAPIWire

/// `providers.credential`: set$task, the password the provider gives its KMIP servers.
enum CredentialService {
    static let id = ServiceName.credential

    static let operations = [
        LabOperation(id, "set", task: true, rest: RESTRoute("PUT", ProvidersService.path + "/{provider}/credential", body: "credential"), run: set),
    ]

    static func set(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let (_, provider) = try call.provider()
        let password = try call.read { () throws(VAPIDecodingError) in try call.input.string("credential") }
        try call.attempt { () throws(LabError) in try call.lab.setKMIPPassword(provider: provider.name, password) }
        return LabAnswer(.void, target: (LabCall.providerType, provider.name))
    }
}
