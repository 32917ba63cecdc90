"""trusted_infrastructure.attestation.services and .kms.services on a served workload vCenter
(`vtash serve --vcenter 192.168.210.23`) through the SDK's own stubs: the registrations
Add-/Get-/Remove-AttestationServiceInfo and …KeyProviderServiceInfo make, in the same lab."""
import os
import subprocess
import tempfile

import pytest
from com.vmware.vapi.std.errors_client import AlreadyExists, NotAllowedInCurrentState, NotFound
from com.vmware.vcenter.trusted_infrastructure_client import NetworkAddress, X509CertChain
from com.vmware.vcenter.trusted_infrastructure.attestation_client import Services as AttestationServices
from com.vmware.vcenter.trusted_infrastructure.kms_client import Services as KmsServices
from com.vmware.vcenter.trusted_infrastructure.trusted_clusters.attestation_client import Services as TrustedAttestationServices
from com.vmware.vcenter.trusted_infrastructure.trusted_clusters.kms_client import Services as TrustedKmsServices

from conftest import ADMIN, VTASH, ServedLab, wait_for
from test_attestation_tpm2 import certificate

WORKLOAD = "192.168.210.23"
WORKLOAD_CLUSTER = "domain-c10"
# Made once: an ECDSA signature differs at each signing.
VMCA = certificate("Trust Authority VMCA", seed=7)


@pytest.fixture
def workload():
    with tempfile.TemporaryDirectory(prefix="vtash-sdk-") as folder:
        lab = ServedLab(folder, "--vcenter", WORKLOAD)
        try:
            yield lab
        finally:
            assert lab.stop() == 0


def message(error):
    return error.messages[0].default_message


def spec(kind, host="esxi-ta-01.vsphere.local"):
    return kind.CreateSpec(address=NetworkAddress(hostname=host, port=443), trusted_ca=X509CertChain(cert_chain=[VMCA]),
                           group="domain-c8@192.168.210.22", trust_authority_cluster="domain-c8")


def shell(served, command):
    script = f"Connect-VIServer -Server {WORKLOAD} -User {ADMIN[0]} -Password '{ADMIN[1]}' | Out-Null\n{command}"
    return subprocess.run([VTASH, "--lab", served.lab, "-Command", script], capture_output=True, text=True, cwd=served.folder,
                          env={**os.environ, "NO_COLOR": "1"}, timeout=120)


@pytest.mark.parametrize("kind,cmdlet", [(AttestationServices, "Get-AttestationServiceInfo"), (KmsServices, "Get-KeyProviderServiceInfo")])
def test_register_list_get_and_remove_a_service(workload, kind, cmdlet):
    client = workload.client()
    service = kind(client._stub_config)
    registered = service.create(spec(kind))
    summaries = service.list()
    assert [(s.service, s.address.hostname, s.address.port, s.group, s.trust_authority_cluster) for s in summaries] == [
        (registered, "esxi-ta-01.vsphere.local", 443, "domain-c8@192.168.210.22", "domain-c8")]
    info = service.get(registered)
    assert info.trusted_ca.cert_chain[0].strip() == VMCA.strip()
    seen = shell(workload, f"({cmdlet}).Id")
    assert seen.stdout.split() == [registered], seen.stdout + seen.stderr
    with pytest.raises(AlreadyExists):
        service.create(spec(kind))
    assert service.list(kind.FilterSpec(group={"domain-c9@192.168.210.22"})) == []
    service.delete(registered)
    with pytest.raises(NotFound) as gone:
        service.get(registered)
    assert message(gone.value) == f"Could not find the service info with Id '{registered}'."


def test_an_attestation_registration_is_not_a_key_provider_one(workload):
    client = workload.client()
    registered = AttestationServices(client._stub_config).create(spec(AttestationServices))
    with pytest.raises(NotFound):
        KmsServices(client._stub_config).get(registered)
    assert KmsServices(client._stub_config).list() == []


@pytest.mark.parametrize("kind,applied", [(AttestationServices, TrustedAttestationServices), (KmsServices, TrustedKmsServices)])
def test_a_registered_service_is_applied_to_a_trusted_cluster_and_removed(workload, kind, applied):
    client = workload.client()
    registered = kind(client._stub_config).create(spec(kind))
    service = applied(client._stub_config)
    assert service.list(WORKLOAD_CLUSTER) == []
    assert wait_for(service.create_task(WORKLOAD_CLUSTER, applied.CreateSpec(type=applied.CreateSpec.SourceType.SERVICE, service=registered))).status == "SUCCEEDED"
    assert [s.service for s in service.list(WORKLOAD_CLUSTER)] == [registered]
    assert service.get(WORKLOAD_CLUSTER, registered).address.hostname == "esxi-ta-01.vsphere.local"
    with pytest.raises(AlreadyExists):
        service.create_task(WORKLOAD_CLUSTER, applied.CreateSpec(type=applied.CreateSpec.SourceType.SERVICE, service=registered))
    # A registration in use is not removed (Remove-AttestationServiceInfo refuses it the same way).
    with pytest.raises(NotAllowedInCurrentState):
        kind(client._stub_config).delete(registered)
    assert wait_for(service.delete_task(WORKLOAD_CLUSTER, registered)).status == "SUCCEEDED"
    assert service.list(WORKLOAD_CLUSTER) == []
    with pytest.raises(NotFound):
        service.get(WORKLOAD_CLUSTER, registered)


def test_a_whole_trust_authority_cluster_is_applied_at_once(workload):
    client = workload.client()
    first = AttestationServices(client._stub_config).create(spec(AttestationServices))
    second = AttestationServices(client._stub_config).create(spec(AttestationServices, host="esxi-ta-02.vsphere.local"))
    service = TrustedAttestationServices(client._stub_config)
    source = TrustedAttestationServices.CreateSpec(type=TrustedAttestationServices.CreateSpec.SourceType.CLUSTER, trust_authority_cluster="domain-c8")
    # The second is applied already: the whole cluster is refused, and the first is not applied either.
    one = TrustedAttestationServices.CreateSpec(type=TrustedAttestationServices.CreateSpec.SourceType.SERVICE, service=second)
    assert wait_for(service.create_task(WORKLOAD_CLUSTER, one)).status == "SUCCEEDED"
    with pytest.raises(AlreadyExists):
        service.create_task(WORKLOAD_CLUSTER, source)
    assert [s.service for s in service.list(WORKLOAD_CLUSTER)] == [second]
    assert wait_for(service.delete_task(WORKLOAD_CLUSTER, second)).status == "SUCCEEDED"
    assert wait_for(service.create_task(WORKLOAD_CLUSTER, source)).status == "SUCCEEDED"
    assert sorted(s.service for s in service.list(WORKLOAD_CLUSTER)) == sorted([first, second])
