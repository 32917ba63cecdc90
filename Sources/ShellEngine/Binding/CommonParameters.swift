import ValueStorage

/// `-Verbose`, `-ErrorAction`, ... and `-WhatIf`/`-Confirm` for commands that change things.
public enum CommonParameters {
    static let actionPreference = ParameterType.enumeration(
        typeName: "System.Management.Automation.ActionPreference",
        names: ["SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend", "Break"])

    public static func list(shouldProcess: Bool) -> [ParameterMetadata] {
        var list: [ParameterMetadata] = [
            ParameterMetadata("Verbose", .switchParameter, aliases: ["vb"], isCommon: true),
            ParameterMetadata("Debug", .switchParameter, aliases: ["db"], isCommon: true),
            ParameterMetadata("ErrorAction", actionPreference, aliases: ["ea"], isCommon: true),
            ParameterMetadata("WarningAction", actionPreference, aliases: ["wa"], isCommon: true),
            ParameterMetadata("InformationAction", actionPreference, aliases: ["infa"], isCommon: true),
            ParameterMetadata("ProgressAction", actionPreference, aliases: ["proga"], isCommon: true),
            ParameterMetadata("ErrorVariable", .string, aliases: ["ev"], isCommon: true),
            ParameterMetadata("WarningVariable", .string, aliases: ["wv"], isCommon: true),
            ParameterMetadata("InformationVariable", .string, aliases: ["iv"], isCommon: true),
            ParameterMetadata("OutVariable", .string, aliases: ["ov"], isCommon: true),
            ParameterMetadata("OutBuffer", .int, aliases: ["ob"], isCommon: true),
            ParameterMetadata("PipelineVariable", .string, aliases: ["pv"], isCommon: true),
        ]
        if shouldProcess {
            list.append(ParameterMetadata("WhatIf", .switchParameter, aliases: ["wi"], isCommon: true))
            list.append(ParameterMetadata("Confirm", .switchParameter, aliases: ["cf"], isCommon: true))
        }
        return list
    }
}
