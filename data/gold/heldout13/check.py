"""Validate the held-out gold set M (standard library + pandas). Run before every commit:
    python data/gold/heldout13/check.py
Exit code 1 on any error."""
import os, re, sys
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
ACTORS = os.path.join(ROOT, "data", "actors.csv")
errs = []
def err(m): errs.append(m)
def read(n): return pd.read_csv(os.path.join(HERE, n), dtype=str, keep_default_na=False)

arts = read("articles.csv")
ART_COLS = ["article_id","source_file","outlet","outlet_type","alignment","election","published","title",
            "attribution_evidence","attribution_confidence","url","retrieved"]
if list(arts.columns) != ART_COLS: err(f"articles.csv columns {list(arts.columns)}")
if arts.article_id.duplicated().any(): err("duplicate article_id")
texts = {}
for _, a in arts.iterrows():
    p = os.path.join(HERE, "texts", a.source_file)
    if not os.path.isfile(p): err(f"missing text {p}"); continue
    with open(p, encoding="utf-8") as f: texts[a.article_id] = f.read()
    if a.alignment not in {"state_aligned","western_government","independent"}: err(f"{a.article_id}: alignment {a.alignment}")
    if a.election not in {"2020","2025"}: err(f"{a.article_id}: election {a.election}")
    if len(a.published) != 10: err(f"{a.article_id}: published {a.published}")
    try: pd.Timestamp(a.published)
    except ValueError: err(f"{a.article_id}: published {a.published} does not parse")
    if not re.fullmatch(r"v\d\d_[a-z0-9]+_\d{4}", a.article_id) or a.source_file != a.article_id + ".txt":
        err(f"{a.article_id}: id / source_file")
    for c in ("outlet", "outlet_type", "url", "retrieved", "attribution_evidence", "attribution_confidence"):
        if not a[c]: err(f"{a.article_id}: empty {c}")
    tx = texts[a.article_id]
    if not tx.strip() or "\r" in tx or re.search(r"(?m)^ ?date \d{4}", tx) or "SEE ALSO" in tx:
        err(f"{a.article_id}: text empty, CR line ends or leaked metadata/promo")

actors = pd.read_csv(ACTORS, dtype=str, keep_default_na=False)
AIDS = set(actors.actor_id)
GROUPS = set(actors.group)
NIA = "not in actors.csv"

def starts_nonoverlap(t, s):
    out, i = [], t.find(s)
    while i != -1: out.append(i); i = t.find(s, i + len(s))
    return out
def starts_overlap(t, s):
    out, i = [], t.find(s)
    while i != -1: out.append(i); i = t.find(s, i + 1)
    return out

def spans(df, name, overlap=False):
    pos = {}
    for _, r in df.iterrows():
        t = texts.get(r.article_id)
        if t is None: err(f"{name} {r.gold_id}: unknown article {r.article_id}"); continue
        if not r.text: err(f"{name} {r.gold_id}: empty text"); continue
        if "\n" in r.text: err(f"{name} {r.gold_id}: span crosses a line break")
        ss = (starts_overlap if overlap else starts_nonoverlap)(t, r.text)
        try: k = int(r.occurrence)
        except ValueError: err(f"{name} {r.gold_id}: occurrence {r.occurrence!r}"); continue
        if k < 1 or k > len(ss): err(f"{name} {r.gold_id}: occurrence {k} but {len(ss)} matches of {r.text!r}"); continue
        s2 = starts_nonoverlap(t, r.text) if overlap else starts_overlap(t, r.text)
        if k <= len(s2) and s2[k-1] != ss[k-1]: err(f"{name} {r.gold_id}: overlapping vs non-overlapping count disagree")
        pos[r.gold_id] = (ss[k-1], ss[k-1] + len(r.text))
    if df.gold_id.duplicated().any(): err(f"{name}: duplicate gold_id")
    # text order within each article
    for aid, g in df.groupby("article_id", sort=False):
        p = [pos[i][0] for i in g.gold_id if i in pos]
        if p != sorted(p): err(f"{name}: rows of {aid} not in text order")
    return pos

# statements
st = read("statements.csv")
ST_COLS = ["gold_id","article_id","kind","text","occurrence","speaker","actor_id","cue","cue_lemma","note","parent_gold_id","actor_group"]
if list(st.columns) != ST_COLS: err(f"statements.csv columns {list(st.columns)}")
sp = spans(st, "statements")
for _, r in st.iterrows():
    if r.kind not in {"direct","partial","indirect"}: err(f"{r.gold_id}: kind {r.kind}")
    # an actor not in actors.csv gets a lowercase descriptive id, flagged in the note (README)
    off_list = bool(r.actor_id) and r.actor_id not in AIDS
    if off_list and (NIA not in r.note or not re.fullmatch(r"[a-z][a-z0-9_]*", r.actor_id)):
        err(f"{r.gold_id}: actor_id {r.actor_id} not in actors.csv and not flagged '{NIA}'")
    if r.actor_group and r.actor_group not in GROUPS: err(f"{r.gold_id}: actor_group {r.actor_group}")
    if r.speaker and not r.actor_group: err(f"{r.gold_id}: speaker without actor_group")
    if not r.speaker and (r.actor_id or r.actor_group): err(f"{r.gold_id}: actor without speaker")
    if r.actor_id and not off_list:
        g = actors.set_index("actor_id").group[r.actor_id]
        if r.actor_group != g: err(f"{r.gold_id}: actor_group {r.actor_group} != {g} of {r.actor_id}")
    if not r.gold_id.startswith(r.article_id[:3] + "-"): err(f"{r.gold_id}: id prefix")
    if r.parent_gold_id:
        par = st[st.gold_id == r.parent_gold_id]
        if par.empty: err(f"{r.gold_id}: parent {r.parent_gold_id} missing")
        elif r.gold_id in sp and r.parent_gold_id in sp:
            a, b = sp[r.gold_id]; c, d = sp[r.parent_gold_id]
            if not (c <= a and b <= d): err(f"{r.gold_id}: not inside parent {r.parent_gold_id}")
    if bool(r.cue) != bool(r.cue_lemma): err(f"{r.gold_id}: cue/lemma mismatch")
    if r.kind == "partial" and not r.parent_gold_id and r.cue: pass

# figures
fg = read("figures.csv")
FG_COLS = ["gold_id","article_id","text","occurrence","value","unit","kind","qualifier","subject","iso_date","note","stage","is_threshold"]
if list(fg.columns) != FG_COLS: err(f"figures.csv columns {list(fg.columns)}")
spans(fg, "figures")
UNITS = {"percent","percentage_points","people","votes","items","years","months","weeks","days","hours","minutes","date","miles","km","m","ordinal","times","USD","EUR","GBP","RUB","BYN"}
KINDS = {"date","vote_share","against_all","turnout","electorate","age","ordinal","duration","distance","money","count","other"}
QUALS = {"about","around","roughly","approximately","some","an estimated","estimated","circa","c.","or so","~",
         "almost","nearly","close to","just under","under","less than","fewer than","below","not quite","up to","at most","no more than",
         "more than","over","above","at least","upwards of","in excess of","no fewer than","no less than","just over",
         "just","only","merely","a mere","mere","barely","scarcely","a paltry",
         "as many as","as much as","a whopping","a staggering","fully","a full","exactly","precisely",""}
for _, r in fg.iterrows():
    if r.unit not in UNITS: err(f"{r.gold_id}: unit {r.unit}")
    if r.kind not in KINDS: err(f"{r.gold_id}: kind {r.kind}")
    if r.qualifier not in QUALS: err(f"{r.gold_id}: qualifier {r.qualifier}")
    if r.subject and r.subject not in AIDS: err(f"{r.gold_id}: subject {r.subject}")
    isdate = r.kind == "date"
    unresolved = isdate and not r.iso_date and "unresolved" in r.note
    if isdate != (r.unit == "date") or (isdate and (r.value or not (r.iso_date or unresolved))) or (not isdate and (r.iso_date or not r.value)):
        err(f"{r.gold_id}: date/unit/value/iso_date inconsistent")
    if r.value:
        try: float(r.value)
        except ValueError: err(f"{r.gold_id}: value {r.value}")
    if r.iso_date and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", r.iso_date): err(f"{r.gold_id}: iso_date {r.iso_date}")
    if r.iso_date:
        try: pd.Timestamp(r.iso_date)
        except ValueError: err(f"{r.gold_id}: iso_date {r.iso_date} does not parse")
    if r.stage not in {"","preliminary","final","exit_poll","poll"}: err(f"{r.gold_id}: stage {r.stage}")
    if r.stage and r.kind not in {"vote_share","turnout","electorate","against_all"}: err(f"{r.gold_id}: stage on kind {r.kind}")
    if r.is_threshold not in {"","1"}: err(f"{r.gold_id}: is_threshold {r.is_threshold}")
    if not r.gold_id.startswith(f"fig_{r.article_id[:3]}_"): err(f"{r.gold_id}: id prefix")

# markers
mk = read("markers.csv")
MK_COLS = ["gold_id","article_id","text","occurrence","lexicon","category","polarity","voice","speaker_actor_id","target_actor_id","note"]
if list(mk.columns) != MK_COLS: err(f"markers.csv columns {list(mk.columns)}")
mp = spans(mk, "markers", overlap=True)
ALLOWED = {("legitimacy","delegitimising","-1"),("legitimacy","legitimising","1"),
           ("recognition","non_recognition","-1"),("recognition","recognition","1"),
           ("actor_label","pejorative_label","-1"),("actor_label","official_title","0"),
           ("scare_quote","scare_quote","0")}
for _, r in mk.iterrows():
    if (r.lexicon, r.category, r.polarity) not in ALLOWED: err(f"{r.gold_id}: {r.lexicon}/{r.category}/{r.polarity}")
    if r.voice not in {"outlet","quoted"}: err(f"{r.gold_id}: voice {r.voice}")
    if r.lexicon in {"legitimacy","recognition"} and not r.target_actor_id: err(f"{r.gold_id}: {r.lexicon} needs a target")
    if r.voice == "outlet" and r.speaker_actor_id: err(f"{r.gold_id}: outlet row with speaker")
    for c in ("speaker_actor_id","target_actor_id"):
        if r[c] and r[c] not in AIDS: err(f"{r.gold_id}: {c} {r[c]}")
    if r.lexicon == "actor_label" and not r.target_actor_id: err(f"{r.gold_id}: actor_label needs target")
    if r.lexicon == "scare_quote" and (r.target_actor_id or r.text[0] not in "\"'‘“”" ): err(f"{r.gold_id}: scare quote span/target")
for (aid, lex), g in mk.groupby(["article_id","lexicon"]):
    iv = sorted(mp[i] for i in g.gold_id if i in mp)
    for (a, b), (c, d) in zip(iv, iv[1:]):
        if c < b: err(f"markers: overlapping spans in {aid} / {lex}")
ids = list(mk.gold_id)
if ids != [f"mkv{i:04d}" for i in range(1, len(ids) + 1)]: err("markers: gold_id not mkv0001.. in order")

if errs:
    print("\n".join(errs)); print(f"{len(errs)} error(s)"); sys.exit(1)
print(f"OK: {len(arts)} articles, {len(st)} statements, {len(fg)} figures, {len(mk)} markers")
