"""Fixtures: a `vtash serve` on a fresh lab on 127.0.0.1 (a free port), and the vSphere Automation SDK's
own client logged in to it. The server is started and stopped by the tests themselves."""
import os
import re
import signal
import subprocess
import tempfile
import threading
import time
import warnings

import pytest
import requests

warnings.simplefilter("ignore", DeprecationWarning)

from vmware.vapi.vsphere.client import create_vsphere_client  # noqa: E402
from com.vmware.vcenter.trusted_infrastructure_client import NetworkAddress  # noqa: E402
from com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.kms_client import Providers  # noqa: E402

VTASH = os.environ.get("VTASH_BINARY", os.path.join(os.path.dirname(__file__), "..", "..", ".build", "debug", "vtash"))
CLUSTER = "domain-c8"
KMS = "192.168.110.91"
ADMIN = ("trustedadmin@vsphere.local", "VMware1!")
NOT_TRUSTED = ("administrator@vsphere.local", "VMware1!")


class ServedLab:
    """One `vtash serve` process on its own lab; its stderr is collected (one line per request)."""

    def __init__(self, folder, *extra):
        self.folder = folder
        self.lab = os.path.join(folder, "lab.sqlite")
        self.lines = []
        self.process = subprocess.Popen(
            [VTASH, "serve", "--lab", self.lab, "--listen", "127.0.0.1:0", "--verbose", *extra],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=folder,
            env={**os.environ, "NO_COLOR": "1"})
        self.ready = threading.Event()
        self.port = None
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        if not self.ready.wait(120) or self.port is None:
            self.stop()
            raise RuntimeError("vtash serve did not start:\n" + "".join(self.lines))
        self.ca = os.path.join(self.lab + "-serve", "ca.pem")
        self.server = f"127.0.0.1:{self.port}"
        self.url = f"https://{self.server}"

    def _read(self):
        for line in self.process.stderr:
            self.lines.append(line)
            match = re.search(r"url=https://127\.0\.0\.1:(\d+)/api", line)
            if match and self.port is None:
                self.port = int(match.group(1))
                self.ready.set()
        self.ready.set()

    def client(self, user=ADMIN):
        session = requests.Session()
        # The environment's REQUESTS_CA_BUNDLE would win over session.verify (requests' merge order).
        session.trust_env = False
        session.verify = self.ca
        return create_vsphere_client(server=self.server, username=user[0], password=user[1], session=session)

    def vtash(self, command, user=ADMIN):
        """A vtash shell on the same lab (a second process), connected as `user`; returns its output."""
        script = f"Connect-VIServer -Server 192.168.210.22 -User {user[0]} -Password '{user[1]}' | Out-Null\n{command}"
        result = subprocess.run([VTASH, "--lab", self.lab, "-Command", script], capture_output=True, text=True,
                                cwd=self.folder, env={**os.environ, "NO_COLOR": "1", "TZ": "UTC"}, timeout=120)
        return result

    def remote_vtash(self, command, user=ADMIN):
        """A vtash shell on a throw-away lab of its own, connected to this served lab over the API
        (`--remote-vcenter`, `Connect-VIServer -Port`): what it sees of the served lab came from the endpoint."""
        script = (f"Connect-VIServer -Server 127.0.0.1 -Port {self.port} -User {user[0]} -Password '{user[1]}' | Out-Null\n"
                  f"$vTA = Get-TrustAuthorityCluster 'vTA Cluster'\n{command}")
        return subprocess.run([VTASH, "--new-lab", "--remote-vcenter", "127.0.0.1", "--remote-ca", self.ca, "-Command", script],
                              capture_output=True, text=True, cwd=self.folder, env={**os.environ, "NO_COLOR": "1", "TZ": "UTC"}, timeout=120)

    def stop(self):
        """SIGTERM, as an operator's Ctrl-C or a service manager would; returns the exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.reader.join(5)
        return self.process.returncode


@pytest.fixture
def served():
    with tempfile.TemporaryDirectory(prefix="vtash-sdk-") as folder:
        lab = ServedLab(folder)
        try:
            yield lab
        finally:
            code = lab.stop()
            assert code == 0, "vtash serve did not stop cleanly on SIGTERM:\n" + "".join(lab.lines[-20:])


@pytest.fixture
def client(served):
    return served.client()


def wait_for(task, timeout=30):
    """Polls com.vmware.cis.tasks.get until the task ends; returns its info."""
    deadline = time.monotonic() + timeout
    while True:
        info = task.get_info()
        if info.status in ("SUCCEEDED", "FAILED"):
            return info
        if time.monotonic() > deadline:
            raise AssertionError(f"task {task.get_task_id()} still {info.status}")
        time.sleep(0.05)


def create_spec(name, key_id="1", port=5696):
    """Providers.CreateSpec of a KMIP provider with the lab's simulated key server."""
    return Providers.CreateSpec(
        provider=name, master_key_id=key_id,
        key_server=Providers.KeyServerCreateSpec(
            type=Providers.KeyServerCreateSpec.Type.KMIP, description="created by the SDK",
            kmip_server=Providers.KmipServerCreateSpec(
                servers=[Providers.Server(name=KMS, address=NetworkAddress(hostname=KMS, port=port))], username="vcqekmip")))
