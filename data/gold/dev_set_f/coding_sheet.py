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

# ---------------------------------------------------------------- m05 Taipei Times (AP) 2020-08-11 (Lukashenko wins sixth term)
art("m05_taipeitimes_2020")
S("indirect", "Belarusian President Alexander Lukashenko has won his sixth consecutive term, taking more than 80 percent of the vote",
  "Election officials in Belarus", "belarus_cec", "said", "say", BG,
  "'election officials' = belarus_cec (actors.csv variant); 'yesterday' between speaker and cue skipped; the trailing 'amid protests fueled by …' is the outlet's background, not the officials' content (judgement call on the end of the span)")
TITLE("President", OUT, "", "'Belarusian President Alexander Lukashenko' on a name in the officials' reported clause, no quotation marks: outlet voice (§3.1.4)", ctx="Belarusian President Alexander")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="'his sixth consecutive term'; 'has won' gives no win marker: the clause (with its 'amid …' adjunct) holds the label 'authoritarian incumbent' (markers.md §4.1 'their clause also holds … a pejorative label'; set E k05)")
F("80 percent", "80", "percent", "vote_share", qual="more than", subject="lukashenko", stage="preliminary", note="officials' figure of 10 Aug 2020 (preliminary 80.23%)")
PEJ("authoritarian incumbent", OUT, "", "lukashenko", "'the authoritarian incumbent’s cavalier brushoff': a label denying legitimacy (cf. 'authoritarian ruler'); the title 'incumbent' inside it gets no row of its own (one span per lexicon, the longest wins, §3.4)")
S("indirect", "one person was killed — which the authorities denied — and dozens were injured in a police crackdown on protests that followed Sunday’s presidential election",
  "Human rights groups", "rights_groups", "said", "say", "ngo", "the parenthetical denial stays inside the contiguous span (§3)")
F("one", "1", "people", "count", note="'one person was killed' (a count, not a pronoun)", ctx="one person was killed")
S("indirect", "one person was killed", "the authorities", "belarus_government", "denied", "deny", BG,
  "'— which the authorities denied —': a different speaker inserted by the author inside the rights groups' clause (§1); the relative 'which' stands for the clause 'one person was killed', which is the content (object before the cue, §3); a speech act of its own, so no parent")
F("dozens", "12", "people", "count", note="injured; vague plural numeral, value = scale word (lower bound)")
DATE("Sunday", "2020-08-09", "'Sunday’s presidential election' (P = Tuesday 11 Aug 2020; polling day)")
S("indirect", "with all ballots counted, Lukashenko, who has led Belarus for 26 years, took 80.23 percent of the vote and his main opposition challenger, Sveatlana Tikhanovskaya, had 9.9 percent",
  "The central election commission", "belarus_cec", "said", "say", BG, "'took … percent' is a vote share, no win marker (sets B-E)")
F("26 years", "26", "years", "duration", subject="lukashenko", note="tenure ('has led Belarus for 26 years')")
F("80.23 percent", "80.23", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="CEC preliminary result of 10 Aug 2020")
F("9.9 percent", "9.9", "percent", "vote_share", subject="tsikhanouskaya", stage="preliminary", note="'Sveatlana Tikhanovskaya' [sic]: Tsikhanouskaya (surname a listed variant)")
DEL("rigged", Q, "belarus_opposition",
    "'Opposition supporters believe the election results were rigged': a belief with a named believer puts Y in quoted voice (markers.md §3.1.3); believing is no statement (not coded there); supporters mapped to belarus_opposition (judgement call)")
S("direct", "We don’t recognize these results,", "Tikhanovskaya", "tsikhanouskaya", "told reporters", "tell", OPP,
  "[inverted] appositions 'a former English teacher, the wife of …' excluded (§6); 'yesterday' after the cue excluded")
NONREC("don’t recognize", Q, "tsikhanouskaya", "§4.2 'doesn’t accept (the results)', 'does not recognise'")
S("direct", "According to the data we receive from precincts, we won, and this corresponds with what we saw at polling stations,", "she", "tsikhanouskaya", "said", "say", OPP,
  "[inverted] she = Tikhanovskaya")
LEG("won", Q, "tsikhanouskaya", "'we won' asserts the challenger's win: legitimising with target tsikhanouskaya (polarity relative to the target, §3.3; seed 001 'her rightful victory')",
    ctx="we won, and", target="tsikhanouskaya")
S("direct", "People stood in lines at polling stations in order to vote for Tikhanovskaya. I believe my own eyes rather than the data of the central election commission.",
  "she", "tsikhanouskaya", "said", "say", OPP,
  "second piece of the quotation interrupted by its attribution: same speaker and cue, no parent (sets C-E; check.py requires a child inside its parent); distrust of the CEC's data carries no lexical marker (not coded)")

# ---------------------------------------------------------------- m06 Belsat 2020-08-08 (early voting turnout 32%)
art("m06_belsat_2020")
DATE("Saturday", "2020-08-08", "'On Saturday morning' (P = Saturday 8 Aug 2020, reconstructed from the text)")
S("indirect", "the official turnout data for the four days of early voting", "Belarus’ Central Election Commission (CEC)", "belarus_cec", "published", "publish", BG,
  "[np-content] 'published' + NP = made known (like 'announce NP', set E k05 'declared election results'); judgement call on the cue; the abbreviation in parentheses is kept in the speaker (part of the name)")
F("four days", "4", "days", "duration", note="early voting, 4-7 Aug 2020")
F("42.72%", "42.72", "percent", "turnout", stage="preliminary", note="regional (Homiel region); early voting, four days")
F("26.45%", "26.45", "percent", "turnout", stage="preliminary", note="regional (city of Minsk); early voting, four days")
S("indirect", "32.24% of electors have already cast their votes (37.88% – in Mahiliou region, 30.11% – in Brest region, 30.86% – in Vitsebsk region, 29.09% – in Minsk region, 30.02% – in Hrodna region)",
  "the commission", "belarus_cec", "According to", "according to", BG, "the commission = the CEC (previous sentence); the parenthesis is inside the reported clause")
F("32.24%", "32.24", "percent", "turnout", stage="preliminary", note="early voting, four days, national (CEC figure)")
F("37.88%", "37.88", "percent", "turnout", stage="preliminary", note="regional (Mahiliou region); early voting")
F("30.11%", "30.11", "percent", "turnout", stage="preliminary", note="regional (Brest region); early voting")
F("30.86%", "30.86", "percent", "turnout", stage="preliminary", note="regional (Vitsebsk region); early voting")
F("29.09%", "29.09", "percent", "turnout", stage="preliminary", note="regional (Minsk region); early voting")
F("30.02%", "30.02", "percent", "turnout", stage="preliminary", note="regional (Hrodna region); early voting")
DATE("2020", "2020", "'The 2020 presidential election'")
DATE("August, 9", "2020-08-09", "polling day ('officially scheduled for August, 9'; comma as on the page)")
DATE("Tuesday", "2020-08-04", "'On Tuesday, early voting kicked off' (past context: the most recent Tuesday before P = 8 Aug 2020)")
S("indirect", "Since then, dozens of observers have been detained in various parts of Belarus; some of them have been santenced to administrative arrest",
  "the initiative Human Rights Defenders for Free Elections", "human_rights_defenders_for_free_elections", "reports", "report", "ngo",
  f"[inverted] domestic observation campaign of Belarusian rights groups, {NIA}; group ngo; 'santenced' [sic]")
F("dozens", "12", "people", "count", note="observers detained; vague plural numeral, value = scale word (lower bound)")
DATE("August 4", "2020-08-04", "range lower ('On August 4-8')")
DATE("8", "2020-08-08", "range upper ('August 4-8')", ctx="August 4-8,")
F("10.00", "10", "hours", "other", note="clock time (opening hours, range lower)")
F("14.00", "14", "hours", "other", note="clock time (range upper)")
F("16.00", "16", "hours", "other", note="clock time (range lower)")
F("19.00", "19", "hours", "other", note="clock time (range upper)")
DEL("overstating early voters’ turnout", OUT, "",
    "inflated turnout figures = manipulated results (§4.1 'the figures have been manipulated'); object of 'they are recording many cases of' (observers documenting, not a statement: not coded, like m01 'registered'); outlet voice; judgement call")
TITLE("incumbent president", OUT, "", "'The incumbent president’s opponents' (§4.3 'incumbent president')")
S("indirect", "people against early casting their ballots", "The incumbent president’s opponents", "belarus_opposition", "warn", "warn", OPP,
  "'warn X against Y' coded from X to the end (like 'urge X to …'); the president's opponents = the opposition")
S("indirect", "early polling may play into the hands of the election authorities that are allegedly involved in vote rigging", "The incumbent president’s opponents", "belarus_opposition", "saying", "say", OPP,
  "shared subject (§6)")
DEL("vote rigging", Q, "belarus_opposition", "content clause of 'saying'; the hedge 'allegedly' does not remove the delegitimising term (hedges are coded in another lexicon)")

# ---------------------------------------------------------------- m07 Interfax-Ukraine 2020-09-23 (Lukashenko sworn in)
art("m07_interfaxua_2020")
S("indirect", "Alexander Lukashenko has been sworn in as the Belarusian president; the inauguration ceremony is taking place at the Independence Palace in Minsk",
  "the Belarusian state-run news agency BelTA", "belta", "said", "say", MEDIA,
  "[inverted] BelTA is the only named source of the report, so it is the speaker (set E k14 'the BBC reported'; set D h05 'as BELTA reported'); 'on Wednesday' excluded")
TITLE("president", Q, "belta", "'sworn in as the Belarusian president': the office held by Lukashenko, inside BelTA's reported clause and not on a name: quoted voice", ctx="Belarusian president;")
DATE("Wednesday", "2020-09-23", "same-day news (P = Wednesday 23 Sep 2020)")
S("direct", "Alexander Lukashenko put his right hand on the Constitution and swore an oath in Belarusian. Then he signed the oath, and Chairperson of the Belarusian Central Commission on Elections and Referenda Lidia Yermoshina presented Alexander Lukashenko with a certificate of the President of the Republic of Belarus,",
  "BelTA", "belta", "said", "say", MEDIA, "[inverted] BelTA's report quoted by the outlet")
TITLE("President", Q, "belta", "'a certificate of the President of the Republic of Belarus' (set D h05 'President of Belarus'); inside BelTA's quotation")

# ---------------------------------------------------------------- m08 UAWire 2020-09-25 (only one leader congratulated Lukashenko)
art("m08_uawire_2020")
PEJ("self-proclaimed president", OUT, "", "lukashenko", "§4.3 'self-proclaimed president' (the title inside gets no row: one span per lexicon)")
S("indirect", "After secret inauguration of the self-proclaimed president of Belarus Alexander Lukashenko, only Turkmen President Gurbanguly Berdimuhamedow congratulated him",
  "the Turkmen state news agency Turkmenistan Today", "turkmenistan_today", "reported", "report", MEDIA,
  f"[inverted] a medium that is the only named source is the speaker (set E k14); {NIA}; group media; the label on the name inside the clause stays outlet voice (§3.1.4); 'congratulated him' has only a person as object (no content, §1.1): no row of its own for Berdimuhamedow")
REC("congratulated", Q, "", f"congratulations on the inauguration = recognition of the office-holder (§4.2); inside Turkmenistan Today's reported clause ({NIA}: speaker empty)", ctx="Berdimuhamedow congratulated him")
S("indirect", "the congratulatory message was sent last night", "Turkmenistan Today", "turkmenistan_today", "According", "according to", MEDIA,
  f"'According Turkmenistan Today' [sic, 'to' missing on the page]: cue as written, lemma 'according to'; {NIA}")
REC("congratulatory message", Q, "", f"§4.2 'congratulatory message'; inside the according-to clause of a named medium ({NIA})", ctx="the congratulatory message was sent")
S("indirect", "even the Kremlin did not congratulate Lukashenko on his inauguration", "Interfax-West", "interfax", "clarifies", "clarify", MEDIA,
  "Interfax-West (Interfaks-Zapad) is the Interfax group's Minsk agency: actor interfax (judgement call); 'did not congratulate' is an absence of congratulations, not a refusal: no recognition row")
S("indirect", "the protocols of international communication do not dictate this", "the speaker of the Russian president", "peskov", "explained", "explain", RG,
  "'the speaker of the Russian president' = Putin's spokesman Peskov (named two paragraphs later); 'Earlier' excluded")
S("direct", "No, there is no such thing... Actually, there was already a congratulatory message,", "he", "peskov", "said", "say", RG, "[inverted] he = the spokesman (Peskov)")
REC("congratulatory message", Q, "peskov", "inside Peskov's quotation", ctx="already a congratulatory message")
S("indirect", "Vladimir Putin had already congratulated Lukashenko on his election victory in a telephone conversation and in person", "Peskov", "peskov", "recalled", "recall", RG,
  "'recall that …' = remind (a cue of saying)", key="pr")
S("indirect", "Lukashenko on his election victory", "Vladimir Putin", "putin", "congratulated", "congratulate", RG,
  "nested speech act of another speaker inside Peskov's clause (as set D h04 / set E k06); 'congratulate X on Y' from X to the end of Y (set E k07), the adjuncts 'in a telephone conversation and in person' excluded", parent="pr")
REC("congratulated", Q, "peskov", "Putin's congratulations on the election victory, inside Peskov's reported clause", ctx="Putin had already congratulated")
LEG("victory", Q, "peskov", "'congratulated Lukashenko on his election victory' (§4.1: a noun win in congratulations stays)")
DATE("September 23", "2020-09-23", "inauguration day")
NONREC("did not recognize", OUT, "", "'A number of states, including Ukraine, did not recognize the inauguration' (§4.2 'does not recognise'); a diplomatic act, not a statement", ctx="did not recognize the inauguration")
NONREC("did not recognize", OUT, "", "'The EU and the United States did not recognize Lukashenko as president': the title embedded in the non-recognition gets no row (set D h14/h15)", ctx="did not recognize Lukashenko")

# ---------------------------------------------------------------- m09 TASS 2025-01-27 (Mezentsev: convincing victory)
art("m09_tass_2025")
DATE("January 27", "2025-01-27", "dateline")
S("indirect", "Alexander Lukashenko’s convincing victory at the presidential election in Belarus only confirms that the republic is following the right course, and that its citizens are fully on board with where the country is headed",
  "Dmitry Mezentsev", "mezentsev", "said", "say", RG,
  f"[inverted] apposition 'state secretary of the Union State of Russia and Belarus' excluded (§6); {NIA}; group russian_government (a Russian official, the Union State's secretary); 'confirms' with an inanimate subject is not a speech act (not coded)")
LEG("convincing victory", Q, "", f"§4.1 'convincing election win', 'confident victory'; speaker Mezentsev {NIA}")
S("direct", "Alexander Lukashenko’s victory at the election, its convincing results and such broad support from Belarusian citizens for their national leader confirms the rightness and success of the course pursued by Alexander Lukashenko over the years of his presidency. Thanks to this course, Belarus has established itself as a dynamically developing, socially-oriented state, with a developing industry, state-of-the-art science, and, importantly, respect for the working man,",
  "he", "mezentsev", "said", "say", RG, f"[inverted] he = Mezentsev; {NIA}")
LEG("victory", Q, "", f"'Alexander Lukashenko’s victory at the election' asserted (§4.1); {NIA}", ctx="Lukashenko’s victory at the election, its")
LEG("convincing results", Q, "", f"§4.1 third round 'convincing result'; {NIA}")
LEG("broad support", Q, "", f"'such broad support from Belarusian citizens for their national leader': popular backing of the winner (cf. §4.1 'undisputed [public] support'); judgement call; {NIA}")
S("indirect", "he is convinced that bilateral cooperation will only strengthen during Lukashenko’s new presidential term", "He", "mezentsev", "said", "say", RG,
  f"'stressed the importance of the high level of relations …' names a topic (not coded, §1.1); {NIA}")
F("first", "1", "ordinal", "ordinal", note="'his first post-election visit to Moscow' (a visit, not a term or win: no subject)")
S("direct", "this confirms the extent of our strong ties, the thousands of threads that link industrial and agricultural companies, science, educations, culture, and, what is most important, millions of Belarusians and Russians.",
  "Mezentsev", "mezentsev", "noted", "note", RG, f"'Commenting on …, Mezentsev noted, \"…\"' (participle on the occasion, no row); {NIA}")
F("thousands", "1000", "items", "count", note="'the thousands of threads' (metaphorical); vague plural numeral, value = scale word (lower bound); inside the quotation")
F("millions", "1000000", "people", "count", note="'millions of Belarusians and Russians'; vague plural numeral; inside the quotation")
S("indirect", "Lukashenko won support from 86.82% of voters at the January 26 presidential election",
  "preliminary data from Belarus’ Central Election Commission", "belarus_cec", "According to", "according to", BG, "[document-source]")
LEG("won", OUT, "", "'Lukashenko won support from 86.82% of voters': a win of the vote share stated as fact (§4.1); 'According to preliminary data …' is the evidential hedge (outlet voice, §3.1.3)", ctx="Lukashenko won support")
F("86.82%", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="'according to preliminary data' of the CEC (27 Jan 2025)")
DATE("January 26", "2025-01-26", "polling day")
S("indirect", "him on his victory", "A number of country leaders", "", "congratulated", "congratulate", OG,
  "'congratulate X on Y' (set E k07); unnamed foreign leaders: no actor; group other_government (the congratulating leaders of Jan 2025 were non-Western; judgement call)")
REC("congratulated", OUT, "", "the reporting predicate is the outlet's (§3.1; set E k07)", ctx="already congratulated him")
LEG("victory", OUT, "", "'congratulated him on his victory' (§4.1: stays); prepositional object of the speech-act verb: outlet voice (set E k07 'winning')", ctx="on his victory.")

# ---------------------------------------------------------------- m10 TASS 2025-01-26 (Kosachev at a Minsk polling station)
art("m10_tass_2025")
KOS = "kosachev"
DATE("January 26", "2025-01-26", "dateline (polling day)")
S("indirect", "The OSCE Office for Democratic Institutions and Human Rights (OSCE ODIHR) has lost its reputation as an independent election observer",
  "Deputy Chairman of the Federation Council Konstantin Kosachev", KOS, "told reporters", "tell", RG,
  "[inverted] title + name kept whole (§6); 'at the opening of a polling station …' excluded")
S("direct", "No observation mission has the right to monopolize election observation. Our Western neighbors have tried to dominate this monopoly by claiming that the OSCE ODIHR is almost the only body with the right to assess elections. <...> In my view, the OSCE/ODIHR has lost its reputation as an independent and objective observer,",
  "Kosachev", KOS, "said", "say", RG,
  "[inverted] [editorial-brackets] the omission mark '<...>' is TASS's and part of the span (§10.11); 'by claiming that …' inside the quotation is not coded separately (§1)")
S("indirect", "the sovereignty of Belarus causes irritation in the West", "Kosachev", KOS, "added", "add", RG, "")
S("direct", "It is quite obvious that the West is irritated by the sovereignty of the Republic of Belarus,", "he", KOS, "told reporters", "tell", RG,
  "[inverted] he = Kosachev; 'in response to a TASS question about the criticism of the election by Western nations' names speech without content (not coded)")
S("indirect", "All conditions for the free expression of will in the presidential election in Belarus have been ensured, and the organization of the election process can be rated A+",
  "Kosachev", KOS, "noted", "note", RG, "[inverted] after the subheading 'Belarus presidential election' (not coded)")
LEG("free expression of will", Q, KOS, "§4.1 'free expression of the people's will'", ctx="All conditions for the free expression of will in the presidential election in Belarus have")
LEG("rated A+", Q, KOS, "top mark for the organisation of the vote = praise of how the election was run (§4.1 'successful conduct', 'without a hitch'); judgement call")
S("direct", "We can only express sincere gratitude to those who organized these elections in accordance with the interests of voters. We can also offer our praise because the work that has been done here is very serious. We can rate it with an A+,",
  "he", KOS, "told reporters", "tell", RG, "[inverted] he = Kosachev")
LEG("rate it with an A+", Q, KOS, "as 'rated A+' above (judgement call); 'in accordance with the interests of voters' names no legal standard (not coded)")
S("direct", "All conditions for the free expression of will in the presidential election in the Republic of Belarus have been provided,",
  "Kosachev", KOS, "emphasized", "emphasize", RG, "[inverted]")
LEG("free expression of will", Q, KOS, "as above, inside the quotation", ctx="\"All conditions for the free expression of will")

# ---------------------------------------------------------------- m11 news.by 2025-03-25 (Lukashenko sworn in)
art("m11_newsby_2025")
TITLE("President", OUT, "", "'President of Belarus Alexander Lukashenko' (set D h05)", ctx="President of Belarus Alexander")
S("indirect", "The inauguration ceremony took place in the Ceremony Hall, the largest hall in the Palace of Independence",
  "BELTA", "belta", "reported", "report", MEDIA,
  "[inverted] 'as reported by BELTA': the only named source is the speaker (set D h05 'as BELTA reported'); the first sentence has no attribution of its own")
F("1,100", "1100", "people", "count", qual="over", note="guests invited")
F("two", "2", "items", "count", note="'the two main avenues of the capital'")
S("indirect", "by the will of the Belarusian people, in conditions of free and democratic elections, Alexander Lukashenko was elected President of the country",
  "the chairman of the Central Election Commission, Igor Karpenko", "karpenka", "announced", "announce", BG,
  "relative 'who' replaced by its antecedent NP, the name in apposition to the preceding title kept (§6)")
LEG("will of the Belarusian people", Q, "karpenka", "§4.1 'sovereign will of the citizens', set D 'sovereign will of the country’s people'")
LEG("free and democratic elections", Q, "karpenka", "§4.1 'free and democratic elections' said of the vote held")
LEG("elected", Q, "karpenka", "'was elected President' declared by the CEC chairman (§4.1 declared result, quoted)", ctx="Lukashenko was elected President")
TITLE("President", Q, "karpenka", "'was elected President of the country' (the office, inside the chairman's announced clause)", ctx="elected President of the country")
S("direct", "As I assume the office of President of the Republic of Belarus, I solemnly swear to faithfully serve the people of the Republic of Belarus, to respect and protect the rights and freedoms of man and citizen, to uphold and defend the Constitution of the Republic of Belarus, and to sincerely and diligently fulfill the high duties imposed on me.",
  "Alexander Lukashenko", "lukashenko", "took the oath", "take the oath", BG,
  "the oath is a speech act with its words in marks after a colon (§2 direct (b)); cue 'took the oath' (judgement call: not in the guide's cue list); 'Placing his right hand on the Constitution' excluded")
TITLE("President", Q, "lukashenko", "'the office of President of the Republic of Belarus' inside his oath", ctx="office of President of the Republic")

# ---------------------------------------------------------------- m12 Metro Radio (Reuters) 2025-01-26 (West cries foul)
art("m12_metroradio_2025")
DATE("Sunday", "2025-01-26", "'voted on Sunday' (P = Sunday 26 Jan 2025)", ctx="voted on Sunday")
F("five years", "5", "years", "duration", subject="lukashenko", note="'another five years in power' (extension of his tenure; 'another' not a qualifier)")
TITLE("President", OUT, "", "'President Alexander Lukashenko'")
F("two", "2", "people", "count", note="anaphoric count: 'the two leaders' (Lukashenko and Putin)")
DATE("2022", "2022", "'Putin's 2022 invasion'")
F("70-year", "70", "years", "age", subject="lukashenko", note="'the 70-year-old Lukashenko' (span stops at the unit)")
S("indirect", "it could not be free and fair because independent media are banned in Belarus and all leading opposition figures have been jailed or forced to flee abroad",
  "The United States and the European Union", "western_governments", "said", "say", WG,
  "coordinated subject -> collective actor (§7 'the United States and the European Union'); 'both' and 'in the run-up to Sunday's vote' excluded")
DATE("Sunday", "2025-01-26", "'Sunday's vote' (polling day)", ctx="Sunday's vote")
DEL("could not be free and fair", Q, "western_governments", "negated verdict, one span from the negation to the last evaluative word (§4.1); said before the vote about this vote")
S("direct", "This is a blatant affront to democracy,", "EU foreign policy chief Kaja Kallas", "kallas", "posted on social media", "post", EU_, "[inverted]")
DEL("affront to democracy", Q, "kallas", "set D 'affront to democracy'; 'blatant' left out (intensifier)")
S("indirect", "the vote as a sham", "EU foreign policy chief Kaja Kallas", "kallas", "describing", "describe", EU_, "shared subject (§6)")
DEL("sham", Q, "kallas", "predicative part of 'describe X as Y' (§3.1.3)")
S("indirect", "Lukashenko was engineering his re-election as part of a \"ritual for dictators\"", "Exiled opposition leader Sviatlana Tsikhanouskaya", "tsikhanouskaya", "said", "say", OPP,
  "span ends with the closing mark, the final period outside (§3)", key="rd")
S("partial", "ritual for dictators", "Exiled opposition leader Sviatlana Tsikhanouskaya", "tsikhanouskaya", "said", "say", OPP, "", parent="rd")
DEL("engineering", Q, "tsikhanouskaya", "§4.1 'engineered (his reelection)'; the re-election under it gives no row")
DEL("ritual", Q, "tsikhanouskaya", "§4.1 'ritual' (seed: 'ritual for dictators')")
PEJ("dictators", Q, "tsikhanouskaya", "lukashenko", "generic plural applied to the leader by implication (§4.3 'ritual for dictators')")

# ---------------------------------------------------------------- m13 Ukrinform (via MENAFN) 2025-01-27 (CEC preliminary results)
art("m13_ukrinform_2025")
CECB = "The Central Election Commission (CEC) of Belarus"
S("indirect", "The Central Election Commission (CEC) of Belarus has released preliminary results of the country's \"presidential election\", which took place on January 26",
  "the state Belarusian agency BELTA", "belta", "reported", "report", MEDIA,
  "[inverted] 'This was reported by X' (next sentence): the sentence before is the content (set E k06 'This was stated by X'); span = that sentence after the credit '(MENAFN- UkrinForm)', without its period; ', as cited by Ukrinform' is the outlet itself (not coded)", key="bt")
S("indirect", "preliminary results of the country's \"presidential election\"", CECB, "belarus_cec", "released", "release", BG,
  "[np-content] 'released' + NP = made known (like 'announce NP'); nested row of the CEC inside BelTA's report (set E k06); the relative clause 'which took place on January 26' modifies the election and is left out", key="rl", parent="bt")
S("partial", "presidential election", CECB, "belarus_cec", "released", "release", BG,
  "quoted fragment inside the CEC's reported NP: the speaker's partial by the sets' rule (sets B-E, set E k09/k10), although it reads as the outlet's scare quote (the same words are a scare quote in the outlet's own sentence below)",
  parent="rl", ctx="country's \"presidential election\"")
DATE("January 26", "2025-01-26", "polling day")
S("indirect", "preliminary data shows that 86.82% of voters cast their ballots for Alexander Lukashenko", "CEC Chairman Igor Karpenko", "karpenka", "According to", "according to", BG,
  "'According to' + a person is a speaker", key="kp")
S("indirect", "86.82% of voters cast their ballots for Alexander Lukashenko", "preliminary data", "belarus_cec", "shows", "show", BG,
  "[document-source] 'show' with a report-like subject (§1 'expose / find / show when the subject is a report'); nested inside Karpenko's clause (a different source, as set E k06)", parent="kp")
F("86.82%", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="CEC preliminary result (27 Jan 2025)")
F("second", "2", "ordinal", "ordinal", subject="syrankou", note="'Sergey Sirankov took second place': Syrankou (spelling not among the actors.csv variants; subject the actor, as set E k10)")
F("3.21%", "3.21", "percent", "vote_share", subject="syrankou", stage="preliminary", note="Syrankou ('Sergey Sirankov')")
F("third", "3", "ordinal", "ordinal", subject="gaidukevich", note="'Oleg Gaydukevich came in third': Gaidukevich (spelling not among the variants)")
F("2.02%", "2.02", "percent", "vote_share", subject="gaidukevich", stage="preliminary", note="Gaidukevich ('Oleg Gaydukevich')")
F("3.60%", "3.60", "percent", "against_all", stage="preliminary", note="'voted against all candidates'")
SCARE("\"presidential election\"", "quoted term in the outlet's own sentence with no speaker in its syntax (statements.md §1.1): the outlet's scare quote (Ukrinform's house style for the vote)", ctx="results of the \"presidential election\", will")
DATE("January 27", "2025-01-27", "'later today, January 27'")
DATE("1994", "1994", "'in power since 1994'")
PEJ("regime", OUT, "", "belarus_government", "'protests against his regime' (§4.3 'his regime')")
DEL("election fraud", OUT, "", "'demonstrations against election fraud following the 2020 vote': the outlet names the 2020 vote's fraud (2020 is a studied election; target its declared winner)")
DATE("2020", "2020", "'the 2020 vote'")
F("tens of thousands", "10000", "people", "count", note="'tens of thousands of Belarusians took to the streets' (2020); vague plural numeral, value = scale word (lower bound)")

# ---------------------------------------------------------------- m14 Polskie Radio 2025-01-26 (Tsikhanouskaya: election lacked legitimacy)
art("m14_polskieradio_2025")
TS = "Tsikhanouskaya"
DATE("Sunday", "2025-01-26", "'at a press conference in Warsaw on Sunday' (P = 26 Jan 2025, reconstructed)", ctx="Warsaw on Sunday")
S("indirect", "the election lacked any democratic legitimacy", TS, "tsikhanouskaya", "emphasized", "emphasize", OPP,
  "'Speaking at a press conference …' is a participle on the occasion (no content, §1.2)")
DEL("lacked any democratic legitimacy", Q, "tsikhanouskaya", "set E k14 'lack any democratic legitimacy'")
S("indirect", "the absence of international observers and credible opposition candidates", TS, "tsikhanouskaya", "citing", "cite", OPP,
  "[np-content] 'citing NP': what is cited is said (§1.2 cue 'cite')")
PEJ("regime", OUT, "", "belarus_government", "'the regime’s authoritarian practices' in the outlet's sentence ('widely seen as …' is an agentless belief: outlet voice, §3.1.3)", ctx="the regime’s authoritarian")
S("indirect", "the United States, the European Union and 37 other nations for preemptively refusing to recognize the election results", TS, "tsikhanouskaya", "praised", "praise", OPP,
  "'praise X for Y' coded from X to the end, like 'credit X for Y' (§3; judgement call: cue not in the guide's list, cf. 'laud', 'hail' §1.2); the states' non-recognition is a diplomatic act (no row of its own)")
F("37", "37", "items", "count", note="other nations")
NONREC("refusing to recognize", Q, "tsikhanouskaya", "§4.2 'refusing to recognize'; the content of 'praise X for Y' is in quoted voice (§3.1.3)")
S("indirect", "such early declarations were unprecedented and reflected the failure of Lukashenko’s regime to legitimize itself on the international stage", "She", "tsikhanouskaya", "noted", "note", OPP,
  "She = Tsikhanouskaya")
DEL("failure of Lukashenko’s regime to legitimize itself", Q, "tsikhanouskaya", "a verdict that the regime has no (international) legitimacy; contiguous span from 'failure' to the last evaluative word (judgement call)")
PEJ("regime", OUT, "", "belarus_government", "'Lukashenko’s regime' on a name inside the reported clause, outside quotation marks: outlet voice (§3.1.4; set D h09/h13)", ctx="Lukashenko’s regime to")
NONREC("will never accept", Q, "tsikhanouskaya", "sub-heading repeating the quotation attributed in the next paragraph: body text, quoted voice (markers.md §2); a firm refusal to accept the leader (§4.2 'doesn’t accept'), not a forecast of recognition (judgement call)",
       ctx="'Belarusians will never accept")
S("direct", "Belarusians will never accept Lukashenko — he is a criminal holding 9 million people hostage with Putin’s help,", "she", "tsikhanouskaya", "stated", "state", OPP,
  "[inverted] the sub-heading before it repeats its first words and is not a statement (§1)")
NONREC("will never accept", Q, "tsikhanouskaya", "inside her quotation", ctx="\"Belarusians will never accept")
PEJ("criminal", Q, "tsikhanouskaya", "lukashenko", "'he is a criminal …' denies the leader legitimacy (cf. 'usurper'); judgement call")
F("9 million", "9000000", "people", "count", note="'holding 9 million people hostage' (the population); inside the quotation")
DATE("Sunday", "2025-01-26", "'headed to the ballot box on Sunday'", ctx="ballot box on Sunday")
DATE("1994", "1994", "'has ruled … since 1994'")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="'seeking a seventh term in office'")
S("indirect", "the process as \"non-elections,\"", "Critics", "", "refer to", "refer to", OPP,
  "'refer to X as Y' = describe X as Y (small clause from X to the end, span ends with the closing mark); 'including the opposition' excluded from the speaker (§6), its group used (set D h12 'critics' -> belarus_opposition); no actor (vague)", key="ne")
S("partial", "non-elections,", "Critics", "", "refer to", "refer to", OPP, "comma inside the marks kept", parent="ne")
DEL("non-elections", Q, "belarus_opposition", "no real election (cf. set D 'imitation of elections'); speaker: the only named member of the group 'Critics, including the opposition' (markers.md §3.2)")
S("indirect", "the lack of genuine competition and transparency", "Critics", "", "highlighting", "highlight", OPP,
  "[np-content] shared subject; 'highlight' like 'stress' (set E k07/k11)")
DEL("lack of genuine competition and transparency", Q, "belarus_opposition", "no real contest (cf. set E k09 'absence of genuine political competition'); span from 'lack' to the last evaluative word")
S("indirect", "security officials visited opposition activists ahead of the vote, warning them against participating in any activities the regime deems extremist",
  "Local reports", "", "claim", "claim", MEDIA, "[document-source] unnamed local media reports: no actor, group media (judgement call)", key="lr")
S("indirect", "them against participating in any activities the regime deems extremist", "security officials", "belarus_security_services", "warning", "warn", BG,
  "nested speech act of another speaker inside the reports' clause (as m08, set D h04); 'warn X against Y' from X to the end", parent="lr")
PEJ("regime", Q, "", "belarus_government", "'the regime deems extremist' inside the reports' claim and not on a name: quoted voice (set D h13 'the Russia-backed regime'); the reports are not in actors.csv (speaker empty)", ctx="the regime deems")
S("indirect", "the opposition's demands for free and fair elections, the release of all political prisoners, and accountability for those responsible for crimes against Belarusians",
  TS, "tsikhanouskaya", "reiterated", "reiterate", OPP,
  "[np-content] 'During the press conference' excluded; the demanded 'free and fair elections' is a hypothetical election (no marker, §4.1)")
S("direct", "Thousands are imprisoned for political reasons. We demand justice, and those responsible must face consequences,", "she", "tsikhanouskaya", "declared", "declare", OPP, "[inverted]")
F("Thousands", "1000", "people", "count", note="political prisoners; vague plural numeral; inside the quotation")

# ---------------------------------------------------------------- m15 LBCI (AFP) 2025-01-26 (Tsikhanouskaya: a farce)
art("m15_lbcgroup_2025")
TK = "Exiled Belarusian opposition leader Svetlana Tikhanovskaya"
S("indirect", "Sunday's presidential election in Belarus a \"farce\" to keep current ruler Alexander Lukashenko in power", TK, "tsikhanouskaya", "called", "call", OPP,
  "'call X Y' coded from X to the end (§3); the purpose infinitive belongs to the predicate noun phrase", key="cf")
DATE("Sunday", "2025-01-26", "'Sunday's presidential election' (P = 26 Jan 2025)")
S("partial", "farce", TK, "tsikhanouskaya", "called", "call", OPP, "", parent="cf", ctx="a \"farce\" to")
DEL("farce", Q, "tsikhanouskaya", "predicative part of 'call X Y' (§3.1.3)", ctx="a \"farce\" to")
S("direct", "What is happening in Belarus today is a farce,", "she", "tsikhanouskaya", "told reporters", "tell", OPP, "[inverted] 'in Warsaw' excluded")
DEL("farce", Q, "tsikhanouskaya", "inside her quotation", ctx="today is a farce,")
S("indirect", "Lukashenko, \"a criminal who has seized power\"", "she", "tsikhanouskaya", "branding", "brand", OPP,
  "'brand X Y' = call X Y (small clause from X to the end, §3); shared subject", key="br")
S("partial", "a criminal who has seized power", "she", "tsikhanouskaya", "branding", "brand", OPP, "", parent="br")
PEJ("criminal", Q, "tsikhanouskaya", "lukashenko", "as m14 (judgement call)")
DEL("seized power", Q, "tsikhanouskaya", "power taken, not won (cf. §4.3 'usurper', §4.1 'stole the election'); judgement call")
S("indirect", "the release of all political prisoners and free and fair elections", "she", "tsikhanouskaya", "calling for", "call for", OPP,
  "[np-content] shared subject; demanded elections: no marker (§4.1)")
