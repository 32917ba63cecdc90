import Foundation
import ShellEngine
import ShellFormatting
import TrustAuthority
import VAPIClient

/// `Connect-VIServer` to a vCenter served by `vtash serve`: the server's certificate is checked as PowerCLI's
/// InvalidCertificateAction says (about_invalid_certificates: Fail refuses an untrusted certificate, Warn warns
/// and connects, Prompt asks, Ignore connects; -Force connects for this connection only), then the user logs in
/// over the API and the shell's lab forwards its key-provider operations to the served lab.
struct ServedVCenterLogin {
    let server: String
    let port: Int
    let user: String
    let password: String
    /// Connect-VIServer's -Force: connect despite an invalid certificate, for this connection only.
    let force: Bool
    let context: CommandContext

    /// The new connection, or nil after a non-terminating error as Connect-VIServer writes it.
    func connect(_ session: PowerCLISession) throws -> PowerCLISession.Connection? {
        let chain: [CertificateInfo]
        do {
            chain = try ServerCertificateProbe.presentedChain(host: server, port: port)
        } catch {
            try writeError("Could not connect using the requested protocol. \(error.message)", id: "Client20_ConnectivityServiceImpl_Reconnect_ProtocolError",
                           category: .connectionError, reason: "ViServerConnectionException")
            return nil
        }
        guard let leaf = chain.first else {
            try writeError("Could not connect using the requested protocol. \(address) presented no certificate.",
                           id: "Client20_ConnectivityServiceImpl_Reconnect_ProtocolError", category: .connectionError, reason: "ViServerConnectionException")
            return nil
        }
        guard let trust = try decideTrust(leaf, chain: chain, authorities: session.served.authorities) else { return nil }
        let remote: RemoteLab
        do {
            remote = try RemoteLab.signIn(host: server, port: port, trust: trust, user: user, password: password)
        } catch .access(.incorrectCredentials) {
            try writeError("Cannot complete login due to an incorrect user name or password.", id: "Client20_ConnectivityServiceImpl_Reconnect_SoapException",
                           category: .notSpecified, reason: "InvalidLogin", target: "")
            return nil
        } catch {
            try writeError(error.message, id: "Client20_ConnectivityServiceImpl_Reconnect_ProtocolError", category: .connectionError,
                           reason: "ViServerConnectionException")
            return nil
        }
        // The endpoint applies the TrustedAdmins rule; asking once tells the connection what the local lab's
        // groups tell it (the Trust Authority cmdlets then refuse with the same words before any call).
        let isTrustedAdmin: Bool
        do {
            _ = try remote.trustAuthorityClusters()
            isTrustedAdmin = true
        } catch .access(.notTrustedAdmin) {
            isTrustedAdmin = false
        } catch {
            remote.signOut()
            try writeError(error.message, id: "Client20_ConnectivityServiceImpl_Reconnect_ProtocolError", category: .connectionError,
                           reason: "ViServerConnectionException")
            return nil
        }
        let account = SSOUser(name: remote.user.user.name, password: "", groups: isTrustedAdmin ? ["TrustedAdmins"] : [])
        var connection = PowerCLISession.Connection(server: server, port: port, user: account, domain: remote.user.ssoDomain,
                                                    sessionId: remote.sessionId)
        connection.endpoint = ServedLab(remote)
        return connection
    }

    var address: String { "\(server):\(port)" }

    /// How the client checks the endpoint from now on, or nil (after the error) when the certificate is refused.
    func decideTrust(_ leaf: CertificateInfo, chain: [CertificateInfo], authorities: [CertificateInfo]) throws -> ServerTrust? {
        let now = Date()
        let chained = TrustVerdict.verifyChain(leaf: leaf, trusted: authorities, at: now).isTrusted
        let named = leaf.subjectAlternativeNames.contains { $0.equalsIgnoringCase(server) }
        if chained && named && leaf.isValid(at: now) { return .pinned(leaf) }
        let reason = !chained ? "The certificate chain is not trusted: its issuer '\(leaf.issuer)' is not a trusted certification authority."
            : !named ? "The certificate is not issued for '\(server)'." : "The certificate is not valid at this time."
        if force { return .pinned(leaf) }
        switch PowerCLIConfiguration.of(context.shell).effective.invalidCertificateAction ?? .unset {
        case .ignore:
            return .unverified
        case .warn:
            context.writeWarning("Invalid server certificate. \(reason)\n" + Self.describe(leaf))
            return .pinned(leaf)
        case .prompt:
            return try prompt(leaf, reason: reason) ? .pinned(leaf) : nil
        case .fail, .unset:
            // PowerCLI 13's words for a refused certificate ([RECALL]: the error record of Connect-VIServer under
            // InvalidCertificateAction Fail; the option's behaviour: about_invalid_certificates, PowerCLI 13.3).
            try writeError("Error: Invalid server certificate. Use Set-PowerCLIConfiguration to set the value for the InvalidCertificateAction option to Prompt if you'd like to connect once or to add a permanent exception for this server.\nAdditional Information: Could not establish trust relationship for the SSL/TLS secure channel with authority '\(address)'.",
                           id: "Client20_ConnectivityServiceImpl_Reconnect_CertificateError", category: .securityError, reason: "ViSecurityNegotiationException")
            return nil
        }
    }

    /// The Invalid Certificate prompt: Deny or Connect once (vtash keeps no permanent exception store).
    func prompt(_ leaf: CertificateInfo, reason: String) throws -> Bool {
        guard context.host.isInteractive else {
            throw context.failure("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                                  id: "HostFunctionNotImplemented", category: .notImplemented, reason: "HostException")
        }
        context.host.writeOutputLine("")
        context.host.writeOutputLine("Invalid server certificate. \(reason)")
        for line in Self.describe(leaf).split(separator: "\n", omittingEmptySubsequences: false) { context.host.writeOutputLine(String(line)) }
        while true {
            guard let answer = context.host.readLine(prompt: "[D] Deny  [O] Connect once  [?] Help (default is \"D\"): ") else { return false }
            switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
            case "", "d", "deny": return false
            case "o", "connect once": return true
            default: context.host.writeOutputLine("D - Cancel the server connection.\nO - Establish the server connection and suppress further warnings for the current PowerShell session.")
            }
        }
    }

    static func describe(_ certificate: CertificateInfo) -> String {
        "Certificate: [Subject]\n  \(certificate.subject)\n[Issuer]\n  \(certificate.issuer)\n[Thumbprint]\n  \(certificate.thumbprint)"
    }

    func writeError(_ text: String, id: String, category: ErrorCategory, reason: String, target: String? = nil) throws {
        try context.writeError(context.errorRecord("\(DateFormatting.general(Date()))\tConnect-VIServer\t\t\(text)", id: id, category: category,
                                                    reason: reason, targetName: target ?? server, targetType: target == nil ? "String" : ""))
    }
}
