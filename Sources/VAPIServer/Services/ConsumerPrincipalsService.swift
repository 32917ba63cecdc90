import TrustAuthority
import VAPIWire

/// `trust_authority_clusters.consumer_principals`: create, delete, get and list, each a `$task`. The lab
/// operations New-/Get-/Remove-TrustAuthorityPrincipal call (the chain is verified the same way on import).
enum ConsumerPrincipalsService {
    static let id = ServiceName.consumerPrincipals
    static let path = TrustAuthorityClustersService.path + "/{cluster}/consumer-principals"
    static let type = "com.vmware.esx.authentication.clientprofile"

    static let operations = [
        LabOperation(id, "create", task: true, rest: RESTRoute("POST", path, body: "spec"), run: create),
        LabOperation(id, "delete", task: true, rest: RESTRoute("DELETE", path + "/{profile}"), run: delete),
        LabOperation(id, "get", task: true, rest: RESTRoute("GET", path + "/{profile}"), run: get),
        LabOperation(id, "list", task: true, rest: RESTRoute("GET", path), run: list),
    ]

    static func create(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let principal = try call.read { () throws(VAPIDecodingError) in try PrincipalBinding.principal(createSpec: try call.input.structure("spec")) }
        let imported = try call.attempt { () throws(LabError) in
            try call.lab.importPrincipal(principal, into: cluster.id, source: "spec", by: call.sessionUser, at: call.date)
        }
        return LabAnswer(.string(imported.id), target: (type, imported.id))
    }

    static func delete(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let profile = try call.read { () throws(VAPIDecodingError) in try call.input.string("profile") }
        try call.attempt { () throws(LabError) in try call.lab.removePrincipal(profile, from: cluster.id, by: call.sessionUser) }
        return LabAnswer(.void, target: (type, profile))
    }

    static func get(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let profile = try call.read { () throws(VAPIDecodingError) in try call.input.string("profile") }
        let principals = try call.attempt { () throws(LabError) in try call.lab.principals(of: cluster.id, by: call.sessionUser) }
        guard let principal = principals.first(where: { $0.id.caseInsensitiveCompare(profile) == .orderedSame }) else {
            throw EndpointError.lab(.principalNotFound(profile))
        }
        return LabAnswer(PrincipalBinding.info(principal, at: call.date), target: (type, principal.id))
    }

    static func list(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let matches = try call.read { () throws(VAPIDecodingError) in try PrincipalBinding.filter(try call.input.optionalStructure("spec")) }
        let principals = try call.attempt { () throws(LabError) in try call.lab.principals(of: cluster.id, by: call.sessionUser) }
        return LabAnswer(.list(principals.filter(matches).map(PrincipalBinding.summary)))
    }
}
