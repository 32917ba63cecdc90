import Foundation
@testable import TrustAuthority

/// A default lab with the seed's key provider `clkp` (primary key 8 on 192.168.110.91).
struct LabFixture {
    static let kmsAddress = "192.168.110.91"
    let lab: Lab

    init(primaryKeyId: String = "8") throws {
        lab = try Lab.makeDefault()
        try lab.addProvider(KeyProvider(
            name: "clkp", clusterId: "domain-c8", primaryKeyId: primaryKeyId,
            servers: [KeyProviderServer(name: Self.kmsAddress, address: Self.kmsAddress, port: 5696)]))
    }

    var provider: KeyProvider {
        get throws {
            guard let provider = lab.provider(named: "clkp") else { throw FixtureError(description: "no provider clkp") }
            return provider
        }
    }

    var kms: SimulatedKeyServer {
        get throws {
            guard let server = lab.keyServer(address: Self.kmsAddress, port: 5696) else { throw FixtureError(description: "no default KMS") }
            return server
        }
    }

    /// The upload route: a self-signed client certificate that the KMS administrator uploads.
    func uploadClientCertificate() throws {
        let certificate = try lab.createSelfSignedClientCertificate(provider: "clkp")
        try lab.trustClientCertificate(keyServer: Self.kmsAddress, certificate)
    }

    /// Add-TrustAuthorityKeyProviderServerCertificate with what the server presents (its leaf).
    func trustServerCertificate() throws {
        let presented = try lab.presentedChain(provider: try provider, server: try provider.servers[0])
        try lab.trustServerCertificates(provider: "clkp", Array(presented.prefix(1)))
    }

    func status() async throws -> ProviderStatus {
        await lab.checkStatus(of: try provider)
    }

    /// The synchronous API, called from a plain thread as vtash's main thread calls it (never from a pool thread).
    func statusFromAPlainThread() async throws -> ProviderStatus {
        let provider = try self.provider
        let lab = self.lab
        return await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: lab.status(of: provider)) }.start()
        }
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
}

/// A TCP port on 127.0.0.1 that nothing listens on: bind to port 0, read the port, close.
enum UnusedPort {
    static func make() -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return 9 }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else { return 9 }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
