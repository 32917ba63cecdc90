import ShellEngine

/// The workload side of the nine-step configuration (issue 12): the vSphere inventory (hosts, clusters, datacenters, VMs), exports from the workload vCenter, the trusted cluster's services and its key providers.
/// Registered by PowerCLICommands/cmdlets and installed by PowerCLISession/install(into:lab:).
enum WorkloadCommands {
    static var cmdlets: [any Cmdlet.Type] {
        []
    }

    /// Views, type names and completion for these cmdlets' objects.
    static func install(into shell: Shell) {}
}
