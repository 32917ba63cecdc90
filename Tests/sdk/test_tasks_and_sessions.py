"""com.vmware.cis.tasks (get, list) and com.vmware.cis.session (get, delete) through the SDK's own stubs."""
from com.vmware.cis.task_client import Status
from com.vmware.cis_client import Session, Tasks

from conftest import CLUSTER, create_spec, wait_for


def test_tasks_list_filters_by_status_and_service(served, client):
    providers = client.vcenter.trusted_infrastructure.trust_authority_clusters.kms.Providers
    created = providers.create_task(CLUSTER, create_spec("listed"))
    got = providers.get_task(CLUSTER, "listed")
    wait_for(got)
    tasks = Tasks(client._stub_config)
    everything = tasks.list(Tasks.FilterSpec(status={Status.SUCCEEDED}, services={"com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.kms.providers"}))
    assert {created.get_task_id(), got.get_task_id()} <= set(everything)
    info = tasks.get(got.get_task_id())
    assert (info.operation, info.status, info.user) == ("get", Status.SUCCEEDED, "VSPHERE.LOCAL\\trustedadmin")
    assert info.start_time <= info.end_time


def test_another_user_does_not_see_my_tasks(served, client):
    providers = client.vcenter.trusted_infrastructure.trust_authority_clusters.kms.Providers
    mine = providers.list_task(CLUSTER)
    other = served.client(("administrator@vsphere.local", "VMware1!"))
    assert mine.get_task_id() not in Tasks(other._stub_config).list()


def test_session_get(served, client):
    info = Session(client._stub_config).get()
    assert info.user == "VSPHERE.LOCAL\\trustedadmin"
