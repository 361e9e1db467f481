"""The viewer in a real browser: every row of every seed article is a visible span with its label."""

from __future__ import annotations

import pytest
from browser import browser_test, chromium
from rendered import assert_every_row_drawn, expected_spans
from test_viewer import ATTACK, attack_tables

from belarus_analysis import pipeline
from belarus_analysis.report import viewer

pytestmark = browser_test

# Follow each span's bars from token to token on the live page (as rendered.drawn_spans does on
# the HTML) and say whether its label and bar are visible: laid out, not hidden, not transparent.
SPANS_JS = """() => {
  const found = [];
  for (const block of document.querySelectorAll('.ba-text div.spans')) {
    const open = new Map();
    const close = (top) => { found.push(open.get(top)); open.delete(top); };
    for (const node of block.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        for (const s of open.values()) s.pending += node.textContent;
        continue;
      }
      const text = [...node.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('');
      const bars = new Map([...node.querySelectorAll(':scope > .ba-slice')].map(b => [b.dataset.top, b]));
      for (const top of [...open.keys()]) {
        const bar = bars.get(top);
        if (!bar || bar.classList.contains('ba-start')) close(top);
      }
      for (const [top, bar] of bars) {
        if (bar.classList.contains('ba-start')) {
          const label = bar.querySelector('.ba-label');
          const box = label.getBoundingClientRect();
          const visible = label.checkVisibility({checkOpacity: true, visibilityProperty: true})
            && node.checkVisibility() && box.width > 0 && box.height > 0 && box.left >= 0
            && getComputedStyle(bar).backgroundColor !== 'rgba(0, 0, 0, 0)';
          open.set(top, {label: label.textContent, text, pending: '', visible});
        } else if (open.has(top)) {
          const s = open.get(top);
          s.text += s.pending + text;
          s.pending = '';
        }
      }
    }
    for (const top of [...open.keys()]) close(top);
  }
  return found.filter(s => s.label !== '');
}"""

# The article text as drawn: whitespace between tokens and each token's own text (not its labels).
TEXT_JS = """() => [...document.querySelectorAll('.ba-text div.spans')].map(block => [...block.childNodes].map(
  n => n.nodeType === Node.TEXT_NODE ? n.textContent
    : [...n.childNodes].filter(c => c.nodeType === Node.TEXT_NODE).map(c => c.textContent).join('')).join(''))"""


@pytest.fixture(scope="module")
def pages(articles, tmp_path_factory):
    tables = pipeline.build(articles)
    folder = tmp_path_factory.mktemp("pages")
    return tables, folder, viewer.write_pages(tables, folder)


def test_every_row_is_a_visible_span_with_its_label(pages, tmp_path):
    tables, folder, paths = pages
    problems: list[str] = []
    with chromium(tmp_path / "profile") as browser:
        page = browser.new_page()
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        for article_id in tables["articles"]["article_id"]:
            page.goto((folder / viewer.page_name(article_id)).as_uri())
            spans = page.evaluate(SPANS_JS)
            hidden = [s["label"] for s in spans if not s["visible"]]
            assert not hidden, f"{article_id}: spans not visible: {hidden[:5]}"
            assert_every_row_drawn([(s["label"], s["text"]) for s in spans], expected_spans(tables, article_id))
            assert page.locator(".ba-header h2").inner_text() == tables["articles"].set_index("article_id").at[
                article_id, "outlet"]
            shot = page.screenshot(path=tmp_path / f"{article_id}.png", full_page=True)
            assert len(shot) > 50_000  # a page of text and bars, not a blank image
        page.goto((folder / "index.html").as_uri())
        links = page.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert links == [p.name for p in paths[:-1]]
        page.locator("a").first.click()
        assert page.url == paths[0].as_uri()
    assert not problems


def test_markup_in_an_article_is_shown_as_text_and_never_runs(tmp_path):
    page_file = viewer.view(attack_tables(), "a").save(tmp_path / "attack.html")
    dialogs: list[str] = []
    with chromium(tmp_path / "profile") as browser:
        page = browser.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(page_file.as_uri())
        assert page.locator("script, img, marquee").count() == 0
        assert page.evaluate(TEXT_JS) == [ATTACK]
        assert page.locator(".ba-header h2").inner_text() == "<img src=x onerror=alert(1)>"
        spans = {s["label"]: s["text"] for s in page.evaluate(SPANS_JS)}
        assert spans["M000 <em>c</em> −1 · outlet"] == "</span></div>"
    assert not dialogs
