import ShellEngine
import ShellFormatting
import Foundation

/// `New-Object`: the .NET types scripts build this way (PSCredential, PSObject, DateTime here; collections and
/// the other types the engine implements through its constructors).
public final class NewObjectCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-Object", className: "Microsoft.PowerShell.Commands.NewObjectCommand",
        synopsis: "Creates an instance of a Microsoft .NET Framework or COM object.")

    @Parameter(mandatory: true, position: 0, description: "Specifies the fully qualified name of the .NET class.")
    var typeName: String
    @Parameter(aliases: ["Args"], position: 1, description: "Specifies an array of arguments to pass to the constructor of the .NET class.")
    var argumentList: [Value]
    @Parameter(description: "Sets property values and invokes methods of the new object.")
    var property: PSHashtable?

    public init() {}

    public func process(_ context: CommandContext) throws {
        var arguments = argumentList
        if arguments.count == 1, case .array(let inner) = arguments[0] { arguments = inner }
        let object = try Self.construct(typeName, arguments: arguments, constructorArguments: argumentList, context: context)
        if let properties = property {
            for (key, value) in properties.entries {
                switch object {
                case .object(let target): target.setProperty(LanguagePrimitives.toString(key), value)
                case .hashtable(let table): table[key] = value
                default: break
                }
            }
        }
        try context.write(object)
    }

    /// `constructorArguments`: -ArgumentList as given, one value per constructor argument (`(, @(1, 2))` is one
    /// argument, a collection), for the engine's types.
    static func construct(_ written: String, arguments: [Value], constructorArguments: [Value], context: CommandContext) throws -> Value {
        let lower = written.lowercased()
        switch lower {
        case "system.management.automation.pscredential", "management.automation.pscredential", "pscredential":
            guard arguments.count == 2 else {
                throw context.failure("Cannot find an overload for \"PSCredential\" and the argument count: \"\(arguments.count)\".", id: "ConstructorInvokedThrowException",
                                      category: .invalidOperation, reason: "MethodException")
            }
            guard case .secureString(let password) = arguments[1] else {
                throw context.failure("Cannot convert argument \"password\", with value: \"\(LanguagePrimitives.toString(arguments[1]))\", for \"PSCredential\" to type \"System.Security.SecureString\": \"Cannot convert the \"\(LanguagePrimitives.toString(arguments[1]))\" value of type \"\(LanguagePrimitives.typeName(of: arguments[1]))\" to type \"System.Security.SecureString\".\"",
                                      id: "ConstructorInvokedThrowException", category: .invalidOperation, reason: "MethodException")
            }
            return .object(Credentials.make(user: LanguagePrimitives.toString(arguments[0]), password: password))
        case "psobject", "system.management.automation.psobject", "pscustomobject", "system.object", "object":
            return .object(PSObject.customObject([]))
        case "datetime", "system.datetime":
            guard arguments.count >= 3 else { return .date(Date(timeIntervalSince1970: -62_135_596_800)) }
            var components = DateComponents()
            components.year = (try? LanguagePrimitives.toInt(arguments[0])) ?? 1
            components.month = (try? LanguagePrimitives.toInt(arguments[1])) ?? 1
            components.day = (try? LanguagePrimitives.toInt(arguments[2])) ?? 1
            if arguments.count >= 6 {
                components.hour = try? LanguagePrimitives.toInt(arguments[3])
                components.minute = try? LanguagePrimitives.toInt(arguments[4])
                components.second = try? LanguagePrimitives.toInt(arguments[5])
            }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = DateFormatting.localZone
            return .date(calendar.date(from: components) ?? Date())
        case "string", "system.string":
            return .string(arguments.map { LanguagePrimitives.toString($0) }.joined())
        case "securestring", "system.security.securestring":
            return .secureString(SecureString(plainText: ""))
        default:
            // The .NET types the engine implements (ArrayList, List[T], Dictionary[K,V], HashSet[T], Queue, Stack,
            // Hashtable, StringBuilder, exceptions...), by the same constructors as `[type]::new()`.
            if let object = try context.shell.newObject(typeName: written, arguments: constructorArguments) { return object }
            throw context.failure("Cannot find type [\(written)]: verify that the assembly containing this type is loaded.", id: "TypeNotFound",
                                  category: .invalidType, reason: "PSArgumentException", targetName: written, targetType: "String")
        }
    }
}
