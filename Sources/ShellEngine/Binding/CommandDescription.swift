/// What a cmdlet says about itself besides its parameters (which its `@Parameter` properties declare):
/// name, implementing class, module, help text, parameter-set default, and whether it changes things.
public struct CommandDescription: Sendable {
    public var name: String
    /// The implementing class, shown after the error id: `NamedParameterNotFound,<class>`.
    public var className: String
    public var module: String
    public var synopsis: String
    public var description: String
    public var defaultParameterSet: String?
    /// Adds `-WhatIf` and `-Confirm`.
    public var supportsShouldProcess: Bool
    /// `ConfirmImpact.High`: asks before acting unless `-Confirm:$false`.
    public var confirmsByDefault: Bool
    public var outputType: String?
    public var examples: [HelpExample]
    public var notes: String
    public var relatedLinks: [String]

    public init(
        name: String, className: String, module: String = "Microsoft.PowerShell.Utility", synopsis: String,
        description: String = "", defaultParameterSet: String? = nil, supportsShouldProcess: Bool = false,
        confirmsByDefault: Bool = false, outputType: String? = nil, examples: [HelpExample] = [],
        notes: String = "", relatedLinks: [String] = []
    ) {
        self.name = name
        self.className = className
        self.module = module
        self.synopsis = synopsis
        self.description = description
        self.defaultParameterSet = defaultParameterSet
        self.supportsShouldProcess = supportsShouldProcess
        self.confirmsByDefault = confirmsByDefault
        self.outputType = outputType
        self.examples = examples
        self.notes = notes
        self.relatedLinks = relatedLinks
    }
}
