import Foundation
import TrustAuthority
import VAPIWire

/// One operation of a Trust Authority service, bound to the lab: how it is named on the wire and what
/// it asks of the lab. Runs on the lab's queue (see `LabGate`), so `run` may use the lab freely.
struct LabOperation: Sendable {
    let service: String
    /// The operation's name without `$task` (`get`, `create`).
    let name: String
    /// Served as `name$task` and polled through `com.vmware.cis.tasks` (the SDK knows no other form).
    let isTask: Bool
    let rest: RESTRoute?
    /// Trust Authority operations are for TrustedAdmins, as every Trust Authority cmdlet checks.
    let requiresTrustedAdmin: Bool
    let run: @Sendable (LabCall) throws(VAPIError) -> LabAnswer

    init(_ service: String, _ name: String, task: Bool, rest: RESTRoute?, requiresTrustedAdmin: Bool = true,
         run: @escaping @Sendable (LabCall) throws(VAPIError) -> LabAnswer) {
        self.service = service
        self.name = name
        isTask = task
        self.rest = rest
        self.requiresTrustedAdmin = requiresTrustedAdmin
        self.run = run
    }

    /// The id a JSON-RPC request names (`get$task`).
    var wireName: String { isTask ? name + "$task" : name }
}
