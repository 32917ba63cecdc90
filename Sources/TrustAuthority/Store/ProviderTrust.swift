import Foundation

/// The `trust` column: a provider's client certificate and key, pending CSR, trusted server certificates
/// and the state its status shows during a refresh delay.
struct ProviderTrust: Codable, Sendable {
    var clientCertificate: CertificateInfo?
    var clientKey: PrivateKeyMaterial?
    var signingRequest: CertificateRequest?
    var signingRequestKey: PrivateKeyMaterial?
    var trustedServerCertificates: [CertificateInfo]?
    var lastTrustChange: Date?
    var stateBeforeChange: [KeyProvider]?

    init(_ provider: KeyProvider) {
        clientCertificate = provider.clientCertificate
        clientKey = provider.clientKey
        signingRequest = provider.signingRequest
        signingRequestKey = provider.signingRequestKey
        trustedServerCertificates = provider.trustedServerCertificates.isEmpty ? nil : provider.trustedServerCertificates
        lastTrustChange = provider.lastTrustChange == .distantPast ? nil : provider.lastTrustChange
        stateBeforeChange = provider.stateBeforeChange.isEmpty ? nil : provider.stateBeforeChange
    }

    var isEmpty: Bool {
        clientCertificate == nil && clientKey == nil && signingRequest == nil && signingRequestKey == nil
            && trustedServerCertificates == nil && lastTrustChange == nil && stateBeforeChange == nil
    }

    func apply(to provider: inout KeyProvider) {
        provider.clientCertificate = clientCertificate
        provider.clientKey = clientKey
        provider.signingRequest = signingRequest
        provider.signingRequestKey = signingRequestKey
        provider.trustedServerCertificates = trustedServerCertificates ?? []
        provider.lastTrustChange = lastTrustChange ?? .distantPast
        provider.stateBeforeChange = stateBeforeChange ?? []
    }
}
