import TrustAuthority

/// The vCenters this shell reaches as labs served by `vtash serve` (`vtash --remote-vcenter ADDRESS
/// [--remote-ca PATH]`), instead of the simulated vCenters of its own lab: `Connect-VIServer -Server ADDRESS
/// -Port N` logs in over the vSphere Automation API, and the Trust Authority key-provider cmdlets then act on
/// the served lab (see docs/serve.md).
public struct ServedVCenters {
    /// Addresses as `-Server` names them (`127.0.0.1`, `localhost`).
    public var addresses: [String] = []
    /// The CAs a served vCenter's certificate may chain to (`--remote-ca`, e.g. the lab's `PATH-serve/ca.pem`).
    /// A certificate that chains to none of them is invalid, and InvalidCertificateAction decides.
    public var authorities: [CertificateInfo] = []

    public init(addresses: [String] = [], authorities: [CertificateInfo] = []) {
        self.addresses = addresses
        self.authorities = authorities
    }

    func serves(_ server: String) -> Bool {
        addresses.contains { $0.equalsIgnoringCase(server) }
    }
}
