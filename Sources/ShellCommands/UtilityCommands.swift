import ShellEngine
import ShellFormatting
import Foundation

/// `Get-Date`: now, or a given date, optionally formatted (`-Format`, `-UFormat`).
public final class GetDateCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Get-Date", className: "Microsoft.PowerShell.Commands.GetDateCommand",
        synopsis: "Gets the current date and time.",
        parameters: [
            ParameterMetadata("Date", .dateTime, aliases: ["LastWriteTime"], position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies a date and time."),
            ParameterMetadata("Format", .string, description: "Displays the date and time in the .NET format indicated by the format specifier."),
            ParameterMetadata("UFormat", .string, description: "Displays the date and time in UNIX format."),
            ParameterMetadata("Year", .int, description: "Specifies the year that is displayed."),
            ParameterMetadata("Month", .int, description: "Specifies the month that is displayed."),
            ParameterMetadata("Day", .int, description: "Specifies the day of the month that is displayed."),
            ParameterMetadata("Hour", .int, description: "Specifies the hour that is displayed."),
            ParameterMetadata("Minute", .int, description: "Specifies the minute that is displayed."),
            ParameterMetadata("Second", .int, description: "Specifies the second that is displayed."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        var date = Date()
        if case .date(let given)? = p["Date"] { date = given }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = DateFormatting.localZone
        var components = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: date)
        if let year = p.int("Year") { components.year = year }
        if let month = p.int("Month") { components.month = month }
        if let day = p.int("Day") { components.day = day }
        if let hour = p.int("Hour") { components.hour = hour }
        if let minute = p.int("Minute") { components.minute = minute }
        if let second = p.int("Second") { components.second = second }
        date = calendar.date(from: components) ?? date
        if let format = p.string("Format") {
            try context.write(.string(FormatStrings.formatDate(date, format)))
        } else if let format = p.string("UFormat") {
            try context.write(.string(Self.unixFormat(date, format)))
        } else {
            try context.write(.date(date))
        }
    }

    /// The common `-UFormat` specifiers (`%Y-%m-%d %H:%M:%S`, `%s`).
    static func unixFormat(_ date: Date, _ format: String) -> String {
        var result = ""
        var characters = Array(format)[...]
        while let c = characters.popFirst() {
            guard c == "%", let spec = characters.popFirst() else { result.append(c); continue }
            switch spec {
            case "Y": result += FormatStrings.formatDate(date, "yyyy")
            case "y": result += FormatStrings.formatDate(date, "yy")
            case "m": result += FormatStrings.formatDate(date, "MM")
            case "d": result += FormatStrings.formatDate(date, "dd")
            case "H": result += FormatStrings.formatDate(date, "HH")
            case "M": result += FormatStrings.formatDate(date, "mm")
            case "S": result += FormatStrings.formatDate(date, "ss")
            case "s": result += String(Int64(date.timeIntervalSince1970))
            case "A": result += FormatStrings.formatDate(date, "EEEE")
            case "B": result += FormatStrings.formatDate(date, "MMMM")
            case "%": result += "%"
            default: result += "%" + String(spec)
            }
        }
        return result
    }
}

/// `Read-Host`: a line from the user (`-AsSecureString`: without echo, as a SecureString).
public final class ReadHostCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Read-Host", className: "Microsoft.PowerShell.Commands.ReadHostCommand",
        synopsis: "Reads a line of input from the console.",
        parameters: [
            ParameterMetadata("Prompt", .any, position: 0, description: "Specifies the text of the prompt."),
            ParameterMetadata("AsSecureString", .switchParameter, description: "Indicates that the cmdlet displays asterisks in place of the characters that the user types as input."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let prompt = context.parameters["Prompt"].map { LanguagePrimitives.toString($0) + ": " } ?? ""
        guard context.host.isInteractive else {
            throw context.failure("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                                  id: "ReadHostInNonInteractiveMode", category: .invalidOperation, reason: "PSInvalidOperationException")
        }
        if context.parameters.isOn("AsSecureString") {
            guard let secret = context.host.readSecret(prompt: prompt) else { throw PipelineInterrupted() }
            try context.write(.secureString(SecureString(plainText: secret)))
        } else {
            guard let line = context.host.readLine(prompt: prompt) else { throw PipelineInterrupted() }
            try context.write(.string(line))
        }
    }
}

/// `ConvertTo-SecureString`: plain text (with `-AsPlainText -Force`) to a SecureString.
public final class ConvertToSecureStringCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "ConvertTo-SecureString", className: "Microsoft.PowerShell.Commands.ConvertToSecureStringCommand", module: "Microsoft.PowerShell.Security",
        synopsis: "Converts plain text or encrypted strings to secure strings.",
        parameters: [
            ParameterMetadata("String", .string, mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the string to convert to a secure string."),
            ParameterMetadata("AsPlainText", .switchParameter, position: 1, set: "PlainText", description: "Specifies a plain text string to convert to a secure string."),
            ParameterMetadata("Force", .switchParameter, position: 2, set: "PlainText", description: "Confirms that you understand the implications of using the AsPlainText parameter and still want to use it."),
            ParameterMetadata("Key", .array(.int), set: "Open", description: "Specifies the encryption key used to convert the original secure string into the encrypted standard string."),
        ],
        defaultParameterSet: "Secure")

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        let text = p.string("String") ?? ""
        if p.isOn("AsPlainText") {
            guard p.isOn("Force") else {
                throw context.failure("The system cannot protect plain text input. To suppress this warning and convert the plain text to a SecureString, reissue the command specifying the Force parameter. For more information ,type: get-help ConvertTo-SecureString.",
                                      id: "ImportSecureString_ForceRequired", category: .invalidArgument, reason: "ArgumentException")
            }
            try context.write(.secureString(SecureString(plainText: text)))
            return
        }
        // Encrypted standard strings are ConvertFrom-SecureString's hex form of UTF-16LE bytes.
        guard let plain = SecureStringText.decode(text) else {
            throw context.failure("Input string was not in a correct format.", id: "ImportSecureString_InvalidArgument", category: .invalidArgument, reason: "FormatException")
        }
        try context.write(.secureString(SecureString(plainText: plain)))
    }
}

/// `ConvertFrom-SecureString`: a SecureString as an "encrypted standard string" (here: hex of UTF-16LE,
/// readable back by ConvertTo-SecureString in the same shell; not protected).
public final class ConvertFromSecureStringCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "ConvertFrom-SecureString", className: "Microsoft.PowerShell.Commands.ConvertFromSecureStringCommand", module: "Microsoft.PowerShell.Security",
        synopsis: "Converts a secure string to an encrypted standard string.",
        parameters: [
            ParameterMetadata("SecureString", .secureString, mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the secure string to convert to an encrypted standard string."),
            ParameterMetadata("AsPlainText", .switchParameter, description: "Converts a secure string to plain text."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard case .secureString(let secret)? = context.parameters["SecureString"] else { return }
        try context.write(.string(context.parameters.isOn("AsPlainText") ? secret.plainText : SecureStringText.encode(secret.plainText)))
    }
}

/// The hex form ConvertFrom-SecureString writes and ConvertTo-SecureString reads.
enum SecureStringText {
    static func encode(_ text: String) -> String {
        text.utf16.map { String(format: "%02x%02x", $0 & 0xFF, $0 >> 8) }.joined()
    }

    static func decode(_ text: String) -> String? {
        let digits = Array(text.utf8)
        guard digits.count % 4 == 0, !digits.isEmpty else { return nil }
        var units: [UInt16] = []
        var index = 0
        while index + 4 <= digits.count {
            guard let low = UInt16(String(decoding: digits[index..<(index + 2)], as: UTF8.self), radix: 16),
                  let high = UInt16(String(decoding: digits[(index + 2)..<(index + 4)], as: UTF8.self), radix: 16) else { return nil }
            units.append(low | high << 8)
            index += 4
        }
        return String(decoding: units, as: UTF16.self)
    }
}

/// `Get-Credential`: asks the host for a user name and password and returns a PSCredential.
public final class GetCredentialCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Get-Credential", className: "Microsoft.PowerShell.Commands.GetCredentialCommand", module: "Microsoft.PowerShell.Security",
        synopsis: "Gets a credential object based on a user name and password.",
        parameters: [
            ParameterMetadata("Credential", .any, position: 0, set: "CredentialSet", description: "Specifies a user name for the credential, such as User01 or Domain01\\User01."),
            ParameterMetadata("UserName", .string, position: 0, set: "MessageSet", description: "Specifies a user name."),
            ParameterMetadata("Message", .string, set: "MessageSet", description: "Specifies a message that appears in the authentication prompt."),
            ParameterMetadata("Title", .string, set: "MessageSet", description: "Sets the text of the title line for the authentication prompt in the console."),
        ],
        defaultParameterSet: "CredentialSet")

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        if case .object(let object)? = p["Credential"], object.typeNames.contains(Credentials.typeName) {
            try context.write(.object(object))
            return
        }
        guard context.host.isInteractive else {
            throw context.failure("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                                  id: "CouldNotPromptForCredential", category: .invalidOperation, reason: "PSInvalidOperationException")
        }
        var user = p.string("UserName") ?? p.string("Credential")
        context.host.writeOutputLine("")
        context.host.writeOutputLine(p.string("Title") ?? "Windows PowerShell credential request")
        context.host.writeOutputLine(p.string("Message") ?? "Enter your credentials.")
        if user == nil {
            guard let line = context.host.readLine(prompt: "User: ") else { throw PipelineInterrupted() }
            user = line
        }
        guard let password = context.host.readSecret(prompt: "Password for user \(user ?? ""): ") else { throw PipelineInterrupted() }
        try context.write(.object(Credentials.make(user: user ?? "", password: SecureString(plainText: password))))
    }
}

/// `System.Management.Automation.PSCredential`.
public enum Credentials {
    public static let typeName = "System.Management.Automation.PSCredential"

    public static func make(user: String, password: SecureString) -> PSObject {
        let object = PSObject(typeNames: [typeName, "System.Object"])
        object.setProperty("UserName", .string(user))
        object.setProperty("Password", .secureString(password))
        object.addMethod("GetNetworkCredential", PSMethod(definition: "System.Net.NetworkCredential GetNetworkCredential()") { _ in
            let parts = user.split(separator: "\\", maxSplits: 1).map(String.init)
            let network = PSObject(typeNames: ["System.Net.NetworkCredential", "System.Object"])
            network.setProperty("UserName", .string(parts.count == 2 ? parts[1] : user))
            network.setProperty("Password", .string(password.plainText))
            network.setProperty("SecurePassword", .secureString(password))
            network.setProperty("Domain", .string(parts.count == 2 ? parts[0] : ""))
            return .object(network)
        })
        return object
    }
}

/// `New-Object`: the few .NET types scripts build this way (PSCredential, PSObject, Hashtable...).
public final class NewObjectCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "New-Object", className: "Microsoft.PowerShell.Commands.NewObjectCommand",
        synopsis: "Creates an instance of a Microsoft .NET Framework or COM object.",
        parameters: [
            ParameterMetadata("TypeName", .string, mandatory: true, position: 0, description: "Specifies the fully qualified name of the .NET class."),
            ParameterMetadata("ArgumentList", .array(.any), aliases: ["Args"], position: 1, description: "Specifies an array of arguments to pass to the constructor of the .NET class."),
            ParameterMetadata("Property", .hashtable, description: "Sets property values and invokes methods of the new object."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        let written = p.string("TypeName") ?? ""
        var arguments = p.list("ArgumentList")
        if arguments.count == 1, case .array(let inner) = arguments[0] { arguments = inner }
        let object = try Self.construct(written, arguments: arguments, context: context)
        if case .hashtable(let properties)? = p["Property"] {
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

    static func construct(_ written: String, arguments: [Value], context: CommandContext) throws -> Value {
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
        case "hashtable", "system.collections.hashtable":
            return .hashtable(PSHashtable())
        case "system.collections.specialized.ordereddictionary":
            return .hashtable(PSHashtable(isOrdered: true))
        case "system.collections.arraylist", "collections.arraylist", "system.collections.generic.list[object]", "system.collections.generic.list[string]":
            return .array([])
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
            throw context.failure("Cannot find type [\(written)]: verify that the assembly containing this type is loaded.", id: "TypeNotFound",
                                  category: .invalidType, reason: "PSArgumentException", targetName: written, targetType: "String")
        }
    }
}
