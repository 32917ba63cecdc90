import TestSupport
import Testing
import TrustAuthority

/// `Get-VMHost`, `Get-Cluster`, `Get-Datacenter`, `Get-VM` (issue 12 "Inventory that the procedure touches": PowerCLI's
/// objects, default table views, -Location/-Name filters, -Server, the `Get-Cluster 'X' | Get-VMHost` shape), on the
/// default lab's workload vCenter (docs/labs/default.yaml: Workload Datacenter, Workload Cluster, esxi-01..03, VMs
/// app-01, db-01, web-01, test-01).
@Suite struct InventoryTests {
    static let workload = LabDefinition.workloadVCenterAddress
    static let connectWorkload = "Connect-VIServer -Server \(workload) -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null"

    static func connected() throws -> PowerCLITestShell {
        let session = try PowerCLITestShell()
        session.run(connectWorkload)
        return session
    }

    /// The default lab with a second workload cluster (one host, one VM) on the workload vCenter.
    static var twoClusters: LabDefinition {
        var definition = LabDefinition.default
        definition.vCenters[1].clusters.append(ClusterRecord(id: "domain-c20", name: "Test Cluster", enabled: false, datacenterId: "datacenter-2"))
        definition.hosts.append(VMHostDefinition(vCenter: workload, clusterId: "domain-c20", id: "host-30", name: "esxi-10.vsphere.local",
                                                 version: "7.0.3", build: "21930508", tpmManufacturer: "vtash Simulated TPM Manufacturer",
                                                 virtualMachines: [VirtualMachine(id: "vm-40", name: "lab-01")]))
        return definition
    }

    @Test func aClusterLocationHoldsOnlyItsOwnHostsAndVMs() throws {
        let session = try PowerCLITestShell(definition: Self.twoClusters)
        session.run(Self.connectWorkload)
        let result = session.run("""
        (Get-Cluster 'Test Cluster' | Get-VMHost).Name
        (Get-Cluster 'Workload Cluster' | Get-VMHost).Count
        (Get-Cluster 'Test Cluster' | Get-VM).Name
        (Get-VMHost -Location 'Workload Datacenter').Count
        (Get-Cluster -VMHost esxi-10.vsphere.local).Name
        """)
        #expect(result.errors == [])
        #expect(result.output == ["esxi-10.vsphere.local", "3", "lab-01", "4", "Test Cluster"])
    }

    @Test func getClusterPipedToGetVMHostListsTheClustersHosts() throws {
        let session = try Self.connected()
        let result = session.run("(Get-Cluster 'Workload Cluster' | Get-VMHost | ForEach-Object { $_.Name }) -join ','")
        #expect(result.errors == [])
        #expect(result.output == ["esxi-01.vsphere.local,esxi-02.vsphere.local,esxi-03.vsphere.local"])
    }

    @Test func theNameBindsPositionallyAndTakesWildcards() throws {
        let session = try Self.connected()
        let result = session.run("""
        (Get-VMHost 'esxi-02.vsphere.local').Id
        (Get-VMHost -Name 'esxi-0[13]*' | ForEach-Object { $_.Name }) -join ','
        (Get-VM 'db-*').Name
        (Get-Cluster '*Cluster').Name
        (Get-Datacenter 'Workload*').Id
        """)
        #expect(result.errors == [])
        #expect(result.output == ["HostSystem-host-13", "esxi-01.vsphere.local,esxi-03.vsphere.local", "db-01", "Workload Cluster", "Datacenter-datacenter-2"])
    }

    @Test func locationTakesAContainerObjectOrItsName() throws {
        let session = try Self.connected()
        let result = session.run("""
        (Get-VM -Location (Get-VMHost esxi-01.vsphere.local) | ForEach-Object { $_.Name }) -join ','
        (Get-VM -Location 'Workload Cluster').Count
        (Get-VMHost -Location 'Workload Datacenter').Count
        (Get-Cluster -Location (Get-Datacenter)).Name
        (Get-VMHost 'esxi-02.vsphere.local' | Get-VM).Name
        """)
        #expect(result.errors == [])
        #expect(result.output == ["app-01,db-01", "4", "3", "Workload Cluster", "web-01"])
    }

    @Test func aLocationNameThatFindsNothingIsAnError() throws {
        let session = try Self.connected()
        #expect(session.errorMessages("Get-VMHost -Location nowhere") == ["Get-VMHost : Could not find VIContainer with name 'nowhere'."])
        #expect(session.lastError() == ["Core_ObnSelector_SelectObjectByNameCore_ObjectNotFound,VMware.VimAutomation.ViCore.Cmdlets.Commands.GetVMHost",
                                        "ObjectNotFound", "VimException"])
    }

    @Test func aNameThatMatchesNothingIsAnErrorButAWildcardIsNot() throws {
        let session = try Self.connected()
        let result = session.run("Get-VMHost esxi-09.vsphere.local, esxi-01.vsphere.local | ForEach-Object { $_.Name }")
        #expect(result.output == ["esxi-01.vsphere.local"])
        // PowerCLI's ViError form: "<cmdlet> : <time><TAB><cmdlet><TAB><TAB><message>" (reference §5).
        let message = try #require(result.errors.first)
        #expect(message.hasPrefix("Get-VMHost : "))
        #expect(message.hasSuffix("\tGet-VMHost\t\tVMHost with name 'esxi-09.vsphere.local' was not found using the specified filter(s)."))
        #expect(session.lastError() == ["Core_OutputHelper_WriteNotFoundError,VMware.VimAutomation.ViCore.Cmdlets.Commands.GetVMHost", "ObjectNotFound", "VimException"])
        let wildcard = session.run("Get-VM nothing*")
        #expect(wildcard.output == [])
        #expect(wildcard.errors == [])
        #expect(session.run("Get-VM nothing").errors.first?.hasSuffix("\tGet-VM\t\tVM with name 'nothing' was not found using the specified filter(s).") == true)
    }

    @Test func theIdSetMatchesExactly() throws {
        let session = try Self.connected()
        let result = session.run("""
        (Get-VMHost -Id HostSystem-host-14).Name
        (Get-VM -Id VirtualMachine-vm-23).Name
        (Get-Cluster -Id ClusterComputeResource-domain-c10).Name
        """)
        #expect(result.errors == [])
        #expect(result.output == ["esxi-03.vsphere.local", "test-01", "Workload Cluster"])
        #expect(session.run("Get-VMHost -Id HostSystem-host-99").errors.first?.hasSuffix("VMHost with id 'HostSystem-host-99' was not found using the specified filter(s).") == true)
        session.run("Get-VMHost -Id HostSystem-host-14 -Name x")
        #expect(session.lastError().first == "AmbiguousParameterSet,VMware.VimAutomation.ViCore.Cmdlets.Commands.GetVMHost")
    }

    @Test func theObjectsHavePowerCLIsTypesAndProperties() throws {
        let session = try Self.connected()
        let result = session.run("""
        $h = Get-VMHost esxi-01.vsphere.local
        $h.PSObject.TypeNames[0]; $h.ConnectionState; $h.PowerState; $h.Version; $h.Build; $h.Parent.Name; $h.ParentId
        $vm = Get-VM db-01
        $vm.PSObject.TypeNames[0]; $vm.PowerState; $vm.NumCpu; $vm.MemoryGB; $vm.VMHost
        (Get-VM test-01).PowerState
        $c = Get-Cluster 'Workload Cluster'; $c.PSObject.TypeNames -contains 'VMware.VimAutomation.ViCore.Types.V1.Inventory.VIContainer'
        """)
        #expect(result.errors == [])
        #expect(result.output == [
            "VMware.VimAutomation.ViCore.Impl.V1.Inventory.VMHostImpl", "Connected", "PoweredOn", "7.0.3", "21930508", "Workload Cluster",
            "ClusterComputeResource-domain-c10",
            "VMware.VimAutomation.ViCore.Impl.V1.Inventory.VirtualMachineImpl", "PoweredOn", "4", "16", "esxi-01.vsphere.local",
            "PoweredOff", "True",
        ])
    }

    @Test func theDefaultViewsAreTables() throws {
        let session = try Self.connected()
        // Row widths: Name 24, ConnectionState 15, PowerState 10, then right-aligned NumCpu 6, CpuUsageMhz 11, CpuTotalMhz 11,
        // MemoryUsageGB 13, MemoryTotalGB 13 (three decimals), Version 7: 118 characters, within a 120-column console.
        #expect(session.run("Get-VMHost esxi-01.vsphere.local").output.filter { !$0.isEmpty } == [
            "Name                     ConnectionState PowerState NumCpu CpuUsageMhz CpuTotalMhz MemoryUsageGB MemoryTotalGB Version",
            "----                     --------------- ---------- ------ ----------- ----------- ------------- ------------- -------",
            "esxi-01.vsphere.local    Connected       PoweredOn      32         600       67200        20.000       256.000   7.0.3",
        ])
        #expect(session.run("Get-VM -Location (Get-VMHost esxi-01.vsphere.local)").output.filter { !$0.isEmpty } == [
            "Name                     PowerState Num CPUs      MemoryGB",
            "----                     ---------- --------      --------",
            "app-01                   PoweredOn         2         4.000",
            "db-01                    PoweredOn         4        16.000",
        ])
        #expect(session.run("Get-Cluster").output.filter { !$0.isEmpty } == [
            "Name                     HAEnabled  HAFailoverLevel DrsEnabled DrsAutomationLevel",
            "----                     ---------  --------------- ---------- ------------------",
            "Workload Cluster         False                    1 False      FullyAutomated",
        ])
        #expect(session.run("Get-Datacenter").output.filter { !$0.isEmpty } == ["Name", "----", "Workload Datacenter"])
    }

    @Test func inventoryNeedsNoTrustAuthorityPrivilege() throws {
        let session = try PowerCLITestShell()
        session.run("Connect-VIServer -Server \(Self.workload) -User administrator@vsphere.local -Password 'VMware1!' | Out-Null")
        let result = session.run("(Get-VMHost).Count; (Get-VM).Count")
        #expect(result.errors == [])
        #expect(result.output == ["3", "4"])
    }

    @Test func getDatacenterFollowsClustersAndHosts() throws {
        let session = try PowerCLITestShell()
        session.run(MultipleServersTests.connectBoth)
        let result = session.run("""
        (Get-Cluster 'vTA Cluster' | Get-Datacenter).Name
        (Get-Datacenter -VMHost esxi-02.vsphere.local).Name
        """)
        #expect(result.errors == [])
        #expect(result.output == ["TA Datacenter", "Workload Datacenter"])
    }
}
