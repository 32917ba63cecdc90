"""Every std error class the endpoint answers with, raised by the SDK as its own exception types, with the
messages the cmdlets print for the same failure."""
import sqlite3
import time

import pytest
import requests
from com.vmware.vapi.std.errors_client import (AlreadyExists, Error, InvalidArgument, NotFound, Unauthenticated,
                                               Unauthorized)
from com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.kms.providers_client import ClientCertificate
from vmware.vapi.vsphere.client import create_vsphere_client

from conftest import CLUSTER, NOT_TRUSTED, ServedLab, create_spec, wait_for


def message(error):
    return error.messages[0].default_message


def test_not_found_provider_and_cluster(client):
    providers = client.vcenter.trusted_infrastructure.trust_authority_clusters.kms.Providers
    with pytest.raises(NotFound) as missing:
        providers.get_task(CLUSTER, "nope")
    assert message(missing.value) == "Could not find TrustAuthorityKeyProvider with name 'nope'."
    with pytest.raises(NotFound) as no_cluster:
        providers.list_task("domain-c99")
    assert message(no_cluster.value) == "Could not find TrustAuthorityCluster with Id 'domain-c99'."
    with pytest.raises(NotFound) as no_csr:
        wait_for(providers.create_task(CLUSTER, create_spec("nocsr")))
        client.vcenter.trusted_infrastructure.trust_authority_clusters.kms.providers.client_certificate.Csr.get_task(CLUSTER, "nocsr")
    assert message(no_csr.value).startswith("The key provider 'nocsr' has no certificate signing request.")


def test_already_exists_with_the_cmdlets_message(served, client):
    providers = client.vcenter.trusted_infrastructure.trust_authority_clusters.kms.Providers
    wait_for(providers.create_task(CLUSTER, create_spec("twice")))
    with pytest.raises(AlreadyExists) as again:
        providers.create_task(CLUSTER, create_spec("TWICE"))
    shell = served.vtash("New-TrustAuthorityKeyProvider -TrustAuthorityCluster (Get-TrustAuthorityCluster 'vTA Cluster') -PrimaryKeyId 1 -Name twice -KmipServerAddress 192.168.110.91")
    assert message(again.value) == "A key provider with the name 'TWICE' already exists. Key provider names must be unique across all vCenter Server systems."
    assert "A key provider with the name 'twice' already exists." in shell.stderr + shell.stdout


def test_invalid_arguments(client):
    kms = client.vcenter.trusted_infrastructure.trust_authority_clusters.kms
    with pytest.raises(InvalidArgument) as port:
        kms.Providers.create_task(CLUSTER, create_spec("badport", port=70000))
    assert message(port.value) == "The KMIP server port 70000 is not valid. Specify a port from 1 to 65535."
    wait_for(kms.Providers.create_task(CLUSTER, create_spec("certs")))
    with pytest.raises(InvalidArgument) as garbage:
        kms.providers.ClientCertificate.update_task(CLUSTER, "certs", ClientCertificate.UpdateSpec(certificate="not a certificate"))
    assert message(garbage.value) == "The field 'spec.certificate' does not contain a PEM certificate."
    # A well-formed certificate that is not the one signed for the provider's CSR: the lab's own rule.
    kms.providers.ClientCertificate.create_task(CLUSTER, "certs")
    other = kms.providers.ClientCertificate.get_task(CLUSTER, "certs").get_result().certificate
    wait_for(kms.Providers.create_task(CLUSTER, create_spec("fresh")))
    with pytest.raises(InvalidArgument) as no_request:
        kms.providers.ClientCertificate.update_task(CLUSTER, "fresh", ClientCertificate.UpdateSpec(certificate=other))
    assert "has no certificate signing request and no private key" in message(no_request.value)


def test_wrong_password_is_unauthenticated(served):
    session = requests.Session()
    session.trust_env = False
    session.verify = served.ca
    with pytest.raises(Unauthenticated) as refused:
        create_vsphere_client(server=served.server, username="trustedadmin@vsphere.local", password="wrong", session=session)
    assert message(refused.value) == "Cannot complete login due to an incorrect user name or password."


def test_ended_session_is_unauthenticated(served):
    client = served.client()
    providers = client.vcenter.trusted_infrastructure.trust_authority_clusters.kms.Providers
    assert providers.list_task(CLUSTER).get_result() == []
    client.session_svc.delete()
    with pytest.raises(Unauthenticated) as ended:
        providers.list_task(CLUSTER)
    assert "the session id is not known to this lab" in message(ended.value)


def test_idle_session_expires():
    import tempfile
    with tempfile.TemporaryDirectory(prefix="vtash-sdk-") as folder:
        lab = ServedLab(folder, "--session-idle-timeout", "1")
        try:
            client = lab.client()
            clusters = client.vcenter.trusted_infrastructure.TrustAuthorityClusters
            assert len(clusters.list()) == 1
            time.sleep(1.5)
            with pytest.raises(Unauthenticated) as expired:
                clusters.list()
            assert message(expired.value) == "The session expired after 1 seconds without a request. Log in again."
        finally:
            assert lab.stop() == 0


def test_unauthorized_user_gets_the_cmdlets_message(served):
    client = served.client(NOT_TRUSTED)
    with pytest.raises(Unauthorized) as denied:
        client.vcenter.trusted_infrastructure.trust_authority_clusters.kms.Providers.list_task(CLUSTER)
    shell = served.vtash("Get-TrustAuthorityCluster", user=NOT_TRUSTED)
    assert message(denied.value) == ("Permission to perform this operation was denied. The user 'VSPHERE.LOCAL\\administrator' is not a "
                                     "member of the TrustedAdmins group required for vSphere Trust Authority operations (privilege "
                                     "TrustedAdmin.ManageTrustedHosts).")
    assert message(denied.value) in " ".join(shell.stderr.split())
    # Reading the clusters' names is not a Trust Authority operation.
    assert [c.name for c in client.vcenter.Cluster.list()] == ["vTA Cluster"]


def test_a_damaged_store_is_an_error(served, client):
    providers = client.vcenter.trusted_infrastructure.trust_authority_clusters.kms.Providers
    wait_for(providers.create_task(CLUSTER, create_spec("damaged")))
    # Another process writes a trust record the lab cannot read (SQLite: other writers are allowed).
    with sqlite3.connect(served.lab) as db:
        db.execute("UPDATE keyProvider SET trust = x'7b' WHERE name = 'damaged'")
    with pytest.raises(Error) as broken:
        providers.get_task(CLUSTER, "damaged")
    assert message(broken.value).startswith(f"The lab at '{served.lab}' cannot be used: a stored object cannot be read")
