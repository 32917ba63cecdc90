/// The vAPI service ids the endpoint serves (vmware-vcenter 9.1.1.0 bindings).
public enum ServiceName {
    public static let session = "com.vmware.cis.session"
    public static let tasks = "com.vmware.cis.tasks"
    public static let cluster = "com.vmware.vcenter.cluster"
    static let trustedInfrastructure = "com.vmware.vcenter.trusted_infrastructure"
    public static let trustAuthorityClusters = trustedInfrastructure + ".trust_authority_clusters"
    public static let kms = trustAuthorityClusters + ".kms"
    public static let providers = kms + ".providers"
    public static let serviceStatus = kms + ".service_status"
    public static let clientCertificate = providers + ".client_certificate"
    public static let signingRequest = clientCertificate + ".csr"
    public static let credential = providers + ".credential"
    public static let currentPeerCertificates = providers + ".current_peer_certificates"
    public static let trustedPeerCertificates = providers + ".trusted_peer_certificates"
}
