"""Two vtash shells connected over the API (`Connect-VIServer -Server 127.0.0.1 -Port N`) and the SDK on one
served lab at the same time: each sees the key providers the others made."""
from concurrent.futures import ThreadPoolExecutor

from conftest import CLUSTER, create_spec, wait_for


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
