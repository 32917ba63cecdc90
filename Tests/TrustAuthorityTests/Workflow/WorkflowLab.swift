import Foundation
@testable import TrustAuthority

/// The default lab and the procedure's users, and the lab after the whole procedure done through the lab's
/// operations (the files passing through their real formats), so that every host attests.
struct WorkflowLab {
    static let taVCenter = "192.168.210.22"
    static let workloadVCenter = LabDefinition.workloadVCenterAddress
    static let taAdmin = SessionUser(vCenter: taVCenter, name: "trustedadmin@vsphere.local")
    static let workloadAdmin = SessionUser(vCenter: workloadVCenter, name: "trustedadmin@vsphere.local")
    static let taAdministrator = SessionUser(vCenter: taVCenter, name: "administrator@vsphere.local")
    static let workloadAdministrator = SessionUser(vCenter: workloadVCenter, name: "VSPHERE.LOCAL\\administrator")
    static let cluster = "domain-c8"
    static let trustedCluster = "domain-c10"
    static let hosts = ["esxi-01.vsphere.local", "esxi-02.vsphere.local", "esxi-03.vsphere.local"]
    static let kms = "192.168.110.91"

    let lab: Lab

    init(_ lab: Lab) {
        self.lab = lab
    }

    /// A fresh default lab, in memory unless a path is given.
    static func fresh(path: String? = nil, definition: LabDefinition = .default) throws -> WorkflowLab {
        WorkflowLab(try path.map { try Lab.create(path: $0, from: definition) } ?? Lab.inMemory(definition))
    }

    /// Steps 2 to 8 of the procedure on a fresh default lab.
    static func configured(path: String? = nil) throws -> WorkflowLab {
        let workflow = try fresh(path: path)
        try workflow.configure()
        return workflow
    }

    func configure() throws {
        // Step 2: enable the Trust Authority state (already Enabled in the default lab; enabling again is harmless).
        try lab.setTrustAuthorityClusterState(Self.cluster, enabled: true, by: Self.taAdmin)
        // Step 3: collect on the workload vCenter.
        let principalFile = try lab.trustedPrincipal(by: Self.workloadAdmin).fileText
        let imageFile = try lab.baseImageDatabase(ofHost: Self.hosts[0], by: Self.workloadAdmin).tgzBytes()
        let endorsementKey = try lab.endorsementKey(ofHost: Self.hosts[0], by: Self.workloadAdmin)
        guard let endorsementCertificate = endorsementKey.certificate else { throw FixtureError(description: "no EK certificate") }
        let caFile = try lab.tpmCACertificate(issuerOf: endorsementCertificate).pem
        // Step 4: import on the Trust Authority cluster.
        try lab.importPrincipal(try TrustedPrincipal(fileBytes: Array(principalFile.utf8), source: "file 'principal.json'"),
                                into: Self.cluster, by: Self.taAdmin)
        try lab.importTpm2CACertificate(try Tpm2CACertificate(fileBytes: Array(caFile.utf8), name: nil, source: "file 'tpmca.pem'"),
                                        into: Self.cluster, by: Self.taAdmin)
        try lab.importBaseImage(try BaseImageDatabase(tgzBytes: imageFile, source: "file 'esxi-01.tgz'"), into: Self.cluster, by: Self.taAdmin)
        // Step 5: the seed page's key provider, trusted both ways.
        try lab.addProvider(KeyProvider(name: "clkp", clusterId: Self.cluster, primaryKeyId: "8",
                                        servers: [KeyProviderServer(name: Self.kms, address: Self.kms, port: 5696)]))
        let clientCertificate = try lab.createSelfSignedClientCertificate(provider: "clkp")
        try lab.trustClientCertificate(keyServer: Self.kms, clientCertificate)
        guard let provider = lab.provider(named: "clkp"), let server = provider.servers.first else {
            throw FixtureError(description: "no provider clkp")
        }
        try lab.trustServerCertificates(provider: "clkp", Array(try lab.presentedChain(provider: provider, server: server).prefix(1)))
        // Step 6: export the services info.
        let servicesFile = try lab.servicesInfo(of: Self.cluster, by: Self.taAdmin).fileText
        // Step 7: import it on the workload vCenter, enable the trusted cluster, apply the services.
        let registrations = try lab.importServicesInfo(try ServicesInfo(fileBytes: Array(servicesFile.utf8), source: "file 'clsettings.json'"),
                                                       source: "file 'clsettings.json'", into: Self.trustedCluster, by: Self.workloadAdmin)
        try lab.setTrustedClusterState(Self.trustedCluster, enabled: true, by: Self.workloadAdmin)
        for registration in registrations {
            try lab.applyService(registration.id, kind: registration.kind, toTrustedCluster: Self.trustedCluster, by: Self.workloadAdmin)
        }
        // Step 8: the trusted key provider on the workload side.
        try lab.registerKeyProvider("clkp", by: Self.workloadAdmin)
        try lab.setDefaultKeyProvider("clkp", by: Self.workloadAdmin)
    }

    /// The attestation of every workload host, now or at `date`.
    func attestations(at date: Date = Date()) throws -> [HostAttestation] {
        try lab.attestations(by: Self.workloadAdmin, at: date)
    }

    /// The kinds of the checks that failed for each host.
    func failedChecks(at date: Date = Date()) throws -> [[AttestationCheck.Kind]] {
        try attestations(at: date).map { $0.failedChecks.map(\.kind) }
    }
}

/// A temporary folder for lab files and artifacts, removed by `remove()`.
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-workflow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: URL(fileURLWithPath: path(name)))
        return path(name)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
