"""The seed procedure (docs/../seed/procedure-en.md, CSR route) through the vSphere Automation SDK: create the
key provider, have the key server sign its CSR, upload the certificate, trust the server's certificate, and
poll the service status and the provider's status until they are OK."""
import os
import time

from cryptography import x509

from com.vmware.vcenter.trusted_infrastructure_client import TrustAuthorityClusters
from com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.kms_client import Providers, ServiceStatus
from com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.kms.providers_client import (
    ClientCertificate, CurrentPeerCertificates, TrustedPeerCertificates)
from com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.kms.providers.client_certificate_client import Csr

from conftest import CLUSTER, KMS, create_spec, wait_for


def poll(read, done, timeout=30):
    deadline = time.monotonic() + timeout
    while True:
        value = read()
        if done(value):
            return value
        assert time.monotonic() < deadline, f"still {value}"
        time.sleep(0.1)


def test_seed_procedure_through_the_sdk(served, client):
    ti = client.vcenter.trusted_infrastructure
    clusters = ti.TrustAuthorityClusters.list()
    assert [(c.cluster, c.state) for c in clusters] == [(CLUSTER, TrustAuthorityClusters.State.ENABLE)]
    providers = ti.trust_authority_clusters.kms.Providers

    # Step 3: New-TrustAuthorityKeyProvider.
    created = providers.create_task(CLUSTER, create_spec("clkp"))
    info = wait_for(created)
    assert info.status == "SUCCEEDED"
    assert info.target.id == "clkp"
    listed = wait_for(providers.list_task(CLUSTER))
    summaries = providers.list_task(CLUSTER).get_result()
    assert listed.status == "SUCCEEDED" and [s.provider for s in summaries] == ["clkp"]
    kp = providers.get_task(CLUSTER, "clkp").get_result()
    assert kp.master_key_id == "1"
    assert kp.key_server.kmip_server.servers[0].address.hostname == KMS
    assert kp.key_server.kmip_server.servers[0].address.port == 5696
    assert kp.key_server.kmip_server.username == "vcqekmip"
    assert kp.status.health == Providers.Health.ERROR  # nothing trusted yet, either way

    # Step 4, CSR route: the provider makes a CSR, the key server's CA signs it, the certificate is uploaded.
    csr_service = ti.trust_authority_clusters.kms.providers.client_certificate.Csr
    csr = csr_service.create_task(CLUSTER, "clkp").get_result()
    assert isinstance(csr, Csr.Info)
    request = x509.load_pem_x509_csr(csr.csr.encode())
    assert request.is_signature_valid
    assert request.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value == "clkp"
    assert csr_service.get_task(CLUSTER, "clkp").get_result().csr == csr.csr
    with open(os.path.join(served.folder, "clkp.csr"), "w") as f:
        f.write(csr.csr)
    signed = served.vtash(f"Approve-LabKeyServerCertificateRequest -KeyServer {KMS} -CsrFilePath clkp.csr -OutFile signed.pem")
    assert signed.returncode == 0, signed.stderr
    with open(os.path.join(served.folder, "signed.pem")) as f:
        certificate = f.read()
    client_certificate = ti.trust_authority_clusters.kms.providers.ClientCertificate
    assert wait_for(client_certificate.update_task(CLUSTER, "clkp", ClientCertificate.UpdateSpec(certificate=certificate))).status == "SUCCEEDED"
    assert client_certificate.get_task(CLUSTER, "clkp").get_result().certificate.strip() == certificate.strip()

    # Step 5: read the certificate the key server presents, check it, trust it.
    current = ti.trust_authority_clusters.kms.providers.CurrentPeerCertificates
    presented = current.list_task(CLUSTER, "clkp").get_result()
    assert [(p.server_name, p.trusted) for p in presented] == [(KMS, False)]
    server_certificate = x509.load_pem_x509_certificate(presented[0].certificate.encode())
    assert server_certificate.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value == KMS
    only_untrusted = current.list_task(CLUSTER, "clkp", CurrentPeerCertificates.FilterSpec(trusted=True)).get_result()
    assert only_untrusted == []
    trusted = ti.trust_authority_clusters.kms.providers.TrustedPeerCertificates
    update = trusted.update_task(CLUSTER, "clkp", TrustedPeerCertificates.UpdateSpec(certificates=[presented[0].certificate]))
    assert wait_for(update).status == "SUCCEEDED"
    assert trusted.get_task(CLUSTER, "clkp").get_result().certificates == [presented[0].certificate]
    assert [p.trusted for p in current.list_task(CLUSTER, "clkp").get_result()] == [True]

    # Step 6: the service and the provider become OK.
    service_status = ti.trust_authority_clusters.kms.ServiceStatus
    status = poll(lambda: service_status.get_task(CLUSTER).get_result(), lambda s: s.health == ServiceStatus.Health.OK)
    assert status.details == []
    kp = poll(lambda: providers.get_task(CLUSTER, "clkp").get_result(), lambda p: p.status.health == Providers.Health.OK)
    assert [(s.name, s.client_trust_server, s.server_trust_client) for s in kp.status.servers] == [(KMS, True, True)]

    # One core: a vtash shell on the same lab sees the provider the SDK made, healthy.
    shown = served.vtash("(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster (Get-TrustAuthorityCluster 'vTA Cluster') -Name clkp).Status.Health")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == "Ok"


def test_a_provider_made_by_a_shell_is_seen_by_the_sdk(served, client):
    made = served.vtash(f"New-TrustAuthorityKeyProvider -TrustAuthorityCluster (Get-TrustAuthorityCluster 'vTA Cluster') -PrimaryKeyId 8 -Name fromshell -KmipServerAddress {KMS} | Out-Null")
    assert made.returncode == 0, made.stderr
    providers = client.vcenter.trusted_infrastructure.trust_authority_clusters.kms.Providers
    assert [s.provider for s in providers.list_task(CLUSTER).get_result()] == ["fromshell"]
    assert providers.get_task(CLUSTER, "fromshell").get_result().master_key_id == "8"


def test_self_signed_client_certificate_and_credential(served, client):
    ti = client.vcenter.trusted_infrastructure.trust_authority_clusters.kms
    wait_for(ti.Providers.create_task(CLUSTER, create_spec("selfsigned")))
    assert wait_for(ti.providers.ClientCertificate.create_task(CLUSTER, "selfsigned")).status == "SUCCEEDED"
    pem = ti.providers.ClientCertificate.get_task(CLUSTER, "selfsigned").get_result().certificate
    certificate = x509.load_pem_x509_certificate(pem.encode())
    assert certificate.issuer == certificate.subject
    assert wait_for(ti.providers.Credential.set_task(CLUSTER, "selfsigned", "kmip-secret")).status == "SUCCEEDED"
    shown = served.vtash("(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster (Get-TrustAuthorityCluster 'vTA Cluster') -Name selfsigned).KmipServerUsername")
    assert shown.stdout.strip() == "vcqekmip"


def test_update_and_delete_a_provider(served, client):
    providers = client.vcenter.trusted_infrastructure.trust_authority_clusters.kms.Providers
    wait_for(providers.create_task(CLUSTER, create_spec("changing")))
    spec = Providers.UpdateSpec(master_key_id="8", key_server=Providers.KeyServerUpdateSpec(description="renamed", connection_timeout=45))
    assert wait_for(providers.update_task(CLUSTER, "changing", spec)).status == "SUCCEEDED"
    kp = providers.get_task(CLUSTER, "changing").get_result()
    assert (kp.master_key_id, kp.key_server.description, kp.key_server.connection_timeout) == ("8", "renamed", 45)
    assert wait_for(providers.delete_task(CLUSTER, "changing")).status == "SUCCEEDED"
    assert providers.list_task(CLUSTER).get_result() == []


def test_disable_and_enable_the_trust_authority_cluster(served, client):
    clusters = client.vcenter.trusted_infrastructure.TrustAuthorityClusters
    spec = TrustAuthorityClusters.UpdateSpec(state=TrustAuthorityClusters.State.DISABLE)
    assert wait_for(clusters.update_task(CLUSTER, spec)).status == "SUCCEEDED"
    assert clusters.get(CLUSTER).state == TrustAuthorityClusters.State.DISABLE
    # The Key Provider Service runs on the cluster's hosts: a disabled cluster runs none, so there is no status
    # ("NONE: No status available", kms_client.ServiceStatus.Health), as Get-TrustAuthorityServicesStatus prints None.
    status = client.vcenter.trusted_infrastructure.trust_authority_clusters.kms.ServiceStatus.get_task(CLUSTER).get_result()
    assert status.health == ServiceStatus.Health.NONE
    assert [d.default_message for d in status.details] == ["The Trust Authority cluster 'vTA Cluster' is disabled: the key provider service does not run."]
    shown = served.vtash("(Get-TrustAuthorityCluster 'vTA Cluster').State")
    assert shown.stdout.strip() == "Disabled"
    wait_for(clusters.update_task(CLUSTER, TrustAuthorityClusters.UpdateSpec(state=TrustAuthorityClusters.State.ENABLE)))
    assert [c.state for c in clusters.list()] == [TrustAuthorityClusters.State.ENABLE]


def test_two_sdk_clients_and_a_shell_share_the_lab(served, client):
    """Two SDK sessions writing at once, and a vtash shell on the same lab, all see every provider."""
    import threading
    other = served.client()
    failures = []

    def make(sdk, prefix):
        providers = sdk.vcenter.trusted_infrastructure.trust_authority_clusters.kms.Providers
        for index in range(15):
            try:
                providers.create_task(CLUSTER, create_spec(f"{prefix}{index}"))
            except Exception as error:  # noqa: BLE001 - collected and asserted below
                failures.append(error)

    writers = [threading.Thread(target=make, args=(client, "a")), threading.Thread(target=make, args=(other, "b"))]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert failures == []
    expected = {f"a{i}" for i in range(15)} | {f"b{i}" for i in range(15)}
    for sdk in (client, other):
        listed = sdk.vcenter.trusted_infrastructure.trust_authority_clusters.kms.Providers.list_task(CLUSTER).get_result()
        assert {s.provider for s in listed} == expected
    shown = served.vtash("(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster (Get-TrustAuthorityCluster 'vTA Cluster')).Count")
    assert shown.stdout.strip() == "30"
