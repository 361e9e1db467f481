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

# ---------------------------------------------------------------- m05 Taipei Times (AP) 2020-08-11
art("m05_taipeitimes_2020")
S("indirect", "Belarusian President Alexander Lukashenko has won his sixth consecutive term, taking more than 80 percent of the vote",
  "Election officials in Belarus", "belarus_cec", "said", "say", BG,
  "'election officials' = belarus_cec (actors.csv variant); 'yesterday' between speaker and cue excluded; span ends before 'amid protests fueled by …' (the reporter's context, not the officials' content; judgement call)")
TITLE("President", OUT, "", "label on the name inside reported speech stays outlet (§3.1 point 4)", ctx="Belarusian President Alexander")
LEG("won", Q, "belarus_cec", "result declared by the election officials (content clause)", ctx="has won his sixth")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="'sixth consecutive term'")
F("80 percent", "80", "percent", "vote_share", qual="more than", subject="lukashenko", note="preliminary result per election officials (P = 2020-08-11)", stage="preliminary")
PEJ("authoritarian incumbent", OUT, "", note="'the authoritarian incumbent’s cavalier brushoff': pejorative label; coded as one actor_label span (the title word inside is not coded again, same lexicon)")
S("indirect", "one person was killed — which the authorities denied — and dozens were injured in a police crackdown on protests that followed Sunday’s presidential election",
  "Human rights groups", "rights_groups", "said", "say", NGO, "the inserted denial of another speaker stays inside the contiguous span (parenthetical)")
S("indirect", "one person was killed", "the authorities", "belarus_government", "denied", "deny", BG,
  "'which the authorities denied': relative pronoun's antecedent is the clause 'one person was killed'; a different speaker inserted by the author inside the rights groups' span: its own top-level row (no parent)",
  ctx="one person was killed —")
F("one", "1", "people", "count", note="killed (per human rights groups)", ctx="one person was killed")
F("dozens", "12", "people", "count", note="injured; vague plural numeral, value = scale word (lower bound)")
DATE("Sunday", "2020-08-09", "'Sunday’s presidential election' (P = Tuesday 2020-08-11; the polling day)")
S("indirect", "with all ballots counted, Lukashenko, who has led Belarus for 26 years, took 80.23 percent of the vote and his main opposition challenger, Sveatlana Tikhanovskaya, had 9.9 percent",
  "The central election commission", "belarus_cec", "said", "say", BG, "lower-case 'central election commission' = belarus_cec; the relative clause 'who has led Belarus for 26 years' is inside the contiguous span")
F("26 years", "26", "years", "duration", subject="lukashenko", note="tenure in power")
F("80.23 percent", "80.23", "percent", "vote_share", subject="lukashenko", note="preliminary CEC result", stage="preliminary")
F("9.9 percent", "9.9", "percent", "vote_share", subject="tsikhanouskaya", note="preliminary CEC result; 'Sveatlana Tikhanovskaya' spelling", stage="preliminary")
DEL("rigged", Q, "belarus_opposition", "'Opposition supporters believe the election results were rigged': belief verb with a named believer = quoted (§3.1 point 3); no statement row (belief, not speech); believer mapped to belarus_opposition (judgement call)")
S("direct", "We don’t recognize these results,", "Tikhanovskaya", "tsikhanouskaya", "told reporters", "tell", OPP,
  "[inverted] apposition 'a former English teacher, the wife of …' excluded; 'yesterday' excluded")
NONREC("don’t recognize", Q, "tsikhanouskaya", "inside her direct quote")
S("direct", "According to the data we receive from precincts, we won, and this corresponds with what we saw at polling stations,", "she", "tsikhanouskaya", "said", "say", OPP,
  "[inverted] she = Tikhanovskaya; first piece of a quote interrupted by its attribution")
LEG("won", Q, "tsikhanouskaya", "her own claim of victory asserted in her quote: legitimising with target the challenger (polarity relative to target)", ctx="we won,", target="tsikhanouskaya")
S("direct", "People stood in lines at polling stations in order to vote for Tikhanovskaya. I believe my own eyes rather than the data of the central election commission.", "she", "tsikhanouskaya", "said", "say", OPP,
  "second piece of the interrupted quotation: same speaker and cue, no parent (set E convention; check.py requires a child inside its parent)")

# ---------------------------------------------------------------- m06 Belsat 2020-08-08 (early-voting turnout)
art("m06_belsat_2020")
DATE("Saturday", "2020-08-08", "same-day news (P = Saturday 2020-08-08); 'On Saturday morning …, the CEC has published the official turnout data' (publishing data = no statement row, NP is a topic)")
F("four days", "4", "days", "duration", note="early voting")
F("42.72%", "42.72", "percent", "turnout", note="regional (Homiel region); early voting; no source named in the sentence ('seem to be')", stage="preliminary")
F("26.45%", "26.45", "percent", "turnout", note="regional (city of Minsk); early voting", stage="preliminary")
S("indirect", "32.24% of electors have already cast their votes (37.88% – in Mahiliou region, 30.11% – in Brest region, 30.86% – in Vitsebsk region, 29.09% – in Minsk region, 30.02% – in Hrodna region)",
  "the commission", "belarus_cec", "According to", "according to", BG, "'the commission' = the CEC named in the first sentence; the parenthesis is inside the sentence the phrase attaches to")
F("32.24%", "32.24", "percent", "turnout", note="national early-voting turnout after four days (CEC)", stage="preliminary")
F("37.88%", "37.88", "percent", "turnout", note="regional (Mahiliou); early voting", stage="preliminary")
F("30.11%", "30.11", "percent", "turnout", note="regional (Brest); early voting", stage="preliminary")
F("30.86%", "30.86", "percent", "turnout", note="regional (Vitsebsk); early voting", stage="preliminary")
F("29.09%", "29.09", "percent", "turnout", note="regional (Minsk region); early voting", stage="preliminary")
F("30.02%", "30.02", "percent", "turnout", note="regional (Hrodna); early voting", stage="preliminary")
DATE("2020", "2020", "'The 2020 presidential election'", ctx="The 2020 presidential")
DATE("August, 9", "2020-08-09", "'scheduled for August, 9' (polling day; odd comma kept)")
DATE("Tuesday", "2020-08-04", "'On Tuesday, early voting kicked off' (past: most recent Tuesday on or before P = 2020-08-08)")
S("indirect", "Since then, dozens of observers have been detained in various parts of Belarus; some of them have been santenced to administrative arrest",
  "the initiative Human Rights Defenders for Free Elections", "human_rights_defenders_for_free_elections", "reports", "report", NGO,
  f"[inverted] {NIA} (Belarusian observer initiative; group ngo from 'human rights defenders'); typo 'santenced' kept")
F("dozens", "12", "people", "count", note="observers detained; vague plural numeral, value = scale word (lower bound)", ctx="dozens of observers")
DATE("August 4", "2020-08-04", "'On August 4-8': range lower")
DATE("8", "2020-08-08", "'August 4-8': range upper", ctx="4-8,")
F("10.00", "10", "hours", "other", note="clock time 10:00 (opening hours, range lower)")
F("14.00", "14", "hours", "other", note="clock time 14:00 (range upper)")
F("16.00", "16", "hours", "other", note="clock time 16:00 (range lower)")
F("19.00", "19", "hours", "other", note="clock time 19:00 (range upper)")
DEL("overstating", OUT, "", "'recording many cases of overstating early voters’ turnout' (independent observers): manipulated figures ('the figures have been manipulated'); observers' recording is not coded as a statement, so outlet voice; judgement call")
TITLE("incumbent president", OUT, "", "'The incumbent president’s opponents' (possessive stops before ’s)")
S("indirect", "people against early casting their ballots", "The incumbent president’s opponents", "belarus_opposition", "warn", "warn", OPP,
  "warn X against Y = a request/warning with content (from X to the end, like 'urge X to'); opponents of the incumbent = the opposition (collective)")
S("indirect", "early polling may play into the hands of the election authorities that are allegedly involved in vote rigging",
  "The incumbent president’s opponents", "belarus_opposition", "saying", "say", OPP, "shared subject of 'warn …, saying'")
DEL("vote rigging", Q, "belarus_opposition", "inside the opponents' 'saying' clause; 'allegedly' (distancing, not in this table) qualifies it but does not negate it; coded (judgement call)")

# ---------------------------------------------------------------- m07 Interfax-Ukraine 2020-09-23 (inauguration)
art("m07_interfaxua_2020")
S("indirect", "Alexander Lukashenko has been sworn in as the Belarusian president; the inauguration ceremony is taking place at the Independence Palace in Minsk",
  "the Belarusian state-run news agency BelTA", "belta", "said", "say", MED,
  "[inverted] a medium that is the only named source is the speaker (set E k14); 'on Wednesday' excluded")
TITLE("president", Q, "belta", "'sworn in as the Belarusian president' (contested office, in BelTA's content clause)", ctx="the Belarusian president;")
DATE("Wednesday", "2020-09-23", "same-day news (P = Wednesday 2020-09-23)")
S("direct", "Alexander Lukashenko put his right hand on the Constitution and swore an oath in Belarusian. Then he signed the oath, and Chairperson of the Belarusian Central Commission on Elections and Referenda Lidia Yermoshina presented Alexander Lukashenko with a certificate of the President of the Republic of Belarus,",
  "BelTA", "belta", "said", "say", MED, "[inverted]")
TITLE("President", Q, "belta", "'a certificate of the President of the Republic of Belarus': the contested office (of-phrase names Belarus itself), inside BelTA's quote")

# ---------------------------------------------------------------- m08 UAWire 2020-09-25 (congratulations)
art("m08_uawire_2020")
S("indirect", "After secret inauguration of the self-proclaimed president of Belarus Alexander Lukashenko, only Turkmen President Gurbanguly Berdimuhamedow congratulated him",
  "the Turkmen state news agency Turkmenistan Today", "turkmenistan_today", "reported", "report", MED,
  f"[inverted] {NIA} (Turkmen state news agency), the only named source; the nested 'congratulated him' has a person as its only object (no content): no row for Berdimuhamedow")
PEJ("self-proclaimed president", OUT, "", note="label inside the NP of reported speech stays outlet (§3.1 point 4)")
REC("congratulated", Q, "", "Berdimuhamedow congratulated him (on the inauguration), in Turkmenistan Today's content clause; speaker not in actors.csv", ctx="Berdimuhamedow congratulated")
S("indirect", "the congratulatory message was sent last night", "Turkmenistan Today", "turkmenistan_today", "According", "according to", MED,
  f"{NIA}; the text omits 'to' ('According Turkmenistan Today')")
REC("congratulatory message", Q, "", "according to + a speaker (Turkmenistan Today, not in actors.csv)", ctx="the congratulatory message was sent")
S("indirect", "even the Kremlin did not congratulate Lukashenko on his inauguration", "Interfax-West", "interfax_west", "clarifies", "clarify", MED,
  f"{NIA} (Interfax's Western service; kept apart from 'interfax'); the negated congratulation inside is not a statement and gets no recognition row (absence of an act, not a refusal; judgement call)")
S("indirect", "the protocols of international communication do not dictate this", "the speaker of the Russian president", "peskov", "explained", "explain", RG,
  "'the speaker of the Russian president' = Putin's spokesman Peskov (named two sentences later)")
S("direct", "No, there is no such thing... Actually, there was already a congratulatory message,", "he", "peskov", "said", "say", RG, "[inverted] he = Peskov")
REC("congratulatory message", Q, "peskov", "inside Peskov's quote", ctx="already a congratulatory message")
S("indirect", "Vladimir Putin had already congratulated Lukashenko on his election victory in a telephone conversation and in person", "Peskov", "peskov", "recalled", "recall", RG, "")
S("indirect", "Lukashenko on his election victory", "Vladimir Putin", "putin", "congratulated", "congratulate", RG,
  "congratulate X on Y = a speech act (set E k07); nested inside Peskov's clause and reported by him, a different speaker: own top-level row (judgement call)")
REC("congratulated", Q, "peskov", "inside Peskov's content clause", ctx="had already congratulated")
LEG("victory", Q, "peskov", "'his election victory', object of the congratulation inside Peskov's content clause (set E k07 'winning' as object of congratulated)", ctx="election victory")
DATE("September 23", "2020-09-23", "inauguration day")
NONREC("did not recognize", OUT, "", "'A number of states, including Ukraine, did not recognize the inauguration'", ctx="did not recognize the inauguration")
NONREC("did not recognize", OUT, "", "'The EU and the United States did not recognize Lukashenko as president' (the embedded title is not coded)", ctx="did not recognize Lukashenko")

# ---------------------------------------------------------------- m09 TASS 2025-01-27 (Mezentsev)
art("m09_tass_2025")
DATE("January 27", "2025-01-27", "dateline")
S("indirect", "Alexander Lukashenko’s convincing victory at the presidential election in Belarus only confirms that the republic is following the right course, and that its citizens are fully on board with where the country is headed",
  "Dmitry Mezentsev", "mezentsev", "said", "say", RG,
  f"[inverted] apposition 'state secretary of the Union State of Russia and Belarus' excluded; {NIA}; group russian_government (a Russian official heading the Union State's standing body; judgement call); the nested 'confirms that' is inside his clause (not coded)")
LEG("convincing victory", Q, "", "fixed term like 'convincing election win'; in Mezentsev's content clause (speaker not in actors.csv)", ctx="’s convincing victory")
S("direct", "Alexander Lukashenko’s victory at the election, its convincing results and such broad support from Belarusian citizens for their national leader confirms the rightness and success of the course pursued by Alexander Lukashenko over the years of his presidency. Thanks to this course, Belarus has established itself as a dynamically developing, socially-oriented state, with a developing industry, state-of-the-art science, and, importantly, respect for the working man,",
  "he", "mezentsev", "said", "say", RG, f"[inverted] he = Mezentsev, {NIA}")
LEG("victory", Q, "", "inside Mezentsev's quote (speaker not in actors.csv)", ctx="Lukashenko’s victory at the election, its")
LEG("convincing results", Q, "", "'convincing result' (officials' legitimation vocabulary)")
LEG("broad support", Q, "", "'such broad support from Belarusian citizens for their national leader' (like 'undisputed public support'); 'national leader' is a role noun, not a title (not coded)")
S("indirect", "he is convinced that bilateral cooperation will only strengthen during Lukashenko’s new presidential term", "He", "mezentsev", "said", "say", RG,
  f"'He also stressed the importance of …' before it is a topic noun (not coded); {NIA}")
F("first", "1", "ordinal", "ordinal", subject="lukashenko", note="'his first post-election visit to Moscow'")
S("direct", "this confirms the extent of our strong ties, the thousands of threads that link industrial and agricultural companies, science, educations, culture, and, what is most important, millions of Belarusians and Russians.",
  "Mezentsev", "mezentsev", "noted", "note", RG, f"'Mezentsev noted, \"…\"': a clause of its own after the cue (direct, lower-case start); 'Commenting on …' is a topic; {NIA}")
F("thousands", "1000", "items", "count", note="threads (inside Mezentsev's quote); vague plural numeral, value = scale word (lower bound)")
F("millions", "1000000", "people", "count", note="Belarusians and Russians (inside the quote); vague plural numeral")
S("indirect", "Lukashenko won support from 86.82% of voters at the January 26 presidential election",
  "preliminary data from Belarus’ Central Election Commission", "belarus_cec", "According to", "according to", BG, "[document-source]")
LEG("won", OUT, "", "'won support from 86.82% of voters': win of a vote share stated as fact; according to preliminary data = evidential hedge, outlet voice", ctx="Lukashenko won support")
F("86.82%", "86.82", "percent", "vote_share", subject="lukashenko", note="preliminary CEC data", stage="preliminary")
DATE("January 26", "2025-01-26", "polling day")
S("indirect", "him on his victory", "A number of country leaders", "", "congratulated", "congratulate", OG,
  "congratulate X on Y = a speech act (set E k07); 'A number of country leaders' = unnamed heads of state, no actor; group other_government (judgement call: the text does not say which countries)")
REC("congratulated", OUT, "", "the congratulation verb is the outlet's characterisation (outlet voice, as set E k07)", ctx="already congratulated")
LEG("victory", OUT, "", "object of 'congratulated', outlet voice (set E k07 'winning')", ctx="on his victory")

# ---------------------------------------------------------------- m10 TASS 2025-01-26 (Kosachev)
art("m10_tass_2025")
DATE("January 26", "2025-01-26", "dateline")
S("indirect", "The OSCE Office for Democratic Institutions and Human Rights (OSCE ODIHR) has lost its reputation as an independent election observer",
  "Deputy Chairman of the Federation Council Konstantin Kosachev", "kosachev", "told reporters", "tell", RG, "[inverted] 'at the opening of a polling station …' excluded")
S("direct", "No observation mission has the right to monopolize election observation. Our Western neighbors have tried to dominate this monopoly by claiming that the OSCE ODIHR is almost the only body with the right to assess elections. <...> In my view, the OSCE/ODIHR has lost its reputation as an independent and objective observer,",
  "Kosachev", "kosachev", "said", "say", RG, "[inverted] [editorial-brackets] the '<...>' omission is in the span; the nested 'by claiming that' is inside the quotation (not coded)")
S("indirect", "the sovereignty of Belarus causes irritation in the West", "Kosachev", "kosachev", "added", "add", RG, "")
S("direct", "It is quite obvious that the West is irritated by the sovereignty of the Republic of Belarus,", "he", "kosachev", "told reporters", "tell", RG,
  "[inverted] 'in response to a TASS question about …' excluded; the subheading 'Belarus presidential election' after it is not coded")
S("indirect", "All conditions for the free expression of will in the presidential election in Belarus have been ensured, and the organization of the election process can be rated A+",
  "Kosachev", "kosachev", "noted", "note", RG, "[inverted] 'A+' is a grade, not a figure")
LEG("free expression of will", Q, "kosachev", "'free expression of the people's will'", ctx="for the free expression of will in the presidential election in Belarus")
LEG("rated A+", Q, "kosachev", "top grade for the organisation of the election (praise of how the vote was run); judgement call")
S("direct", "We can only express sincere gratitude to those who organized these elections in accordance with the interests of voters. We can also offer our praise because the work that has been done here is very serious. We can rate it with an A+,",
  "he", "kosachev", "told reporters", "tell", RG, "[inverted]")
LEG("in accordance with the interests of voters", Q, "kosachev", "'organized these elections in accordance with …' (like 'in accordance with the country's constitution'); judgement call")
LEG("rate it with an A+", Q, "kosachev", "as above ('rated A+')")
S("direct", "All conditions for the free expression of will in the presidential election in the Republic of Belarus have been provided,",
  "Kosachev", "kosachev", "emphasized", "emphasize", RG, "[inverted]")
LEG("free expression of will", Q, "kosachev", "inside the quote", ctx="for the free expression of will in the presidential election in the Republic")

# ---------------------------------------------------------------- m11 news.by 2025-03-25 (inauguration)
art("m11_newsby_2025")
TITLE("President", OUT, "", "'President of Belarus Alexander Lukashenko' (the of-phrase names the contested office itself)", ctx="President of Belarus Alexander")
S("indirect", "The inauguration ceremony took place in the Ceremony Hall, the largest hall in the Palace of Independence",
  "BELTA", "belta", "reported", "report", MED, "[inverted] 'as reported by BELTA' scopes over its own sentence only (not over the first sentence)")
F("1,100", "1100", "people", "count", qual="over", note="guests invited")
F("two", "2", "items", "count", note="main avenues of the capital", ctx="the two main avenues")
S("indirect", "by the will of the Belarusian people, in conditions of free and democratic elections, Alexander Lukashenko was elected President of the country",
  "the chairman of the Central Election Commission, Igor Karpenko", "karpenka", "announced", "announce", BG,
  "relative pronoun 'who' replaced by its antecedent (title + name in apposition kept, §6)")
LEG("will of the Belarusian people", Q, "karpenka", "'by the will of the Belarusian people' (sovereign will of the citizens)")
LEG("free and democratic elections", Q, "karpenka", "said of the vote held")
LEG("elected", Q, "karpenka", "result declared by the CEC chair", ctx="was elected President")
TITLE("President", Q, "karpenka", "predicate title in the CEC chair's content clause", ctx="elected President of the country")
S("direct", "As I assume the office of President of the Republic of Belarus, I solemnly swear to faithfully serve the people of the Republic of Belarus, to respect and protect the rights and freedoms of man and citizen, to uphold and defend the Constitution of the Republic of Belarus, and to sincerely and diligently fulfill the high duties imposed on me.",
  "Alexander Lukashenko", "lukashenko", "took the oath", "take the oath", BG,
  "oath after 'took the oath in Belarusian:' = a speech act (he says the words); 'Placing his right hand …' participle is narration")
TITLE("President", Q, "lukashenko", "'the office of President of the Republic of Belarus' in his oath", ctx="office of President of the Republic")

# ---------------------------------------------------------------- m12 Metro Radio (Reuters) 2025-01-26
art("m12_metroradio_2025")
DATE("Sunday", "2025-01-26", "same-day news (P = Sunday 2025-01-26)", ctx="voted on Sunday")
F("five years", "5", "years", "duration", subject="lukashenko", note="'another five years in power' (forecast)")
TITLE("President", OUT, "", "'President Alexander Lukashenko'")
F("two", "2", "people", "count", note="'the two leaders' (anaphoric: Lukashenko and Putin)")
DATE("2022", "2022", "'Putin's 2022 invasion'")
F("70-year", "70", "years", "age", subject="lukashenko", note="'the 70-year-old Lukashenko' (-old excluded)")
S("indirect", "it could not be free and fair because independent media are banned in Belarus and all leading opposition figures have been jailed or forced to flee abroad",
  "The United States and the European Union", "western_governments", "said", "say", WG,
  "coordinated subject: collective actor western_governments (US + EU); 'both' and 'in the run-up to Sunday's vote' excluded")
DATE("Sunday", "2025-01-26", "'Sunday's vote' (polling day)", ctx="Sunday's vote")
DEL("could not be free and fair", Q, "western_governments", "negated verdict, one span")
S("direct", "This is a blatant affront to democracy,", "EU foreign policy chief Kaja Kallas", "kallas", "posted on social media", "post", EU_, "[inverted] cue with its medium like 'wrote on X'")
DEL("affront to democracy", Q, "kallas", "'This' = the vote; the election judged an affront to democracy (not a listed term; judgement call)")
S("indirect", "the vote as a sham", "EU foreign policy chief Kaja Kallas", "kallas", "describing", "describe", EU_, "shared subject")
DEL("sham", Q, "kallas", "predicative of 'describing … as'")
S("indirect", "Lukashenko was engineering his re-election as part of a \"ritual for dictators\"", "Exiled opposition leader Sviatlana Tsikhanouskaya", "tsikhanouskaya", "said", "say", OPP,
  "span ends with the closing mark (final period outside)", key="m12t")
DEL("engineering", Q, "tsikhanouskaya", "'engineering his re-election' (the re-election under it is not coded)")
S("partial", "ritual for dictators", "Exiled opposition leader Sviatlana Tsikhanouskaya", "tsikhanouskaya", "said", "say", OPP, "", parent="m12t")
DEL("ritual", Q, "tsikhanouskaya", "an election called a ritual")
PEJ("dictators", Q, "tsikhanouskaya", note="generic plural applied to the leader by implication")

# ---------------------------------------------------------------- m13 Ukrinform via MENAFN 2025-01-27 (preliminary results)
art("m13_ukrinform_2025")
S("indirect", "The Central Election Commission (CEC) of Belarus has released preliminary results of the country's \"presidential election\", which took place on January 26",
  "the state Belarusian agency BELTA", "belta", "reported", "report", MED,
  "[inverted] 'This was reported by X' after it: the sentence before is the content (set E k06 'This was stated by X'); 'as cited by Ukrinform' = the relaying outlet, not the speaker; the (credit) '(MENAFN- UkrinForm)' is outside the span", key="m13b")
S("partial", "presidential election", "the state Belarusian agency BELTA", "belta", "reported", "report", MED,
  "a quoted fragment inside a clause attributed to BELTA = BELTA's partial by rule (statements.md §10.9; set E k09 \"presidential elections\"); almost certainly the Ukrainian outlet's scare quote (a state agency does not put the election in quotes): noted, no scare-quote row",
  ctx="country's \"presidential election\"", parent="m13b")
DATE("January 26", "2025-01-26", "polling day")
S("indirect", "preliminary data shows that 86.82% of voters cast their ballots for Alexander Lukashenko", "CEC Chairman Igor Karpenko", "karpenka", "According to", "according to", BG,
  "the nested 'preliminary data shows that' is inside the chairman's clause (not coded again)")
F("86.82%", "86.82", "percent", "vote_share", subject="lukashenko", note="preliminary CEC data", stage="preliminary")
F("second", "2", "ordinal", "ordinal", subject="syrankou", note="'Sergey Sirankov took second place' (spelling not in actors.csv variants; the person is Syrankou)")
F("3.21%", "3.21", "percent", "vote_share", subject="syrankou", note="preliminary (sentence has no source of its own; continues the CEC figures)", stage="preliminary")
F("third", "3", "ordinal", "ordinal", subject="gaidukevich", note="'Oleg Gaydukevich came in third' (spelling not in actors.csv variants)")
F("2.02%", "2.02", "percent", "vote_share", subject="gaidukevich", note="preliminary", stage="preliminary")
F("3.60%", "3.60", "percent", "against_all", note="voted against all candidates; preliminary", stage="preliminary")
SCARE("\"presidential election\"", "no speaker in this sentence (the CEC's press conference announced by the outlet): the Ukrainian outlet's scare quote", ctx="results of the \"presidential election\"")
DATE("January 27", "2025-01-27", "'later today, January 27'")
DATE("1994", "1994", "'in power since 1994'")
PEJ("regime", OUT, "", target="belarus_government", note="'protests against his regime'")
DEL("election fraud", OUT, "", "'demonstrations against election fraud following the 2020 vote': the 2020 election is one the project studies (target lukashenko); outlet voice (the protesters' cause stated by the outlet)")
DATE("2020", "2020", "'the 2020 vote'")
F("tens of thousands", "10000", "people", "count", note="Belarusians in the streets in 2020; vague plural numeral, value = scale word")

# ---------------------------------------------------------------- m14 Polskie Radio 2025-01-26 (Tsikhanouskaya press conference)
art("m14_polskieradio_2025")
DATE("Sunday", "2025-01-26", "same-day news (P = Sunday 2025-01-26)", ctx="Warsaw on Sunday")
S("indirect", "the election lacked any democratic legitimacy", "Tsikhanouskaya", "tsikhanouskaya", "emphasized", "emphasize", OPP, "'Speaking at a press conference …' participle is narration")
DEL("lacked any democratic legitimacy", Q, "tsikhanouskaya", "set E k14 'lack any democratic legitimacy'")
S("indirect", "the absence of international observers and credible opposition candidates", "Tsikhanouskaya", "tsikhanouskaya", "citing", "cite", OPP,
  "[np-content] cite: what is cited is said (statements.md §1.2); shared subject")
DEL("absence of international observers and credible opposition candidates", OUT, "",
    "no real contest / no observation (set E k09 'absence of genuine political competition'); NP object of a speech-act verb = outlet voice (§3.1)")
PEJ("regime", OUT, "", target="belarus_government", note="'a continuation of the regime’s authoritarian practices' (belief passive 'widely seen as' without believer: outlet)", ctx="the regime’s authoritarian")
S("indirect", "the United States, the European Union and 37 other nations for preemptively refusing to recognize the election results",
  "Tsikhanouskaya", "tsikhanouskaya", "praised", "praise", OPP, "praise X for Y = like 'credit X for Y' (content from X to the end)")
F("37", "37", "items", "count", note="other nations refusing to recognise the result")
NONREC("refusing to recognize", Q, "tsikhanouskaya", "the Y of 'praised X for Y' (like 'accuse X of Y': Y is content, §3.1 point 3); the states' non-recognition")
S("indirect", "such early declarations were unprecedented and reflected the failure of Lukashenko’s regime to legitimize itself on the international stage",
  "She", "tsikhanouskaya", "noted", "note", OPP, "She = Tsikhanouskaya")
DEL("failure of Lukashenko’s regime to legitimize itself", Q, "tsikhanouskaya", "the regime's failure to gain legitimacy (content clause)")
PEJ("regime", OUT, "", target="belarus_government", note="referring label inside a content clause without quotation marks stays outlet (decision, README; §3.1 point 4 'a label on a name … in any reported speech')", ctx="Lukashenko’s regime to legitimize")
NONREC("never accept", Q, "tsikhanouskaya", "sub-heading repeating her quote (body text for markers; no statement row and no scare quote): quoted, speaker of the quote it repeats; judgement call", ctx="'Belarusians will never accept")
S("direct", "Belarusians will never accept Lukashenko — he is a criminal holding 9 million people hostage with Putin’s help,", "she", "tsikhanouskaya", "stated", "state", OPP,
  "[inverted] the sub-heading before it ('Belarusians will never accept Lukashenko') repeats it and is not coded")
NONREC("never accept", Q, "tsikhanouskaya", "inside her quote", ctx="\"Belarusians will never accept")
PEJ("criminal", Q, "tsikhanouskaya", note="label denying legitimacy (like usurper); not a listed example; judgement call")
F("9 million", "9000000", "people", "count", note="'holding 9 million people hostage' (inside her quote)")
DATE("Sunday", "2025-01-26", "'headed to the ballot box on Sunday' (polling day)", ctx="ballot box on Sunday")
DATE("1994", "1994", "'has ruled … since 1994'")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="'seeking a seventh term'")
S("indirect", "the process as \"non-elections,\"", "Critics", "", "refer to", "refer to", OPP,
  "'refer to X as Y' = 'call X Y' / 'describe X as Y'; speaker 'Critics' (including-phrase excluded): vague, no actor; group belarus_opposition from the only named member ('including the opposition'); span ends with the closing mark", key="m14c")
S("partial", "non-elections,", "Critics", "", "refer to", "refer to", OPP, "comma inside the marks kept", parent="m14c")
DEL("non-elections", Q, "", "predicative of 'refer to … as' (critics, no actor)")
S("indirect", "the lack of genuine competition and transparency", "Critics", "", "highlighting", "highlight", OPP, "[np-content] highlight = cue like stress (set E)")
DEL("lack of genuine competition and transparency", OUT, "", "no real contest ('absence of genuine political competition', set E k09); NP object of a speech-act verb = outlet voice")
S("indirect", "security officials visited opposition activists ahead of the vote, warning them against participating in any activities the regime deems extremist",
  "Local reports", "", "claim", "claim", MED,
  "[document-source] unnamed local media reports: no actor, group media (judgement call)")
S("indirect", "them against participating in any activities the regime deems extremist", "security officials", "belarus_security_services", "warning", "warn", BG,
  "a different speaker inside the reports' span: own top-level row; 'security officials' mapped to belarus_security_services (judgement call); 'deems' is a judgement, not speech")
PEJ("regime", OUT, "", target="belarus_government", note="referring label inside reported speech without quotation marks: outlet (decision)", ctx="the regime deems")
S("indirect", "the opposition's demands for free and fair elections, the release of all political prisoners, and accountability for those responsible for crimes against Belarusians",
  "Tsikhanouskaya", "tsikhanouskaya", "reiterated", "reiterate", OPP, "[np-content] 'free and fair' of demanded elections is not a marker")
S("direct", "Thousands are imprisoned for political reasons. We demand justice, and those responsible must face consequences,", "she", "tsikhanouskaya", "declared", "declare", OPP, "[inverted]")
F("Thousands", "1000", "people", "count", note="imprisoned for political reasons (inside her quote); vague plural numeral")

# ---------------------------------------------------------------- m15 LBCI (AFP) 2025-01-26
art("m15_lbcgroup_2025")
S("indirect", "Sunday's presidential election in Belarus a \"farce\" to keep current ruler Alexander Lukashenko in power",
  "Exiled Belarusian opposition leader Svetlana Tikhanovskaya", "tsikhanouskaya", "called", "call", OPP,
  "call X Y: from X to the end; the purpose phrase 'to keep … in power' is read as part of the predicate (judgement call)", key="m15a")
DATE("Sunday", "2025-01-26", "'Sunday's presidential election' (P = 2025-01-26)")
S("partial", "farce", "Exiled Belarusian opposition leader Svetlana Tikhanovskaya", "tsikhanouskaya", "called", "call", OPP, "", parent="m15a", ctx="a \"farce\" to keep")
DEL("farce", Q, "tsikhanouskaya", "", ctx="a \"farce\" to keep")
S("direct", "What is happening in Belarus today is a farce,", "she", "tsikhanouskaya", "told reporters", "tell", OPP, "[inverted] 'in Warsaw' excluded")
DEL("farce", Q, "tsikhanouskaya", "inside her quote", ctx="is a farce,")
S("indirect", "Lukashenko, \"a criminal who has seized power\"", "she", "tsikhanouskaya", "branding", "brand", OPP,
  "brand X Y = call X Y (small clause from X to the closing mark); shared subject of 'she told …, branding'", key="m15b")
S("partial", "a criminal who has seized power", "she", "tsikhanouskaya", "branding", "brand", OPP, "", parent="m15b")
PEJ("criminal", Q, "tsikhanouskaya", note="as m14")
DEL("seized power", Q, "tsikhanouskaya", "usurpation: the power is not won by election (judgement call)")
S("indirect", "the release of all political prisoners and free and fair elections", "she", "tsikhanouskaya", "calling for", "call for", OPP,
  "[np-content] demanded free and fair elections: no marker")
