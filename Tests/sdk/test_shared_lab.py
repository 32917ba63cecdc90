"""Two vtash shells connected over the API (`Connect-VIServer -Server 127.0.0.1 -Port N`) and the SDK on one
served lab at the same time: each sees the key providers, principals and TPM CA certificates the others made."""
import json
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor

from com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.attestation.tpm2_client import CaCertificates
from cryptography import x509

from conftest import ADMIN, CLUSTER, VTASH, create_spec, wait_for


def test_two_remote_shells_and_the_sdk_see_each_others_providers(served, client):
    providers = client.vcenter.trusted_infrastructure.trust_authority_clusters.kms.Providers

    def shell(name):
        return served.remote_vtash(
            f"New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name {name} -KmipServerAddress 192.168.110.91 | Out-Null")

    def sdk():
        return wait_for(providers.create_task(CLUSTER, create_spec("from-sdk")))

    # All three write at once.
    with ThreadPoolExecutor(3) as pool:
        first, second, made = pool.submit(shell, "from-shell-1"), pool.submit(shell, "from-shell-2"), pool.submit(sdk)
        for result in (first.result(), second.result()):
            assert result.returncode == 0, result.stdout + result.stderr
        assert made.result().status == "SUCCEEDED"

    everyone = {"from-shell-1", "from-shell-2", "from-sdk"}
    assert {summary.provider for summary in providers.list_task(CLUSTER).get_result()} == everyone
    for _ in range(2):
        seen = served.remote_vtash("(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA).Name")
        assert seen.returncode == 0, seen.stdout + seen.stderr
        assert set(seen.stdout.split()) == everyone, seen.stdout + seen.stderr


def test_a_change_of_a_remote_shell_is_what_the_sdk_reads(served, client):
    made = served.remote_vtash("""
New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name clkp -KmipServerAddress 192.168.110.91 | Out-Null
$kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name clkp
New-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp
(Get-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp).Thumbprint
""")
    assert made.returncode == 0, made.stdout + made.stderr
    kms = client.vcenter.trusted_infrastructure.trust_authority_clusters.kms
    pem = kms.providers.ClientCertificate.get_task(CLUSTER, "clkp").get_result().certificate
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    thumbprint = x509.load_pem_x509_certificate(pem.encode()).fingerprint(hashes.SHA1()).hex().upper()
    assert made.stdout.split()[-1] == thumbprint


def test_a_principal_and_a_tpm_ca_certificate_a_remote_shell_imported_are_what_the_sdk_reads(served, client):
    # The workload vCenter's files (it is not the served vCenter): written by a shell on the served lab's own file.
    files = subprocess.run(
        [VTASH, "--lab", served.lab, "-Command",
         f"Connect-VIServer -Server 192.168.210.23 -User {ADMIN[0]} -Password '{ADMIN[1]}' | Out-Null\n"
         "Export-TrustedPrincipal -FilePath principal.json | Out-Null\n"
         "$ek = Get-VMHost esxi-01.vsphere.local | Get-Tpm2EndorsementKey\n"
         "Export-Tpm2CACertificate -Tpm2EndorsementKey $ek -FilePath cacert.cer | Out-Null"],
        capture_output=True, text=True, cwd=served.folder, env={**os.environ, "NO_COLOR": "1"}, timeout=120)
    assert files.returncode == 0, files.stdout + files.stderr
    made = served.remote_vtash("""
New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath principal.json | Out-Null
New-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA -FilePath cacert.cer -Name from-shell | Out-Null
""")
    assert made.returncode == 0 and made.stderr == "", made.stdout + made.stderr
    with open(os.path.join(served.folder, "principal.json")) as file:
        principal = json.load(file)
    service = client.vcenter.trusted_infrastructure.trust_authority_clusters.ConsumerPrincipals
    summaries = service.list_task(CLUSTER).get_result()
    assert [(s.id, s.issuer) for s in summaries] == [(principal["domain"] + "\\" + principal["name"], principal["issuer"])]
    info = service.get_task(CLUSTER, summaries[0].id).get_result()
    assert [pem.strip() for pem in info.certificates[0].cert_chain] == [pem.strip() for pem in principal["certificateChain"]]
    certificates = CaCertificates(client._stub_config)
    assert [s.name for s in certificates.list_task(CLUSTER).get_result()] == ["from-shell"]
    with open(os.path.join(served.folder, "cacert.cer"), "rb") as file:
        expected = x509.load_der_x509_certificate(file.read())
    chain = certificates.get_task(CLUSTER, "from-shell").get_result().cert_chain.cert_chain
    assert [x509.load_pem_x509_certificate(pem.encode()) for pem in chain] == [expected]
