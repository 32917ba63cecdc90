import Foundation
import VAPIServer

/// `vtash serve`: parses its arguments and hands the lab to the VAPIServer target.
enum ServeCommand {
    static let usage = """
    Usage: vtash serve [--lab PATH] [--listen HOST:PORT] [--cert FILE --key FILE] [--verbose]
                       [--session-idle-timeout SECONDS] [--vcenter ADDRESS]

    Serves the lab as a vCenter's vSphere Automation API over HTTPS (JSON-RPC on POST /api, as the
    vSphere Automation SDK speaks it, and the REST forms under /api) until SIGINT or SIGTERM.
      --lab PATH       the lab to serve (default: the lab vtash uses without --lab)
      --listen H:P     where to listen (default 127.0.0.1:8443; port 0 picks a free one)
      --cert, --key    the TLS certificate (PEM, chain after the leaf) and its key; without them a
                       certificate is made on first start and kept next to the lab (PATH-serve/ca.pem
                       is the CA a client trusts)
      --verbose        a log line per request
      --session-idle-timeout SECONDS   a session ends after this long without a request (default 1800)
      --vcenter ADDRESS  the lab vCenter to serve (default: the first with a Trust Authority cluster)
    """

    static func run(_ arguments: [String], labPath: String?) -> Int32 {
        switch parse(arguments, labPath: labPath) {
        case .help:
            print(usage)
            return 0
        case .failure(let message):
            FileHandle.standardError.write(Data("vtash serve: \(message)\n".utf8))
            return 64
        case .serve(let configuration):
            return VAPIServer.runUntilStopped(configuration)
        }
    }

    enum Parsed: Equatable {
        case serve(ServeConfiguration)
        case help
        case failure(String)
    }

    /// All of `vtash serve`'s argument parsing, in one place (it moves to swift-argument-parser with the rest).
    static func parse(_ arguments: [String], labPath: String?) -> Parsed {
        var labPath = labPath
        var listen = "127.0.0.1:\(ServeConfiguration.defaultPort)"
        var certificate: String?
        var key: String?
        var verbose = false
        var idle = ServeConfiguration.defaultSessionIdleTimeout
        var vCenter: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index].lowercased()
            let takesValue = ["--lab", "-lab", "--listen", "--cert", "--key", "--session-idle-timeout", "--vcenter"].contains(argument)
            var value = ""
            if takesValue {
                guard index + 1 < arguments.count else { return .failure("\(arguments[index]) needs a value\n\(usage)") }
                value = arguments[index + 1]
            }
            switch argument {
            case "--help", "-h", "-?": return .help
            case "--verbose", "-v": verbose = true
            case "--lab", "-lab": labPath = value
            case "--listen": listen = value
            case "--cert": certificate = value
            case "--key": key = value
            case "--vcenter": vCenter = value
            case "--session-idle-timeout":
                guard let seconds = Double(value), seconds > 0, seconds.isFinite else {
                    return .failure("--session-idle-timeout needs a number of seconds greater than 0, not '\(value)'")
                }
                idle = seconds
            default:
                return .failure("unknown argument '\(arguments[index])'\n\(usage)")
            }
            index += takesValue ? 2 : 1
        }
        guard (certificate == nil) == (key == nil) else { return .failure("--cert and --key go together") }
        guard let (host, port) = endpoint(listen) else {
            return .failure("--listen needs HOST:PORT with a port from 0 to 65535, e.g. 127.0.0.1:8443, not '\(listen)'")
        }
        guard let path = labPath.map(LabLocation.absolute) ?? LabLocation.defaultPath() else {
            return .failure("no lab to serve: give --lab PATH (there is no home folder to keep the default lab in)")
        }
        return .serve(ServeConfiguration(labPath: path, host: host, port: port, certificatePath: certificate.map(LabLocation.absolute),
                                         keyPath: key.map(LabLocation.absolute), verbose: verbose, sessionIdleTimeout: idle, vCenter: vCenter))
    }

    /// `HOST:PORT`, `[IPv6]:PORT`.
    static func endpoint(_ text: String) -> (String, Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return host.isEmpty ? nil : (host, port)
    }
}
