import TrustAuthority
import VAPIWire

/// `kms.providers`: list, create, update, delete and get, each a `$task`. The same lab operations
/// New-TrustAuthorityKeyProvider, Get-TrustAuthorityKeyProvider and the others call.
enum ProvidersService {
    static let id = ServiceName.providers
    static let path = TrustAuthorityClustersService.path + "/{cluster}/kms/providers"

    static let operations = [
        LabOperation(id, "list", task: true, rest: RESTRoute("GET", path), run: list),
        LabOperation(id, "create", task: true, rest: RESTRoute("POST", path, body: "spec"), run: create),
        LabOperation(id, "update", task: true, rest: RESTRoute("PATCH", path + "/{provider}", body: "spec"), run: update),
        LabOperation(id, "delete", task: true, rest: RESTRoute("DELETE", path + "/{provider}"), run: delete),
        LabOperation(id, "get", task: true, rest: RESTRoute("GET", path + "/{provider}"), run: get),
    ]

    static func list(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let providers = try call.attempt { () throws(LabError) in try call.lab.providers() }.filter { $0.clusterId == cluster.id }
        let statuses = call.lab.statuses(of: providers, at: call.date)
        return LabAnswer(.list(zip(providers, statuses).map { KeyProviderBinding.summary($0, health: $1.health) }))
    }

    static func create(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let provider = try call.read { () throws(VAPIDecodingError) in
            try KeyProviderBinding.provider(createSpec: try call.input.structure("spec"), cluster: cluster.id)
        }
        try call.attempt { () throws(LabError) in try call.lab.createProvider(provider) }
        return LabAnswer(.void, target: (LabCall.providerType, provider.name))
    }

    static func update(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let (_, provider) = try call.provider()
        let settings = try call.read { () throws(VAPIDecodingError) in try KeyProviderBinding.settings(updateSpec: try call.input.structure("spec")) }
        try call.attempt { () throws(LabError) in try call.lab.updateProviderSettings(named: provider.name, settings) }
        return LabAnswer(.void, target: (LabCall.providerType, provider.name))
    }

    static func delete(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let (_, provider) = try call.provider()
        try call.attempt { () throws(LabError) in try call.lab.removeProvider(named: provider.name) }
        return LabAnswer(.void, target: (LabCall.providerType, provider.name))
    }

    static func get(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let (_, provider) = try call.provider()
        return LabAnswer(KeyProviderBinding.info(provider, status: call.status(of: provider)), target: (LabCall.providerType, provider.name))
    }
}
