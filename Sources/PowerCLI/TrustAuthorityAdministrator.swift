import Foundation
import ShellEngine
import TrustAuthority

/// The Trust Authority administrator a cmdlet acts as: the lab, the user of the current connection as the
/// domain's ``SessionUser``, and how the domain's refusals print. Every cmdlet of the Trust Authority side
/// of the procedure (``TrustAuthorityServiceCommands``) starts here, so each one checks the connection and
/// the TrustedAdmins membership the same way and hands every operation to the authorized domain API.
struct TrustAuthorityAdministrator {
    let lab: Lab
    let user: SessionUser
    let context: CommandContext
    /// The connection the administrator signed in on (its `Uid` starts the objects' `Uid`s).
    let connection: PowerCLISession.Connection
    /// The command's `-Server` (empty: the default servers).
    var servers: [VIServerArgument] = []

    /// The connected Trust Authority administrator among the connections `servers` selects, or the error
    /// `PowerCLISession.trustedConnection` prints.
    static func of(_ context: CommandContext, servers: [VIServerArgument] = []) throws -> TrustAuthorityAdministrator {
        let session = try PowerCLISession.of(context)
        let connection = try session.trustedConnection(context, servers: servers)
        return TrustAuthorityAdministrator(lab: session.lab, user: SessionUser(vCenter: connection.server, name: connection.user.name), context: context,
                                           connection: connection, servers: servers)
    }

    /// The Trust Authority cluster an argument names (object or name), on the connected vCenter.
    func cluster(_ argument: TrustAuthorityClusterArgument) throws -> ClusterRecord {
        try ObjectResolution.cluster(argument, context, servers: servers)
    }

    /// Runs a domain operation, turning its refusal into the PowerCLI error of its kind.
    func perform<Result>(_ operation: () throws(LabError) -> Result) throws -> Result {
        do {
            return try operation()
        } catch {
            throw failure(error)
        }
    }

    /// Like ``perform(_:)`` for an operation that acts on one object of several: the refusal is a
    /// non-terminating error and nil is returned, so the command goes on with the next object.
    func attempt<Result>(target: String, _ operation: () throws(LabError) -> Result) throws -> Result? {
        do {
            return try operation()
        } catch {
            let kind = Self.kind(of: error)
            try context.writeError(context.errorRecord(error.message, id: kind.id, category: kind.category, reason: kind.reason,
                                                       targetName: target, targetType: "String"))
            return nil
        }
    }

    /// A non-terminating error for an object of the right type name that no vtash cmdlet made (a hand-made
    /// `[pscustomobject]` with that PSTypeName): it names nothing in the lab.
    func writeUnknownObject(_ typeName: String, madeBy cmdlet: String) throws {
        let type = typeName.split(separator: ".").last.map(String.init) ?? typeName
        try context.writeError(context.errorRecord("The \(type) object was not returned by \(cmdlet): it names no object of the lab.",
                                                   id: "Client20_TrustedInfrastructure_InvalidArgument", category: .invalidArgument, reason: "ViError",
                                                   targetName: type, targetType: "PSObject"))
    }

    func failure(_ error: LabError) -> RuntimeError {
        let kind = Self.kind(of: error)
        return context.failure(error.message, id: kind.id, category: kind.category, reason: kind.reason)
    }

    /// The error id, category and .NET reason PowerCLI gives each kind of refusal (vAPI's std errors:
    /// Unauthorized, NotFound, AlreadyExists, NotAllowedInCurrentState, InvalidArgument).
    static func kind(of error: LabError) -> (id: String, category: ErrorCategory, reason: String) {
        switch error {
        case .notTrustedAdmin, .userNotFound:
            return ("Client20_TrustedInfrastructure_NoPermission", .permissionDenied, "ViSecurityNegotiationException")
        case .trustAuthorityClusterNotFound, .principalNotFound, .tpmCACertificateNotFound, .endorsementKeyNotFound, .baseImageNotFound,
             .keyProviderServerNotFound, .providerNotFound, .hostNotFound, .vCenterNotFound, .serverCertificateNotTrusted:
            return ("Client20_TrustedInfrastructure_NotFound", .objectNotFound, "VimException")
        case .principalExists, .tpmCACertificateExists, .endorsementKeyExists, .baseImageExists, .providerExists, .serverExists:
            return ("Client20_TrustedInfrastructure_AlreadyExists", .resourceExists, "ViError")
        case .clusterDisabled, .lastServer:
            return ("Client20_TrustedInfrastructure_NotAllowedInCurrentState", .invalidOperation, "ViError")
        case .artifact, .certificate, .principalChainInvalid, .notACACertificate, .tpmCACertificateInvalid:
            return ("Client20_TrustedInfrastructure_InvalidFile", .invalidData, "ViError")
        default:
            return ("Client20_TrustedInfrastructure_InvalidArgument", .invalidArgument, "ViError")
        }
    }

    /// The items whose key matches one of `names` (wildcards allowed; none given: all), in the items' order.
    /// A name without wildcards that matches nothing is a non-terminating "Could not find" error, as
    /// Get-TrustAuthorityCluster prints it.
    func named<Item>(_ items: [Item], _ names: [String], noun: String, by key: (Item) -> String) throws -> [Item] {
        guard !names.isEmpty else { return items }
        let patterns = names.map { WildcardPattern($0) }
        for (name, pattern) in zip(names, patterns) where !pattern.hasWildcards && !items.contains(where: { pattern.matches(key($0)) }) {
            try context.writeError(context.errorRecord("Could not find \(noun) with name '\(name)'.", id: "Core_OutputHelper_WriteNotFoundError",
                                                       category: .objectNotFound, reason: "VimException", targetName: name, targetType: "String"))
        }
        return items.filter { item in patterns.contains { $0.matches(key(item)) } }
    }

    /// The bytes of a file the user names, or .NET's error for a missing or unreadable one.
    func readBytes(_ path: String) throws -> [UInt8] {
        let resolved = context.shell.resolvePath(path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), !isDirectory.boolValue,
           let data = FileManager.default.contents(atPath: resolved) {
            return Array(data)
        }
        // ObjectResolution.readText prints .NET's errors for the other cases (missing, directory, no access).
        _ = try ObjectResolution.readText(path, context)
        throw context.failure("Access to the path '\(resolved)' is denied.", id: "UnauthorizedAccess", category: .permissionDenied,
                              reason: "UnauthorizedAccessException", targetName: resolved, targetType: "String")
    }

    /// `file 'C:\temp\principal.json'`: how the domain's file errors name the file.
    func source(_ path: String) -> String {
        "file '\(context.shell.resolvePath(path))'"
    }
}
