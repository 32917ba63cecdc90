"""attestation.os.esx.base_images through the SDK's own stubs: a host's image database (written by
Export-VMHostImageDb in a vtash shell) imported over the API, listed, read and removed, the same lab operations
New-/Get-/Remove-TrustAuthorityVMHostBaseImage call."""
import os
import subprocess

import pytest
from com.vmware.vapi.std.errors_client import AlreadyExists, InvalidArgument, NotFound
from com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.attestation.os.esx_client import BaseImages

from conftest import ADMIN, CLUSTER, VTASH, wait_for


def message(error):
    return error.messages[0].default_message


def image_database(served):
    """The image database of a host of the workload vCenter, as Export-VMHostImageDb writes it."""
    script = (f"Connect-VIServer -Server 192.168.210.23 -User {ADMIN[0]} -Password '{ADMIN[1]}' | Out-Null\n"
              "$vmhost = Get-VMHost | Select-Object -First 1\n"
              "Export-VMHostImageDb -VMHost $vmhost -FilePath image.tgz\n"
              "$vmhost.Version + '-' + $vmhost.Build")
    result = subprocess.run([VTASH, "--lab", served.lab, "-Command", script], capture_output=True, text=True, cwd=served.folder,
                            env={**os.environ, "NO_COLOR": "1"}, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    with open(os.path.join(served.folder, "image.tgz"), "rb") as file:
        return file.read(), result.stdout.split()[-1]


def test_import_list_get_and_delete_a_base_image(served, client):
    # The SDK's stub factory has no `os` branch: the service is made from the client's stub configuration.
    service = BaseImages(client._stub_config)
    database, version = image_database(served)
    imported = service.import_from_imgdb_task(CLUSTER, database)
    assert wait_for(imported).status == "SUCCEEDED"
    assert imported.get_result() == version
    summaries = service.list_task(CLUSTER).get_result()
    assert [(s.version, s.health) for s in summaries] == [(version, BaseImages.Health.OK)]
    info = service.get_task(CLUSTER, version).get_result()
    assert info.display_name == summaries[0].display_name
    shell = served.vtash("(Get-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster (Get-TrustAuthorityCluster 'vTA Cluster')).VMHostVersion")
    assert shell.stdout.split() == [version], shell.stdout + shell.stderr
    with pytest.raises(AlreadyExists):
        service.import_from_imgdb_task(CLUSTER, database)
    assert service.list_task(CLUSTER, BaseImages.FilterSpec(version={"6.7.0-1"})).get_result() == []
    assert wait_for(service.delete_task(CLUSTER, version)).status == "SUCCEEDED"
    with pytest.raises(NotFound) as gone:
        service.get_task(CLUSTER, version)
    assert message(gone.value) == f"Could not find TrustAuthorityVMHostBaseImage '{version}'."


def test_bytes_that_are_not_an_image_database_are_refused(served, client):
    # The SDK's stub factory has no `os` branch: the service is made from the client's stub configuration.
    service = BaseImages(client._stub_config)
    with pytest.raises(InvalidArgument) as refused:
        service.import_from_imgdb_task(CLUSTER, b"not a tgz")
    assert "imgdb" in message(refused.value)
    assert service.list_task(CLUSTER).get_result() == []
