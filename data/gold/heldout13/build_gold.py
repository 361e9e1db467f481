"""Coding sheet -> statements.csv, figures.csv, markers.csv (held-out gold set M).

Each row names its span by `text` plus, where the text is not unique, a `ctx`
(a longer string that occurs once and contains the meant match). The builder
turns that into `occurrence` (n-th non-overlapping, case-sensitive match in the
raw file), orders rows by position and numbers them. Standard library only.
"""
import csv, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
TX = os.path.join(HERE, "texts")

def raw(aid):
    with open(os.path.join(TX, aid + ".txt"), encoding="utf-8") as f:
        return f.read()

def starts(text, span):
    out, i = [], text.find(span)
    while i != -1:
        out.append(i); i = text.find(span, i + len(span))
    return out

def locate(aid, span, ctx=None, occ=None):
    t = raw(aid)
    ss = starts(t, span)
    if not ss:
        sys.exit(f"{aid}: span not found: {span!r}")
    if ctx is not None:
        cs = starts(t, ctx)
        if len(cs) != 1:
            sys.exit(f"{aid}: ctx not unique ({len(cs)}): {ctx!r}")
        k = ctx.find(span)
        if k < 0:
            sys.exit(f"{aid}: span not in ctx: {span!r}")
        pos = cs[0] + k
        if pos not in ss:
            sys.exit(f"{aid}: span at ctx position overlaps an earlier match: {span!r}")
        return ss.index(pos) + 1, pos
    if occ is None:
        if len(ss) > 1:
            sys.exit(f"{aid}: ambiguous span {span!r} ({len(ss)} matches) needs ctx")
        occ = 1
    return occ, ss[occ - 1]

ST, FG, MK = [], [], []
A = None
def art(aid):
    global A; A = aid

def S(kind, text, speaker, actor, cue, lemma, group, note="", ctx=None, key=None, parent=None):
    ST.append(dict(article_id=A, kind=kind, text=text, speaker=speaker, actor_id=actor, cue=cue,
                   cue_lemma=lemma, note=note, actor_group=group, _ctx=ctx, _key=key, _parent=parent))

def F(text, value, unit, kind, qual="", subject="", iso="", note="", stage="", thr="", ctx=None):
    FG.append(dict(article_id=A, text=text, value=value, unit=unit, kind=kind, qualifier=qual,
                   subject=subject, iso_date=iso, note=note, stage=stage, is_threshold=thr, _ctx=ctx))

def M(text, lex, cat, pol, voice, spk="", target="", note="", ctx=None):
    MK.append(dict(article_id=A, text=text, lexicon=lex, category=cat, polarity=pol, voice=voice,
                   speaker_actor_id=spk, target_actor_id=target, note=note, _ctx=ctx))

exec(open(os.path.join(HERE, "coding_sheet.py"), encoding="utf-8").read())

def finish(rows):
    for r in rows:
        r["occurrence"], r["_pos"] = locate(r["article_id"], r["text"], r.pop("_ctx"))
    rows.sort(key=lambda r: (r["article_id"], r["_pos"], -len(r["text"])))

finish(ST); finish(FG); finish(MK)

# ids
n = {}
keymap = {}
for r in ST:
    n[r["article_id"]] = n.get(r["article_id"], 0) + 1
    r["gold_id"] = f"{r['article_id'][:3]}-{n[r['article_id']]:02d}"
    if r["_key"]:
        keymap[(r["article_id"], r["_key"])] = r["gold_id"]
for r in ST:
    p = r.pop("_parent")
    r["parent_gold_id"] = keymap[(r["article_id"], p)] if p else ""
n = {}
for r in FG:
    n[r["article_id"]] = n.get(r["article_id"], 0) + 1
    r["gold_id"] = f"fig_{r['article_id'][:3]}_{n[r['article_id']]:02d}"
for i, r in enumerate(MK, 1):
    r["gold_id"] = f"mkv{i:04d}"

def write(name, cols, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(c) is None else r.get(c) for c in cols])

write("statements.csv", ["gold_id","article_id","kind","text","occurrence","speaker","actor_id","cue","cue_lemma","note","parent_gold_id","actor_group"], ST)
write("figures.csv", ["gold_id","article_id","text","occurrence","value","unit","kind","qualifier","subject","iso_date","note","stage","is_threshold"], FG)
write("markers.csv", ["gold_id","article_id","text","occurrence","lexicon","category","polarity","voice","speaker_actor_id","target_actor_id","note"], MK)
print(len(ST), len(FG), len(MK))
