import Foundation
import TestSupport
import TrustAuthority

/// The files of step 3 of the procedure, made by the domain on the workload vCenter (as Export-TrustedPrincipal,
/// Export-Tpm2CACertificate, Export-Tpm2EndorsementKey and Export-VMHostImageDb write them), for the Trust
/// Authority side's cmdlets to import.
struct TrustAuthorityTestFiles {
    static let workloadAdmin = SessionUser(vCenter: LabDefinition.workloadVCenterAddress, name: "trustedadmin@vsphere.local")
    static let host = "esxi-01.vsphere.local"

    let scratch: ScratchDirectory
    let principal: TrustedPrincipal
    let endorsementKey: Tpm2EndorsementKey
    let caCertificate: CertificateInfo

    init(lab: Lab) throws {
        scratch = try ScratchDirectory()
        principal = try lab.trustedPrincipal(by: Self.workloadAdmin)
        endorsementKey = try lab.endorsementKey(ofHost: Self.host, by: Self.workloadAdmin)
        guard let certificate = endorsementKey.certificate else { throw MissingEndorsementKeyCertificate() }
        caCertificate = try lab.tpmCACertificate(issuerOf: certificate)
        try scratch.write(principal.fileText, to: "principal.json")
        try scratch.write(endorsementKey.pem, to: "esxi-01.pem")
        try scratch.write(caCertificate.pem, to: "cacert.pem")
        let image = try lab.baseImageDatabase(ofHost: Self.host, by: Self.workloadAdmin).tgzBytes()
        try Data(image).write(to: URL(fileURLWithPath: scratch.file("esxi-01.tgz")))
    }

    func file(_ name: String) -> String { scratch.file(name) }

    struct MissingEndorsementKeyCertificate: Error {}
}
