# -*- coding: utf-8 -*-
# Held-out gold set C coding sheet. S = statement, F = figure, M = polar marker / scare quote / official title.
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
def CLOCK(t, hour, note="", ctx=None): F(t, hour, "hours", "other", note=("clock time; " + note).rstrip("; "), ctx=ctx)

# ---------------------------------------------------------------- c01 Sputnik via UrduPoint 2020-08-10 (CIS observer mission)
art("c01_sputnik_2020")
S("indirect", "the vote had been conducted in an open, lawful and competitive manner", "Sergey Lebedev", "lebedev", "said", "say", "election_observers",
  "apposition 'the head of the observers mission …' excluded; adverbial 'on Monday' between cue and complement skipped")
S("indirect", "incumbent president Alexander Lukashenko won over 80 percent of the vote", "The preliminary results of the Belarusian presidential election", "belarus_cec", "suggest", "suggest", "belarus_government",
  "[document-source] results as subject of 'suggest' (cf. show/find when the subject is a report); reduced relative 'held this past Sunday' excluded from the speaker")
S("direct", "The August 9 election was conducted in compliance with the constitution and electoral code of Belarus. It was open and competitive and ensured that Belarus citizens could freely express their will,",
  "Lebedev", "lebedev", "said", "say", "election_observers", "[inverted] 'at a briefing' excluded")
DATE("10th August, 2020", "2020-08-10", "dateline (credit line kept as body text, as in sets A and B)")
DATE("Monday", "2020-08-10")
LEG("open, lawful and competitive", Q, "lebedev", "content of 'said'; one coordinated evaluative predicate (cf. 'inclusive, democratic, and transparent', set B)")
DATE("this past Sunday", "2020-08-09", "weekday with deictic modifier kept in the span (cf. 'last Sunday')")
TITLE("incumbent president", OUT, "", "attributive title inside the content of 'The preliminary results … suggest' (results = evidential source, outlet voice as for 'according to … results')")
LEG("won", OUT, "", "win stated under an evidential source ('The preliminary results … suggest'): outlet voice, as 'according to preliminary results' (set A rule)")
F("80 percent", "80", "percent", "vote_share", qual="over", subject="lukashenko", stage="preliminary", note="CEC preliminary result of 10 Aug 2020")
DATE("August 9", "2020-08-09", "inside Lebedev's quote")
LEG("in compliance with the constitution and electoral code of Belarus", Q, "lebedev", "direct quote; state-media/observer vocabulary ('in compliance with the Constitution and the electoral legislation')")
LEG("open and competitive", Q, "lebedev", "direct quote; paired praising predicate")
LEG("freely express their will", Q, "lebedev", "direct quote (markers.md §4.1 list)")

# ---------------------------------------------------------------- c02 BelTA 2020-07-20 (CIS to deploy a mission)
art("c02_belta_2020")
S("indirect", "The CIS will deploy a mission to observe the Belarus presidential election", "Maria Gutsalo", "maria_gutsalo", "told", "tell", "international_organisation",
  "[inverted] " + NIA + " (adviser to the press service of the CIS Executive Committee; CIS body -> international_organisation, speaker_groups.csv); apposition excluded; addressee 'BelTA' is the outlet")
S("direct", "The CIS Executive Committee has received an invitation from the Belarusian Ministry of Foreign Affairs to take part in the monitoring of the presidential election. Now we are forming the mission. We have sent out invitations to the CIS countries requesting be nominate their representatives to the CIS observation mission. The CIS Council of Permanent Plenipotentiary Representatives agreed on the candidacy of the head of the mission at a meeting on 21 July. The CIS Executive Committee proposed Sergei Lebedev to the post,",
  "Maria Gutsalo", "maria_gutsalo", "said", "say", "international_organisation", "[inverted] several sentences in one pair of marks = one row; " + NIA)
S("indirect", "the CIS Executive Committee will send a letter to the Central Election Commission with a request to accredit observers from the CIS mission", "her", "maria_gutsalo", "According to", "according to", "international_organisation",
  "her = Gutsalo; " + NIA)
S("direct", "We plan that CIS observers will work in all regions of the country. On the election day, the observers will be present at the polling stations from the moment they open until the counting of votes is completed. The mission will release its findings on the results of the monitoring of the election campaign in Belarus on 10 August,",
  "Maria Gutsalo", "maria_gutsalo", "informed", "inform", "international_organisation", "[inverted] the paragraph ends without a period after 'informed'; " + NIA)
DATE("20 July", "2020-07-20", "dateline")
DATE("21 July", "2020-07-21", "past tense in the quote but later than P (20 July 2020): rule 1 would give 2019-07-21, which the text cannot mean (the meeting was set for 21 July 2020, cf. the Sputnik report of 20 July); judgement call")
DATE("10 August", "2020-08-10", "future context ('will release')")
DATE("9 August", "2020-08-09", "future context ('will be held'); polling day")
F("five", "5", "people", "count", note="registered presidential candidates")
DATE("14 July", "2020-07-14")

# ---------------------------------------------------------------- c03 TASS via Trend 2020-08-09 (exit poll)
art("c03_tass_2020")
S("indirect", "Belarus’ incumbent President Alexander Lukashenko is winning Sunday’s presidential polls with 79.7% of the vote", "an exit poll", "", "as follows from", "follow from", "belarus_government",
  "[inverted] [document-source] 'as follows from an exit poll' = according to an exit poll; pollster (CROO BKMO Youth Laboratory of Sociological Studies, for the Mir TV channel) not in actors.csv, group of the state-approved exit poll (cf. set B b13); 'Trend reports citing TASS' = the outlet and a relaying medium, not speakers")
TITLE("incumbent President", OUT, "", "attributive title; the clause's source is an exit poll (evidential, outlet voice)")
LEG("winning", OUT, "", "'is winning … with 79.7%': lead stated as fact on the exit poll's evidence (not a modal forecast); judgement call", ctx="Lukashenko is winning")
DATE("Sunday", "2020-08-09", "'Sunday’s presidential polls'")
F("79.7%", "79.7", "percent", "vote_share", subject="lukashenko", stage="exit_poll", note="official exit poll, election night")
F("6.8%", "6.8", "percent", "vote_share", subject="tsikhanouskaya", stage="exit_poll", note="same exit poll (sentence without its own source)")

# ---------------------------------------------------------------- c04 U.S. Embassy Minsk 2021-08-10 (anniversary statement)
art("c04_usembassy_2021")
S("indirect", "the immediate and unconditional release of all political prisoners; a genuine and inclusive dialogue with the opposition and civil society; and free-and-fair elections under international observation",
  "the OSCE Expert Mission report", "osce", "called for", "call for", "international_organisation",
  "[np-content] [document-source] request: the steps 'as called for in the OSCE Expert Mission report:' listed after the colon; the publisher's (US government) own assertions ('has been explicit about …', 'will continue to …') are narration, not coded (§1 exception)")
DATE("August 9", "2021-08-09", "the anniversary day on which the US unveiled the measures (2021); rule 6 not applied: the date is the anniversary, not the vote; judgement call")
F("one-year", "1", "years", "duration", note="'the one-year anniversary'; hyphenated compound, span stops at the unit")
DEL("fraudulent", OUT, "", "publisher (US government) voice")
PEJ("regime", OUT, "", "belarus_government", "'his regime'", ctx="his regime")
PEJ("regime", OUT, "", "belarus_government", "'the Lukashenka regime'", ctx="Lukashenka regime")
PEJ("regime", OUT, "", "belarus_government", "'lies with the regime'", ctx="with the regime")

# ---------------------------------------------------------------- c05 UK House of Commons 2020-09-24 (Raab's statement)
art("c05_ukparliament_2020")
S("indirect", "extensive fraud and falsification of results", "witnesses", "", "reported", "report", "citizen",
  "[np-content] vague; the speech is the UK Foreign Secretary's own statement (publisher voice, §1 exception): his assertions are not coded; coordinated 'and local independent observers were barred …' is not content")
S("indirect", "Lukashenko’s claim to have won 80% of the vote", "They", "belarus_protesters", "challenged", "challenge", "citizen",
  "[np-content] They = the Belarusians who took to the streets; 'challenge X's claim' ~ dispute a claim (endorsement-like structure: whole object NP, the nominal claim is a second row)", key="ch")
S("indirect", "to have won 80% of the vote", "Lukashenko", "lukashenko", "claim", "claim", "belarus_government",
  "nominal statement inside the protesters' object NP ('Lukashenko’s claim to …'), nested row of a different speaker", parent="ch")
S("indirect", "fresh elections", "They", "belarus_protesters", "demanded", "demand", "citizen", "[np-content] request; shared subject")
S("indirect", "the authorities have beaten those that they held in detention and they have threatened female protesters with violence, including rape",
  "UN human rights experts", "", "report", "report", "international_organisation", "vague UN body (speaker_groups.csv 'UN'); both coordinated clauses are under 'report that'")
DATE("9 August", "2020-08-09", "'on 9 August Belarus held presidential elections' (rule 6: polling day)", ctx="recall, on 9 August")
DEL("neither free nor fair", OUT, "", "publisher voice (the Foreign Secretary's statement to Parliament)")
F("hundreds", "100", "people", "count", note="arrested supporters; vague plural numeral, value = scale word (lower bound)")
DATE("9 August", "2020-08-09", "'On polling day on 9 August'", ctx="polling day on 9 August")
DEL("fraud", OUT, "", "NP object of 'witnesses reported' -> outlet (publisher) voice (markers.md §3.1)", ctx="extensive fraud")
DEL("falsification", OUT, "", "NP object of 'reported' -> outlet voice; 'of results' left out (cf. seed 'falsification')")
F("thousands", "1000", "people", "count", note="protesters; vague plural numeral, value = scale word (lower bound)")
F("80%", "80", "percent", "vote_share", subject="lukashenko", stage="final", note="Lukashenko's claimed share (final CEC result 80.10%, 14 Aug 2020); 'claim to have won' = distancing, no win marker")

# ---------------------------------------------------------------- c06 European Parliament 2020-08-10 (statement)
art("c06_europarl_2020")
S("direct", "The Central Election Commission announced that", "", "", "", "", "",
  "[unattributed] [quote-mark-oddity] the statement opens with a straight mark after the dateline and never closes; the page is hard-wrapped, so the quotation is coded one row per line (no span crosses a line break); speakers (EP members) not named in the stored text, 'our dismay' = the EP; 'announced that …' inside the quote is not coded (§1)")
S("direct", "Mr Alyaksandr Lukashenka has been allegedly \"re-elected\" yesterday as President of Belarus for a 6th consecutive term.", "", "", "", "", "",
  "[unattributed] [quote-mark-oddity] second line of the same unclosed quotation (hard wrap); piece of one speech act, no parent (check requires a child inside its parent)")
S("direct", "The European Parliament was not invited to observe this election; neither was", "", "", "", "", "",
  "[unattributed] [quote-mark-oddity] third line of the same quotation (hard wrap)")
S("direct", "the OSCE/ODIHR, much to our dismay. At any rate, many signs point to massive electoral fraud so that we cannot consider this election as legitimate.", "", "", "", "", "",
  "[unattributed] [quote-mark-oddity] fourth line of the same quotation (hard wrap); no closing mark")
DATE("10 August 2020", "2020-08-10", "dateline")
SCARE("\"re-elected\"", "nested quote inside the (unattributed) quotation, signalled by 'allegedly' as the speakers' own scare quote (markers.md §4.6 exception); speakers not named", voice=Q)
TITLE("President", Q, "", "'re-elected … as President of Belarus' (the contested office); quoted, speakers not named; the win word is distanced ('allegedly', scare quote) and not coded")
F("6th", "6", "ordinal", "ordinal", subject="lukashenko", note="term")
DEL("electoral fraud", Q, "", "unattributed quotation (EP); fixed term")
NONREC("cannot consider", Q, "", "'we cannot consider this election as legitimate' = non-recognition as in sets A and B ('cannot consider … legitimate'); 'legitimate' embedded, not coded")

# ---------------------------------------------------------------- c07 Commersant.ge 2020-08-10 (exit poll, election night)
art("c07_commersantge_2020")
DATE("Sunday", "2020-08-09", "", ctx="end on Sunday")
TITLE("President", OUT, "", "", ctx="with President Alexander")
S("indirect", "Lukashenko won Sunday's election with 79.7% of the vote", "an official exit poll", "", "according to", "according to", "belarus_government",
  "[inverted] [document-source] state-approved exit poll, pollster not named (cf. set B b13)")
LEG("won", OUT, "", "'according to an official exit poll' = evidential hedge, outlet voice", ctx="Lukashenko won Sunday")
DATE("Sunday", "2020-08-09", "", ctx="won Sunday's")
F("79.7%", "79.7", "percent", "vote_share", subject="lukashenko", stage="exit_poll")
S("indirect", "Main opposition challenger Tikhanovskaya came second with 6.8%", "the poll", "", "according to", "according to", "belarus_government", "[inverted] [document-source] the official exit poll")
F("second", "2", "ordinal", "ordinal", subject="tsikhanouskaya", note="'came second'")
F("6.8%", "6.8", "percent", "vote_share", subject="tsikhanouskaya", stage="exit_poll")
S("indirect", "the numbers", "Tikhanovskaya", "tsikhanouskaya", "rejected", "reject", "belarus_opposition",
  "[np-content] the exit-poll numbers (rejecting a claim; not coded as non-recognition in markers: the object is a poll, not the result or the office)")
S("indirect", "groups of protesters being broken up by the security forces", "Eyewitnesses", "", "spoke of", "speak of", "citizen", "[np-content] vague")
F("eight", "8", "people", "count", qual="at least", note="detained opposition campaign workers")
S("indirect", "\"situation would not go out of hand.\"", "Lukashenko", "lukashenko", "promised", "promise", "belarus_government", "span ends with the closing mark", key="pr")
S("partial", "situation would not go out of hand.", "Lukashenko", "lukashenko", "promised", "promise", "belarus_government", "", parent="pr")
DATE("Sunday", "2020-08-09", "", ctx="ballot on Sunday")
DATE("Sunday", "2020-08-09", "", ctx="On Sunday evening")
S("indirect", "Belarusians have \"woken up.\"", "Tikhanovskaya", "tsikhanouskaya", "said", "say", "belarus_opposition", "", key="wu")
S("partial", "woken up.", "Tikhanovskaya", "tsikhanouskaya", "said", "say", "belarus_opposition", "", parent="wu")
DATE("Sunday", "2020-08-09", "'Escalating protests were reported' = agentless report, not a statement", ctx="cities on Sunday evening")
S("indirect", "78.5% voting for Tikhanovskaya and only 6% for Lukashenko", "An exit poll among the Moscow-based Belarusian expats", "", "showed", "show", "citizen",
  "[document-source] 'show' with a poll as subject; pollster not named (survey of expatriate voters), group citizen; the appositive '– a reverse result …' is the outlet's")
F("78.5%", "78.5", "percent", "vote_share", subject="tsikhanouskaya", stage="exit_poll", note="expatriate voters in Moscow only (not a national figure)")
F("6%", "6", "percent", "vote_share", qual="only", subject="lukashenko", stage="exit_poll", note="expatriate voters in Moscow only")

# ---------------------------------------------------------------- c08 TASS 2025-01-26 (turnout, election day)
art("c08_tass_2025")
DATE("January 26", "2025-01-26", "dateline")
S("indirect", "More than 50% of voters have cast their ballots in the Belarusian presidential election, meaning it has been declared valid", "Deputy Chairman of the Central Election Commission (CEC), Alexey Bashan", "alexey_bashan", "stated", "state", "belarus_government",
  "[inverted] title + name in apposition (§6); " + NIA)
F("50%", "50", "percent", "turnout", qual="more than", thr="1",
  note="the validity threshold (more than half of the voters) reported as passed: threshold level, stage empty as for thresholds in set A; quoted (Bashan)")
LEG("declared valid", Q, "", "content of Bashan's 'stated' (state-media vocabulary 'declared … valid'); " + NIA)
S("indirect", "The turnout at the presidential election in Belarus as of 2 p.m. local time (11 a.m. GMT) amounted to 66.41%", "the secretary of the Central Election Commission of the republic, Yelena Baldovskaya", "yelena_baldovskaya", "said", "say", "belarus_government",
  "[inverted] title + name in apposition; " + NIA)
CLOCK("2 p.m.", "14", "intermediate turnout time")
CLOCK("11 a.m.", "11", "GMT equivalent")
F("66.41%", "66.41", "percent", "turnout", stage="preliminary", note="intermediate turnout at 2 p.m. (CEC bulletin), not the final turnout")
S("indirect", "56.61% of citizens voted in Minsk, 72.86% - in the Brest Region, 65.12% - in the Vitebsk Region, 72.92% - in the Gomel Region, 60.60% - in the Grodno Region, 63.73% - in the Minsk Region and 71.89% - in the Mogilev Region",
  "her", "yelena_baldovskaya", "According to", "according to", "belarus_government", "her = Baldovskaya; " + NIA)
F("56.61%", "56.61", "percent", "turnout", stage="preliminary", note="regional (Minsk city), intermediate 2 p.m.")
F("72.86%", "72.86", "percent", "turnout", stage="preliminary", note="regional (Brest), intermediate 2 p.m.")
F("65.12%", "65.12", "percent", "turnout", stage="preliminary", note="regional (Vitebsk), intermediate 2 p.m.")
F("72.92%", "72.92", "percent", "turnout", stage="preliminary", note="regional (Gomel), intermediate 2 p.m.")
F("60.60%", "60.60", "percent", "turnout", stage="preliminary", note="regional (Grodno), intermediate 2 p.m.")
F("63.73%", "63.73", "percent", "turnout", stage="preliminary", note="regional (Minsk Region), intermediate 2 p.m.")
F("71.89%", "71.89", "percent", "turnout", stage="preliminary", note="regional (Mogilev), intermediate 2 p.m.")

# ---------------------------------------------------------------- c09 BelTA 2025-01-22 (Lebedev on early voting)
art("c09_belta_2025")
DATE("22 January", "2025-01-22", "dateline")
S("indirect", "The turnout on the first day of early voting shows the interest of Belarusian voters", "Sergei Lebedev", "lebedev", "told", "tell", "election_observers",
  "[inverted] apposition 'CIS Secretary General and head of …' excluded; 'BelTA has learned' = cognition, not coded")
F("first", "1", "ordinal", "ordinal", note="'the first day of early voting'", ctx="on the first day")
LEG("shows the interest of Belarusian voters", Q, "lebedev", "turnout presented as voters' engagement (cf. 'high turnout shows trust', 'turnout is quite high' in set A); judgement call", ctx="voting shows the interest of Belarusian voters")
S("direct", "The first day of early voting took place yesterday. I am pleased to say that the turnout yesterday was 8%. This shows the interest of Belarusian voters,", "Sergei Lebedev", "lebedev", "said", "say", "election_observers",
  "[inverted] 'I am pleased to say that' inside the quote not coded")
F("first", "1", "ordinal", "ordinal", note="'The first day of early voting' (quote)", ctx="The first day")
F("8%", "8", "percent", "turnout", stage="preliminary", note="first day of early voting (21 January), quoted")
LEG("shows the interest of Belarusian voters", Q, "lebedev", "direct quote; same judgement as above", ctx="This shows the interest of Belarusian voters")
S("direct", "I think that on the main election day the Belarusian voters will actively participate in the voting process and express their will. It is already clear that the turnout will be high. Public opinion polls show that many people would like to give their vote for peace, stability, and further progressive development of Belarus. This is something we would all be very happy about,",
  "he", "lebedev", "emphasized", "emphasize", "election_observers", "[inverted] he = Lebedev; forecasts ('will … express their will', 'turnout will be high') not coded as markers (set B rule)")
DATE("26 January 2025", "2025-01-26", "scheduled polling day")

# ---------------------------------------------------------------- c10 BelTA via NNN 2025-01-24 (early-voting turnout)
art("c10_belta_2025")
DATE("Jan 24", "2025-01-24", "dateline")
S("indirect", "27.15 percent of eligible voters have cast their ballots, after three days of early voting in the presidential elections", "The Belarusian Central Election Commission (CEC)", "belarus_cec", "said", "say", "belarus_government",
  "the adverb 'yesterday' between cue and complement skipped; the page's commas ('(CEC), said yesterday,') kept")
F("27.15 percent", "27.15", "percent", "turnout", stage="preliminary", note="cumulative early-voting turnout after three days (21–23 January)")
F("three days", "3", "days", "duration", note="early voting so far")
S("indirect", "The turnout in the Brest region stood at 30.66 percent, 27.47 percent in the Vitebsk region, 25.99 percent in the Gomel region, 27.03 percent in the Grodno region, 27.37 percent in the Minsk region, 26.90 percent in the Mogilev region, and 25.21 percent in the city of Minsk",
  "the CEC", "belarus_cec", "said", "say", "belarus_government", "[inverted]")
F("30.66 percent", "30.66", "percent", "turnout", stage="preliminary", note="regional (Brest), early voting")
F("27.47 percent", "27.47", "percent", "turnout", stage="preliminary", note="regional (Vitebsk), early voting")
F("25.99 percent", "25.99", "percent", "turnout", stage="preliminary", note="regional (Gomel), early voting")
F("27.03 percent", "27.03", "percent", "turnout", stage="preliminary", note="regional (Grodno), early voting")
F("27.37 percent", "27.37", "percent", "turnout", stage="preliminary", note="regional (Minsk region), early voting")
F("26.90 percent", "26.90", "percent", "turnout", stage="preliminary", note="regional (Mogilev), early voting")
F("25.21 percent", "25.21", "percent", "turnout", stage="preliminary", note="regional (Minsk city), early voting")
F("Five", "5", "people", "count", note="registered candidates")
TITLE("incumbent President", OUT, "")
DATE("Jan 21", "2025-01-21", "range lower ('from Jan 21 to 25')")
DATE("25", "2025-01-25", "range upper", ctx="to 25,")
DATE("this Sunday", "2025-01-26", "weekday with deictic modifier, future context")
DATE("Jan 26", "2025-01-26", "", ctx="Sunday, Jan 26")

# ---------------------------------------------------------------- c11 CGTN via myglobalnews 2025-01-27 (preliminary results)
art("c11_cgtn_2025")
S("indirect", "Alexander Lukashenko has won the presidential election of Belarus, securing an impressive 86.82 percent of the vote", "the preliminary results", "belarus_cec", "according to", "according to", "belarus_government",
  "[inverted] [document-source] results 'released … by the country's Central Election Commission' (by-agent and participle excluded from the speaker)")
LEG("won", OUT, "", "'according to the preliminary results' = evidential hedge, outlet voice")
LEG("impressive", OUT, "", "evaluative booster of the winner's share ('an impressive 86.82 percent'), cf. 'convincing result'; judgement call")
F("86.82 percent", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="'an impressive' frames the figure as large but is not in the closed qualifier list")
DATE("Monday", "2025-01-27")
F("50 percent", "50", "percent", "vote_share", qual="more than", thr="1", note="legal threshold for a generic candidate; 'is declared the winner' = rule, no statement and no marker")

# ---------------------------------------------------------------- c12 Politico Europe 2025-01-26 (exit poll)
art("c12_politico_2025")
S("indirect", "Longtime Belarusian dictator Alexander Lukashenko won a “sham” presidential election on Sunday with 87.6 percent of vote", "an official exit poll", "", "according to", "according to", "belarus_government",
  "[inverted] [document-source] state-approved exit poll, pollster not named; '“sham”' is the outlet's scare quote (no speaker in the local syntax; an exit poll cannot be its source), no partial row; 'marking his seventh term …' excluded")
PEJ("dictator", OUT, "", "lukashenko", "epithet in the outlet's sentence (stays outlet before 'according to')")
SCARE("“sham”", "outlet's scare quote; the clause's source is an exit poll (evidential), not a speaker")
DEL("sham", OUT, "", "same word as the scare quote (different lexicon); 'won' not coded (its clause holds the delegitimising term)")
DATE("Sunday", "2025-01-26")
F("87.6 percent", "87.6", "percent", "vote_share", subject="lukashenko", stage="exit_poll", note="official exit poll")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="term")
F("Four", "4", "people", "count", note="opposition candidates on the ballot")
F("30 years", "30", "years", "duration", qual="more than", subject="lukashenko", note="tenure")
S("direct", "There is no alternative to Alexander Lukashenko as the leader of our country,", "one of the theoretical candidates, Communist Party leader Sergei Syrankov", "syrankou", "told", "tell", "belarus_candidate",
  "[inverted] description + name in apposition (cf. set B 'The observer from Spain, Carlos Uriarte Sanchez'); 'the BBC' = addressee; 'no alternative to … as the leader' not coded as a marker (not about the vote)")
S("direct", "So, we are taking part in the election with the president’s team.", "one of the theoretical candidates, Communist Party leader Sergei Syrankov", "syrankou", "told", "tell", "belarus_candidate",
  "second piece of a quote interrupted by its attribution (§4)")
DEL("theoretical", OUT, "", "'one of the theoretical candidates': candidates only in name (cf. 'token', 'hand-picked' candidates, set A); outlet's description in the speaker NP")
TITLE("president", Q, "syrankou", "'the president’s team' = Lukashenko's", ctx="the president’s team")

# ---------------------------------------------------------------- c13 PanARMENIAN 2025-01-27 (preliminary results)
art("c13_panarmenian_2025")
S("indirect", "Alexander Lukashenko, the sitting president of Belarus, has been reelected for a seventh term", "preliminary data from the Central Election Commission of the republic", "belarus_cec", "according to", "according to", "belarus_government",
  "[inverted] [document-source]")
TITLE("sitting president", OUT, "", "= incumbent president; apposition in the outlet's sentence")
LEG("reelected", OUT, "", "'according to preliminary data' = evidential hedge, outlet voice")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="term")
F("86.82%", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="'He secured 86.82%': vote share, not a win word (set A rule)")
F("3.6%", "3.6", "percent", "against_all", stage="preliminary")
S("indirect", "Voter turnout was reported at 85.7%", "Kommersant", "kommersant", "according to", "according to", "media",
  "[inverted] the only named source of the clause (a medium, cf. set A 'TASS reported'); " + NIA)
F("85.7%", "85.7", "percent", "turnout", stage="preliminary")
S("indirect", "Oleg Gaidukevich, leader of the Liberal Democratic Party, received 2.02% of the votes", "the election commission", "belarus_cec", "According to", "according to", "belarus_government",
  "the next sentence (other candidates) has no attribution of its own: not coded")
F("2.02%", "2.02", "percent", "vote_share", subject="gaidukevich", stage="preliminary")
F("1.86%", "1.86", "percent", "vote_share", subject="kanopatskaya", stage="preliminary")
F("3.21%", "3.21", "percent", "vote_share", subject="syrankou", stage="preliminary")
F("1.74%", "1.74", "percent", "vote_share", subject="khizhnyak", stage="preliminary")
DATE("January 26", "2025-01-26")
S("indirect", "he was not seeking a successor to transfer power", "Lukashenko", "lukashenko", "stated", "state", "belarus_government", "")
S("indirect", "the country’s leadership reserve for the future has already been formed", "he", "lukashenko", "noted", "note", "belarus_government", "he = Lukashenko")
S("indirect", "it does not consider the elections free or democratic and plans to continue its sanctions policy against Minsk", "The European Union", "eu", "announced", "announce", "eu_institution", "")
NONREC("does not consider", Q, "eu", "'does not consider the elections free or democratic' = non-recognition as in sets A and B ('did not consider'); content of 'announced'")

# ---------------------------------------------------------------- c14 The Irish Times editorial 2025-01-27
art("c14_irishtimes_2025")
F("31-year", "31", "years", "duration", subject="lukashenko", note="'his 31-year rule' (Trump's belief is not a statement)")
S("indirect", "the US State Department had removed critical comments from outgoing Secretary of State Antony Blinken from its website", "Belarus state media", "", "reported", "report", "media",
  "vague collective; 'with delight' between cue and complement skipped; 'Donald Trump appears to believe …' = belief, not coded")
S("indirect", "Victory “demonstrates your high political authority,”", "Russian president Vladimir Putin", "putin", "gushed", "gush", "russian_government",
  "[inverted] the reporter's clause around the partial quote", key="g")
S("partial", "demonstrates your high political authority,", "Russian president Vladimir Putin", "putin", "gushed", "gush", "russian_government", "", parent="g")
LEG("Victory", Q, "putin", "subject of the gushed clause (Putin's congratulation)")
LEG("high political authority", Q, "putin", "cf. set B b17")
S("indirect", "as more “staff briefings” than exchanges between presidents of sovereign states", "one Belarus political scientist", "", "described", "describe", "analyst",
  "passive 'are described by X as Y': span after the cue and agent (object precedes)", key="d")
S("partial", "staff briefings", "one Belarus political scientist", "", "described", "describe", "analyst", "", parent="d")
DATE("2020", "2020", "", ctx="Since 2020")
F("20", "20", "items", "count", qual="more than", note="visits ('more than 20 times')", ctx="than 20 times")
F("three", "3", "items", "count", note="visits ('three times')")
S("indirect", "Europe’s last dictator", "", "", "Dubbed", "dub", "",
  "[unattributed] agentless passive naming (cf. set B 'was declared the winner'); 'and its longest serving leader' read as the outlet's apposition")
PEJ("dictator", Q, "", "lukashenko", "predicative part of the agentless 'Dubbed' (quoted, no speaker)")
SCARE("“re-elected”", "outlet's scare quote; the win word is not coded")
F("86 per cent", "86", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="CEC preliminary 86.82%")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="term")
TITLE("president", OUT, "", "'his seventh term as president of Russia’s puppet state'", ctx="as president of Russia")
PEJ("puppet state", OUT, "", "belarus_government", "label for the Belarusian state (cf. 'authoritarian state')")
S("indirect", "the rigged poll", "The opposition", "belarus_opposition", "denounced", "denounce", "belarus_opposition", "[np-content] appositive 'only able to function abroad' excluded")
DEL("rigged", OUT, "", "NP object of 'denounced' -> outlet voice")
S("partial", "a farce", "Sviatlana Tsikhanouskaya", "tsikhanouskaya", "says", "say", "belarus_opposition",
  "[inverted] quoted noun phrase after a dash, attributed by the following 'says'; a fragment, not a clause; apposition 'an activist …' excluded")
DEL("farce", Q, "tsikhanouskaya", "partial quote")
LEG("won", OUT, "", "'after she, by most accounts, won an election in 2020': the challenger's win asserted (hedged by 'by most accounts'), target the challenger (cf. 'her rightful victory')", ctx="won an election in 2020", target="tsikhanouskaya")
DATE("2020", "2020", "", ctx="election in 2020")
S("indirect", "Her verdict", "EU leaders and human rights groups", "", "echoed", "echo", "eu_institution",
  "[np-content] [shared-content] passive 'was echoed by': second speakers of Tsikhanouskaya's 'a farce'; coordinated subject with no collective actor, group of the first conjunct")
F("1,300", "1300", "people", "count", qual="over", note="political prisoners")
F("half a million", "500000", "people", "count", qual="some", note="emigrants; fraction with scale word")
DATE("2020", "2020", "'a 2020 crackdown'", ctx="a 2020 crackdown")
DEL("deprived of a vote", OUT, "", "cf. set B 'deprived of its right to vote'")
F("3.5 million", "3500000", "people", "count", note="diaspora")

# ---------------------------------------------------------------- c15 Reuters via CNA 2025-01-27 (declared winner)
art("c15_reuters_2025")
F("31-year", "31", "years", "duration", subject="lukashenko", note="tenure")
DATE("Monday", "2025-01-27")
DATE("Jan 27", "2025-01-27")
S("indirect", "him the winner of a presidential election that Western governments rejected as a sham", "electoral officials", "belarus_cec", "declared", "declare", "belarus_government",
  "naming small clause incl. the relative clause of its NP (cf. set B b15); electoral officials -> CEC", key="dw")
S("indirect", "as a sham", "Western governments", "western_governments", "rejected", "reject", "western_government",
  "nested statement of a different speaker inside the declared clause; object precedes the cue (relative 'that')", parent="dw")
NONREC("rejected", OUT, "", "'rejected as a sham': rejection of the election; reporting predicate in outlet voice; 'winner' not coded (its clause holds a delegitimising term); judgement call")
DEL("sham", Q, "western_governments", "predicative part of 'rejected … as'", ctx="as a sham")
S("indirect", "Lukashenko, who faced no serious challenge from the four other candidates on the ballot, took 86.8 per cent of the vote", "initial results", "belarus_cec", "according to", "according to", "belarus_government",
  "[inverted] [document-source]")
F("four", "4", "people", "count", note="other candidates", ctx="the four other")
F("86.8 per cent", "86.8", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="'took … of the vote': vote share, not a win word")
S("indirect", "the vote was neither free nor fair because independent media are banned in the former Soviet republic and all leading opposition figures have either been jailed or forced to flee abroad", "European politicians", "", "said", "say", "western_government",
  "vague collective; the because-clause read as part of what they said")
DEL("neither free nor fair", Q, "", "content of 'said'; vague speakers")
S("direct", "The people of Belarus had no choice. It is a bitter day for all those who long for freedom & democracy,", "German Foreign Minister Annalena Baerbock", "baerbock", "posted on X", "post", "western_government", "[inverted]")
DEL("had no choice", Q, "baerbock", "the vote offered no real choice (cf. 'ritual', not a real contest); judgement call")
S("indirect", "an expansion of Western sanctions against Belarusian companies and individuals involved in repressing opponents of Lukashenko and supplying munitions for Russia's war effort in Ukraine", "Exiled opposition leader Sviatlana Tsikhanouskaya", "tsikhanouskaya", "called for", "call for", "belarus_opposition",
  "[np-content] request")
S("direct", "As long as Belarus is under Lukashenko and Putin's control, there will be a constant threat to the peace and security of the entire region,", "she", "tsikhanouskaya", "said", "say", "belarus_opposition", "[inverted] she = Tsikhanouskaya")
S("indirect", "the bloc would keep imposing \"restrictive and targeted measures against the regime\" while supporting civic society and the exiled opposition", "EU foreign affairs chief Kaja Kallas and Enlargement Commissioner Marta Kos", "eu", "said", "say", "eu_institution",
  "coordinated subject -> eu (HR/VP and Commissioner); 'in a statement' skipped", key="k")
S("partial", "restrictive and targeted measures against the regime", "EU foreign affairs chief Kaja Kallas and Enlargement Commissioner Marta Kos", "eu", "said", "say", "eu_institution", "", parent="k")
PEJ("regime", Q, "eu", "belarus_government", "partial quote", ctx="against the regime")
S("indirect", "they had \"chosen\" their own fate", "Lukashenko", "lukashenko", "said", "say", "belarus_government", "'Asked about …' participial not a statement; 'on Sunday' skipped", key="c")
S("partial", "chosen", "Lukashenko", "lukashenko", "said", "say", "belarus_government", "", parent="c")
DATE("Sunday", "2025-01-26")
S("indirect", "his decision to release more than 250 people convicted of \"extremist\" activity was a message to the West in order to seek an easing of his isolation", "He", "lukashenko", "denied", "deny", "belarus_government", "He = Lukashenko", key="x")
S("partial", "extremist", "He", "lukashenko", "denied", "deny", "belarus_government",
  "quoted fragment inside the denied clause = partial by the rule of §10.9; probably the outlet's marking of the regime's legal term", parent="x")
F("250", "250", "people", "count", qual="more than", note="released prisoners")
S("direct", "I don't give a damn about the West,", "he", "lukashenko", "told", "tell", "belarus_government", "[inverted] he = Lukashenko; the subheading '\"DON'T GIVE A DAMN\"' repeats the quote (heading, not coded)")
F("four hours", "4", "hours", "duration", qual="over", note="press conference; written 'well over' ('well' not in the qualifier list)")

# ---------------------------------------------------------------- c16 RBC-Ukraine 2025-01-26 (voting begins)
art("c16_rbcukraine_2025")
SCARE("\"elections\"", "'so-called presidential \"elections\"' in the outlet's sentence", ctx="presidential \"elections\" began")
DATE("January 26", "2025-01-26")
PEJ("self-proclaimed president", OUT, "", "lukashenko", "one pejorative span (cf. set B b16); no separate title row (same lexicon, no overlap)")
S("indirect", "Polling stations have opened across the country", "the Belarus Today website", "belarus_today", "according to", "according to", "media",
  "[inverted] the state newspaper's site (SB. Belarus Today), only named source; " + NIA)
F("5,325", "5325", "items", "count", note="polling stations")
CLOCK("8:00 a.m.", "8")
CLOCK("8:00 p.m.", "20")
S("indirect", "the Belarusian Central Election Commission (CEC) website offers a polling station locator service", "the publication", "belarus_today", "According to", "according to", "media",
  "the publication = Belarus Today; " + NIA)
S("indirect", "each voter must cast their vote in person, as voting by proxy is not allowed", "", "", "emphasized", "emphasize", "",
  "[unattributed] agentless passive 'It was emphasized that …' (probably the publication)")
S("indirect", "international observers are allegedly monitoring the \"election\" process across all regions of the country", "CEC chairman Ihor Karpenko", "karpenka", "stated", "state", "belarus_government",
  "'allegedly' is the outlet's distancing inside the reported clause", key="k")
S("partial", "election", "CEC chairman Ihor Karpenko", "karpenka", "stated", "state", "belarus_government",
  "[quote-mark-oddity] quoted fragment inside Karpenko's clause = partial by the rule of §10.9 (as set B b16); probably the outlet's house-style scare quote", parent="k", ctx="\"election\" process")
S("indirect", "representatives and leaders of electoral commissions from CIS countries and beyond are present", "", "", "claimed", "claim", "",
  "[unattributed] agentless passive 'it was claimed that …'")
SCARE("\"experts\"", "'reports of individual \"experts\"': no speaker in the local syntax ('reports of' = agentless hedge)")
F("17", "17", "items", "count", note="Western European countries")
S("indirect", "a press conference by CEC chairman Ihor Karpenko titled \"Preliminary results of voting in the \"presidential election\" of the Republic of Belarus\" is scheduled for January 27, between 2:30 and 3:00 a.m.", "The publication", "belarus_today", "noted", "note", "media",
  "the quoted title is a naming quote (not a statement); " + NIA)
SCARE("\"presidential election\"", "the outlet's marks inside the quoted title (the title itself is a naming quote, not coded); straight marks, nesting read from the text", ctx="the \"presidential election\" of the")
DATE("January 27", "2025-01-27", "future context ('is scheduled')", ctx="scheduled for January 27")
CLOCK("2:30", "2.5", "range lower ('between 2:30 and 3:00 a.m.')")
CLOCK("3:00 a.m.", "3", "range upper")
DATE("Monday", "2025-01-27")
DATE("January 27", "2025-01-27", "", ctx="Monday, January 27")
CLOCK("11:00 a.m.", "11")
SCARE("\"preliminary results\"", "outlet's scare quote (planned CEC announcement, not a statement: future)")
SCARE("\"presidential election\"", "outlet's scare quote", ctx="the \"presidential election\" in Belarus")
S("indirect", "from January 21 to 25, Belarus conducted so-called early \"voting,\" with 41.81% of registered voters allegedly participating", "The publication", "belarus_today", "mentioned", "mention", "media",
  "'so-called' and 'allegedly' are the outlet's distancing inside the reported clause; " + NIA, key="v")
S("partial", "voting,", "The publication", "belarus_today", "mentioned", "mention", "media",
  "[quote-mark-oddity] quoted fragment inside the publication's clause = partial by the rule of §10.9; clearly the outlet's scare quote ('so-called'), noted not dropped; " + NIA, parent="v")
DATE("January 21", "2025-01-21", "range lower", ctx="from January 21")
DATE("25", "2025-01-25", "range upper", ctx="to 25,")
F("41.81%", "41.81", "percent", "turnout", stage="preliminary", note="early voting (21–25 January), CEC figure")
