import Foundation
import ShellEngine
import ShellFormatting

/// `Get-History` (`history`, `ghy`; not `h`, see CoreCommands.aliases): the inputs typed this session, oldest first, each a HistoryInfo.
/// Secrets are masked in each command line as transcripts mask them (issue 14).
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.core/get-history?view=powershell-5.1
/// Behaviour from PowerShell's GetHistoryCommand (src/System.Management.Automation/engine/hostifaces/History.cs).
public final class GetHistoryCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-History", className: "Microsoft.PowerShell.Commands.GetHistoryCommand", module: "Microsoft.PowerShell.Core",
        synopsis: "Gets a list of the commands entered during the current session.",
        description: "The Get-History cmdlet gets the session history, that is, the list of commands entered during the current session.")

    static let typeName = "Microsoft.PowerShell.Commands.HistoryInfo"

    @Parameter(position: 0, pipeline: .byValue, description: "Specifies an array of the IDs of entries in the session history.")
    var id: [Int64]
    @Parameter(position: 1, description: "Specifies the number of the most recent history entries that this cmdlet gets.")
    var count: Int?

    public init() {}

    public func process(_ context: CommandContext) throws {
        let history = context.shell.history
        guard !id.isEmpty else {
            let newest = history.suffix(max(0, count ?? Shell.maximumHistoryCount))
            for entry in newest { try context.write(.object(Self.historyInfo(entry))) }
            return
        }
        if let count {
            guard id.count == 1 else {
                throw context.failure("The count cannot be combined with multiple Ids.",
                                          id: "GetHistoryNoCountWithMultipleIds", category: .invalidArgument,
                                          reason: "ArgumentException", targetName: "\(count)", targetType: "Int32",
                                          targetObject: .int(count))
            }
            // The `count` entries that end at the given id.
            let upTo = history.filter { $0.id <= id[0] }.suffix(max(0, count))
            for entry in upTo { try context.write(.object(Self.historyInfo(entry))) }
            return
        }
        for wanted in id {
            guard let entry = history.first(where: { $0.id == wanted }) else {
                try context.writeError(context.errorRecord("Cannot locate the history for Id \(wanted).", id: "GetHistoryNoHistoryForId",
                                                           category: .objectNotFound, reason: "ArgumentException",
                                                           targetName: "\(wanted)", targetType: "Int64", targetObject: .int(Int(wanted))))
                continue
            }
            try context.write(.object(Self.historyInfo(entry)))
        }
    }

    static func historyInfo(_ entry: HistoryEntry) -> PSObject {
        let object = PSObject(typeNames: [typeName, "System.Object"], properties: [
            PSProperty(name: "Id", value: .int(Int(entry.id))),
            PSProperty(name: "CommandLine", value: .string(entry.commandLine)),
            PSProperty(name: "ExecutionStatus", value: .enumValue(EnumValue(
                typeName: "System.Management.Automation.Runspaces.PipelineState", name: entry.executionStatus,
                rawValue: entry.executionStatus == "Completed" ? 4 : 5))),
            PSProperty(name: "StartExecutionTime", value: .date(entry.start)),
            PSProperty(name: "EndExecutionTime", value: .date(entry.end)),
        ])
        object.stringValue = { entry.commandLine }
        return object
    }

    /// Windows PowerShell 5.1's view: Id (4, right-aligned) and CommandLine.
    static var view: FormatView {
        FormatView(typeName: typeName, shape: .table([TableColumn("Id", width: 4, alignment: .right), TableColumn("CommandLine")]))
    }
}
