# -*- coding: utf-8 -*-
# Set F, second coder (inter-coder reliability). Coded blind to the first coder's codes and to the extractor.
# S = statement, F = figure, M = polar marker / scare quote / official title.
# Executed by build_gold.py (which defines art, S, F, M). `ctx` = a longer unique string containing the meant match.
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
IO, EO, OPP, CIT, MED, NGO = "international_organisation", "election_observers", "belarus_opposition", "citizen", "media", "ngo"

# ---------------------------------------------------------------- m01 BelTA 2020-08-10 (CIS mission head Lebedev)
art("m01_belta_2020")
DATE("10 August", "2020-08-10", "dateline 'MINSK, 10 August (BelTA)' (kept as body text)")
S("indirect", "The CIS mission has not registered any facts that could call the legitimacy of the presidential election into question",
  "Sergei Lebedev", "lebedev", "told reporters", "tell", EO,
  "[inverted] apposition 'Chairman of the CIS Executive Committee – …, head of the CIS observation mission …' excluded (§6); 'BelTA has learned' is the relaying medium, not a speaker",
  ctx="(BelTA) - The CIS mission has not registered any facts that could call the legitimacy of the presidential election into question")
LEG("has not registered any facts that could call the legitimacy of the presidential election into question", Q, "lebedev",
    "negated challenge = observers found no violations (state-media legitimation vocabulary); one span from the negated verb to the end of the predicate; content clause of 'told reporters'",
    ctx="(BelTA) - The CIS mission has not registered any facts that could call the legitimacy of the presidential election into question")
S("direct", "The CIS mission has not registered any facts that could call the legitimacy of the presidential election into question. The CIS mission finds that the 9 August presidential election was conducted in compliance with the Constitution and the Electoral Code of Belarus. The election was open, competitive and ensured the free expression of the will of citizens of Belarus,",
  "Sergei Lebedev", "lebedev", "noted", "note", EO, "[inverted] one pair of marks = one row; nothing inside the quotation coded separately")
LEG("has not registered any facts that could call the legitimacy of the presidential election into question", Q, "lebedev",
    "as in the lead, inside the direct quote", ctx="“The CIS mission has not registered any facts that could call the legitimacy of the presidential election into question")
DATE("9 August", "2020-08-09", "polling day, inside the quote")
LEG("in compliance with the Constitution and the Electoral Code of Belarus", Q, "lebedev", "state-media legitimation vocabulary ('in compliance with the electoral laws')")
LEG("open, competitive", Q, "lebedev", "paired praising predicates: span the adjectives")
LEG("free expression of the will of citizens", Q, "lebedev", "'free expression of the people's will'")
S("indirect", "the CIS observers registered some violations but they were insignificant", "He", "lebedev", "noted", "note", EO, "He = Sergei Lebedev (speaker of the previous sentence)")
S("direct", "Those were traditional violations. There were several incidents when a family voted together, when a husband and a wife entered the booth together. Bot those were isolated cases. There were also several complaints from local observers that they had a poor sight of the ballot boxes. These isolated violations were insignificant. The CIS observers believe that these isolated violations were neither systemic nor commonplace and did not have an impact on the voting results,",
  "Sergei Lebedev", "lebedev", "said", "say", EO, "[inverted] typo 'Bot' kept; the nested 'complaints from local observers' and 'The CIS observers believe' are inside the quotation (not coded)")
LEG("did not have an impact on the voting results", Q, "lebedev",
    "violations declared without effect on the result = 'observers found no violations' family; judgement call. The minimised 'violations' / 'insignificant' are not coded as delegitimising (the speaker denies their weight)")

# ---------------------------------------------------------------- m02 TASS 2020-09-16 (Peskov)
art("m02_tass_2020")
DATE("September 16", "2020-09-16", "dateline")
S("indirect", "Incumbent Belarusian President Alexander Lukashenko does not need security guarantees from the country’s opposition",
  "Kremlin Spokesman Dmitry Peskov", "peskov", "told reporters", "tell", RG, "[inverted] 'on Wednesday' excluded")
TITLE("Incumbent", OUT, note="'Incumbent Belarusian President': the nationality adjective splits the title; coded as two title rows (Incumbent, President), outlet voice (labels on a name stay the outlet's, §3.1 point 4)")
TITLE("President", OUT, note="see 'Incumbent'", ctx="Incumbent Belarusian President Alexander")
DATE("Wednesday", "2020-09-16", "same-day news (P = Wednesday 16 September 2020)")
S("direct", "I don’t think he needs any security guarantees in his country. Otherwise, all that is an internal affair of Belarus,", "he", "peskov", "said", "say", RG, "[inverted] he = Peskov")
S("indirect", "Lukashenko is the legitimate Belarusian president", "he", "peskov", "stressing", "stress", RG, "shared subject of 'he said, stressing'")
LEG("legitimate", Q, "peskov", "'the legitimate Belarusian president', asserted in Peskov's content clause; minimal span (nationality adjective and title outside)")
TITLE("president", Q, "peskov", "title inside Peskov's content clause (predicate, not a label on a name)", ctx="legitimate Belarusian president")
S("indirect", "the opposition was ready to provide \"security guarantees\" to Lukashenko, if he stepped down \"peacefully.\"",
  "former Belarusian presidential candidate Svetlana Tikhanovskaya", "tsikhanouskaya", "said", "say", OPP,
  "relative pronoun 'who' replaced by its antecedent; 'Peskov refrained from commenting on remarks by …' is not coded (no content); span ends with the closing mark", key="m02tik")
S("partial", "security guarantees", "former Belarusian presidential candidate Svetlana Tikhanovskaya", "tsikhanouskaya", "said", "say", OPP,
  "partial inside her reported clause", ctx="provide \"security guarantees\" to", parent="m02tik")
S("partial", "peacefully.", "former Belarusian presidential candidate Svetlana Tikhanovskaya", "tsikhanouskaya", "said", "say", OPP,
  "partial inside her reported clause; final period inside the marks kept", parent="m02tik")
S("direct", "We would not like to react to this in any way,", "he", "peskov", "said", "say", RG, "[inverted] he = Peskov")
DATE("August 9", "2020-08-09", "polling day", ctx="following the August 9 presidential")
S("indirect", "incumbent President Alexander Lukashenko won by a landslide, garnering 80.10% of the vote",
  "the Central Election Commission’s official results", "belarus_cec", "According to", "according to", BG,
  "[document-source] the next sentence (Tikhanovskaya second) is not inside the according-to clause")
TITLE("incumbent President", OUT, "", "fixed title; according-to does not change the voice of labels in the NP")
LEG("won by a landslide", OUT, "", "according to official results = evidential hedge, voice outlet (§3.1 point 4)")
F("80.10%", "80.10", "percent", "vote_share", subject="lukashenko", note="official (final) result per the CEC", stage="final")
F("second", "2", "ordinal", "ordinal", subject="tsikhanouskaya", note="'came in second'", ctx="came in second")
F("10.12%", "10.12", "percent", "vote_share", subject="tsikhanouskaya", note="final result", stage="final")
NONREC("refused to recognize", OUT, "", "she (Tikhanovskaya) refused to recognize the election's outcome; a diplomatic-type act, no statement row")
DATE("August 9", "2020-08-09", "'announced late on August 9' (polling night)", ctx="late on August 9")
S("indirect", "more protests", "the opposition’s Coordination Council", "coordination_council", "beating the drum for", "beat the drum for", OPP,
  "[np-content] relative 'which' replaced by its antecedent; idiom read as 'calling for' (advocacy = a request); judgement call, could be read as narration of campaigning")
S("indirect", "the ongoing turmoil", "the Belarusian authorities", "belarus_government", "castigated", "castigate", BG, "[np-content] castigate = condemn")
S("indirect", "these unauthorized demonstrations be stopped", "the Belarusian authorities", "belarus_government", "demanded", "demand", BG, "shared subject")

# ---------------------------------------------------------------- m03 Swedish government 2020-08-10 (Ann Linde)
art("m03_swedengov_2020")
S("indirect", "a number of people have been injured", "", "", "reports", "report", "",
  "[unattributed] 'There are reports that …': agentless nominal report with a that-clause (coded like 'it was announced that', empty speaker); 'there are also reports of deaths' has NP content and no clause (not coded); the release's own narration and stance ('I take a very serious view …') is not a reported speech act")
TITLE("President", OUT, "", "'President Lukashenko' in the Swedish government's own release (outlet voice)")
DEL("undemocratic", OUT, "", "'follows a dismal tradition of undemocratic elections': the 2020 conduct placed in a tradition of undemocratic elections")
DEL("Electoral fraud", OUT, "", "'is thought to have been widespread': belief passive without believer, outlet voice")
DATE("November", "2019-11", "'in November last year' (P = 2020-08-10)")
S("indirect", "Sweden will continue to support the Belarusian people’s legitimate demands for democracy and respect for human rights",
  "My", "linde", "message", "message", WG,
  f"'My message was clear: …' = the minister's own earlier speech act (to the opposition last night) with content; nominal cue like 'X's claim'; speaker 'My' = Ann Linde, Minister for Foreign Affairs (publisher), {NIA}; judgement call (set E did not code narration of earlier speech without content)")

# ---------------------------------------------------------------- m04 German Federal Foreign Office 2020-08-26 (Maas)
art("m04_germanyfo_2020")
DATE("26 August", "2020-08-26", "'today (26 August)'")
MAAS = ("Foreign Minister Heiko Maas", "maas", "issued", "issue", WG)
S("direct", "With the daily rise in crackdowns on peaceful demonstrators, the leadership in Minsk is increasingly isolating itself from the international community. These courageous citizens have taken to their country’s streets to protest against election fraud and to defend their right anchored in law to freedom and democratic participation.", *MAAS,
  "block after 'issued the following statement … :' without marks: one direct row per paragraph, cue 'issued' for each (statements.md §1.3 press releases)")
DEL("election fraud", Q, "maas", "inside Maas's statement block")
S("direct", "They are demanding no more but also no less than an open dialogue with their own government.", *MAAS, "block paragraph 2; the nested 'They are demanding' is inside the quotation (not coded)")
S("direct", "It is completely unacceptable that members of the Coordination Council have been arrested, interrogated and intimidated. The Coordination Council has repeatedly made clear that its goal is to help find a peaceful solution to the current crisis on the basis of the existing constitution and taking into account the close relations between Belarus and Russia, also between the civil societies of the two countries.", *MAAS,
  "block paragraph 3; nested 'made clear' inside the quotation (not coded)")
F("two", "2", "items", "count", note="countries (Belarus and Russia), inside Maas's statement", ctx="the two countries")
S("direct", "Mr Lukashenko will have no choice but to recognise the reality on his country’s streets and in the minds of his fellow citizens.", *MAAS,
  "block paragraph 4; 'recognise the reality' is not recognition of a result")
S("direct", "In the coming days in Berlin, the EU Foreign Ministers will discuss the EU’s further responses to the situation in Belarus. We will not fail to react to grave human rights violations or breaches of basic democratic principles.", *MAAS, "block paragraph 5")
