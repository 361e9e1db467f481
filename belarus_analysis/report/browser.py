"""Debian's chromium driven by Playwright: the browser tests and the README's viewer screenshot.

Playwright (a test dependency) is imported only when a browser is started. The browser is the
system's ``/usr/bin/chromium`` (``apt-get install chromium``), never one ``playwright install``
downloads. The flags keep an offline machine quiet: no component updates, sync, QUIC or
first-run calls, each of which would otherwise retry refused connections.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import ViewError

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync")
INSTALL_HINT = "install it with `apt-get install -y chromium` (.ci/run does)"


@contextmanager
def chromium(profile: str | Path, *, width: int = 1280, height: int = 900, **context_options) -> Iterator:
    """A fresh chromium browser context (Playwright ``BrowserContext``) with its own profile folder.

    Parameters
    ----------
    profile : str or Path
        A new, empty user-data folder (the browser keeps nothing of the user's).
    width, height : int, optional
        Viewport size in CSS pixels.
    **context_options
        Passed to Playwright's ``launch_persistent_context``.

    Raises
    ------
    ViewError
        If ``/usr/bin/chromium`` is missing.

    Examples
    --------
    >>> import tempfile
    >>> with chromium(tempfile.mkdtemp()) as browser:  # doctest: +SKIP
    ...     browser.new_page().goto("file:///tmp/page.html")
    """
    if not CHROMIUM.exists():
        raise ViewError(f"{CHROMIUM} not found: {INSTALL_HINT}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=list(ARGS),
            viewport={"width": width, "height": height}, **context_options)
        try:
            yield context
        finally:
            context.close()


def screenshot(page: str | Path, png: str | Path, *, profile: str | Path, width: int = 1100,
               height: int = 900) -> Path:
    """Open an HTML file in chromium and save the top ``width`` x ``height`` pixels as PNG.

    Returns
    -------
    Path
        ``png``.
    """
    with chromium(profile, width=width, height=height) as browser:
        tab = browser.new_page()
        tab.goto(Path(page).resolve().as_uri())
        tab.screenshot(path=str(png))
    return Path(png)
