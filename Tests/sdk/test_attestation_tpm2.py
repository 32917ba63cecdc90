"""attestation.tpm2 (CA certificates, endorsement keys, settings) through the SDK's own stubs: each change is
the one the cmdlets make (a vtash shell on the same lab reads it back), with the cmdlets' errors."""
import datetime

import pytest
from com.vmware.vapi.std.errors_client import AlreadyExists, InvalidArgument, NotFound, Unauthorized
from com.vmware.vcenter.trusted_infrastructure_client import X509CertChain
from com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.attestation.tpm2_client import (
    CaCertificates, EndorsementKeys, Settings)
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from conftest import CLUSTER, NOT_TRUSTED, wait_for

NOW = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)


def message(error):
    return error.messages[0].default_message


def certificate(common_name, ca=True, seed=1):
    """A self-signed P-256 certificate (a TPM manufacturer's root when `ca`), valid for ten years from 2026."""
    key = ec.derive_private_key(seed, ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    built = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
             .serial_number(seed).not_valid_before(NOW).not_valid_after(NOW + datetime.timedelta(days=3650))
             .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if ca:
        built = built.add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
    return built.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM).decode()


def public_key_pem(seed):
    return ec.derive_private_key(seed, ec.SECP256R1()).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def tpm2(client):
    return client.vcenter.trusted_infrastructure.trust_authority_clusters.attestation.tpm2


def test_ca_certificates_create_list_get_delete(served, client):
    service = tpm2(client).CaCertificates
    root = certificate("TPM Manufacturer Root")
    spec = CaCertificates.CreateSpec(name="manufacturer", cert_chain=X509CertChain(cert_chain=[root]))
    assert wait_for(service.create_task(CLUSTER, spec)).status == "SUCCEEDED"
    summaries = service.list_task(CLUSTER).get_result()
    assert [(s.name, s.health) for s in summaries] == [("manufacturer", CaCertificates.Health.OK)]
    info = service.get_task(CLUSTER, "manufacturer").get_result()
    assert info.cert_chain.cert_chain[0].strip() == root.strip()
    shell = served.vtash("(Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster (Get-TrustAuthorityCluster 'vTA Cluster')).Name")
    assert shell.stdout.split() == ["manufacturer"], shell.stdout + shell.stderr
    with pytest.raises(AlreadyExists):
        service.create_task(CLUSTER, spec)
    assert wait_for(service.delete_task(CLUSTER, "manufacturer")).status == "SUCCEEDED"
    with pytest.raises(NotFound) as gone:
        service.get_task(CLUSTER, "manufacturer")
    assert message(gone.value) == "Could not find TrustAuthorityTpm2CACertificate 'manufacturer'."


def test_a_certificate_that_is_not_a_ca_is_refused_as_the_cmdlet_refuses_it(served, client):
    leaf = certificate("Not a CA", ca=False, seed=2)
    with pytest.raises(InvalidArgument) as refused:
        tpm2(client).CaCertificates.create_task(CLUSTER, CaCertificates.CreateSpec(name="leaf", cert_chain=X509CertChain(cert_chain=[leaf])))
    assert message(refused.value).startswith("The certificate 'CN=Not a CA' is not a CA certificate;")
    assert tpm2(client).CaCertificates.list_task(CLUSTER).get_result() == []


def test_endorsement_keys_create_list_get_delete(served, client):
    service = tpm2(client).EndorsementKeys
    key = public_key_pem(3)
    assert wait_for(service.create_task(CLUSTER, EndorsementKeys.CreateSpec(name="esxi-01", public_key=key))).status == "SUCCEEDED"
    assert [s.name for s in service.list_task(CLUSTER).get_result()] == ["esxi-01"]
    assert service.get_task(CLUSTER, "esxi-01").get_result().public_key.strip() == key.strip()
    # One key per public key, as New-TrustAuthorityTpm2EndorsementKey refuses it.
    with pytest.raises(AlreadyExists) as again:
        service.create_task(CLUSTER, EndorsementKeys.CreateSpec(name="again", public_key=key))
    assert message(again.value) == "The Trust Authority cluster already has a TPM 2.0 endorsement key named 'again' or with the same public key."
    shell = served.vtash("(Get-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster (Get-TrustAuthorityCluster 'vTA Cluster')).Name")
    assert shell.stdout.split() == ["esxi-01"], shell.stdout + shell.stderr
    assert wait_for(service.delete_task(CLUSTER, "esxi-01")).status == "SUCCEEDED"
    assert service.list_task(CLUSTER).get_result() == []


def test_settings_get_and_update(served, client):
    service = tpm2(client).Settings
    before = service.get_task(CLUSTER).get_result()
    assert wait_for(service.update_task(CLUSTER, Settings.UpdateSpec(require_endorsement_keys=not before.require_endorsement_keys))).status == "SUCCEEDED"
    after = service.get_task(CLUSTER).get_result()
    assert after.require_endorsement_keys == (not before.require_endorsement_keys)
    assert after.require_certificate_validation == before.require_certificate_validation
    shell = served.vtash("(Get-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster (Get-TrustAuthorityCluster 'vTA Cluster')).RequireEndorsementKey")
    assert shell.stdout.split() == [str(after.require_endorsement_keys)], shell.stdout + shell.stderr


def test_tpm2_services_are_for_trusted_admins(served):
    other = served.client(NOT_TRUSTED)
    with pytest.raises(Unauthorized) as refused:
        tpm2(other).CaCertificates.list_task(CLUSTER)
    assert "TrustedAdmins" in message(refused.value)
