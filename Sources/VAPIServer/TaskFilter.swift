import VAPIWire

/// `tasks.list`'s FilterSpec (tasks, services, operations, status, users) and GetSpec (exclude_result).
struct TaskFilter {
    var tasks: Set<String>?
    var services: Set<String>?
    var operations: Set<String>?
    var statuses: Set<String>?
    var users: Set<String>?
    var includeResult = true

    init(_ input: VAPIInput) throws(VAPIDecodingError) {
        if let filter = try input.optionalStructure("filter_spec") {
            tasks = try filter.optionalStrings("tasks").map(Set.init)
            services = try filter.optionalStrings("services").map(Set.init)
            operations = try filter.optionalStrings("operations").map(Set.init)
            statuses = try filter.optionalStrings("status").map(Set.init)
            users = try filter.optionalStrings("users").map(Set.init)
        }
        if let result = try input.optionalStructure("result_spec") {
            includeResult = !(try result.optionalBool("exclude_result") ?? false)
        }
    }

    func keeps(_ id: String, _ info: TaskInfo) -> Bool {
        (tasks?.contains(id) ?? true) && (services?.contains(info.service) ?? true)
            && (operations.map { $0.contains(info.operation) || $0.contains(info.operation + "$task") } ?? true)
            && (statuses?.contains(info.status.rawValue) ?? true) && (users.map { info.user.map($0.contains) ?? false } ?? true)
    }
}
