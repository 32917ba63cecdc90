import NIOCore
import NIOPosix

/// A transport that opens a fresh verified TLS connection for every request and closes it afterwards.
/// For several requests on one connection, use `KMIPConnection` directly as the transport.
public struct TLSTransport: KMIPTransport, KMIPBlockingTransport {
    public var configuration: TLSClientConfiguration
    private let group: any EventLoopGroup

    public init(configuration: TLSClientConfiguration, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.configuration = configuration
        self.group = group
    }

    public func roundTrip(_ request: [UInt8]) async throws(TLSFailure) -> [UInt8] {
        let connection: KMIPConnection
        do {
            connection = try await KMIPConnection.open(configuration, group: group)
        } catch {
            throw error.failure
        }
        defer { connection.closeWithoutWaiting() }
        return try await connection.roundTrip(request)
    }

    public func exchange(_ request: [UInt8]) throws(TLSFailure) -> [UInt8] {
        let connection: KMIPConnection
        do {
            connection = try KMIPConnection.openWaiting(configuration, group: group)
        } catch {
            throw error.failure
        }
        defer { connection.closeWithoutWaiting() }
        return try connection.exchange(request)
    }
}
