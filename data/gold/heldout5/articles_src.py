# metadata source for articles.csv of held-out gold set E (kept for provenance). Run: python articles_src.py
import csv, os
HERE = os.path.dirname(os.path.abspath(__file__))
R = "2026-11-30"
# (article_id, outlet, outlet_type, alignment, election, published, title, url, attribution_evidence, attribution_confidence)
rows = [
 ("k01_sputnik_2020", "Sputnik (via UrduPoint)", "Russian state-owned international news agency, republished by a Pakistani aggregator", "state_aligned", 2020, "2020-07-24",
  "CIS Monitoring Mission Begins Work In Belarus",
  "https://www.urdupoint.com/en/world/cis-monitoring-mission-begins-work-in-belarus-984111.html",
  "Outlet: credit line 'MINSK (UrduPoint News / Sputnik - 24th July, 2020)' (kept as body text); republication keeps the author's alignment (sets C, D). Date: credit line and stored page date 2020-07-24; 'said Friday'. Election: the 9 August 2020 election (pre-election report on the CIS observers). A different text from set C's BelTA report of 20 July on the same mission.",
  "outlet high (credit line); date high (credit line)"),
 ("k02_euroradio_2020", "Euroradio (euroradio.fm, English)", "Warsaw-based Belarusian independent radio and news site", "independent", 2020, "2020-08-10",
  "Tsikhanouskaya does not accept Lukashenka win",
  "https://euroradio.fm/en/tsikhanouskaya-does-not-accept-lukashenka-win",
  "Outlet: euroradio.fm address and the removed footer 'Follow Belaruws news … via Euroradio's Telegram'. Private broadcaster (foreign donors fund it; no government text): independent. Date: not on the stored text; results 'announced … on August 10' and 'The things that were happening yesterday' (the night of 9-10 August) put it on 10 August 2020.",
  "outlet high (address); date medium (reconstructed from the text)"),
 ("k03_euroradio_2020", "Euroradio (euroradio.fm, English)", "Warsaw-based Belarusian independent radio and news site", "independent", 2020, "2020-08-06",
  "Belarus election 2020: More people vote early than in 2015",
  "https://euroradio.fm/en/belarus-election-2020-more-people-vote-early-2015",
  "Outlet: euroradio.fm address and the removed footer. Date: not on the stored text; the CEC's figure after 'two days of early voting' (early voting began on 4 August 2020) was published on the morning of 6 August; reconstructed.",
  "outlet high (address); date medium (reconstructed from the event)"),
 ("k04_belsat_2020", "Belsat (belsat.eu, English)", "Warsaw-based Belarusian-language TV channel and news site (Polish public broadcaster TVP)", "independent", 2020, "2020-08-25",
  "Belarus Supreme Court rejects Tsikhanouskaya's election results complaint",
  "https://belsat.eu/en/news/belarus-supreme-court-rejects-tsikhanouskaya-s-election-results-complaint/",
  "Outlet: belsat.eu address. Belsat is a channel of the Polish public broadcaster; its news text is not a government statement, so it is coded independent (like RFE/RL-type media in earlier sets: a media text, not a government's own text); judgement call. Date: 'On August 25, the Belarusian Supreme Court dismissed …' and 'On Tuesday' (25 August 2020, AFET meeting).",
  "outlet high (address); alignment medium (publicly funded foreign broadcaster); date high (event date in text)"),
 ("k05_republicworld_2020", "Republic World (republicworld.com)", "privately owned Indian news site", "independent", 2020, "2020-08-15",
  "US closely watching developments in Belarus, says Mike Pompeo",
  "https://www.republicworld.com/world-news/us-news/us-closely-watching-developments-in-belarus-says-mike-pompeo.html",
  "Outlet: republicworld.com address. Date: stored page date 2020-08-15; 'on August 15 said'.",
  "outlet high (address); date high (page date)"),
 ("k06_newsby_2025", "news.by (Belarus state TV and radio company)", "Belarusian state broadcaster's news site", "state_aligned", 2025, "2025-01-26",
  "SCO Observer Mission Recognizes Belarus Presidential Elections as Transparent and Democratic",
  "https://news.by/eng/news/politika/sco-observer-mission-recognizes-belarus-presidential-elections-as-transparent-and-democratic",
  "Outlet: news.by address (as set D's h05). Date: stored page date 2025-01-26 (polling day; the SCO mission's statement).",
  "outlet high (address); date high (page date)"),
 ("k07_tass_2025", "TASS", "Russian state news agency", "state_aligned", 2025, "2025-01-27",
  "",
  "https://tass.com/world/1904797",
  "Outlet: dateline 'MINSK, January 27. /TASS/.' and tass.com address. Date: dateline and stored page date 2025-01-27.",
  "outlet high (dateline); date high (dateline)"),
 ("k08_tass_2025", "TASS", "Russian state news agency", "state_aligned", 2025, "2025-01-27",
  "",
  "https://tass.com/world/1904739",
  "Outlet: dateline 'MINSK, January 27. /TASS/.' and tass.com address. Date: dateline and stored page date 2025-01-27. A different TASS report from k07 (press conference vs meeting with Lukashenko).",
  "outlet high (dateline); date high (dateline)"),
 ("k09_europeanpravda_2025", "Ukrainska Pravda (European Pravda)", "privately owned Ukrainian news site", "independent", 2025, "2025-01-27",
  "",
  "https://www.pravda.com.ua/eng/news/2025/01/27/7495550/",
  "Outlet: pravda.com.ua address; 'Source: European Pravda' (kept as body text, the site's template). Date: address segment and stored page date 2025-01-27. Reports the Ukrainian MFA statement also reported by set D's h13 (Kyiv Independent) and set A-C's unn.ua: a different text, not a republication.",
  "outlet high (address); date high (address)"),
 ("k10_unn_2025", "UNN (Ukrainian National News)", "privately owned Ukrainian news agency", "independent", 2025, "2025-01-27",
  "Lukashenko wins the presidential election in Belarus for the 7th time",
  "https://unn.ua/en/news/lukashenko-wins-the-presidential-election-in-belarus-for-the-7th-time",
  "Outlet: unn.ua address; 'Transmits to UNN …' line (kept). Date: stored page date 2025-01-27; CEC preliminary results of 27 January. A different unn.ua article from the one in the avoid list.",
  "outlet high (address); date high (page date)"),
 ("k11_devdiscourse_2025", "Devdiscourse (Reuters-based rewrite)", "privately owned Indian news aggregator", "independent", 2025, "2025-01-27",
  "Britain imposes sanctions over Belarus sham elections",
  "https://www.devdiscourse.com/article/politics/3241539-britain-imposes-sanctions-over-belarus-sham-elections",
  "Outlet: devdiscourse.com address; the text is the site's rewrite of a Reuters report (not credited in the excerpt). Date: stored page date 2025-01-27; 'Britain on Monday imposed …'.",
  "outlet high (address); date high (page date)"),
]
with open(os.path.join(HERE, "articles.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["article_id","source_file","outlet","outlet_type","alignment","election","published","title",
                "attribution_evidence","attribution_confidence","url","retrieved"])
    for (aid, outlet, otype, al, el, pub, title, url, ev, conf) in rows:
        w.writerow([aid, aid + ".txt", outlet, otype, al, el, pub, title, ev, conf, url, R])
print(len(rows), "articles")
