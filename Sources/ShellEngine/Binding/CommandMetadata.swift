/// Everything the binder, `Get-Command`, `Get-Help` and completion know about a command.
public struct CommandMetadata: Sendable {
    public var name: String
    /// The implementing class, shown after the error id: `NamedParameterNotFound,<class>`.
    public var className: String
    public var module: String
    public var synopsis: String
    public var description: String
    public var parameters: [ParameterMetadata]
    public var defaultParameterSet: String?
    /// Adds `-WhatIf` and `-Confirm`.
    public var supportsShouldProcess: Bool
    /// `ConfirmImpact.High`: asks before acting unless `-Confirm:$false`.
    public var confirmsByDefault: Bool = false
    public var outputType: String?
    public var examples: [HelpExample]
    public var notes: String
    public var relatedLinks: [String]

    public init(
        name: String, className: String, module: String = "Microsoft.PowerShell.Utility", synopsis: String,
        description: String = "", parameters: [ParameterMetadata], defaultParameterSet: String? = nil,
        supportsShouldProcess: Bool = false, outputType: String? = nil, examples: [HelpExample] = [],
        notes: String = "", relatedLinks: [String] = []
    ) {
        self.name = name
        self.className = className
        self.module = module
        self.synopsis = synopsis
        self.description = description
        self.parameters = parameters
        self.defaultParameterSet = defaultParameterSet
        self.supportsShouldProcess = supportsShouldProcess
        self.outputType = outputType
        self.examples = examples
        self.notes = notes
        self.relatedLinks = relatedLinks
    }

    /// The declared parameter sets, in declaration order (the all-sets marker excluded).
    public var parameterSetNames: [String] {
        var names: [String] = []
        for parameter in parameters {
            for set in parameter.sets.keys.sorted() where set != ParameterSetMembership.allSets && !names.contains(set) {
                names.append(set)
            }
        }
        if let preferred = defaultParameterSet, let index = names.firstIndex(of: preferred) {
            names.remove(at: index)
            names.insert(preferred, at: 0)
        }
        return names.isEmpty ? [ParameterSetMembership.allSets] : names
    }

    /// Declared parameters plus the common ones every cmdlet takes.
    public var allParameters: [ParameterMetadata] {
        parameters + CommonParameters.list(shouldProcess: supportsShouldProcess)
    }
}

public struct HelpExample: Sendable {
    public var code: String
    public var remarks: String

    public init(_ code: String, _ remarks: String) {
        self.code = code
        self.remarks = remarks
    }
}

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
