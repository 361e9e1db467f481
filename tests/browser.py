"""Real-browser tests: Playwright driving Debian's chromium (``belarus_analysis.report.browser``).

``.ci/run`` installs chromium with apt; without it these tests skip, saying how to install it.
"""

from __future__ import annotations

import pytest

from belarus_analysis.report.browser import CHROMIUM, INSTALL_HINT, chromium

__all__ = ["browser_test", "chromium"]

# A test module sets ``pytestmark = browser_test``: marked, and skipped in one line without chromium.
browser_test = [pytest.mark.browser, pytest.mark.skipif(not CHROMIUM.exists(), reason=f"needs {CHROMIUM}: {INSTALL_HINT}")]
