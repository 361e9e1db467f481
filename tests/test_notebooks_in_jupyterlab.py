"""Every notebook where users run it: JupyterLab in a real browser, Run All, no error or stderr output.

A JupyterLab server runs on 127.0.0.1 (a free port, a token, temporary Jupyter folders, a copy of
the notebooks so nothing in the checkout is saved over); chromium opens each notebook, clears its
outputs, runs all cells from the Run menu and waits until every cell has run and the kernel is idle.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import nbformat
import pytest
from browser import browser_test, chromium
from playwright.sync_api import TimeoutError as PlaywrightTimeout

pytestmark = browser_test

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
START_TIMEOUT = 90  # s for the server to answer
KERNEL_TIMEOUT = 120_000  # ms for a notebook's kernel to start
START_RUN = 30  # s for Run All to reach the kernel
RUN_TIMEOUT = 300_000  # ms for Run All (the slowest notebook builds a corpus: about a minute)

# User settings: no news or update checks (no network, no toast over the notebook), no autosave,
# no extension manager, and every cell kept in the page (no windowing) so each one can be checked.
SETTINGS = {
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
    "@jupyterlab/docmanager-extension/plugin": {"autosave": False},
    "@jupyterlab/extensionmanager-extension/plugin": {"enabled": False},
}
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
PROMPTS_JS = f"""() => [...document.querySelectorAll('{PANEL} .jp-CodeCell .jp-InputPrompt')]
  .map(p => p.textContent.trim())"""
DONE_JS = f"""() => {{
  const panel = document.querySelector('{PANEL}');
  const indicator = panel && panel.querySelector('.jp-Notebook-ExecutionIndicator');
  const prompts = panel ? [...panel.querySelectorAll('.jp-CodeCell .jp-InputPrompt')] : [];
  return !!indicator && indicator.dataset.status === 'idle' && prompts.length > 0
    && prompts.every(p => /^\\[\\d+\\]:$/.test(p.textContent.trim()));
}}"""
RESULTS_JS = f"""() => [...document.querySelectorAll('{PANEL} .jp-CodeCell')].map(cell => ({{
  outputs: cell.querySelectorAll('.jp-OutputArea-output').length,
  stderr: [...cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')]
    .map(o => o.textContent.slice(0, 500)),
  views: [...cell.querySelectorAll('.ba-view .ba-label')].filter(l => l.checkVisibility()).length,
}}))"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    def __init__(self, url: str, token: str, root: Path, log: Path):
        self.url, self.token, self.root, self.log = url, token, root, log

    def api(self, path: str, method: str = "GET"):
        req = urllib.request.Request(f"{self.url}/api/{path}", method=method,
                                     headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(req, timeout=10) as r:
            body = r.read()
        return json.loads(body) if body else None

    def busy(self) -> bool:
        return any(k["execution_state"] == "busy" for k in self.api("kernels"))

    def stop_kernels(self) -> None:
        for session in self.api("sessions"):
            self.api(f"sessions/{session['id']}", "DELETE")


def run_all(page, lab: Lab, name: str) -> None:
    """Run > Run All Cells, until the kernel has started on it. A Run All clicked while JupyterLab
    is still settling its first kernel connection can be lost (the prompts then wait forever), so
    it is clicked again when after START_RUN seconds no cell has run and the kernel is not busy."""
    for _ in range(3):
        page.locator("#jp-menu-panel .lm-MenuBar-item", has_text=re.compile(r"^Run$")).click()
        page.locator(".lm-Menu-item[data-command='runmenu:run-all']").click()
        deadline = time.monotonic() + START_RUN
        while time.monotonic() < deadline:
            if lab.busy() or any(re.fullmatch(r"\[\d+\]:", p) for p in page.evaluate(PROMPTS_JS)):
                return
            page.wait_for_timeout(250)
    pytest.fail(f"{name}: Run All did not start the kernel in 3 attempts; server log: {lab.log}")


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("jupyterlab")
    shutil.copytree(ROOT / "notebooks", tmp / "root" / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    for plugin, values in SETTINGS.items():
        path = tmp / "settings" / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(tmp / "config"), "JUPYTER_DATA_DIR": str(tmp / "data"),
           "JUPYTER_RUNTIME_DIR": str(tmp / "runtime"), "IPYTHONDIR": str(tmp / "ipython")}
    port, token = free_port(), secrets.token_hex(16)
    log = tmp / "server.log"
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ServerApp.ip=127.0.0.1",
           f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
           f"--ServerApp.root_dir={tmp / 'root'}", f"--LabApp.user_settings_dir={tmp / 'settings'}",
           f"--LabApp.workspaces_dir={tmp / 'workspaces'}"]
    with open(log, "wb") as out:
        server = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    lab = Lab(f"http://127.0.0.1:{port}", token, tmp / "root", log)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                lab.api("status")
                break
            except (urllib.error.URLError, ConnectionError):
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"jupyter lab did not start:\n{log.read_text()[-3000:]}")
                time.sleep(0.5)
        yield lab
    finally:
        # SIGTERM lets the server shut its kernels down; kill what is left of its process group.
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with chromium(tmp_path_factory.mktemp("chromium") / "profile") as context:
        context.set_default_timeout(30_000)
        yield context


def run_in_lab(browser, lab: Lab, path: Path) -> list[dict]:
    """Open ``path`` (relative to the server's root) in JupyterLab, clear its outputs, Run All and
    wait until every cell has run and the kernel is idle; return each code cell's ``outputs``
    (count), ``stderr`` (texts of stderr and error outputs) and ``views`` (visible viewer labels)."""
    n_code = sum(c.cell_type == "code" for c in nbformat.read(lab.root / path, as_version=4).cells)
    page = browser.new_page()
    try:
        # A workspace of its own, reset: JupyterLab would otherwise reopen (and start kernels for)
        # the notebooks opened before.
        page.goto(f"{lab.url}/lab/workspaces/{path.stem}/tree/{path.as_posix()}?reset&token={lab.token}")
        # Loaded: every code cell in the page and the kernel idle.
        page.wait_for_function(f"n => ({PROMPTS_JS})().length === n", arg=n_code, timeout=KERNEL_TIMEOUT)
        page.locator(f"{PANEL} .jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for(timeout=KERNEL_TIMEOUT)

        # Clear the saved outputs first, so that the prompts show this run, not the saved one.
        page.locator("#jp-menu-panel .lm-MenuBar-item", has_text=re.compile(r"^Edit$")).click()
        page.locator(".lm-Menu-item[data-command='editmenu:clear-all']").click()
        assert not any(re.fullmatch(r"\[\d+\]:", p) for p in page.evaluate(PROMPTS_JS))

        run_all(page, lab, path.name)
        try:
            page.wait_for_function(DONE_JS, timeout=RUN_TIMEOUT, polling=500)
        except PlaywrightTimeout:
            page.screenshot(path=lab.log.with_name(f"{path.stem}.png"))
            pytest.fail(f"{path.name}: Run All did not finish in {RUN_TIMEOUT / 1000:.0f} s; prompts "
                        f"{page.evaluate(PROMPTS_JS)}; screenshot and server log in {lab.log.parent}")
        results = page.evaluate(RESULTS_JS)
        assert len(results) == n_code
        return results
    finally:
        page.close()
        lab.stop_kernels()


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_in_jupyterlab(notebook, lab, browser):
    code = [c for c in nbformat.read(notebook, as_version=4).cells if c.cell_type == "code"]
    results = run_in_lab(browser, lab, Path("notebooks") / notebook.name)
    for i, (cell, ran) in enumerate(zip(code, results)):
        assert not ran["stderr"], f"{notebook.name} cell {i + 1}: {ran['stderr']}"
        if cell.outputs:
            assert ran["outputs"], f"{notebook.name} cell {i + 1}: no output (committed: {len(cell.outputs)})"
        if any("ba-view" in str(o.get("data", {}).get("text/html", "")) for o in cell.outputs):
            assert ran["views"], f"{notebook.name} cell {i + 1}: the article view shows no labels"


def test_stderr_and_errors_are_caught(lab, browser):
    """The check above can fail: a notebook writing to stderr and raising is reported cell by cell."""
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("import sys\nprint('warning: something', file=sys.stderr)"),
        nbformat.v4.new_code_cell("1 + 1"),
        nbformat.v4.new_code_cell("raise ValueError('broken cell')"),
    ], metadata={"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}})
    nbformat.write(nb, lab.root / "canary.ipynb")
    results = run_in_lab(browser, lab, Path("canary.ipynb"))
    assert ["warning: something" in " ".join(r["stderr"]) for r in results] == [True, False, False]
    assert "ValueError" in " ".join(results[2]["stderr"]) and results[1]["outputs"] == 1
