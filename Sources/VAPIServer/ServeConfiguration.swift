import Foundation

/// What `vtash serve` was asked for.
public struct ServeConfiguration: Sendable, Equatable {
    /// The lab file (the served lab; created as the default lab when missing).
    public var labPath: String
    public var host: String
    /// 0 picks a free port (tests); the one bound is reported.
    public var port: Int
    public var certificatePath: String?
    public var keyPath: String?
    /// A line per request.
    public var verbose: Bool
    /// Seconds a session may go without a request before it ends.
    public var sessionIdleTimeout: TimeInterval
    /// The lab vCenter the endpoint is; nil: the first with a Trust Authority cluster.
    public var vCenter: String?

    public static let defaultPort = 8443
    public static let defaultSessionIdleTimeout: TimeInterval = 1800

    public init(labPath: String, host: String = "127.0.0.1", port: Int = ServeConfiguration.defaultPort, certificatePath: String? = nil,
                keyPath: String? = nil, verbose: Bool = false, sessionIdleTimeout: TimeInterval = ServeConfiguration.defaultSessionIdleTimeout,
                vCenter: String? = nil) {
        self.labPath = labPath
        self.host = host
        self.port = port
        self.certificatePath = certificatePath
        self.keyPath = keyPath
        self.verbose = verbose
        self.sessionIdleTimeout = sessionIdleTimeout
        self.vCenter = vCenter
    }

    /// The names the self-made certificate is for: loopback, and the listen address when it is a name.
    var certificateHosts: [String] {
        var hosts = ["127.0.0.1", "localhost"]
        if !["0.0.0.0", "::", "127.0.0.1", "localhost"].contains(host), !host.contains(":") { hosts.append(host) }
        return hosts
    }
}
