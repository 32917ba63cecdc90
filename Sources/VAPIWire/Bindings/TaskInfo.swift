import Foundation

/// `com.vmware.cis.task.info`: what `tasks.get` answers about a `$task` operation. The SDK checks the
/// union rules: SUCCEEDED and FAILED carry progress, start and end time; FAILED carries the error.
public struct TaskInfo: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case pending = "PENDING"
        case running = "RUNNING"
        case blocked = "BLOCKED"
        case succeeded = "SUCCEEDED"
        case failed = "FAILED"
    }

    public var service: String
    public var operation: String
    public var status: Status
    public var result: VAPIValue?
    public var error: VAPIError?
    public var startTime: Date?
    public var endTime: Date?
    public var user: String?
    /// The object the task acted on, e.g. (`com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.kms.Provider`, `clkp`).
    public var target: (type: String, id: String)?

    public init(service: String, operation: String, status: Status, result: VAPIValue? = nil, error: VAPIError? = nil,
                startTime: Date? = nil, endTime: Date? = nil, user: String? = nil, target: (type: String, id: String)? = nil) {
        self.service = service
        self.operation = operation
        self.status = status
        self.result = result
        self.error = error
        self.startTime = startTime
        self.endTime = endTime
        self.user = user
        self.target = target
    }

    public static let structureName = "com.vmware.cis.task.info"

    /// `includeResult: false` is the GetSpec's `exclude_result`.
    public func value(includeResult: Bool = true) -> VAPIValue {
        let finished = status == .succeeded || status == .failed
        let progress: VAPIValue? = status == .pending ? nil : .structure("com.vmware.cis.task.progress", [
            ("total", .integer(1)), ("completed", .integer(finished ? 1 : 0)),
            ("message", LocalizableMessage(id: "com.vmware.cis.task.progress", finished ? "Done." : "Running.").value),
        ])
        return .structure(Self.structureName, [
            ("progress", .optional(progress)),
            ("result", .optional(includeResult ? result : nil)),
            ("description", LocalizableMessage(id: service + "." + operation, "\(service).\(operation)").value),
            ("service", .string(service)), ("operation", .string(operation)), ("parent", .unset),
            ("target", .optional(target.map { .structure("com.vmware.vapi.std.dynamic_ID", [("type", .string($0.type)), ("id", .string($0.id))]) })),
            ("status", .string(status.rawValue)), ("cancelable", .bool(false)),
            ("error", .optional(error?.value)),
            ("start_time", .optional(startTime.map(DateTimeBinding.value))), ("end_time", .optional(endTime.map(DateTimeBinding.value))),
            ("user", .optionalString(user)),
        ])
    }

    public init(_ value: VAPIValue) throws(VAPIDecodingError) {
        let input = try VAPIInput(value)
        let statusText = try input.string("status")
        guard let status = Status(rawValue: statusText) else { throw VAPIDecodingError("The task status '\(statusText)' is unknown.") }
        var error: VAPIError?
        if let found = input.value("error") { error = try VAPIError(found) }
        let target = try input.optionalStructure("target")
        self.init(service: try input.string("service"), operation: try input.string("operation"), status: status,
                  result: input.value("result"), error: error,
                  startTime: try input.optionalString("start_time").flatMap(DateTimeBinding.date),
                  endTime: try input.optionalString("end_time").flatMap(DateTimeBinding.date), user: try input.optionalString("user"),
                  target: try target.map { (target: VAPIInput) throws(VAPIDecodingError) in (try target.string("type"), try target.string("id")) })
    }
}
