import ShellEngine

/// The inventory and workload object types parameters take, each as an object or (PowerCLI's "object by
/// name") a name.
enum VIContainerKind: ObjectKind {
    static let typeName = InventoryObjects.containerType
    static let acceptsName = true
}

enum VMHostKind: ObjectKind {
    static let typeName = InventoryObjects.vmHostType
    static let acceptsName = true
}

enum ClusterKind: ObjectKind {
    static let typeName = InventoryObjects.clusterType
    static let acceptsName = true
}

typealias VIContainerArgument = ObjectArgument<VIContainerKind>
typealias VMHostArgument = ObjectArgument<VMHostKind>
typealias ClusterArgument = ObjectArgument<ClusterKind>

/// A host's TPM 2.0 endorsement key (`Get-Tpm2EndorsementKey`): objects only.
enum Tpm2EndorsementKeyKind: ObjectKind {
    static let typeName = WorkloadObjects.endorsementKeyType
    static let acceptsName = false
}

typealias Tpm2EndorsementKeyArgument = ObjectArgument<Tpm2EndorsementKeyKind>

/// A trusted (workload) cluster (`Get-TrustedCluster`), or its name.
enum TrustedClusterKind: ObjectKind {
    static let typeName = GetTrustedClusterCommand.clusterType
    static let acceptsName = true
}

/// A registered attestation service (`Get-AttestationServiceInfo`), or its id.
enum AttestationServiceInfoKind: ObjectKind {
    static let typeName = WorkloadObjects.attestationServiceInfoType
    static let acceptsName = true
}

/// A registered key provider service (`Get-KeyProviderServiceInfo`), or its id.
enum KeyProviderServiceInfoKind: ObjectKind {
    static let typeName = WorkloadObjects.keyProviderServiceInfoType
    static let acceptsName = true
}

/// A key provider of the workload vCenter (`Get-KeyProvider`), or its name.
enum WorkloadKeyProviderKind: ObjectKind {
    static let typeName = WorkloadObjects.keyProviderType
    static let acceptsName = true
}

typealias TrustedClusterArgument = ObjectArgument<TrustedClusterKind>
typealias AttestationServiceInfoArgument = ObjectArgument<AttestationServiceInfoKind>
typealias KeyProviderServiceInfoArgument = ObjectArgument<KeyProviderServiceInfoKind>
typealias WorkloadKeyProviderArgument = ObjectArgument<WorkloadKeyProviderKind>
