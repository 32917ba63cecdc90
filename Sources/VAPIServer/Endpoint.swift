import Foundation
import TrustAuthority
import VAPIWire

/// The vSphere Automation API of one lab vCenter, apart from HTTP: sessions, tasks, and the Trust
/// Authority services, which call the lab's own operations through `LabGate`. JSON-RPC and the REST
/// forms both come here, so they cannot answer differently.
final class Endpoint: Sendable {
    let gate: LabGate
    /// The lab vCenter this endpoint is (its address as the lab names it).
    let vCenter: String
    let sessions: SessionTable
    let tasks: TaskTable
    let catalog: ServiceCatalog
    let clock: @Sendable () -> Date

    init(lab: Lab, vCenter: String, sessionIdleTimeout: TimeInterval, taskCapacity: Int = TaskTable.defaultCapacity,
         catalog: ServiceCatalog = .trustAuthority, clock: @escaping @Sendable () -> Date = { Date() }) {
        gate = LabGate(lab: lab)
        self.vCenter = vCenter
        sessions = SessionTable(idleTimeout: sessionIdleTimeout)
        tasks = TaskTable(capacity: taskCapacity)
        self.catalog = catalog
        self.clock = clock
    }

    /// A JSON-RPC `invoke`: `operationId` as the SDK names it (`get$task`).
    func invoke(service: String, operation: String, input: VAPIValue, security: SecurityContext) async -> Result<VAPIValue, VAPIError> {
        switch service {
        case ServiceName.session: return await sessionOperation(operation, security: security)
        case ServiceName.tasks: return tasksOperation(operation, input: input, security: security)
        default: break
        }
        let session: Session
        do {
            session = try authenticate(security)
        } catch {
            return .failure(error)
        }
        guard let found = catalog.operation(service: service, wireName: operation) else {
            return .failure(EndpointError.operationNotFound(service: service, operation: operation))
        }
        return await run(found, asTask: found.isTask, input: input, session: session)
    }

    /// A REST call of a Trust Authority operation; `asTask` is `?vmw-task=true` (a task id comes back),
    /// otherwise the operation's own result does.
    func invokeREST(_ operation: LabOperation, asTask: Bool, input: VAPIValue, sessionId: String?) async -> Result<VAPIValue, VAPIError> {
        let session: Session
        do {
            session = try authenticate(sessionId.map { .session($0) } ?? .none)
        } catch {
            return .failure(error)
        }
        return await run(operation, asTask: asTask && operation.isTask, input: input, session: session)
    }

    func authenticate(_ security: SecurityContext) throws(VAPIError) -> Session {
        guard case .session(let id) = security else { throw EndpointError.sessionMissing() }
        return try sessions.use(id, at: clock())
    }

    /// Runs a lab operation for the session's user. A `$task` operation runs to its end before the call is
    /// answered: a refusal is raised by the call itself, a success is a SUCCEEDED task whose result is the
    /// operation's, so every change a client saw acknowledged is already committed to the lab.
    private func run(_ operation: LabOperation, asTask: Bool, input value: VAPIValue, session: Session) async -> Result<VAPIValue, VAPIError> {
        if operation.requiresTrustedAdmin {
            do {
                try Lab.requireTrustedAdmin(session.user)
            } catch {
                return .failure(EndpointError.access(error))
            }
        }
        let input: VAPIInput
        do {
            input = try VAPIInput(value)
        } catch {
            return .failure(EndpointError.input(error))
        }
        let started = clock()
        let user = session.user
        let clock = self.clock
        let outcome: Result<LabAnswer, VAPIError> = await gate.run { lab in
            // One look at the store for the vCenters and key servers (another process may have changed them),
            // then one steady view for the whole operation instead of one look per lookup.
            _ = lab.keyServers
            return lab.withSteadyView {
                Result { () throws(VAPIError) -> LabAnswer in try operation.run(LabCall(lab: lab, input: input, user: user, date: clock())) }
            }
        }
        guard asTask else { return outcome.map(\.value) }
        switch outcome {
        case .failure(let error):
            return .failure(error)
        case .success(let answer):
            let info = TaskInfo(service: operation.service, operation: operation.name, status: .succeeded, result: answer.value,
                                startTime: started, endTime: clock(), user: user.qualifiedName, target: answer.target)
            return .success(.string(tasks.record(info, owner: user.qualifiedName)))
        }
    }

    // MARK: - com.vmware.cis.session

    private func sessionOperation(_ operation: String, security: SecurityContext) async -> Result<VAPIValue, VAPIError> {
        switch operation {
        case "create":
            guard case .userPassword(let user, let password) = security else { return .failure(EndpointError.sessionMissing()) }
            return await logIn(user: user, password: password).map { .secret($0.id) }
        case "get":
            return Result { () throws(VAPIError) -> VAPIValue in
                let session = try authenticate(security)
                return SessionBinding.info(user: session.user.qualifiedName, created: session.created, lastAccessed: session.lastAccessed)
            }
        case "delete":
            return Result { () throws(VAPIError) -> VAPIValue in
                guard case .session(let id) = security else { throw EndpointError.sessionMissing() }
                try sessions.close(id)
                return .void
            }
        default:
            return .failure(EndpointError.operationNotFound(service: ServiceName.session, operation: operation))
        }
    }

    /// A new session when the user and password are those of a user of this vCenter (as Connect-VIServer checks).
    func logIn(user: String, password: String) async -> Result<Session, VAPIError> {
        let vCenter = self.vCenter
        let signedIn: Result<SignedInUser, AccessError> = await gate.run { lab in
            Result { () throws(AccessError) -> SignedInUser in try lab.signIn(vCenter: vCenter, user: user, password: password) }
        }
        switch signedIn {
        case .success(let user): return .success(sessions.open(for: user, at: clock()))
        case .failure(let error): return .failure(EndpointError.access(error))
        }
    }

    func session(_ id: String) throws(VAPIError) -> Session {
        try sessions.use(id, at: clock())
    }

    // MARK: - com.vmware.cis.tasks

    func tasksOperation(_ operation: String, input value: VAPIValue, security: SecurityContext) -> Result<VAPIValue, VAPIError> {
        Result { () throws(VAPIError) -> VAPIValue in
            let session = try authenticate(security)
            let owner = session.user.qualifiedName
            let input = try Self.read { () throws(VAPIDecodingError) in try VAPIInput(value) }
            switch operation {
            case "get":
                let (id, exclude) = try Self.read { () throws(VAPIDecodingError) in
                    (try input.string("task"), try input.optionalStructure("spec")?.optionalBool("exclude_result") ?? false)
                }
                guard let info = tasks.get(id, owner: owner, withResult: !exclude) else { throw EndpointError.taskNotFound(id) }
                return info.value(includeResult: !exclude)
            case "list":
                let filter = try Self.read { () throws(VAPIDecodingError) in try TaskFilter(input) }
                return .map(tasks.list(owner: owner, withResults: filter.includeResult).filter { filter.keeps($0.id, $0.info) }.map { ($0.id, $0.info.value(includeResult: filter.includeResult)) })
            case "cancel":
                let id = try Self.read { () throws(VAPIDecodingError) in try input.string("task") }
                guard tasks.get(id, owner: owner, withResult: false) != nil else { throw EndpointError.taskNotFound(id) }
                throw VAPIError(.notAllowedInCurrentState, id: "com.vmware.cis.tasks.cancel.finished",
                                "The task '\(id)' has finished: the lab runs every task to its end before answering.")
            default:
                throw EndpointError.operationNotFound(service: ServiceName.tasks, operation: operation)
            }
        }
    }

    static func read<Value>(_ body: () throws(VAPIDecodingError) -> Value) throws(VAPIError) -> Value {
        do {
            return try body()
        } catch {
            throw EndpointError.input(error)
        }
    }
}
