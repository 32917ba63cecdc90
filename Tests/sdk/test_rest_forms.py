"""The REST forms, as curl or an OpenAPI-generated client uses them: /api/session with Basic credentials, the
resource paths with ?vmw-task=true, /api/cis/tasks/{task}; plain JSON, std errors as HTTP statuses."""
import time

import requests

from conftest import ADMIN, CLUSTER, KMS

BASE = "/api/vcenter/trusted-infrastructure/trust-authority-clusters"


def rest_session(served):
    http = requests.Session()
    http.trust_env = False
    http.verify = served.ca
    login = http.post(served.url + "/api/session", auth=ADMIN)
    assert login.status_code == 201
    token = login.json()
    assert isinstance(token, str) and len(token) == 32
    http.headers["vmware-api-session-id"] = token
    return http


def test_session_create_get_delete(served):
    http = rest_session(served)
    info = http.get(served.url + "/api/session").json()
    assert info["user"] == "VSPHERE.LOCAL\\trustedadmin"
    assert info["created_time"].endswith("Z")
    assert http.delete(served.url + "/api/session").status_code == 204
    after = http.get(served.url + "/api/session")
    assert after.status_code == 401
    assert after.json()["error_type"] == "UNAUTHENTICATED"


def test_wrong_password_over_rest(served):
    refused = requests.post(served.url + "/api/session", auth=(ADMIN[0], "nope"), verify=served.ca)
    assert refused.status_code == 401
    assert refused.json()["messages"][0]["default_message"] == "Cannot complete login due to an incorrect user name or password."


def test_create_as_a_task_then_poll_it(served):
    http = rest_session(served)
    spec = {"provider": "restkp", "master_key_id": "1",
            "key_server": {"type": "KMIP", "kmip_server": {"servers": [{"name": KMS, "address": {"hostname": KMS}}]}}}
    created = http.post(served.url + f"{BASE}/{CLUSTER}/kms/providers?vmw-task=true", json=spec)
    assert created.status_code == 200, created.text
    task = created.json()
    info = http.get(served.url + f"/api/cis/tasks/{task}").json()
    assert info["status"] == "SUCCEEDED"
    assert info["operation"] == "create"
    got = http.get(served.url + f"{BASE}/{CLUSTER}/kms/providers/restkp?vmw-task=true").json()
    result = http.get(served.url + f"/api/cis/tasks/{got}").json()["result"]
    assert result["master_key_id"] == "1"
    assert result["key_server"]["kmip_server"]["servers"][0]["address"] == {"hostname": KMS, "port": 5696}
    # Without vmw-task the operation's result comes back directly.
    direct = http.get(served.url + f"{BASE}/{CLUSTER}/kms/providers/restkp").json()
    assert direct["status"]["health"] == "ERROR"
    tasks = http.get(served.url + "/api/cis/tasks").json()
    assert set(tasks) == {task, got}


def test_rest_errors_are_http_statuses(served):
    http = rest_session(served)
    missing = http.get(served.url + f"{BASE}/{CLUSTER}/kms/providers/nope?vmw-task=true")
    assert missing.status_code == 404
    assert missing.json()["error_type"] == "NOT_FOUND"
    assert missing.json()["messages"][0]["default_message"] == "Could not find TrustAuthorityKeyProvider with name 'nope'."
    bad = http.post(served.url + f"{BASE}/{CLUSTER}/kms/providers?vmw-task=true", data=b"{not json", headers={"Content-Type": "application/json"})
    assert bad.status_code == 400 and bad.json()["error_type"] == "INVALID_ARGUMENT"
    anonymous = requests.get(served.url + f"{BASE}", verify=served.ca)
    assert anonymous.status_code == 401
    clusters = http.get(served.url + BASE).json()
    assert clusters == [{"cluster": CLUSTER, "state": "ENABLE"}]
    assert http.put(served.url + BASE).status_code == 404


def test_the_verbose_log_has_a_line_per_request(served):
    http = rest_session(served)
    http.get(served.url + BASE)
    # The server's stderr is read by a thread of the fixture: the line may come a moment after the answer.
    for _ in range(100):
        lines = [line for line in served.lines if "path=/api/vcenter/trusted-infrastructure/trust-authority-clusters" in line]
        if lines:
            break
        time.sleep(0.05)
    assert lines and "status=200" in lines[-1] and "trust_authority_clusters.list" in lines[-1]


def test_trust_authority_hosts_and_applied_config_over_rest(served):
    """Routes as vmware-vcenter 9.1.1.0's stubs declare them (trust_authority_hosts_client.py: POST
    …/trust-authority-hosts/attestation for list, GET …/trust-authority-hosts/{host}/attestation/ for get)."""
    http = rest_session(served)
    hosts = "/api/vcenter/trusted-infrastructure/trust-authority-hosts"
    listed = http.post(served.url + hosts + "/attestation", json={})
    assert listed.status_code == 200, listed.text
    assert [(s["host"], s["address"]["hostname"], s["cluster"]) for s in listed.json()] == [("host-10", "esxi-ta-01.vsphere.local", CLUSTER)]
    got = http.get(served.url + hosts + "/host-10/kms/")
    assert got.status_code == 200, got.text
    assert got.json()["group"] == "domain-c8@192.168.210.22" and got.json()["trusted_CA"]["cert_chain"]
    missing = http.get(served.url + hosts + "/host-99/attestation/")
    assert missing.status_code == 404 and missing.json()["error_type"] == "NOT_FOUND"
    status = http.get(served.url + f"{BASE}/{CLUSTER}/attestation/service-status?vmw-task=true").json()
    assert http.get(served.url + f"/api/cis/tasks/{status}").json()["result"] == {"health": "OK", "details": []}
