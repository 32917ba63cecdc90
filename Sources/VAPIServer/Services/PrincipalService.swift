import TrustAuthority
import VAPIWire

/// `trusted_infrastructure.principal`: get, the served vCenter's own principal (what Get-TrustedPrincipal
/// shows and Export-TrustedPrincipal writes on a workload vCenter), from the same lab operation.
enum PrincipalService {
    static let id = ServiceName.principal

    static let operations = [
        LabOperation(id, "get", task: false, rest: RESTRoute("GET", "/vcenter/trusted-infrastructure/principal"), run: get),
    ]

    static func get(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let principal = try call.attempt { () throws(LabError) in try call.lab.trustedPrincipal(by: call.sessionUser) }
        return LabAnswer(PrincipalBinding.ownInfo(principal))
    }
}
