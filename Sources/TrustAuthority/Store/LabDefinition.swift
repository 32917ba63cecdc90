import Foundation
import KMIP

/// What a lab file describes: the vCenters (SSO users, datacenters, Trust Authority and workload clusters),
/// their hosts with TPMs and virtual machines, the TPM manufacturers, what was already imported on either
/// side of the Trust Authority workflow, the key servers (simulated with their keys, or live at an address
/// and port) and the status refresh delay. Key providers and certificates are not part of it: they are
/// what operators create in the lab; certificates and keys are made when the lab is made.
public struct LabDefinition: Sendable, Equatable {
    public var vCenters: [VCenter]
    public var keyServers: [KeyServerDefinition]
    /// Seconds `$kp.Status` keeps showing the state from before a trust change.
    public var statusRefreshDelay: Double
    /// The names of the simulated TPM manufacturers, whose CAs issue the hosts' endorsement key certificates.
    public var tpmManufacturers: [String]
    /// Every host of every vCenter, in the file's order.
    public var hosts: [VMHostDefinition]
    public var trustAuthorityImports: [TrustAuthorityImports]
    public var trustedClusterImports: [TrustedClusterImport]
    public var workloadKeyProviders: [WorkloadKeyProviderDefinition]

    public init(vCenters: [VCenter], keyServers: [KeyServerDefinition], statusRefreshDelay: Double = 0, tpmManufacturers: [String] = [],
                hosts: [VMHostDefinition] = [], trustAuthorityImports: [TrustAuthorityImports] = [],
                trustedClusterImports: [TrustedClusterImport] = [], workloadKeyProviders: [WorkloadKeyProviderDefinition] = []) {
        self.vCenters = vCenters
        self.keyServers = keyServers
        self.statusRefreshDelay = statusRefreshDelay
        self.tpmManufacturers = tpmManufacturers
        self.hosts = hosts
        self.trustAuthorityImports = trustAuthorityImports
        self.trustedClusterImports = trustedClusterImports
        self.workloadKeyProviders = workloadKeyProviders
    }

    /// The address of the default lab's workload ("trusted") vCenter, next to the seed's 192.168.210.22.
    public static let workloadVCenterAddress = "192.168.210.23"

    /// The seed's example lab with the workload side of the whole procedure: vCenter 192.168.210.22 with
    /// `vTA Cluster` (Enabled, one host running the Trust Authority services), the workload vCenter
    /// 192.168.210.23 with `Workload Cluster` (three ESXi 7.0.3 hosts with TPM 2.0 chips, not trusted yet),
    /// both with `trustedadmin@vsphere.local` in TrustedAdmins, and key server 192.168.110.91:5696 (user
    /// vcqekmip) holding keys `1` and `8`. Nothing is imported. docs/labs/default.yaml is this lab written out.
    public static let `default` = LabDefinition.procedure(trustAuthorityEnabled: true)

    /// The same lab before step 1 of the procedure: the Trust Authority cluster is Disabled
    /// (docs/labs/before-configuration.yaml).
    public static let beforeConfiguration = LabDefinition.procedure(trustAuthorityEnabled: false)

    private static func procedure(trustAuthorityEnabled: Bool) -> LabDefinition {
        let users = [
            SSOUser(name: "trustedadmin", password: "VMware1!", groups: ["TrustedAdmins", "Administrators"]),
            SSOUser(name: "administrator", password: "VMware1!", groups: ["Administrators"]),
        ]
        let manufacturer = "vtash Simulated TPM Manufacturer"
        let workload = workloadVCenterAddress
        var hosts = [VMHostDefinition(vCenter: "192.168.210.22", clusterId: "domain-c8", id: "host-10", name: "esxi-ta-01.vsphere.local",
                                      version: "7.0.3", build: "21930508", tpmManufacturer: manufacturer)]
        let virtualMachines = [
            [VirtualMachine(id: "vm-20", name: "app-01"), VirtualMachine(id: "vm-21", name: "db-01", cpuCount: 4, memoryGB: 16)],
            [VirtualMachine(id: "vm-22", name: "web-01")],
            [VirtualMachine(id: "vm-23", name: "test-01", poweredOn: false)],
        ]
        for (index, machines) in virtualMachines.enumerated() {
            hosts.append(VMHostDefinition(vCenter: workload, clusterId: "domain-c10", id: "host-\(12 + index)", name: "esxi-0\(index + 1).vsphere.local",
                                          version: "7.0.3", build: "21930508", tpmManufacturer: manufacturer, virtualMachines: machines))
        }
        return LabDefinition(
            vCenters: [
                VCenter(address: "192.168.210.22", ssoDomain: "vsphere.local", users: users,
                        trustAuthorityClusters: [ClusterRecord(id: "domain-c8", name: "vTA Cluster", enabled: trustAuthorityEnabled,
                                                               datacenterId: "datacenter-3")],
                        datacenters: [Datacenter(id: "datacenter-3", name: "TA Datacenter")]),
                VCenter(address: workload, ssoDomain: "vsphere.local", users: users, trustAuthorityClusters: [],
                        clusters: [ClusterRecord(id: "domain-c10", name: "Workload Cluster", enabled: false, datacenterId: "datacenter-2")],
                        datacenters: [Datacenter(id: "datacenter-2", name: "Workload Datacenter")]),
            ],
            keyServers: [
                KeyServerDefinition(address: "192.168.110.91", port: 5696, username: "vcqekmip",
                                    keys: [KeyDefinition(id: "1"), KeyDefinition(id: "8")]),
            ],
            tpmManufacturers: [manufacturer],
            hosts: hosts,
            workloadKeyProviders: [
                WorkloadKeyProviderDefinition(vCenter: workload, name: "standard-kp", kind: .standard),
                WorkloadKeyProviderDefinition(vCenter: workload, name: "native-kp", kind: .native),
            ])
    }
}

/// One key server of a lab file.
public struct KeyServerDefinition: Sendable, Equatable {
    public var address: String
    public var port: Int
    /// A live server is a real KMIP server the lab contacts; a simulated one lives inside the lab.
    public var live: Bool
    /// The KMIP user that owns the simulated server's keys.
    public var username: String
    public var keys: [KeyDefinition]

    public init(address: String, port: Int = 5696, live: Bool = false, username: String = "", keys: [KeyDefinition] = []) {
        self.address = address
        self.port = port
        self.live = live
        self.username = username
        self.keys = keys
    }
}

/// A key a simulated key server holds when the lab is made.
public struct KeyDefinition: Sendable, Equatable {
    public var id: String
    public var state: KeyState

    public init(id: String, state: KeyState = .active) {
        self.id = id
        self.state = state
    }
}
