import ShellEngine
import TrustAuthority

/// Turns parameter values (objects or names, as PowerCLI's "Obn" binding allows) into lab records.
enum ObjectResolution {
    static func cluster(_ value: Value?, _ context: CommandContext) throws -> ClusterRecord {
        let session = PowerCLISession.of(context)
        let connection = try session.trustedConnection(context)
        let clusters = session.lab.trustAuthorityClusters(at: connection.server)
        let key: String
        if case .object(let object)? = value, let id = object.baseObject as? String {
            if let found = clusters.first(where: { $0.id == id }) { return found }
            key = id
        } else {
            key = LanguagePrimitives.toString(value ?? .null)
        }
        if let found = clusters.first(where: { $0.name.caseInsensitiveCompare(key) == .orderedSame || $0.trustAuthorityClusterId == key }) { return found }
        throw context.failure("Could not find TrustAuthorityCluster with name '\(key)'.", id: "Core_ObnSelector_SelectObjectByNameCore_ObjectNotFound",
                              category: .objectNotFound, reason: "VimException", targetName: key, targetType: "String")
    }

    static func provider(_ value: Value?, _ context: CommandContext) throws -> KeyProvider {
        let session = PowerCLISession.of(context)
        _ = try session.trustedConnection(context)
        let name: String
        if case .object(let object)? = value, let providerName = object.baseObject as? String {
            name = providerName
        } else {
            name = LanguagePrimitives.toString(value ?? .null)
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
            throw context.failure("Could not find file '\(resolved)'.", id: "FileNotFound", category: .objectNotFound, reason: "FileNotFoundException", targetName: resolved, targetType: "String")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes a file. A `secret` file (a private key) is born 0600 (``PrivateFile``): without `force` it
    /// must not exist yet (the check is the create itself); with `force` a new 0600 file replaces it.
    static func writeText(_ text: String, to path: String, secret: Bool, force: Bool, _ context: CommandContext) throws -> String {
        let resolved = context.shell.resolvePath(path)
        if secret {
            try writePrivate(text, to: resolved, force: force, context)
            return resolved
        }
        let directory = (resolved as NSString).deletingLastPathComponent
        if force { try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        let created = FileManager.default.createFile(atPath: resolved, contents: Data(text.utf8), attributes: nil)
        guard created else {
            throw context.failure("Could not find a part of the path '\(resolved)'.", id: "DirectoryNotFound", category: .writeError, reason: "DirectoryNotFoundException", targetName: resolved, targetType: "String")
        }
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
}

import Foundation
