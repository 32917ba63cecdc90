import Foundation

/// vapi-load's arguments.
struct LoadOptions: Sendable {
    var host = "127.0.0.1"
    var port = 8443
    var authorityFile = ""
    var clients = 50
    var seconds = 30.0
    var serverPid: Int32?
    var provider = "bench"
    /// A bound on each client's iterations, whatever the time.
    var maximumPerClient = 1_000_000
    /// Open loop (`--rate`): the pairs per second of all clients together, each client sending at its own fixed
    /// period whatever the answers do; nil is the closed loop (each client sends its next pair when the last ends).
    var rate: Double?

    static func parse(_ arguments: [String]) -> LoadOptions {
        var options = LoadOptions()
        var index = 0
        while index + 1 < arguments.count {
            let value = arguments[index + 1]
            switch arguments[index] {
            case "--host": options.host = value
            case "--port": options.port = Int(value) ?? options.port
            case "--ca": options.authorityFile = value
            case "--clients": options.clients = max(1, Int(value) ?? options.clients)
            case "--seconds": options.seconds = max(1, Double(value) ?? options.seconds)
            case "--server-pid": options.serverPid = Int32(value)
            case "--provider": options.provider = value
            case "--rate": options.rate = Double(value).flatMap { $0 > 0 ? $0 : nil }
            default: FileHandle.standardError.write(Data("vapi-load: unknown argument \(arguments[index])\n".utf8))
            }
            index += 2
        }
        return options
    }
}
