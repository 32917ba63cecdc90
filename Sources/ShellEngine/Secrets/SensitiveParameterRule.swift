/// Which parameters take secrets, decided by what a parameter is (its declared type and name), never by
/// how a command line spells it: whatever binds to a sensitive parameter (`-Pa`, `-Password:x`, an alias,
/// a splatted key, a position, a pipeline property) is a secret.
///
/// A parameter is sensitive when it is declared `SecureString` or `PSCredential` (also as arrays), or when
/// its name is `Password` or ends in `Password` (`KmipServerPassword`), `Credential` or `PrivateKey`.
/// `PasswordPolicy`, `SaveCredentials` and `PrivateKeyFilePath` are not: a path or a switch holds no secret.
/// `ConvertTo-SecureString -AsPlainText` makes its `String` the plain text of a secret (see
/// ``plainTextParameter``).
enum SensitiveParameterRule {
    static let secureStringType = "System.Security.SecureString"
    static let credentialType = "System.Management.Automation.PSCredential"
    /// The switch that makes a command's `String` parameter plain secret text (ConvertTo-SecureString).
    static let plainTextSwitch = "AsPlainText"
    static let plainTextParameter = "String"

    static func isSensitive(name: String, type: ParameterType) -> Bool {
        isSensitiveType(type) || isSensitiveName(name)
    }

    /// A script parameter: `[SecureString]$Key`, `[pscredential]$Login`, `[string]$Password`.
    static func isSensitive(name: String, typeName: String?) -> Bool {
        if let typeName, isSensitiveTypeName(typeName) { return true }
        return isSensitiveName(name)
    }

    static func isSensitiveName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix("password") || lower.hasSuffix("credential") || lower.hasSuffix("privatekey")
    }

    /// Credentials carry a user name beside the secret: for them only the password counts, and a plain
    /// string given to one is the user name PowerShell asks a password for.
    static func isCredential(name: String, type: ParameterType) -> Bool {
        if case .object(let typeName, _) = elementType(type), typeName == credentialType { return true }
        if case .script(let written) = elementType(type), canonical(written) == credentialType { return true }
        return name.lowercased().hasSuffix("credential")
    }

    static func isCredential(name: String, typeName: String?) -> Bool {
        if let typeName, canonical(typeName) == credentialType { return true }
        return name.lowercased().hasSuffix("credential")
    }

    private static func isSensitiveType(_ type: ParameterType) -> Bool {
        switch elementType(type) {
        case .secureString: return true
        case .object(let typeName, _): return typeName == credentialType || typeName == secureStringType
        case .script(let written): return isSensitiveTypeName(written)
        default: return false
        }
    }

    private static func isSensitiveTypeName(_ written: String) -> Bool {
        let name = canonical(written)
        return name == secureStringType || name == credentialType
    }

    /// `securestring[]` → `System.Security.SecureString`.
    private static func canonical(_ written: String) -> String {
        var name = TypeNames.canonical(written) ?? written
        while name.hasSuffix("[]") { name.removeLast(2) }
        return name
    }

    private static func elementType(_ type: ParameterType) -> ParameterType {
        if case .array(let element) = type { return elementType(element) }
        return type
    }

    /// The plain texts a bound value holds: a string, a SecureString's text, a PSCredential's password
    /// (for a credential parameter, only the latter two), each element of an array.
    static func plainTexts(in value: Value, credential: Bool) -> [String] {
        switch value {
        case .null, .bool, .scriptBlock, .type, .hashtable, .enumValue:
            return []
        case .secureString(let secret):
            return secret.plainText.isEmpty ? [] : [secret.plainText]
        case .array(let items):
            return items.flatMap { plainTexts(in: $0, credential: credential) }
        case .object(let object):
            if object.typeNames.contains(credentialType), case .secureString(let secret)? = object.property("Password")?.value {
                return secret.plainText.isEmpty ? [] : [secret.plainText]
            }
            return []
        case .string(let text):
            return credential || text.isEmpty ? [] : [text]
        case .int, .double, .decimal, .date:
            return credential ? [] : [LanguagePrimitives.toString(value)]
        case .dotNet:
            // A .NET collection (String[], ArrayList) holds texts as an array does; a char or StringBuilder is its text.
            if let items = value.collectionElements { return items.flatMap { plainTexts(in: $0, credential: credential) } }
            let text = LanguagePrimitives.toString(value)
            return credential || text.isEmpty ? [] : [text]
        }
    }
}
