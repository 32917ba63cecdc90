"""trust_authority_clusters.consumer_principals through the SDK's own stubs: the workload vCenter's principal
(exported by a vtash shell, as Export-TrustedPrincipal writes it) imported, listed, read and removed over the
API, the same lab operations New-/Get-/Remove-TrustAuthorityPrincipal call."""
import json
import os
import subprocess

import pytest
from com.vmware.vapi.std.errors_client import AlreadyExists, InvalidArgument, NotFound
from com.vmware.vcenter.trusted_infrastructure_client import StsPrincipal, StsPrincipalId, StsPrincipalType, X509CertChain
from com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters_client import ConsumerPrincipals

from conftest import ADMIN, CLUSTER, VTASH, wait_for


def message(error):
    return error.messages[0].default_message


def exported_principal(served):
    """The workload vCenter's principal file, written by Export-TrustedPrincipal in a shell on the served lab."""
    script = (f"Connect-VIServer -Server 192.168.210.23 -User {ADMIN[0]} -Password '{ADMIN[1]}' | Out-Null\n"
              "Export-TrustedPrincipal -FilePath principal.json")
    result = subprocess.run([VTASH, "--lab", served.lab, "-Command", script], capture_output=True, text=True, cwd=served.folder,
                            env={**os.environ, "NO_COLOR": "1"}, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    with open(os.path.join(served.folder, "principal.json")) as file:
        return json.load(file)


def create_spec(principal, chain=None):
    return ConsumerPrincipals.CreateSpec(
        certificates=[X509CertChain(cert_chain=chain if chain is not None else principal["certificateChain"])],
        issuer_alias=principal["issuerAlias"], issuer=principal["issuer"],
        principal=StsPrincipal(id=StsPrincipalId(name=principal["name"], domain=principal["domain"]), type=StsPrincipalType.STS_USER))


def test_import_list_get_and_remove_a_principal(served, client):
    service = client.vcenter.trusted_infrastructure.trust_authority_clusters.ConsumerPrincipals
    principal = exported_principal(served)
    created = service.create_task(CLUSTER, create_spec(principal))
    assert wait_for(created).status == "SUCCEEDED"
    expected_id = principal["domain"] + "\\" + principal["name"]
    assert created.get_result() == expected_id
    summaries = service.list_task(CLUSTER).get_result()
    assert [(s.id, s.issuer, s.principal.id.name) for s in summaries] == [(expected_id, principal["issuer"], principal["name"])]
    info = service.get_task(CLUSTER, expected_id).get_result()
    assert [pem.strip() for pem in info.certificates[0].cert_chain] == [pem.strip() for pem in principal["certificateChain"]]
    assert info.health == ConsumerPrincipals.Health.OK
    shell = served.vtash("(Get-TrustAuthorityPrincipal -TrustAuthorityCluster (Get-TrustAuthorityCluster 'vTA Cluster')).Issuer")
    assert shell.stdout.split() == [principal["issuer"]], shell.stdout + shell.stderr
    with pytest.raises(AlreadyExists):
        service.create_task(CLUSTER, create_spec(principal))
    assert service.list_task(CLUSTER, ConsumerPrincipals.FilterSpec(issuer={"https://elsewhere"})).get_result() == []
    assert wait_for(service.delete_task(CLUSTER, expected_id)).status == "SUCCEEDED"
    with pytest.raises(NotFound):
        service.get_task(CLUSTER, expected_id)


def test_a_chain_that_does_not_verify_is_refused(served, client):
    service = client.vcenter.trusted_infrastructure.trust_authority_clusters.ConsumerPrincipals
    principal = exported_principal(served)
    # The signing certificate without its CA: the chain cannot be verified, as New-TrustAuthorityPrincipal refuses it.
    with pytest.raises(InvalidArgument) as refused:
        service.create_task(CLUSTER, create_spec(principal, chain=principal["certificateChain"][:1]))
    assert message(refused.value).startswith("The certificate chain of the principal in the spec does not verify: ")
    assert service.list_task(CLUSTER).get_result() == []


def test_principal_get_is_what_export_trusted_principal_writes(served, client):
    """trusted_infrastructure.Principal.get on the served vCenter, and the SDK's own round trip: what it returns,
    given to consumer_principals.create, is the principal the cluster then trusts."""
    own = client.vcenter.trusted_infrastructure.Principal.get()
    script = (f"Connect-VIServer -Server 192.168.210.22 -User {ADMIN[0]} -Password '{ADMIN[1]}' | Out-Null\n"
              "Export-TrustedPrincipal -FilePath own.json")
    result = subprocess.run([VTASH, "--lab", served.lab, "-Command", script], capture_output=True, text=True, cwd=served.folder,
                            env={**os.environ, "NO_COLOR": "1"}, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    with open(os.path.join(served.folder, "own.json")) as file:
        exported = json.load(file)
    assert (own.issuer, own.name, own.principal.id.name, own.principal.id.domain) == (
        exported["issuer"], exported["issuerAlias"], exported["name"], exported["domain"])
    assert [pem.strip() for pem in own.certificates[0].cert_chain] == [pem.strip() for pem in exported["certificateChain"]]
    service = client.vcenter.trusted_infrastructure.trust_authority_clusters.ConsumerPrincipals
    spec = ConsumerPrincipals.CreateSpec(certificates=own.certificates, issuer_alias=own.name, issuer=own.issuer, principal=own.principal)
    assert wait_for(service.create_task(CLUSTER, spec)).status == "SUCCEEDED"
    assert [s.issuer for s in service.list_task(CLUSTER).get_result()] == [own.issuer]
