import Foundation
import ShellEngine
import TrustAuthority

/// Turns parameter values (objects or names, as PowerCLI's "Obn" binding allows) into lab records.
enum ObjectResolution {
    /// `servers`: the command's `-Server` (empty: the default servers), among which the Trust Authority vCenter is chosen.
    static func cluster(_ argument: TrustAuthorityClusterArgument, _ context: CommandContext, servers: [VIServerArgument] = []) throws -> ClusterRecord {
        try cluster(argument.value, context, servers: servers)
    }

    static func provider(_ argument: KeyProviderArgument, _ context: CommandContext, servers: [VIServerArgument] = []) throws -> KeyProvider {
        try provider(argument.value, context, servers: servers)
    }

    /// The provider a name stands for, read again (after another provider of the same command changed).
    static func provider(named name: String, _ context: CommandContext, servers: [VIServerArgument] = []) throws -> KeyProvider {
        try provider(.string(name), context, servers: servers)
    }

    /// Which provider and server a KeyProviderServer object stands for; nil for an object vtash did not make.
    static func keyProviderServer(_ argument: KeyProviderServerArgument) -> ServerReference? {
        guard case .object(let object) = argument else { return nil }
        return object.baseObject as? ServerReference
    }

    /// The provider and certificate a server-certificate object stands for; nil for an object vtash did not make.
    static func serverCertificate(_ argument: ServerCertificateArgument) -> ServerCertificateReference? {
        guard case .object(let object) = argument else { return nil }
        return object.baseObject as? ServerCertificateReference
    }

    /// The certificate an X509Certificate2 object holds; nil for an object vtash did not make.
    static func certificate(_ argument: X509CertificateArgument) -> CertificateInfo? {
        guard case .object(let object) = argument else { return nil }
        return (object.baseObject as? CertificateBox)?.info
    }

    /// The server addresses a `-Server` argument names: a connection's Name, or the text given (wildcards allowed).
    static func serverPattern(_ argument: VIServerArgument) -> WildcardPattern {
        switch argument {
        case .object(let object): return WildcardPattern(LanguagePrimitives.toString(object["Name"]))
        case .name(let name): return WildcardPattern(name)
        }
    }

    /// The same on a connection the cmdlet already chose (trustedConnection is not asked twice per object).
    static func cluster(_ argument: TrustAuthorityClusterArgument, on connection: PowerCLISession.Connection, of session: PowerCLISession,
                        _ context: CommandContext) throws -> ClusterRecord {
        try cluster(argument.value, on: connection, of: session, context)
    }

    private static func cluster(_ value: Value, _ context: CommandContext, servers: [VIServerArgument]) throws -> ClusterRecord {
        let session = try PowerCLISession.of(context)
        return try cluster(value, on: try session.trustedConnection(context, servers: servers), of: session, context)
    }

    private static func cluster(_ value: Value, on connection: PowerCLISession.Connection, of session: PowerCLISession,
                                _ context: CommandContext) throws -> ClusterRecord {
        let clusters = session.lab.trustAuthorityClusters(at: connection.server)
        let key: String
        if case .object(let object) = value, let id = object.baseObject as? String {
            if let found = clusters.first(where: { $0.id == id }) { return found }
            key = id
        } else {
            key = LanguagePrimitives.toString(value)
        }
        if let found = clusters.first(where: { $0.name.caseInsensitiveCompare(key) == .orderedSame || $0.trustAuthorityClusterId == key }) { return found }
        throw context.failure("Could not find TrustAuthorityCluster with name '\(key)'.", id: "Core_ObnSelector_SelectObjectByNameCore_ObjectNotFound",
                              category: .objectNotFound, reason: "VimException", targetName: key, targetType: "String")
    }

    private static func provider(_ value: Value, _ context: CommandContext, servers: [VIServerArgument]) throws -> KeyProvider {
        let session = try PowerCLISession.of(context)
        _ = try session.trustedConnection(context, servers: servers)
        let name: String
        if case .object(let object) = value, let providerName = object.baseObject as? String {
            name = providerName
        } else {
            name = LanguagePrimitives.toString(value)
        }
        guard let provider = session.lab.provider(named: name) else {
            throw context.failure("Could not find TrustAuthorityKeyProvider with name '\(name)'.", id: "Core_ObnSelector_SelectObjectByNameCore_ObjectNotFound",
                                  category: .objectNotFound, reason: "VimException", targetName: name, targetType: "String")
        }
        return provider
    }

    static func labFailure(_ error: LabError, _ context: CommandContext, id: String = "Client20_TrustedInfrastructure_InvalidArgument") -> RuntimeError {
        context.failure(error.message, id: id, category: .invalidArgument, reason: "ViError")
    }

    static func readText(_ path: String, _ context: CommandContext) throws -> String {
        let resolved = context.shell.resolvePath(path)
        guard let data = FileManager.default.contents(atPath: resolved) else {
            // There but unreadable (a directory, or a file the user may not read): .NET's access error.
            if FileManager.default.fileExists(atPath: resolved) { throw accessDenied(resolved, context) }
            if !isDirectory((resolved as NSString).deletingLastPathComponent) { throw directoryNotFound(resolved, category: .objectNotFound, context) }
            throw context.failure("Could not find file '\(resolved)'.", id: "FileNotFound", category: .objectNotFound, reason: "FileNotFoundException", targetName: resolved, targetType: "String")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes a file. A `secret` file (a private key) is born 0600 (``PrivateFile``): without `force` it
    /// must not exist yet (the check is the create itself); with `force` a new 0600 file replaces it.
    static func writeText(_ text: String, to path: String, secret: Bool, force: Bool, _ context: CommandContext) throws -> String {
        let resolved = context.shell.resolvePath(path)
        // A directory is not a file that "already exists": .NET opens it and is refused access.
        if isDirectory(resolved) { throw accessDenied(resolved, context) }
        if secret {
            try writePrivate(text, to: resolved, force: force, context)
            return resolved
        }
        let directory = (resolved as NSString).deletingLastPathComponent
        if force { try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        let created = FileManager.default.createFile(atPath: resolved, contents: Data(text.utf8), attributes: nil)
        guard created else { throw writeFailure(resolved, context) }
        return resolved
    }

    private static func writePrivate(_ text: String, to resolved: String, force: Bool, _ context: CommandContext) throws {
        if force {
            let directory = (resolved as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        do {
            if force {
                try PrivateFile.replace(resolved, contents: Array(text.utf8))
            } else {
                try PrivateFile.create(resolved, contents: Array(text.utf8))
            }
        } catch {
            let (id, category): (String, ErrorCategory)
            switch error.kind {
            case .exists:
                throw context.failure("The file '\(resolved)' already exists. Use -Force to overwrite it.", id: "FileExists", category: .resourceExists,
                                      reason: "IOException", targetName: resolved, targetType: "String")
            case .directoryNotFound: (id, category) = ("DirectoryNotFound", .writeError)
            case .accessDenied, .isDirectory: (id, category) = ("UnauthorizedAccess", .permissionDenied)
            case .other: (id, category) = ("WriteError", .writeError)
            }
            throw context.failure(error.message, id: id, category: category, reason: error.exceptionName, targetName: resolved, targetType: "String")
        }
    }

    /// Whether `resolved` names an existing file (not a directory): what `-Force` is needed to overwrite.
    static func isExistingFile(_ resolved: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// Why a file could not be created, in .NET's words (Win32Marshal: ERROR_PATH_NOT_FOUND →
    /// DirectoryNotFoundException, ERROR_ACCESS_DENIED → UnauthorizedAccessException): its folder is
    /// missing, or the folder is there and refuses the file.
    static func writeFailure(_ resolved: String, _ context: CommandContext) -> RuntimeError {
        isDirectory((resolved as NSString).deletingLastPathComponent) ? accessDenied(resolved, context) : directoryNotFound(resolved, category: .writeError, context)
    }

    private static func accessDenied(_ resolved: String, _ context: CommandContext) -> RuntimeError {
        context.failure("Access to the path '\(resolved)' is denied.", id: "UnauthorizedAccess", category: .permissionDenied, reason: "UnauthorizedAccessException", targetName: resolved, targetType: "String")
    }

    private static func directoryNotFound(_ resolved: String, category: ErrorCategory, _ context: CommandContext) -> RuntimeError {
        context.failure("Could not find a part of the path '\(resolved)'.", id: "DirectoryNotFound", category: category, reason: "DirectoryNotFoundException", targetName: resolved, targetType: "String")
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
