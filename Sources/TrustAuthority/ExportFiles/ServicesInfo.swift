import Foundation

/// The services information of an enabled Trust Authority cluster, as `Export-TrustAuthorityServicesInfo`
/// writes it and `Import-TrustAuthorityServicesInfo` reads it: the cluster, the issuers of the principals
/// it trusts (the workload vCenters it serves), and its attestation and key provider services with their
/// certificate chains. The file is JSON in vtash's own format (nothing public documents PowerCLI's);
/// see docs/workflow-domain.md.
public struct ServicesInfo: Sendable, Equatable {
    /// The Trust Authority cluster the information describes.
    public struct Source: Sendable, Equatable, Hashable, Codable {
        public var vCenter: String
        public var clusterId: String
        public var clusterName: String

        public init(vCenter: String, clusterId: String, clusterName: String) {
            self.vCenter = vCenter
            self.clusterId = clusterId
            self.clusterName = clusterName
        }
    }

    public var source: Source
    /// The issuers of the principals the cluster imported: only these vCenters' tokens are accepted.
    public var trustedIssuers: [String]
    public var services: [TrustAuthorityService]

    public init(source: Source, trustedIssuers: [String], services: [TrustAuthorityService]) {
        self.source = source
        self.trustedIssuers = trustedIssuers
        self.services = services
    }

    public var attestationServices: [TrustAuthorityService] { services.filter { $0.kind == .attestation } }
    public var keyProviderServices: [TrustAuthorityService] { services.filter { $0.kind == .keyProvider } }

    static let fileFormat = "vtash.trustAuthorityServicesInfo"

    public var fileText: String {
        func entries(_ services: [TrustAuthorityService]) -> [[String: Any]] {
            services.map { ["address": $0.address, "port": $0.port, "group": $0.group, "certificateChain": $0.certificateChain.map(\.pem)] }
        }
        return JSONFields.text([
            "format": Self.fileFormat, "formatVersion": 1,
            "trustAuthorityCluster": ["vCenter": source.vCenter, "id": source.clusterId, "name": source.clusterName],
            "trustedIssuers": trustedIssuers,
            "attestationServices": entries(attestationServices), "keyProviderServices": entries(keyProviderServices),
        ])
    }

    /// Reads a services info file; `source` names it in errors.
    public init(fileBytes: [UInt8], source name: String) throws(ArtifactError) {
        let fields = try JSONFields(bytes: fileBytes, source: name)
        try fields.requireFormat(Self.fileFormat, description: "Trust Authority services info (Export-TrustAuthorityServicesInfo)")
        let cluster = try fields.object("trustAuthorityCluster")
        let source = Source(vCenter: try cluster.string("vCenter"), clusterId: try cluster.string("id"), clusterName: try cluster.string("name"))
        var services: [TrustAuthorityService] = []
        for (kind, field) in [(TrustAuthorityService.Kind.attestation, "attestationServices"), (.keyProvider, "keyProviderServices")] {
            for entry in try fields.objects(field) {
                services.append(TrustAuthorityService(
                    kind: kind, address: try entry.string("address"), port: try entry.port("port"), group: try entry.string("group"),
                    trustAuthorityVCenter: source.vCenter, trustAuthorityClusterId: source.clusterId,
                    certificateChain: try entry.certificateChain("certificateChain")))
            }
        }
        self.init(source: source, trustedIssuers: try fields.strings("trustedIssuers"), services: services)
    }
}
