import Foundation
import Hummingbird
import HummingbirdTLS
import Logging
import NIOCore
import TrustAuthority

/// `vtash serve`: the lab behind the vSphere Automation API over HTTPS (Hummingbird 2).
public enum VAPIServer {
    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight and returns.
    public static func run(_ configuration: ServeConfiguration, logger: Logger) async throws(ServeError) {
        let server = try await start(configuration, logger: logger, stopOnSignals: true)
        await server.finished()
        logger.info("stopped", metadata: ["lab": "\(configuration.labPath)"])
    }

    /// Starts serving and returns once the port is bound. Without `stopOnSignals` only `stop()` ends it (tests).
    public static func start(_ configuration: ServeConfiguration, logger: Logger, stopOnSignals: Bool = false) async throws(ServeError) -> RunningServer {
        let lab: Lab
        do {
            lab = try Lab.open(path: configuration.labPath)
        } catch {
            throw .lab(error.message)
        }
        let vCenter = try servedVCenter(lab, configuration.vCenter)
        let identity: ServerIdentity
        if let certificate = configuration.certificatePath, let key = configuration.keyPath {
            identity = try ServerIdentity.load(certificate: certificate, key: key)
        } else {
            identity = try ServerIdentity.kept(forLab: configuration.labPath, hosts: configuration.certificateHosts)
        }
        let tls = try identity.tlsConfiguration()
        let endpoint = Endpoint(lab: lab, vCenter: vCenter, sessionIdleTimeout: configuration.sessionIdleTimeout)
        let responder = EndpointResponder(endpoint: endpoint, logger: logger, verbose: configuration.verbose)
        let bound = BoundPort()
        let application: Application<EndpointResponder>
        do {
            application = Application(
                responder: responder, server: try .tls(.http1(), tlsConfiguration: tls),
                configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "vtash"),
                onServerRunning: { channel in bound.set(channel.localAddress?.port) },
                logger: logger)
        } catch {
            throw .certificate(path: configuration.certificatePath ?? identity.authorityFile ?? "", detail: "\(error)")
        }
        let running = Task {
            do {
                if stopOnSignals {
                    try await application.runService()
                } else {
                    try await application.runService(gracefulShutdownSignals: [])
                }
                bound.set(nil)
                return Optional<String>.none
            } catch is CancellationError {
                bound.set(nil)
                return nil
            } catch {
                bound.set(nil)
                return "\(error)"
            }
        }
        guard let port = await bound.wait() else {
            let failure = await running.value
            throw .listen("\(configuration.host):\(configuration.port): \(failure ?? "the server stopped before it listened")")
        }
        logger.info("serving", metadata: [
            "url": "https://\(configuration.host):\(port)/api", "lab": "\(configuration.labPath)", "vcenter": "\(vCenter)",
            "ca": "\(identity.authorityFile ?? "(given certificate)")",
        ])
        return RunningServer(port: port, authorityFile: identity.authorityFile, vCenter: vCenter, task: running)
    }

    /// The vCenter named on the command line, or the first of the lab with a Trust Authority cluster.
    static func servedVCenter(_ lab: Lab, _ named: String?) throws(ServeError) -> String {
        if let named {
            guard let vCenter = lab.vCenter(at: named) else { throw .unknownVCenter(named) }
            return vCenter.address
        }
        guard let vCenter = lab.vCenters.first(where: { !$0.trustAuthorityClusters.isEmpty }) else { throw .noTrustAuthorityVCenter }
        return vCenter.address
    }
}
