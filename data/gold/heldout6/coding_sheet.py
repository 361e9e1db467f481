# -*- coding: utf-8 -*-
# Held-out gold set F coding sheet. S = statement, F = figure, M = polar marker / scare quote / official title.
# Executed by build_gold.py (which defines art, S, F, M). Spans are copied from texts/<id>.txt; `ctx` is a
# longer unique string containing the meant match where the span itself is not unique.
L, OUT, Q = "legitimacy", "outlet", "quoted"
NIA = "not in actors.csv"
def DEL(t, voice, spk="", note="", ctx=None, target="lukashenko"): M(t, L, "delegitimising", -1, voice, spk, target, note, ctx)
def LEG(t, voice, spk="", note="", ctx=None, target="lukashenko"): M(t, L, "legitimising", 1, voice, spk, target, note, ctx)
def NONREC(t, voice, spk="", note="", ctx=None): M(t, "recognition", "non_recognition", -1, voice, spk, "lukashenko", note, ctx)
def REC(t, voice, spk="", note="", ctx=None): M(t, "recognition", "recognition", 1, voice, spk, "lukashenko", note, ctx)
def PEJ(t, voice, spk="", target="lukashenko", note="", ctx=None): M(t, "actor_label", "pejorative_label", -1, voice, spk, target, note, ctx)
def TITLE(t, voice, spk="", note="", ctx=None): M(t, "actor_label", "official_title", 0, voice, spk, "lukashenko", note, ctx)
def SCARE(t, note="", ctx=None, voice=OUT, spk=""): M(t, "scare_quote", "scare_quote", 0, voice, spk, "", note, ctx)
def DATE(t, iso, note="", ctx=None): F(t, "", "date", "date", iso=iso, note=note, ctx=ctx)

BG, RG, WG, EU_, OG = "belarus_government", "russian_government", "western_government", "eu_institution", "other_government"
IO, EO, OPP, MEDIA = "international_organisation", "election_observers", "belarus_opposition", "media"

# ---------------------------------------------------------------- m01 BelTA 2020-08-10 (CIS mission: no facts questioning legitimacy)
art("m01_belta_2020")
DATE("10 August", "2020-08-10", "dateline")
NOFACTS = "has not registered any facts that could call the legitimacy of the presidential election into question"
S("indirect", "The CIS mission has not registered any facts that could call the legitimacy of the presidential election into question",
  "Sergei Lebedev", "lebedev", "told reporters", "tell", EO,
  "[inverted] appositions 'Chairman of the CIS Executive Committee – CIS Executive Secretary, head of the CIS observation mission …' excluded (§6); ', BelTA has learned' is the relaying medium (not a speaker, §10.13)",
  ctx="(BelTA) - The CIS mission " + NOFACTS + ", Sergei")
LEG(NOFACTS, Q, "lebedev",
    "an observer verdict that nothing puts the vote's legitimacy in doubt (markers.md §4.1 'observers found no violations / did not record any violations'); one span from the negated verb to the last evaluative word, the embedded 'legitimacy' gives no row of its own (judgement call on the span)",
    ctx="(BelTA) - The CIS mission " + NOFACTS)
S("direct", "The CIS mission has not registered any facts that could call the legitimacy of the presidential election into question. The CIS mission finds that the 9 August presidential election was conducted in compliance with the Constitution and the Electoral Code of Belarus. The election was open, competitive and ensured the free expression of the will of citizens of Belarus,",
  "Sergei Lebedev", "lebedev", "noted", "note", EO,
  "[inverted] three sentences in one pair of marks = one row (§4); 'The CIS mission finds that …' inside the quotation is not coded separately (§1)")
LEG(NOFACTS, Q, "lebedev", "as in the lead, inside Lebedev's quotation", ctx="“The CIS mission " + NOFACTS)
DATE("9 August", "2020-08-09", "polling day ('the 9 August presidential election')")
LEG("in compliance with the Constitution and the Electoral Code of Belarus", Q, "lebedev", "markers.md §4.1 'in compliance with the Constitution and the electoral legislation'")
LEG("open, competitive", Q, "lebedev", "paired praising predicates ('The election was open, competitive and ensured …'), span the adjectives (§4.1)")
LEG("free expression of the will of citizens", Q, "lebedev", "§4.1 'free expression of the people's will'; 'of Belarus' left out like a nationality adjective")
S("indirect", "the CIS observers registered some violations but they were insignificant", "He", "lebedev", "noted", "note", EO,
  "He = Lebedev (subject of the sentence before)")
S("direct", "Those were traditional violations. There were several incidents when a family voted together, when a husband and a wife entered the booth together. Bot those were isolated cases. There were also several complaints from local observers that they had a poor sight of the ballot boxes. These isolated violations were insignificant. The CIS observers believe that these isolated violations were neither systemic nor commonplace and did not have an impact on the voting results,",
  "Sergei Lebedev", "lebedev", "said", "say", EO,
  "[inverted] a quotation with its own attribution after an indirect row of the same speaker: its own row; 'Bot' [sic] kept; the complaints and the observers' belief inside the quotation are not coded separately (§1)")
LEG("did not have an impact on the voting results", Q, "lebedev",
    "an observer verdict that the (admitted, minimised) violations did not affect the result = the result stands (cf. §4.1 'observers found no violations'); judgement call. The word 'violations' (×5 in the paragraph) is not coded as delegitimising: the same speaker declares them insignificant and without impact (differs from set E k03, where observers reported violations without such a verdict)")

# ---------------------------------------------------------------- m02 TASS 2020-09-16 (Peskov: Lukashenko the legitimate president)
art("m02_tass_2020")
DATE("September 16", "2020-09-16", "dateline")
S("indirect", "Incumbent Belarusian President Alexander Lukashenko does not need security guarantees from the country’s opposition",
  "Kremlin Spokesman Dmitry Peskov", "peskov", "told reporters", "tell", RG, "[inverted] 'on Wednesday' after the cue excluded")
TITLE("Incumbent Belarusian President", OUT, "",
      "title on a name inside Peskov's reported clause, outside quotation marks: outlet voice (§3.1.4); one span because the nationality adjective cannot be skipped (set D h10 'Incumbent Belarusian President')")
DATE("Wednesday", "2020-09-16", "same-day news (P = Wednesday 16 September 2020)")
S("direct", "I don’t think he needs any security guarantees in his country. Otherwise, all that is an internal affair of Belarus,",
  "he", "peskov", "said", "say", RG, "[inverted] he = Peskov")
S("indirect", "Lukashenko is the legitimate Belarusian president", "he", "peskov", "stressing", "stress", RG, "shared subject of 'said' (§6)")
LEG("legitimate Belarusian president", Q, "peskov",
    "'legitimate president … when asserted' (§4.1), in the content clause of 'stressing'; the nationality adjective inside the phrase cannot be skipped")
TITLE("president", Q, "peskov", "the office in the predicate of Peskov's clause (not on a name): quoted voice; overlaps the legitimacy row (different lexicons, §3.4)",
      ctx="legitimate Belarusian president.")
S("indirect", "the opposition was ready to provide \"security guarantees\" to Lukashenko, if he stepped down \"peacefully.\"",
  "former Belarusian presidential candidate Svetlana Tikhanovskaya", "tsikhanouskaya", "said", "say", OPP,
  "relative 'who' replaced by its antecedent NP (§6); a different speaker inserted by the author inside the sentence about Peskov's refusal to comment ('refrained from commenting on remarks by …' is speech without content, not coded); the span ends with the closing mark", key="tg")
S("partial", "security guarantees", "former Belarusian presidential candidate Svetlana Tikhanovskaya", "tsikhanouskaya", "said", "say", OPP, "", parent="tg",
  ctx="provide \"security guarantees\"")
S("partial", "peacefully.", "former Belarusian presidential candidate Svetlana Tikhanovskaya", "tsikhanouskaya", "said", "say", OPP, "the period inside the marks is kept", parent="tg")
S("direct", "We would not like to react to this in any way,", "he", "peskov", "said", "say", RG, "[inverted] he = Peskov")
DATE("August 9", "2020-08-09", "polling day", ctx="following the August 9 presidential")
S("indirect", "incumbent President Alexander Lukashenko won by a landslide, garnering 80.10% of the vote",
  "the Central Election Commission’s official results", "belarus_cec", "According to", "according to", BG, "[document-source]")
TITLE("incumbent President", OUT, "", "fixed title 'incumbent President' on the name (§4.3); 'according to' + results is an evidential hedge (markers.md §3.1.4), so outlet voice")
LEG("won by a landslide", OUT, "", "fixed term (§3.4); 'According to the Central Election Commission’s official results' is the evidential hedge, not a speaker (§3.1.3, the guide's own example): outlet voice")
F("80.10%", "80.10", "percent", "vote_share", subject="lukashenko", stage="final", note="'official results' in a text of 16 Sep 2020: the final result of 14 Aug 2020")
F("second", "2", "ordinal", "ordinal", subject="tsikhanouskaya", note="'came in second'")
F("10.12%", "10.12", "percent", "vote_share", subject="tsikhanouskaya", stage="final", note="'with 10.12% of the ballot' (final result)")
NONREC("refused to recognize", OUT, "", "Tikhanovskaya 'refused to recognize the election’s outcome' (§4.2); a stance, not a statement (statements.md §1)")
DATE("August 9", "2020-08-09", "'announced late on August 9' (polling night); agentless announcement, not a statement", ctx="late on August 9")
S("indirect", "more protests", "the opposition’s Coordination Council", "coordination_council", "beating the drum for", "beat the drum for", OPP,
  "[np-content] relative 'which' replaced by its antecedent NP; 'beat the drum for X' = speak out in favour of X (like 'call for NP'; judgement call); 'The current unrest is being cheered on by …' is support, not speech (not coded)")
S("indirect", "the ongoing turmoil", "the Belarusian authorities", "belarus_government", "castigated", "castigate", BG,
  "[np-content] 'castigate' = condemn (§1)")
S("indirect", "these unauthorized demonstrations be stopped", "the Belarusian authorities", "belarus_government", "demanded", "demand", BG,
  "request (subjunctive clause); shared subject")

# ---------------------------------------------------------------- m03 Government of Sweden 2020-08-10 (FM Ann Linde's statement)
art("m03_swedengov_2020")
TITLE("President", OUT, "", "'President Lukashenko' in the minister's own statement (the publisher's voice)")
DEL("undemocratic", OUT, "", "'follows a dismal tradition of undemocratic elections in Belarus': the election is put in a line of undemocratic elections (outlet = the Swedish government)")
DEL("Electoral fraud", OUT, "", "'Electoral fraud is thought to have been widespread': agentless belief, no believer named (§3.1.3), outlet voice")
DATE("November", "2019-11", "'my visit to Minsk in November last year' (P = 2020)")

# ---------------------------------------------------------------- m04 German Federal Foreign Office 2020-08-26 (Maas statement)
art("m04_germanyfo_2020")
MAAS = "Foreign Minister Heiko Maas"
DATE("26 August", "2020-08-26", "'today (26 August)'")
S("direct", "With the daily rise in crackdowns on peaceful demonstrators, the leadership in Minsk is increasingly isolating itself from the international community. These courageous citizens have taken to their country’s streets to protest against election fraud and to defend their right anchored in law to freedom and democratic participation.",
  MAAS, "maas", "issued", "issue", WG,
  "block after 'X issued the following statement today (26 August) on …:' (statements.md §1.3: the block is X's; 'issue' attributes quotations); one direct row per paragraph, whole paragraph (§3); the protesters' protest inside the block is not coded separately (§1)")
DEL("election fraud", Q, "maas", "fixed term (§3.4); inside the minister's statement block")
S("direct", "They are demanding no more but also no less than an open dialogue with their own government.", MAAS, "maas", "issued", "issue", WG,
  "[continuation] second paragraph of the block; the citizens' demand inside it is not coded separately")
S("direct", "It is completely unacceptable that members of the Coordination Council have been arrested, interrogated and intimidated. The Coordination Council has repeatedly made clear that its goal is to help find a peaceful solution to the current crisis on the basis of the existing constitution and taking into account the close relations between Belarus and Russia, also between the civil societies of the two countries.",
  MAAS, "maas", "issued", "issue", WG, "[continuation] the Coordination Council's 'made clear that …' inside the block is not coded separately (§1)")
F("two", "2", "items", "count", note="anaphoric count: 'the two countries' (Belarus and Russia); inside the statement block")
S("direct", "Mr Lukashenko will have no choice but to recognise the reality on his country’s streets and in the minds of his fellow citizens.", MAAS, "maas", "issued", "issue", WG,
  "[continuation] 'recognise the reality' is not recognition of a result (homograph, no marker); 'Mr' is no title of office")
S("direct", "In the coming days in Berlin, the EU Foreign Ministers will discuss the EU’s further responses to the situation in Belarus. We will not fail to react to grave human rights violations or breaches of basic democratic principles.",
  MAAS, "maas", "issued", "issue", WG, "[continuation] last paragraph of the block; 'Top of page' page furniture removed after it")
