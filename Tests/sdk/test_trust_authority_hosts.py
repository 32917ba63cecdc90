"""Step 6 and the trusted clusters' applied configuration through the SDK's own stubs:
trust_authority_hosts.attestation / .kms (list, get: vSphere API 7.0.0.0), trust_authority_clusters.attestation.service_status
(get$task: 7.0.0.0) and trusted_clusters.services_applied_config (get$task, update$task: 7.0.1.0), as vmware-vcenter
9.1.1.0 declares them (com/vmware/vcenter/trusted_infrastructure/trust_authority_hosts_client.py,
trust_authority_clusters/attestation_client.py, trusted_clusters_client.py). The answers are the lab operations the
cmdlets call: Get-TrustAuthorityAttestationService, Get-TrustAuthorityServicesStatus, Get-TrustedClusterAppliedStatus."""
import os
import subprocess
import tempfile

import pytest
from com.vmware.vapi.std.errors_client import Error, NotFound, Unauthorized
from com.vmware.vcenter.trusted_infrastructure.trust_authority_hosts_client import Attestation as HostAttestation
from com.vmware.vcenter.trusted_infrastructure.trust_authority_hosts_client import Kms as HostKms
from com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.attestation_client import ServiceStatus
from com.vmware.vcenter.trusted_infrastructure.trusted_clusters_client import ServicesAppliedConfig
from com.vmware.vcenter.trusted_infrastructure.trusted_clusters.attestation_client import Services as TrustedAttestationServices

from conftest import ADMIN, CLUSTER, NOT_TRUSTED, VTASH, ServedLab, wait_for

TA_HOST = "host-10"  # esxi-ta-01.vsphere.local, the default lab's one Trust Authority host (LabDefinition.default)
WORKLOAD = "192.168.210.23"
WORKLOAD_CLUSTER = "domain-c10"


def message(error):
    return error.messages[0].default_message


def set_state(served, state):
    result = served.vtash(f"Set-TrustAuthorityCluster -TrustAuthorityCluster (Get-TrustAuthorityCluster 'vTA Cluster') -State {state} -Confirm:$false | Out-Null")
    assert result.returncode == 0 and result.stderr == "", result.stdout + result.stderr


@pytest.mark.parametrize("kind,cmdlet", [(HostAttestation, "Get-TrustAuthorityAttestationService"),
                                         (HostKms, "Get-TrustAuthorityKeyProviderService")])
def test_the_services_of_the_hosts_are_what_the_cmdlets_list(served, client, kind, cmdlet):
    service = kind(client._stub_config)
    normal = service.list()
    assert [(s.summary_type, s.host, s.address.hostname, s.address.port, s.group, s.cluster, s.trusted_ca) for s in normal] == [
        ("NORMAL", TA_HOST, "esxi-ta-01.vsphere.local", 443, "domain-c8@192.168.210.22", CLUSTER, None)]
    brief = service.list(projection=kind.SummaryType.BRIEF)
    assert [(s.summary_type, s.host, s.address.hostname, s.group, s.cluster) for s in brief] == [
        ("BRIEF", TA_HOST, "esxi-ta-01.vsphere.local", None, None)]
    full = service.list(kind.FilterSpec(clusters={CLUSTER}), kind.SummaryType.FULL)
    info = service.get(TA_HOST)
    assert len(full) == 1 and full[0].trusted_ca.cert_chain == info.trusted_ca.cert_chain and info.trusted_ca.cert_chain
    assert (info.host, info.address.hostname, info.group, info.cluster) == (TA_HOST, "esxi-ta-01.vsphere.local", "domain-c8@192.168.210.22", CLUSTER)
    # The chain is the one the cmdlet's object carries (the Trust Authority vCenter's CA).
    shown = served.vtash(f"({cmdlet} -TrustAuthorityCluster (Get-TrustAuthorityCluster 'vTA Cluster')).CertificateChain.ChainElements[0].Certificate.Thumbprint")
    assert shown.returncode == 0 and shown.stdout.strip(), shown.stdout + shown.stderr
    assert service.list(kind.FilterSpec(hosts={"host-99"})) == []
    assert service.list(kind.FilterSpec(groups={"domain-c8@192.168.210.22"}))[0].host == TA_HOST


def test_a_disabled_cluster_runs_no_services_and_an_unknown_host_is_not_found(served, client):
    service = HostAttestation(client._stub_config)
    set_state(served, "Disabled")
    assert service.list() == []
    with pytest.raises(NotFound) as missing:
        service.get(TA_HOST)
    assert message(missing.value) == f"Could not find VMHost '{TA_HOST}' on vCenter Server '192.168.210.22'."
    set_state(served, "Enabled")
    with pytest.raises(NotFound):
        HostKms(client._stub_config).get("host-99")


def test_a_user_outside_trusted_admins_gets_the_cmdlets_refusal(served):
    client = served.client(NOT_TRUSTED)
    with pytest.raises(Unauthorized) as refused:
        HostAttestation(client._stub_config).list()
    assert message(refused.value) == ("Permission to perform this operation was denied. The user 'VSPHERE.LOCAL\\administrator' is not a "
                                      "member of the TrustedAdmins group required for vSphere Trust Authority operations (privilege "
                                      "TrustedAdmin.ManageTrustedHosts).")


def test_attestation_service_status_follows_the_cluster_state(served, client):
    status = ServiceStatus(client._stub_config)
    info = status.get_task(CLUSTER).get_result()
    assert (info.health, info.details) == ("OK", [])
    set_state(served, "Disabled")
    info = status.get_task(CLUSTER).get_result()
    assert info.health == "NONE"
    assert [d.default_message for d in info.details] == ["The Trust Authority cluster 'vTA Cluster' is disabled: the attestation service does not run."]
    with pytest.raises(NotFound) as missing:
        status.get_task("domain-c99").get_result()
    assert message(missing.value) == "Could not find TrustAuthorityCluster with Id 'domain-c99'."


@pytest.fixture
def workload():
    with tempfile.TemporaryDirectory(prefix="vtash-sdk-") as folder:
        lab = ServedLab(folder, "--vcenter", WORKLOAD)
        try:
            yield lab
        finally:
            assert lab.stop() == 0


def import_services_info(served):
    """Steps 3, 6 and 7 by a shell on the lab's own file: the Trust Authority cluster trusts the workload vCenter's
    principal, exports its services information, and the workload vCenter imports it (the desired state)."""
    script = """
Connect-VIServer -Server 192.168.210.23 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
Export-TrustedPrincipal -FilePath principal.json | Out-Null
Disconnect-VIServer -Server * -Confirm:$false
Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
$vTA = Get-TrustAuthorityCluster 'vTA Cluster'
New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath principal.json | Out-Null
Export-TrustAuthorityServicesInfo -TrustAuthorityCluster $vTA -FilePath services.json | Out-Null
Disconnect-VIServer -Server * -Confirm:$false
Connect-VIServer -Server 192.168.210.23 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
Import-TrustAuthorityServicesInfo -FilePath services.json | Out-Null
"""
    result = subprocess.run([VTASH, "--lab", served.lab, "-Command", script], capture_output=True, text=True, cwd=served.folder,
                            env={**os.environ, "NO_COLOR": "1"}, timeout=120)
    assert result.returncode == 0 and result.stderr == "", result.stdout + result.stderr


def applied_status(served):
    script = ("Connect-VIServer -Server 192.168.210.23 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null\n"
              "$s = Get-TrustedClusterAppliedStatus 'Workload Cluster'; [string]$s.Health + '|' + ($s.HealthDetails -join '|')")
    result = subprocess.run([VTASH, "--lab", served.lab, "-Command", script], capture_output=True, text=True, cwd=served.folder,
                            env={**os.environ, "NO_COLOR": "1"}, timeout=120)
    return result.stdout.strip()


def test_applied_config_is_the_cmdlets_status_and_update_remediates(workload):
    client = workload.client()
    applied = ServicesAppliedConfig(client._stub_config)
    info = applied.get_task(WORKLOAD_CLUSTER).get_result()
    assert info.health == "NONE"
    assert [d.default_message for d in info.details] == [
        "No Trust Authority services information was imported for the cluster 'Workload Cluster': it has no desired state."]
    # Nothing to remediate before a desired state: the lab's refusal, with its words, and nothing changed.
    with pytest.raises(Error) as refused:
        applied.update_task(WORKLOAD_CLUSTER).get_result()
    assert message(refused.value).startswith("The trusted cluster 'Workload Cluster' has no desired state to apply")

    import_services_info(workload)
    info = applied.get_task(WORKLOAD_CLUSTER).get_result()
    shown = applied_status(workload)
    assert info.health == "ERROR" and len(info.details) == 2
    assert shown == "Error|" + "|".join(d.default_message for d in info.details)

    assert wait_for(applied.update_task(WORKLOAD_CLUSTER)).status == "SUCCEEDED"
    info = applied.get_task(WORKLOAD_CLUSTER).get_result()
    assert (info.health, info.details) == ("OK", [])
    assert applied_status(workload) == "Ok|"
    # The remediation applied the desired services: the trusted cluster's services list them.
    services = TrustedAttestationServices(client._stub_config).list(WORKLOAD_CLUSTER)
    assert [s.address.hostname for s in services] == ["esxi-ta-01.vsphere.local"]


def test_applied_config_of_an_unknown_cluster_is_not_found(workload):
    client = workload.client()  # kept: the SDK client logs out when it is collected
    applied = ServicesAppliedConfig(client._stub_config)
    with pytest.raises(NotFound) as missing:
        applied.get_task("domain-c99").get_result()
    assert message(missing.value) == "Could not find TrustedCluster 'domain-c99' on vCenter Server '192.168.210.23'."
