import Foundation

/// The records of the warning and information streams, as `-WarningVariable` and `-InformationVariable` hold them:
/// a WarningRecord (Message; prints as its message) and an InformationRecord (MessageData, Tags, Source, ...;
/// prints as its MessageData's text). Write-Host's MessageData is a HostInformationMessage tagged PSHOST.
public enum InformationalRecord {
    public static func warning(_ message: String) -> Value {
        let object = PSObject(typeNames: ["System.Management.Automation.WarningRecord", "System.Management.Automation.InformationalRecord", "System.Object"],
                              properties: [
                                  PSProperty(name: "FullyQualifiedWarningId", value: .string("")),
                                  PSProperty(name: "Message", value: .string(message)),
                                  PSProperty(name: "InvocationInfo", value: .null),
                                  PSProperty(name: "PipelineIterationInfo", value: .array([])),
                              ])
        object.stringValue = { message }
        return .object(object)
    }

    /// Source: PS:src/System.Management.Automation/engine/cmdlet.cs (Cmdlet.WriteInformation: the source is the
    /// command's name when it has no script path).
    public static func information(_ messageData: Value, tags: [String], source: String) -> Value {
        let process = ProcessInfo.processInfo
        let object = PSObject(typeNames: ["System.Management.Automation.InformationRecord", "System.Object"], properties: [
            PSProperty(name: "MessageData", value: messageData),
            PSProperty(name: "Source", value: .string(source)),
            PSProperty(name: "TimeGenerated", value: .date(Date())),
            PSProperty(name: "Tags", value: .array(tags.map { .string($0) })),
            PSProperty(name: "User", value: .string(process.environment["USER"] ?? "")),
            PSProperty(name: "Computer", value: .string(process.hostName)),
            PSProperty(name: "ProcessId", value: .int(Int(process.processIdentifier))),
            PSProperty(name: "NativeThreadId", value: .int(0)),
            PSProperty(name: "ManagedThreadId", value: .int(1)),
        ])
        object.stringValue = { LanguagePrimitives.toString(messageData) }
        return .object(object)
    }

    /// Write-Host's message (HostInformationMessage): its text, and whether a newline followed.
    public static func hostMessage(_ text: String, noNewLine: Bool) -> Value {
        let object = PSObject(typeNames: ["System.Management.Automation.HostInformationMessage", "System.Object"], properties: [
            PSProperty(name: "Message", value: .string(text)),
            PSProperty(name: "NoNewLine", value: .bool(noNewLine)),
            PSProperty(name: "ForegroundColor", value: .null),
            PSProperty(name: "BackgroundColor", value: .null),
        ])
        object.stringValue = { text }
        return .object(object)
    }
}
