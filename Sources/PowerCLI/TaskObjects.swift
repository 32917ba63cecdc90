import Foundation
import ShellEngine
import ShellFormatting

/// The `Task` objects a cmdlet's `-RunAsync` returns (`VMware.VimAutomation.Sdk.Types.V1.Task`, properties from its
/// structure page: Description, FinishTime, Id, IsCancelable, Name, ObjectId, PercentComplete, Result, StartTime,
/// State, Uid; https://developer.broadcom.com/powercli/latest/vmware.vimautomation.sdk/structures/vmware.vimautomation.sdk.types.v1.task).
/// The lab changes at once, so a task is born finished: State Success, 100 percent, `Result` the changed object.
enum TaskObjects {
    static let taskType = "VMware.VimAutomation.Sdk.Types.V1.Task"
    static let taskStateType = "VMware.VimAutomation.Sdk.Types.V1.TaskState"
    static let taskStateNames = ["Queued", "Running", "Success", "Error", "Cancelled"]
    static let layout = PropertyLayout([
        "Name", "Description", "State", "PercentComplete", "StartTime", "FinishTime", "IsCancelable", "ObjectId", "Result", "Id", "Uid",
    ])

    /// A finished task of `service`'s `operation` (a vAPI task id is `<uuid>:<service>`) on the object `objectId`.
    static func completed(name: String, description: String, service: String, objectId: String, result: Value,
                          connection: PowerCLISession.Connection, started: Date, finished: Date = Date()) -> PSObject {
        let id = UUID().uuidString.lowercased() + ":" + service
        let object = PSObject(typeNames: [taskType, "System.Object"], layout: layout, values: [
            .string(name), .string(description), .enumValue(state("Success")), .double(100), .date(started), .date(finished),
            .bool(false), .string(objectId), result, .string(id), .string(connection.uid + "Task=\(id)/"),
        ])
        object.stringText = name
        return object
    }

    static func state(_ name: String) -> EnumValue {
        EnumValue(typeName: taskStateType, name: name, rawValue: taskStateNames.firstIndex(of: name) ?? 0)
    }

    static func register(into shell: Shell) {
        shell.types.register(EnumType(name: taskStateType, names: taskStateNames))
        shell.types.registerName(taskType)
        guard let formatting = shell.output as? ViewFormatting else { return }
        // PowerCLI's Task view as its transcripts print it (Name, State, % Complete, Start Time, Finish Time; recalled,
        // the format file was not readable: reference §7). Times are en-US long times (`4:16:12 PM`).
        formatting.views.register(FormatView(typeName: taskType, shape: .table([
            TableColumn("Name", width: 30), TableColumn("State", width: 10),
            TableColumn("% Complete", width: 10, alignment: .right) { item in
                guard case .object(let task) = item, case .double(let percent) = task["PercentComplete"] else { return .null }
                return .string(String(Int(percent)))
            },
            TableColumn("Start Time", width: 12) { time(of: "StartTime", $0) },
            TableColumn("Finish Time") { time(of: "FinishTime", $0) },
        ])))
    }

    private static func time(of property: String, _ item: Value) -> Value {
        guard case .object(let task) = item, case .date(let date) = task[property] else { return .null }
        let general = DateFormatting.general(date)
        return .string(general.split(separator: " ", maxSplits: 1).last.map(String.init) ?? general)
    }
}
