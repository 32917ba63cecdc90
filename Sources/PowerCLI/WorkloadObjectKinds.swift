import ShellEngine

/// The inventory and workload object types parameters take, each as an object or (PowerCLI's "object by
/// name") a name. Marker types only, so they live together under one name.
enum WorkloadObjectKinds {
    enum VIContainer: ObjectKind {
        static let typeName = InventoryObjects.containerType
        static let acceptsName = true
    }

    enum VMHost: ObjectKind {
        static let typeName = InventoryObjects.vmHostType
        static let acceptsName = true
    }

    enum Cluster: ObjectKind {
        static let typeName = InventoryObjects.clusterType
        static let acceptsName = true
    }

    /// A host's TPM 2.0 endorsement key (`Get-Tpm2EndorsementKey`): objects only.
    enum Tpm2EndorsementKey: ObjectKind {
        static let typeName = WorkloadObjects.endorsementKeyType
        static let acceptsName = false
    }

    /// A trusted (workload) cluster (`Get-TrustedCluster`), or its name.
    enum TrustedCluster: ObjectKind {
        static let typeName = GetTrustedClusterCommand.clusterType
        static let acceptsName = true
    }

    /// A registered attestation service (`Get-AttestationServiceInfo`), or its id.
    enum AttestationServiceInfo: ObjectKind {
        static let typeName = WorkloadObjects.attestationServiceInfoType
        static let acceptsName = true
    }

    /// A registered key provider service (`Get-KeyProviderServiceInfo`), or its id.
    enum KeyProviderServiceInfo: ObjectKind {
        static let typeName = WorkloadObjects.keyProviderServiceInfoType
        static let acceptsName = true
    }

    /// A key provider of the workload vCenter (`Get-KeyProvider`), or its name.
    enum WorkloadKeyProvider: ObjectKind {
        static let typeName = WorkloadObjects.keyProviderType
        static let acceptsName = true
    }
}

typealias VIContainerArgument = ObjectArgument<WorkloadObjectKinds.VIContainer>
typealias VMHostArgument = ObjectArgument<WorkloadObjectKinds.VMHost>
typealias ClusterArgument = ObjectArgument<WorkloadObjectKinds.Cluster>

typealias Tpm2EndorsementKeyArgument = ObjectArgument<WorkloadObjectKinds.Tpm2EndorsementKey>

typealias TrustedClusterArgument = ObjectArgument<WorkloadObjectKinds.TrustedCluster>
typealias AttestationServiceInfoArgument = ObjectArgument<WorkloadObjectKinds.AttestationServiceInfo>
typealias KeyProviderServiceInfoArgument = ObjectArgument<WorkloadObjectKinds.KeyProviderServiceInfo>
typealias WorkloadKeyProviderArgument = ObjectArgument<WorkloadObjectKinds.WorkloadKeyProvider>
