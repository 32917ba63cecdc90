import Foundation
import NIOSSL
import TrustAuthority

/// The certificate and key the endpoint presents. Given with `--cert/--key`, or made on first start and
/// kept with the lab (`<lab>-serve/`): a CA of its own (`ca.pem`, what clients trust, as vCenter's VMCA
/// root) and a server certificate for the loopback names (`server.pem`, `server-key.pem`, born 0600). The
/// CA's key is not kept: a new listen name makes a new CA and certificate.
struct ServerIdentity {
    var chain: [CertificateInfo]
    var key: PrivateKeyMaterial
    /// The CA file clients trust, when the endpoint made its own.
    var authorityFile: String?

    static func folder(forLab labPath: String) -> String { labPath + "-serve" }

    /// `--cert C --key K`: PEM files; the chain may hold intermediates after the leaf.
    static func load(certificate certificatePath: String, key keyPath: String) throws(ServeError) -> ServerIdentity {
        do {
            let chain = try CertificateInfo.parseAll(pem: try read(certificatePath), source: "file '\(certificatePath)'")
            let key = try PrivateKeyMaterial(pem: try read(keyPath), source: "file '\(keyPath)'")
            guard let leaf = chain.first, key.matches(leaf) else {
                throw ServeError.certificate(path: keyPath, detail: "the private key does not belong to the first certificate of '\(certificatePath)'")
            }
            return ServerIdentity(chain: chain, key: key, authorityFile: nil)
        } catch let error as CertificateError {
            throw .certificate(path: certificatePath, detail: error.message)
        } catch let error as ServeError {
            throw error
        } catch {
            throw .certificate(path: certificatePath, detail: "\(error)")
        }
    }

    /// The identity kept with the lab, made (or made again) when missing, expiring or not naming `hosts`.
    static func kept(forLab labPath: String, hosts: [String], now: Date = Date()) throws(ServeError) -> ServerIdentity {
        let folder = folder(forLab: labPath)
        let files = (ca: folder + "/ca.pem", chain: folder + "/server.pem", key: folder + "/server-key.pem")
        if let chain = try? CertificateInfo.parseAll(pem: read(files.chain), source: "file '\(files.chain)'"),
           let key = try? PrivateKeyMaterial(pem: read(files.key), source: "file '\(files.key)'"),
           let leaf = chain.first, key.matches(leaf), leaf.isValid(at: now.addingTimeInterval(86_400)),
           Set(hosts).isSubset(of: Set(leaf.subjectAlternativeNames)) {
            return ServerIdentity(chain: chain, key: key, authorityFile: files.ca)
        }
        let made: (authority: CertificateAuthority, server: IssuedCertificate)
        do {
            let authority = try CertificateAuthority.generate(
                subject: CertificateSubject(commonName: "vtash serve CA", organization: "vtash lab", country: "US"), algorithm: .p256, now: now)
            let server = try authority.issueServerCertificate(
                subject: CertificateSubject(commonName: hosts.first ?? "127.0.0.1", organization: "vtash lab", country: "US"),
                alternativeNames: hosts.map(AlternativeName.forAddress), algorithm: .p256, validityDays: 825, now: now)
            made = (authority, server)
        } catch {
            throw .identityFiles(path: folder, detail: error.message)
        }
        try SecretFiles.makeFolder(folder)
        try SecretFiles.write(made.server.key.pem, to: files.key, secret: true)
        try SecretFiles.write(made.server.certificate.pem + made.authority.certificate.pem, to: files.chain, secret: false)
        try SecretFiles.write(made.authority.certificate.pem, to: files.ca, secret: false)
        return ServerIdentity(chain: [made.server.certificate, made.authority.certificate], key: made.server.key, authorityFile: files.ca)
    }

    private static func read(_ path: String) throws(ServeError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .certificate(path: path, detail: "the file cannot be read")
        }
        return String(decoding: data, as: UTF8.self)
    }

    func tlsConfiguration() throws(ServeError) -> TLSConfiguration {
        do {
            let certificates = try chain.map { try NIOSSLCertificate(bytes: $0.rawData, format: .der) }
            let key = try NIOSSLPrivateKey(bytes: Array(key.pem.utf8), format: .pem)
            var configuration = TLSConfiguration.makeServerConfiguration(certificateChain: certificates.map { .certificate($0) }, privateKey: .privateKey(key))
            // On shutdown, wait this long (not NIOSSL's 5 s) for a keep-alive client's close_notify: an SDK client
            // that is not reading would otherwise hold every stop for 5 s.
            configuration.shutdownTimeout = .milliseconds(250)
            return configuration
        } catch {
            throw .certificate(path: authorityFile ?? "the given certificate", detail: "\(error)")
        }
    }
}
