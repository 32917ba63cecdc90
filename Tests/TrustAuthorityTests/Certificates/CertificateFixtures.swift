import Foundation
@testable import TrustAuthority

/// Keys shared by tests, made once: RSA key generation costs a few hundred milliseconds in debug.
enum CertificateFixtures {
    static let rsaKey: Result<PrivateKeyMaterial, CertificateError> = Result(catching: { () throws(CertificateError) -> PrivateKeyMaterial in
        try PrivateKeyMaterial.generate(.rsa2048)
    })
    static let otherRSAKey: Result<PrivateKeyMaterial, CertificateError> = Result(catching: { () throws(CertificateError) -> PrivateKeyMaterial in
        try PrivateKeyMaterial.generate(.rsa2048)
    })

    /// The seed's key-server subject shape: `E=…, CN=<IP>, OU=VMware Engineering, O=VMware, L=Palo Alto, S=California, C=US`.
    static let kmsSubject = CertificateSubject(
        commonName: "192.168.110.91", organizationalUnit: "VMware Engineering", organization: "VMware",
        locality: "Palo Alto", state: "California", country: "US", email: "kms-admin@example.com")

    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return calendar.date(from: parts) ?? Date(timeIntervalSince1970: 0)
    }
}
