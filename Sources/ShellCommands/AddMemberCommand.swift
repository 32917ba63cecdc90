import ShellEngine

/// `Add-Member`: adds a NoteProperty, AliasProperty, ScriptProperty or ScriptMethod to an object, or a type
/// name. A ScriptProperty or AliasProperty is computed when read (`$o.Name`); Get-Member lists them all, the
/// formatters note properties only.
public final class AddMemberCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Add-Member", className: "Microsoft.PowerShell.Commands.AddMemberCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Adds custom properties and methods to an instance of a PowerShell object.",
        description: "The Add-Member cmdlet lets you add members (properties and methods) to an instance of a PowerShell object. For instance, you can add a NoteProperty member that contains a description of the object or a ScriptMethod member that runs a script to change the object.",
        defaultParameterSet: "TypeNameSet",
        examples: [
            HelpExample("$A | Add-Member -NotePropertyName Status -NotePropertyValue Done", "Adds a Status note property with the value Done."),
            HelpExample("$A | Add-Member -MemberType AliasProperty -Name Size -Value Length", "Adds an alias property Size for Length."),
            HelpExample("$A | Add-Member -MemberType ScriptMethod -Name Double -Value { $this.Value * 2 } -PassThru",
                        "Adds a script method and writes the object."),
        ])

    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the object to which the new member is added. Enter a variable that contains the objects, or type a command or expression that gets the objects.")
    var inputObject: Value
    @Parameter(aliases: ["Type"], mandatory: true, position: 0, set: "MemberSet", description: "Specifies the type of the member to add.")
    var memberType: MemberType
    @Parameter(mandatory: true, position: 1, set: "MemberSet", description: "Specifies the name of the member that this cmdlet adds.")
    var name: String?
    @Parameter(position: 2, set: "MemberSet", description: "Specifies the initial value of the added member. If you add an AliasProperty, ScriptProperty or ScriptMethod member, you can supply the name of the aliased property or the script block.")
    var value: Value
    @Parameter(position: 3, set: "MemberSet", description: "Specifies optional additional information about AliasProperty and ScriptProperty members (the type to convert to, the setter).")
    var secondValue: Value
    @Parameter(mandatory: true, position: 0, set: "NotePropertySingleMemberSet", description: "Specifies the note-property name.")
    var notePropertyName: String?
    @Parameter(mandatory: true, position: 1, set: "NotePropertySingleMemberSet", description: "Specifies the note-property value.")
    var notePropertyValue: Value
    @Parameter(mandatory: true, position: 0, set: "NotePropertyMultiMemberSet", description: "Specifies a hash table or ordered dictionary of note-property names and values.")
    var notePropertyMembers: PSHashtable?
    @Parameter(sets: [ParameterSetUse("TypeNameSet", mandatory: true), ParameterSetUse("MemberSet"), ParameterSetUse("NotePropertySingleMemberSet"), ParameterSetUse("NotePropertyMultiMemberSet")],
               description: "Specifies a name for the type.")
    var typeName: String?
    @Parameter(sets: [ParameterSetUse("MemberSet"), ParameterSetUse("NotePropertySingleMemberSet"), ParameterSetUse("NotePropertyMultiMemberSet")],
               description: "By default, Add-Member can't add a new member if the object already has a member with the same name. When you use the Force parameter, Add-Member replaces the existing member with the new member.")
    var force: SwitchParameter
    @Parameter(description: "Returns the newly extended object. By default, this cmdlet doesn't generate any output.")
    var passThru: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard $inputObject.isBound else { return }
        if name != nil, ![MemberType.noteProperty, .aliasProperty, .scriptProperty, .scriptMethod].contains(memberType) {
            // Source: PowerShell's AddMember strings CannotAddMemberType.
            throw context.failure("Cannot add a member with type \"\(memberType.rawValue)\". Specify a different type for the MemberTypes parameter.",
                                  id: "CannotAddMemberType", category: .invalidOperation, reason: "InvalidOperationException")
        }
        let object: PSObject
        switch inputObject {
        case .object(let existing):
            object = existing
        case .string, .int, .double, .decimal, .bool, .date, .array, .enumValue:
            // A string, number or array gets its members on a wrapper, which -PassThru writes (PowerShell wraps the
            // base object in a PSObject; Add-Member.Tests.ps1 "Add ScriptMethod Success", "Add Single Note To Array").
            object = PSObject.wrapping(inputObject)
        default:
            // Values that cannot carry members here; -PassThru still writes them.
            if passThru.isPresent { try context.write(inputObject) }
            return
        }
        if let notePropertyMembers {
            for (key, entry) in notePropertyMembers.entries {
                guard try canAdd(LanguagePrimitives.toString(key), to: object, context) else { return }
                object.setProperty(LanguagePrimitives.toString(key), entry)
            }
        } else if let notePropertyName {
            guard try canAdd(notePropertyName, to: object, context) else { return }
            object.setProperty(notePropertyName, notePropertyValue)
        } else if let name {
            guard try canAdd(name, to: object, context) else { return }
            try add(memberType, name: name, to: object, context)
        }
        if let typeName { object.typeNames.insert(typeName, at: 0) }
        if passThru.isPresent { try context.write(.object(object)) }
    }

    private func add(_ type: MemberType, name: String, to object: PSObject, _ context: CommandContext) throws {
        let shell = context.shell
        switch type {
        case .noteProperty:
            object.setProperty(name, value)
        case .aliasProperty:
            let target = LanguagePrimitives.toString(value)
            // -SecondValue names the type the aliased value converts to (Add-Member.Tests.ps1 "Successful alias, with type").
            let span = context.span
            let conversion = $secondValue.isBound && !secondValue.isNull ? LanguagePrimitives.toString(secondValue) : nil
            // Get-Member's Definition: "Cnt = Length", or "Cnt = (System.String)Length" with a type.
            let aliasDefinition = "\(name) = " + (conversion.map { "(\(TypeNames.canonical($0) ?? $0))" } ?? "") + target
            object.addMethod(Shell.propertyGetterKey(name), PSMethod(definition: aliasDefinition, memberType: "AliasProperty", memberName: name) { [weak object, unowned shell] _ in
                guard let object else { return .null }
                let value = Members.property(of: .object(object), named: target, shell: shell)
                guard let conversion else { return value }
                return try Conversion.convert(value, to: TypeNames.canonical(conversion) ?? conversion, shell: shell, span: span)
            })
            object.addMethod(Shell.propertySetterKey(name), PSMethod(definition: "\(name) = \(target)") { [weak object] arguments in
                object?.setProperty(target, arguments.first ?? .null)
                return .null
            })
        case .scriptProperty:
            guard case .scriptBlock(let getter) = value else { throw scriptBlockExpected(name, context) }
            // Get-Member's Definition: "System.Object Name {get=<getter>;set=<setter>;}" (the blocks' text as written).
            var scriptDefinition = "System.Object \(name) {get=\(getter.text);"
            if case .scriptBlock(let setter) = secondValue { scriptDefinition += "set=\(setter.text);" }
            scriptDefinition += "}"
            object.addMethod(Shell.propertyGetterKey(name), PSMethod(definition: scriptDefinition, memberType: "ScriptProperty", memberName: name) { [weak object, unowned shell] _ in
                guard let object else { return .null }
                return try shell.invokeScriptMember(getter, this: .object(object), arguments: [])
            })
            if case .scriptBlock(let setter) = secondValue {
                object.addMethod(Shell.propertySetterKey(name), PSMethod(definition: "\(name) {set=\(setter.text)}") { [weak object, unowned shell] arguments in
                    guard let object else { return .null }
                    _ = try shell.invokeScriptMember(setter, this: .object(object), arguments: arguments)
                    return .null
                })
            }
        case .scriptMethod:
            guard case .scriptBlock(let body) = value else { throw scriptBlockExpected(name, context) }
            object.addMethod(name, PSMethod(definition: "System.Object \(name)();", memberType: "ScriptMethod", memberName: name) { [weak object, unowned shell] arguments in
                guard let object else { return .null }
                return try shell.invokeScriptMember(body, this: .object(object), arguments: arguments)
            })
        default:
            break  // refused in process before any change
        }
    }

    /// A member of that name exists: an error unless -Force (which replaces it).
    private func canAdd(_ name: String, to object: PSObject, _ context: CommandContext) throws -> Bool {
        let exists = object.hasProperty(name) || object.method(name) != nil || object.method(Shell.propertyGetterKey(name)) != nil
        guard exists else { return true }
        if force.isPresent {
            object.methods.removeValue(forKey: name.lowercased())
            object.methods.removeValue(forKey: Shell.propertyGetterKey(name).lowercased())
            object.methods.removeValue(forKey: Shell.propertySetterKey(name).lowercased())
            return true
        }
        // Source: PowerShell's AddMember strings MemberAlreadyExists.
        try context.writeError(context.errorRecord(
            "Cannot add a member with the name \"\(name)\" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.",
            id: "MemberAlreadyExists", category: .invalidOperation, reason: "InvalidOperationException", targetObject: inputObject))
        return false
    }

    private func scriptBlockExpected(_ name: String, _ context: CommandContext) -> RuntimeError {
        context.failure("The value of the \(name) member must be a script block.", id: "ScriptBlockExpected", category: .invalidArgument,
                        reason: "ArgumentException")
    }
}
