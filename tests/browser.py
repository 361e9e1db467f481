"""Real-browser tests: Playwright driving Debian's chromium (never a downloaded browser).

``.ci/run`` installs chromium with apt; without it these tests skip with how to install it.
The flags keep an offline machine quiet: no component updates, sync, QUIC or first-run calls.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# A test module applies this to every browser test: marked, and skipped in one line without chromium.
browser_test = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason=f"needs {CHROMIUM}: install it with `apt-get install -y chromium` (.ci/run does)"),
]


@contextmanager
def chromium(profile: Path, **context_options) -> Iterator:
    """A fresh chromium browser context with its own user-data folder ``profile``."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=ARGS,
            viewport={"width": 1280, "height": 900}, **context_options)
        try:
            yield context
        finally:
            context.close()
