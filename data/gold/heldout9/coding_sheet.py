# -*- coding: utf-8 -*-
# Held-out gold set I coding sheet. S = statement, F = figure, M = polar marker / scare quote / official title.
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
def CLOCK(t, v, note="", ctx=None): F(t, v, "hours", "other", note="clock time" + ("; " + note if note else ""), ctx=ctx)

BG, RG, WG, EU_, OG = "belarus_government", "russian_government", "western_government", "eu_institution", "other_government"
IO, EO, OPP, CAND, MED, CIT, NGO = "international_organisation", "election_observers", "belarus_opposition", "belarus_candidate", "media", "citizen", "ngo"

# ---------------------------------------------------------------- r01 NB8 joint statement as issued by Sweden, 2025-01-26
art("r01_nb8sweden_2025")
DATE("January 26", "2025-01-26", "dateline 'SWEDEN, January 26 -' (kept as body text)")
S("indirect", "the statement by EU High Representative for Foreign Affairs and Security Policy Kaja Kallas on support to the Belarusian people",
  "The Nordic-Baltic countries", "nb8", "support", "support", WG,
  "[np-content] the publisher's own present performative in the third person (statements.md §1 exception, §1.1): endorsement of Kallas's statement (support + a statement = back a claim); the endorsed statement's content is not given ('on support to …' is its topic), so no row for Kallas and no shared-content row. Not coded: 'continue to support the democratic right …' and 'will continue to support the tireless efforts …' (support of a right / of efforts is a stance, not backing a claim; the second is also future)")
PEJ("regime", OUT, target="belarus_government", note="'opponents of the regime' (names the government); outlet = the NB8 governments (publisher)")
DEL("deprived the process that took place today of any legitimacy", OUT,
    note="'… have deprived the process that took place today of any legitimacy': a verdict stripping the vote of legitimacy; span from the verb to the last evaluative word (as negated verdicts, markers.md §4.1); outlet voice (the statement is the publisher's own)")
F("10 days", "10", "days", "duration", qual="only", note="the invitation to the OSCE ODIHR mission 'only 10 days beforehand' (as seed 002 'only 10 days before the vote')")
S("indirect", "the immediate and unconditional release of all political prisoners, and their effective rehabilitation",
  "The Nordic-Baltic countries", "nb8", "urge", "urge", WG,
  "[np-content] present performative request of the publisher ('strongly' left out of the cue)")
DEL("lack any democratic legitimacy", OUT, note="'continues to lack any democratic legitimacy' (as set E k14, where ERR quoted this statement: there quoted voice; here the statement's own text, outlet voice); 'continues to' left out")

# ---------------------------------------------------------------- r02 European Parliament (OEIL summary of the resolution), 2025-01-22
art("r02_europarl_2025")
F("567", "567", "votes", "count", note="MEPs' votes in favour of the resolution (not an election result)")
F("25", "25", "votes", "count", note="votes against", ctx="votes to 25,")
F("66", "66", "votes", "count", note="abstentions (recorded votes of MEPs)")
DEL("fraudulent", OUT, note="'the fraudulent presidential election of August 2020' (the 2020 vote, a studied election); the Parliament's own summary: outlet voice")
DATE("August 2020", "2020-08", "'the fraudulent presidential election of August 2020'")
DEL("illegitimate", OUT, ctx="the illegitimate Lukashenka regime", note="'the illegitimate Lukashenka regime': denies the ruler's legitimacy (legitimacy lexicon 'illegitimate'); target the contested office-holder")
PEJ("regime", OUT, target="belarus_government", ctx="Lukashenka regime, with Russian", note="")
F("tens of thousands", "10000", "people", "count", note="arbitrarily detained people; vague plural numeral, value = scale word (lower bound)")
S("indirect", "its non-recognition of the election of Aliaksandr Lukashenka to the post of President of Belarus",
  "Parliament", "european_parliament", "reiterated", "reiterate", EU_,
  "[np-content] the publisher names itself in the third person (statements.md §1.1): a statement of the European Parliament; refusing recognition is an act, but here it is the object of a speech act (reiterate), so it is coded as its content (§1)")
NONREC("non-recognition", OUT, note="span without its object (markers.md §4.2); 'election' and 'the post of President' inside the object give no rows (§3.4; the post names the office, not the person)")
S("indirect", "the current regime in Belarus to be illegitimate, illegal and criminal",
  "Parliament", "european_parliament", "considered", "consider", EU_,
  "shared subject with 'reiterated' (§6); a resolution's 'considered X to be Y' is a declaring act of the body (like 'qualify X as Y'): small-clause content from X to the end; judgement call")
PEJ("regime", OUT, target="belarus_government", ctx="the current regime in Belarus")
DEL("illegitimate", OUT, ctx="to be illegitimate, illegal", note="the Parliament's verdict on the regime; 'illegal and criminal' are not legitimacy-lexicon words (not coded)")
S("indirect", "the lack of freedom, fairness and transparency ahead of the so-called presidential elections on 26 January 2025 in Belarus",
  "Members", "european_parliament", "Denouncing", "denounce", EU_,
  "[np-content] opening participle: speaker = subject of the main clause ('Members' = MEPs adopting the Parliament's resolution: actor european_parliament, people speaking for an institution, statements.md §7)")
DEL("lack of freedom, fairness and transparency", OUT, note="flawed-vote wording (cf. 'a lack of compliance with democratic commitments', §4.1 Standards); NP object of 'Denouncing': outlet voice (and the publisher's own voice); 'so-called' is distancing (hedge lexicon, not in this table)")
DATE("26 January 2025", "2025-01-26", "", ctx="elections on 26 January 2025 in Belarus")
S("indirect", "categorically reject the upcoming elections and the run-up campaign as a sham, as they do not meet minimum international standards for democratic elections",
  "Members", "european_parliament", "called for", "call for", EU_,
  "'Members called for the EU, its Member States and the international community to:' + bullets: one indirect row per bullet (statements.md §3, bullet lists), without the leading '- ' and the final ';'; the addressees on the line before are outside the span (spans do not cross line breaks)")
DEL("sham", OUT, note="demanded verdict ('reject … as a sham'; cf. set E k04 'declared invalid', demanded); the publisher's own voice")
DEL("do not meet minimum international standards", OUT, note="standards verdict (§4.1: span from the negation to 'standards')")
S("indirect", "continue not to recognise the legitimacy of Aliaksandr Lukashenka as president after 26 January 2025",
  "Members", "european_parliament", "called for", "call for", EU_, "second bullet of the same request")
NONREC("not to recognise", OUT, note="demanded non-recognition (cf. set D h06 'not to recognise', requested); 'the legitimacy … as president' inside its object gives no row (§3.4; 'as president' is the predicate of the refused recognition, not a title on the person: no official_title row)")
DATE("26 January 2025", "2025-01-26", "", ctx="as president after 26 January 2025")
S("indirect", "its demand for the immediate and unconditional release of all individuals detained in Belarus for their political views, alongside compensation and the restoration of their rights",
  "Parliament", "european_parliament", "reiterated", "reiterate", EU_, "[np-content] as the first 'reiterated' row")
S("indirect", "continue to investigate human rights abuses in Belarus and to support accountability measures, including through universal jurisdiction",
  "", "", "called on", "call on", "",
  "[unattributed] agentless passive 'As for the EU and its Member States, they are called on to:' + bullets (one row per bullet); the caller is the Parliament (its resolution), not named in the sentence")
S("indirect", "investigate the crimes against humanity committed by the Lukashenka regime in Belarus and on EU territory",
  "", "", "called on", "call on", "", "[unattributed] second bullet of the same agentless request")
PEJ("regime", OUT, target="belarus_government", ctx="by the Lukashenka regime in Belarus")

# ---------------------------------------------------------------- r03 House of Lords oral question (Parallel Parliament), 2025-02-10
art("r03_hansardlords_2025")
DATE("26 January", "2025-01-26", "year from the election's polling day (figures.md §11 rule 6); in the order-paper question", ctx="held in Belarus on 26 January")
DEL("sham", OUT, ctx="the sham presidential election", note="the minister's answer: the UK government's voice in the record (outlet, like a press release's own statements, markers.md §3.1)")
DATE("26 January", "2025-01-26", "year from the election's polling day (rule 6)", ctx="in Belarus on 26 January represented")
DEL("self-reappointment", OUT, note="'represented only a self-reappointment of Lukashenko' (cf. 'self-inauguration', 'awarded himself', §4.1 third round)")
PEJ("regime", OUT, target="belarus_government", ctx="Lukashenko and his regime")
F("two", "2", "items", "count", note="points of the peer's question ('on two points: first, …; and, secondly, …': the enumerating 'first'/'secondly' are adverbial, not coded)")
DEL("sham", OUT, ctx="the sham re-election", note="a peer's question: printed body text of the record (outlet voice, as set E k13's journalist's question); 're-election' in the same phrase is not coded (its phrase holds the delegitimising term)")
S("indirect", "everything she said", "I", "uk_government", "agree with", "agree with", WG,
  "[np-content] the answering minister's own present performative endorsement (the UK government's voice in its record, statements.md §1 exception; endorsement like 'back a claim'); the minister is not named on the stored page: actor uk_government; the peer's points were a question (no row). Not coded: 'is completely right in what she says' (no content), 'the UK supports their tireless efforts …' (support of efforts is a stance), 'We will continue to support …' and 'We are working hard …' (narration/future)")

# ---------------------------------------------------------------- r04 RIA Novosti (via news-pravda.com), 2025-01-18
art("r04_ria_2025")
DATE("January 18", "2025-01-18", "dateline 'MINSK, January 18 – RIA Novosti.' (kept as body text)")
S("indirect", "American officials had pulled on a crown that no one had given them",
  "The head of the Central Election Commission of Belarus, Igor Karpenko", "karpenka", "said", "say", BG,
  "title + name in apposition kept whole (§6); the participle clause 'commenting on criticism in the United States of …' names a topic (no row)")
DATE("January 26", "2025-01-26", "'scheduled for January 26' (future context)")
S("indirect", "the presidential elections in Belarus cannot be free and fair", "US Secretary of State Anthony Blinken", "blinken", "said", "say", WG, "'Earlier,' before the speaker excluded")
DEL("cannot be free and fair", Q, "blinken", "negated verdict (§4.1, cf. 'cannot be credible')")
S("indirect", "the 2025 elections in Belarus cannot reflect the will of the Belarusian people and the United States condemns \"fake elections.\"",
  "U.S. State Department spokesman Matthew Miller", "matthew_miller", "noted", "note", WG,
  "span ends with the closing mark (§3); 'the United States condemns …' inside the spokesman's clause is the same side's speech (not coded again, §1)", key="mm")
DATE("2025", "2025", "'the 2025 elections'")
DEL("cannot reflect the will of the Belarusian people", Q, "matthew_miller",
    "negated 'expression of the people's will' (state-media vocabulary of §4.1, negated: one delegitimising span from the negation); judgement call")
S("partial", "fake elections.", "U.S. State Department spokesman Matthew Miller", "matthew_miller", "noted", "note", WG, "", parent="mm")
DEL("fake elections", Q, "matthew_miller", "fixed term (§3.4)")
S("direct", "Last time during the single voting day (at parliamentary and local elections – ed.) at 9 p.m., as soon as the polling stations closed and the counting of votes began, he (Blinken - ed.) already made a statement that he did not recognize the elections. The elections haven't started yet, and he commented that he doesn't recognize them either. I understand that people have pulled on a crown that no one gave them, did not give them the right to evaluate, to legitimize the authorities that are elected in sovereign states,",
  "the head of the Central Election Commission", "karpenka", "said", "say", BG,
  "[inverted] [editorial-brackets] the editor's parenthetical insertions '(… – ed.)', '(Blinken - ed.)' are in the span (in parentheses, not brackets); reporting inside the quotation is not coded (§1); 'in an interview with STV journalist Grigory Azarenka' and the relative clause after it excluded")
CLOCK("9 p.m.", "21", "21:00 on the 2024 single voting day; inside the quotation")
NONREC("doesn't recognize", Q, "karpenka",
       "Karpenko's own quotation reports Blinken's non-recognition of the coming 2025 election ('them'); the earlier 'did not recognize the elections' concerns the 2024 parliamentary elections (another vote: not coded, §4.2)")
S("indirect", "Blinken was making some kind of progress in terms of the speed of his assessment of the elections", "Karpenko", "karpenka", "noted", "note", BG, "'ironically' left out of the cue")
S("indirect", "elections are the sovereign right of any state", "He", "karpenka", "stressed", "stress", BG, "He = Karpenko")
S("indirect", "Belarus has never questioned elections in any country", "The head of the Central Election Commission", "karpenka", "noted", "note", BG, "description resolved through the earlier mention")
S("direct", "Even if we didn't like something, we just kept quiet. I don't think anyone has the right to violate our electoral sovereignty and interfere in the internal affairs of the presidential election,",
  "Karpenko", "karpenka", "added", "add", BG, "[inverted]")

# ---------------------------------------------------------------- r05 Lokmat Times (IANS copy), 2025-01-27
art("r05_lokmattimes_2025")
DATE("Jan 27", "2025-01-27", "dateline 'Minsk, Jan 27'")
TITLE("Incumbent President", OUT, note="fixed 'incumbent President' (§4.3)")
S("indirect", "Incumbent President Alexander Lukashenko has won the presidential election of Belarus",
  "the preliminary results", "belarus_cec", "according to", "according to", BG,
  "[inverted] [document-source] §10.15; the reduced relative 'released early Monday by the country's Central Election Commission' is left out of the speaker (§6)")
LEG("won", OUT, note="'has won the presidential election …, according to the preliminary results': the evidential hedge does not block the win (§4.1)", ctx="has won the presidential")
DATE("Monday", "2025-01-27", "same-day news (P = Monday 27 Jan 2025)")
S("indirect", "Lukashenko received 86.82 per cent of the vote", "The preliminary data from the Central Election Commission", "belarus_cec", "showed", "show", BG,
  "[document-source] 'show' with a document subject (§1); the 'from' phrase naming the issuer kept (as set E k10 'the preliminary data of the CEC')")
F("86.82 per cent", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="'received' + percent: a vote share, no win marker")
F("3.21 per cent", "3.21", "percent", "vote_share", subject="syrankou", stage="preliminary", note="'respectively' list: Syrankov (actors.csv variant)")
F("2.02 per cent", "2.02", "percent", "vote_share", subject="gaidukevich", stage="preliminary", note="'respectively' list")
F("1.86 per cent", "1.86", "percent", "vote_share", subject="kanopatskaya", stage="preliminary", note="'respectively' list")
F("1.74 per cent", "1.74", "percent", "vote_share", subject="khizhnyak", stage="preliminary", note="'respectively' list; 'secured' + percent is a vote share (no win marker)")
S("indirect", "Lukashenko leading with 87.6 per cent of the vote", "an exit poll", "", "showed", "show", NGO,
  "[document-source] the exit poll 'cited by the Belarusian Committee of Youth Organisations' (participle left out of the speaker, §6); group ngo from the citing organisation (a public association; judgement call); 'reports Xinhua news agency' is a relaying medium (not a speaker, sets C-E); 'Earlier,' and 'also' excluded")
F("87.6 per cent", "87.6", "percent", "vote_share", subject="lukashenko", stage="exit_poll")
S("indirect", "the other four candidates received the following percentages of the vote: Oleg Gaidukevich 1.8 per cent, Alexander Khizhnyak 1.2 per cent, Anna Kanopatskaya 1.6 per cent and Sergei Syrankov 2.7 per cent",
  "The exit poll", "", "showed", "show", NGO, "[document-source] the same exit poll (definite reference back); the content runs through the colon list")
F("four", "4", "people", "count", note="other candidates")
F("1.8 per cent", "1.8", "percent", "vote_share", subject="gaidukevich", stage="exit_poll", note="results line 'Name N per cent'")
F("1.2 per cent", "1.2", "percent", "vote_share", subject="khizhnyak", stage="exit_poll")
F("1.6 per cent", "1.6", "percent", "vote_share", subject="kanopatskaya", stage="exit_poll")
F("2.7 per cent", "2.7", "percent", "vote_share", subject="syrankou", stage="exit_poll")
F("5.1 per cent", "5.1", "percent", "against_all", stage="exit_poll", note="'5.1 per cent voted against all candidates': the sentence after the exit poll's list (same source)")
DATE("Sunday", "2025-01-26", "polling day (P = Monday 27 Jan 2025)")
CLOCK("8:00 a.m.", "8", "polls opening (local time)")
CLOCK("0500", "5", "GMT ('(0500 GMT)'; time-zone abbreviation left out)")
CLOCK("8 p.m.", "20", "polls closing (local time)")
CLOCK("1700", "17", "GMT")
S("indirect", "the number of voters stands at about 6.9 million", "the country's Central Election Commission", "belarus_cec", "according to", "according to", BG,
  "[inverted] scope of a sentence-final 'according to': the smallest clause it attaches to (§3), the second coordinated clause; the first ('Voters cast their ballots at 5,325 polling stations nationwide') is left out (judgement call)")
F("5,325", "5325", "items", "count", note="polling stations")
F("6.9 million", "6900000", "people", "electorate", qual="about", note="'the number of voters' = eligible voters")
DATE("January 21", "2025-01-21", "early voting, range lower ('from January 21 to 25')")
DATE("25", "2025-01-25", "early voting, range upper (month from the lower endpoint)", ctx="January 21 to 25")
S("indirect", "41.81 per cent of eligible voters cast their ballots during the five-day early voting session, which is organised for those unable to vote on the election day",
  "The Central Election Commission", "belarus_cec", "said", "say", BG, "'Saturday' between the cue and the complement excluded (§3)")
DATE("Saturday", "2025-01-25", "past context (P = Monday 27 Jan 2025)")
F("41.81 per cent", "41.81", "percent", "turnout", stage="preliminary", note="early voting (21-25 Jan)")
F("five-day", "5", "days", "duration", note="early voting session")
S("indirect", "the formation of polling stations for the presidential elections in the country", "the Central Election Commission", "belarus_cec", "confirmed", "confirm", BG, "[np-content] 'Earlier,' excluded")
F("five-year", "5", "years", "duration", note="presidential term (general rule)")
F("two-term", "2", "items", "count", note="terms ('A two-term limit')")
DATE("2022", "2022", "'2022 amendments to the constitution'")

# ---------------------------------------------------------------- r06 LatestLY (ANI copy), 2025-03-26
art("r06_latestly_2025")
DATE("March 26", "2025-03-26", "dateline 'Minsk [Belarus], March 26 (ANI):'")
S("indirect", "Alexander Lukashenko was officially sworn in as the president of Belarus for the seventh time on Tuesday, reaffirming his continued leadership over the country",
  "Anadolu", "anadolu", "reported", "report", MED,
  f"[inverted] a medium that is the only named source of the clause is the speaker (sets C-E); Anadolu Agency {NIA}; ANI relays it (not a speaker)")
TITLE("president", Q, "", "'sworn in as the president of Belarus': the contested office (the 'of Belarus' phrase is the disputed state's); inside Anadolu's reported clause (speaker not in actors.csv)", ctx="as the president of Belarus")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="'for the seventh time' (sworn in)")
DATE("Tuesday", "2025-03-25", "past context (P = Wednesday 26 Mar 2025)", ctx="time on Tuesday")
F("1,100", "1100", "people", "count", qual="over", note="guests")
S("indirect", "the results of the election", "The chairman of the Central Election Commission", "karpenka", "confirming", "confirm", BG,
  "[np-content] participle read with the clause's subject (§6; it may modify 'the official presidential certificate', a document: judgement call); CEC chairman in March 2025 = Karpenko (role+date)")
LEG("secured another term", OUT, note="'secured his … term' (§4.1 officials' vocabulary) stated as fact by the outlet")
LEG("winning", OUT, note="'after winning the presidential election held on January 26' (fact in outlet voice)")
DATE("January 26", "2025-01-26", "polling day")
S("indirect", "he received over 5.1 million votes, accounting for nearly 87 per cent of the total ballots cast",
  "the official vote count", "belarus_cec", "According to", "according to", BG, "[document-source] §10.15")
F("5.1 million", "5100000", "votes", "vote_share", qual="over", subject="lukashenko", stage="final", note="absolute votes (unit votes); P = 26 Mar 2025, after the final results of 3 Feb")
F("87 per cent", "87", "percent", "vote_share", qual="nearly", subject="lukashenko", stage="final")
S("indirect", "The outcome reinforced his strong grip on power, continuing a presidency that has spanned decades",
  "Anadolu", "anadolu", "reported", "report", MED, f"[inverted] {NIA}; 'decades' without a numeral is no figure")
S("indirect", "Lukashenko's victory", "The Central Election Commission", "belarus_cec", "confirming", "confirm", BG,
  "[np-content] participle with the sentence's subject; 'formally certified the election results' is a formal act (no row, judgement call); 'and clearing the path …' is not content")
DATE("February 3", "2025-02-03", "'in a meeting on February 3' (past)")
LEG("victory", OUT, ctx="Lukashenko's victory", note="NP object of the confirming verb: outlet voice (markers.md §3.1, 'declared Petrov's victory')")
TITLE("head of state", OUT, note="'his latest term as Belarus' head of state' (§4.3 list)")

# ---------------------------------------------------------------- r07 Novaya Gazeta Europe, 2025-03-25
art("r07_novayagazeta_2025")
S("indirect", "Belarusian dictator Alexander Lukashenko has been sworn in for a seventh consecutive presidential term at a ceremony in Minsk, having been declared the winner of the country’s widely criticised elections in January",
  "state news agency BELTA", "belta", "reported", "report", MED,
  "[inverted] a medium that is the only named source of the clause (sets C-E); 'on Tuesday' after the cue excluded")
PEJ("dictator", OUT, note="label on the name: the outlet's referring expression, also inside reported speech (markers.md §3.1 point 4)", ctx="Belarusian dictator Alexander")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="'a seventh consecutive presidential term'")
S("indirect", "the winner of the country’s widely criticised elections in January", "", "", "declared", "declare", "",
  "[unattributed] agentless past passive of a naming cue with its small clause ('having been declared the winner …', statements.md §1); inside BelTA's clause, but a different (unnamed) source: a row of its own. 'winner' gets no legitimising row: its clause holds the pejorative label 'dictator' (markers.md §4.1); 'widely criticised' reports criticism (like 'disputed': not coded)")
DATE("January", "2025-01", "'elections in January' (past context)", ctx="elections in January")
DATE("Tuesday", "2025-03-25", "same-day news (P = Tuesday 25 Mar 2025)")
S("indirect", "Lukashenko, who has been in power since 1994, swore his oath in Belarusian rather than Russian, one of the few times he has spoken the language in an official capacity",
  "Russian news agency TASS", "tass", "reported", "report", MED, "[inverted]")
DATE("1994", "1994", "'in power since 1994'")
S("indirect", "the country’s prosperity and stability", "he", "lukashenko", "praised", "praise", BG,
  "[np-content] 'praise' + NP, an evaluating cue like 'laud'/'hail' (§1.2); he = Lukashenko")
S("indirect", "“half the world dreams of such a dictatorship”", "he", "lukashenko", "saying", "say", BG,
  "shared subject (§6); the complement is the quotation: span begins and ends with the marks, final period outside (§3). 'dictatorship' (his own, approving use) gets no label row: a self-description that does not deny legitimacy (judgement call)", key="hw")
S("partial", "half the world dreams of such a dictatorship", "he", "lukashenko", "saying", "say", BG, "", parent="hw")
DATE("1918", "1918", "'the country’s 1918 declaration of independence'")
PEJ("regime", OUT, target="belarus_government", ctx="regime-backed", note="'the regime-backed Independence Day': regime names the government (span without '-backed')")
DATE("3 July", "2024-07-03", "recurring holiday date without year; rule 1 (default: most recent on or before P = 25 Mar 2025); judgement call")
DATE("1944", "1944", "'in 1944'")
DEL("rigged", OUT, ctx="obviously rigged", note="'Despite being obviously rigged, the January election …' (outlet); the relative clause 'which the … commission declared Lukashenko won by a landslide' sits in the NP this verdict judges, so its win gives no row (§4.1 second round)")
DATE("January", "2025-01", "'the January election'", ctx="the January election")
S("indirect", "Lukashenko won by a landslide", "the country’s electoral commission", "belarus_cec", "declared", "declare", BG,
  "relative clause 'which the commission declared X won …': span after the cue (§3); no legitimising row (see 'rigged')")
DATE("2020", "2020", "'the previous presidential election in 2020'")
DEL("stolen", OUT, ctx="clearly stolen", note="'Lukashenko’s clearly stolen 81% of the vote' (the 2020 result)")
F("81%", "81", "percent", "vote_share", subject="lukashenko", stage="final",
  note="result of the 2020 election in a 2025 text ('Lukashenko’s clearly stolen 81% of the vote'); undated, so the latest 2020 stage (final, 80.10); the written 81 fits neither official figure (inexact); judgement call")
LEG("won", OUT, target="tsikhanouskaya", ctx="believed to have won",
    note="'the person widely believed to have won the previous election': a belief passive with no believer keeps the outlet's voice (markers.md §3.1); a win for the challenger (polarity relative to the target); judgement call")

# ---------------------------------------------------------------- r08 UNN, 2025-02-03
art("r08_unn_2025")
DATE("February 3", "2025-02-03", "'held on February 3' (the CEC meeting approving the results; approval is a procedure, no statement)")
S("indirect", "In Belarus, the total number of voters in the country was 6,903,994. 5,916,834 voters received ballots. A total of 5,916,195 voters took part in the voting",
  "official data", "belarus_cec", "According to", "according to", BG,
  "[document-source] 'According to official data:' introduces the next paragraph (block after a colon): content = that paragraph, final period excluded (indirect, §3); 'UNN reports with reference to Belta' is the outlet's relay line (not coded)")
F("6,903,994", "6903994", "people", "electorate", stage="final", note="'the total number of voters' (registered)")
F("5,916,834", "5916834", "people", "count", note="voters who received ballots")
F("5,916,195", "5916195", "people", "turnout", stage="final", note="voters who took part (turnout as a number of voters)")
S("indirect", "The CEC submitted protocols of the regional and Minsk city presidential election commissions on the results of voting in the regions and Minsk, on the basis of which the results of the elections in the country were established",
  "the chairman of the Central Election Commission of Belarus, Igor Karpenko", "karpenka", "said", "say", BG,
  "[inverted] attribution after a spaced hyphen ('… established - said X') works like ', X said'; title + name in apposition kept (§6)")
NONREC("non-recognition", OUT, note="'adopted a resolution on the non-recognition of the presidential elections' (PACE): the outlet's NP; adopting a resolution on a topic is no statement row; after the subheading 'Recall' (not coded)")
DATE("January 26, 2025", "2025-01-26", "")
S("indirect", "democratic elections, the release of political prisoners, and increased sanctions against the regime",
  "The Assembly", "", "called for", "call for", IO,
  "[np-content] the Assembly = PACE (Parliamentary Assembly of the Council of Europe, in no row of actors.csv: group international_organisation); 'democratic elections' is demanded (no marker)")
PEJ("regime", OUT, target="belarus_government", ctx="sanctions against the regime", note="NP object of a speech act: outlet voice")
NONREC("does not recognize", OUT, note="'Ukraine's Foreign Ministry does not recognize the legitimacy of the elections' (a diplomatic act, not a statement row, statements.md §1); span without its object")
F("86.82%", "86.82", "percent", "vote_share", subject="lukashenko", stage="final", note="P = 3 Feb 2025, the day of the final results (same value as the preliminary)")
S("indirect", "the assessment of EC", "The Ministry", "ukraine_mfa", "joined", "join", OG,
  "[np-content] endorsement of another body's assessment ('join' = endorse, like set E's 'endorsed a statement'); the assessment's content is not given (no shared-content row); The Ministry = Ukraine's Foreign Ministry (description, §1.3)")
S("indirect", "the elections a farce due to the lack of real competition and political repression", "The Ministry", "ukraine_mfa", "calling", "call", OG,
  "participle with the same subject (§6); 'call X Y' from X to the end (§3)")
DEL("farce", Q, "ukraine_mfa", "predicative part of 'call X Y' (§3.1.3)")
DEL("lack of real competition", Q, "ukraine_mfa", "no real contest (cf. set E 'absence of genuine political competition'); inside the small clause's reason phrase; judgement call")
F("6", "6", "people", "count", note="individuals sanctioned", ctx="against 6 individuals")
F("3", "3", "items", "count", note="defense companies", ctx="and 3 Belarusian")
DEL("election fraud", OUT, note="'after the election fraud' (fixed term, §3.4)")

# ---------------------------------------------------------------- r09 Latvian Ministry of Foreign Affairs, 2020-09-24
art("r09_latviamfa_2020")
DATE("24 September 2020", "2020-09-24", "")
S("indirect", "in the democratic world, nobody has any doubt that the presidential elections in Belarus were neither free nor fair",
  "Edgars Rinkēvičs", "rinkevics", "confirmed", "confirm", WG,
  "'confirmed Latvia’s position that …': the minister confirms his own government's position; attitude noun + clause (§3 'expressed confidence …'): the clause is the content, the noun belongs to the cue; the ministry's release about its own minister (third person): a statement of the actor; 'During the conversation,' excluded")
DEL("neither free nor fair", Q, "rinkevics", "inside the minister's reported clause: quoted (as seed 003's minister's block in a ministry release)")
DEL("Neither does the inauguration ceremony on 23 September legitimise", OUT,
    note="negated legitimation of the new term: one delegitimising span from the negation to the verb (§4.1 negated verdicts); no cue in the sentence (it continues the minister's position but is not attributed: outlet voice, no statement row)")
DATE("23 September", "2020-09-23", "past context (P = 24 Sep 2020)")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="'for the sixth term'")
S("indirect", "Latvia is interested in bringing the situation in Belarus back to normal, which should take place in a democratic manner",
  "the Minister", "rinkevics", "noted", "note", WG, "[inverted]")
S("indirect", "the representatives of the opposition have had a chance to visit Latvia", "Edgars Rinkēvičs", "rinkevics", "expressed satisfaction", "express satisfaction", WG,
  "attitude noun + clause: the clause is the content (§3)")
S("indirect", "Latvia for the position it maintains", "Valery Tsepkalo", "tsapkala", "thanked", "thank", OPP,
  "'thank X for Y' coded like 'credit X for Y' (§3: from X to the end); judgement call")
S("indirect", "support from the closest neighbours is very important and highly valued indeed", "he", "tsapkala", "pointed out", "point out", OPP, "he = Tsepkalo")
S("indirect", "it would be possible to organise new presidential elections in Belarus in the presence of international observers",
  "The Foreign Minister, and Mr and Mrs Tsepkalo", "", "expressed hope", "express hope", OPP,
  "coordinated speakers of two groups (one western_government, two belarus_opposition): counted by group (statements.md §1.3), the larger group; no collective actor covers them. Not coded: 'He provided an insight into …' and 'gave his perspective of …' (topics), 'the parties were in agreement that …' (a state, judgement call); 'new presidential elections' are hoped for (no marker)")

# ---------------------------------------------------------------- r10 Sputnik via UrduPoint, 2020-08-10 (Tikhanovskaya does not recognize the results)
art("r10_sputnik_2020")
DATE("10th August, 2020", "2020-08-10", "dateline (credit line)")
S("indirect", "Belarusian opposition candidate Svetlana Tikhanovskaya does not recognize the official presidential election results announced by the central Election Commission",
  "her campaign office", "", "told Sputnik", "tell", OPP,
  "[inverted] her campaign office: a possessor's body → the possessor's group, no actor (statements.md §1.3); a refusal to recognise is coded as the content of a reporting verb (§1); 'Monday' after the cue excluded")
NONREC("does not recognize", Q, "", "the candidate's refusal, inside her campaign office's reported clause (speaker not in actors.csv)")
DATE("Monday", "2020-08-10", "same-day news", ctx="Sputnik Monday")
S("indirect", "opposition's estimates showed Tikhanovskaya had secured between 70 and 90 percent of the ballots at some polling places",
  "her campaign office", "", "adding", "add", OPP, "shared subject (§6)", key="ad")
S("indirect", "Tikhanovskaya had secured between 70 and 90 percent of the ballots at some polling places",
  "opposition's estimates", "belarus_opposition", "showed", "show", OPP,
  "[document-source] a document the speaker cites inside her own statement: a row of its own, child of the office's row (statements.md §1.4)", parent="ad")
F("70", "70", "percent", "vote_share", subject="tsikhanouskaya", ctx="between 70 and",
  note="range lower ('between 70 and 90 percent'; first endpoint's span is its number, §4); the campaign's estimate at some polling places (not national); 'between' is not in the qualifier list; no stage")
F("90 percent", "90", "percent", "vote_share", subject="tsikhanouskaya", ctx="70 and 90 percent", note="range upper; campaign estimate at some polling places")
S("indirect", "incumbent President Alexander Lukashenko is leading with 80.23 percent of votes, while Tikhanovskaya has received 9.",
  "preliminary results by the Belarusian Central Election Commission", "belarus_cec", "According to", "according to", BG,
  "[document-source] §10.15 (the 'by' phrase naming the issuer kept, as 'the preliminary data of the CEC'); the stored page breaks '9.9 percent' over a paragraph break ('9.' / '9 percent.'): the span stops at the line end and keeps the decimal point (spans do not cross line breaks)")
TITLE("incumbent President", OUT, note="'According to preliminary results' is an evidential hedge (voice unchanged, markers.md §3.1 point 4)")
F("80.23 percent", "80.23", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="'leading with' (no win marker)")
F("9 percent", "9.9", "percent", "vote_share", subject="tsikhanouskaya", stage="preliminary", ctx="9 percent.\n",
  note="the stored page splits '9.9 percent' over a paragraph break ('… received 9.' / '9 percent.'); the span is the part with the unit (a span does not cross a line break); value as meant (9.9, the CEC's preliminary figure); judgement call")
S("direct", "Yesterday, we received the information from those polling stations where the votes were really counted and nothing was falsified. Svetlana has won. She has gained from 70 percent up to 90 percent of votes at some of them. How do you think we can normally perceive what CEC is saying today, given this information?",
  "spokeswoman Olga Kovalkova", "kovalkova", "said", "say", OPP, f"[inverted] Olga Kovalkova (Tsikhanouskaya's campaign), {NIA}")
LEG("won", Q, "", target="tsikhanouskaya", ctx="Svetlana has won", note="the campaign spokeswoman's claim of the challenger's win (polarity relative to the target, §3.3); speaker not in actors.csv")
F("70 percent", "70", "percent", "vote_share", subject="tsikhanouskaya", ctx="from 70 percent", note="range lower ('from 70 percent up to 90 percent of votes at some of them'); in the quotation; campaign's claim at some polling stations")
F("90 percent", "90", "percent", "vote_share", qual="up to", subject="tsikhanouskaya", ctx="up to 90 percent", note="range upper; in the quotation")
S("indirect", "it was impossible for a candidate in Belarus to gain 90 percent at one polling station and some 3 percent at another one",
  "She", "kovalkova", "stressed", "stress", OPP, f"She = Kovalkova; {NIA}")
F("90 percent", "90", "percent", "vote_share", ctx="gain 90 percent", note="hypothetical share of 'a candidate' at one polling station (no subject); 'one polling station' is no count (a/an test, §3)")
F("3 percent", "3", "percent", "vote_share", qual="some", note="hypothetical share at another polling station (no subject)", ctx="some 3 percent")

# ---------------------------------------------------------------- r11 Sputnik via UrduPoint, 2020-08-11 (Dmitriev, Cherechen complaints)
art("r11_sputnik_2020")
DATE("11th August, 2020", "2020-08-11", "dateline (credit line)")
S("indirect", "they did not recognize the results of the election and would file complaints",
  "Belarusian politicians Andrey Dmitriev and Sergey Cherechen", "", "told Sputnik", "tell", CAND,
  "coordinated speakers, both belarus_candidate (dmitriyev, cherechen); no collective actor: group only (§1.3); the relative clause 'who were running for presidency' and 'on Tuesday' excluded")
NONREC("did not recognize", Q, "", "the two candidates' refusal in their reported clause (two speakers: no single speaker id)")
DATE("Tuesday", "2020-08-11", "same-day news")
S("indirect", "The Sunday's election ended with incumbent President Alexander Lukashenko winning over 80 percent of the vote and opposition leader Svetlana Tikhanovskaya coming second with around 10 percent",
  "preliminary results", "belarus_cec", "according to", "according to", BG, "[inverted] [document-source] §10.15")
DATE("Sunday", "2020-08-09", "'The Sunday's election' (polling day; P = Tuesday 11 Aug 2020)")
TITLE("incumbent President", OUT)
LEG("winning", OUT, note="'winning over 80 percent of the vote': a win of a vote share stated as fact (§4.1); the evidential hedge does not block it")
F("80 percent", "80", "percent", "vote_share", qual="over", subject="lukashenko", stage="preliminary")
F("second", "2", "ordinal", "ordinal", subject="tsikhanouskaya", note="'coming second'", ctx="coming second")
F("10 percent", "10", "percent", "vote_share", qual="around", subject="tsikhanouskaya", stage="preliminary")
F("1.21 percent", "1.21", "percent", "vote_share", subject="dmitriyev", stage="preliminary", note="'Dmitriev secured …' (the sentence continues the preliminary results; no cue of its own: no statement row); 'secured' + percent is a vote share")
F("1.15 percent", "1.15", "percent", "vote_share", subject="cherechen", stage="preliminary")
S("indirect", "she has in fact won the majority of the vote", "Tikhanovskaya", "tsikhanouskaya", "claims", "claim", OPP,
  "relative pronoun 'who' replaced by its antecedent (§6); a distanced win ('claims she has … won') gives no win marker; 'has already filed a complaint' is an act")
S("direct", "We are now drafting a complaint for the Central Election Commission that says we do not recognize the election. We are drafting the text and gathering facts. We will file the complaint tomorrow,",
  "Dmitriev", "dmitriyev", "told Sputnik", "tell", CAND, "[inverted]")
NONREC("do not recognize", Q, "dmitriyev", "inside his quotation (the complaint's content)")
S("indirect", "he was preparing a similar complaint", "Cherechen", "cherechen", "told Sputnik", "tell", CAND, "")
S("direct", "My campaign office has already filed complaints to the Central Election Commission and the Office of the Prosecutor General over falsifications ... We are drafting such a complaint, based on the data we have gathered, and we plan to lodge it, lawyers are now working on it,",
  "Cherechen", "cherechen", "said", "say", CAND, "[inverted] the ellipsis '...' is on the page (not tagged: not a bracket insertion); 'when asked about plans …' after the cue excluded")
DEL("falsifications", Q, "cherechen", "complaints 'over falsifications' assert them")
NONREC("non-recognition", OUT, note="'a complaint on non-recognition of the election results' (the outlet's NP for the demanded non-recognition)")

# ---------------------------------------------------------------- r12 Sputnik via UrduPoint, 2020-08-10 (turnout 84.05%)
art("r12_sputnik_2020")
DATE("10th August, 2020", "2020-08-10", "dateline (credit line)")
S("indirect", "The turnout in Belarus' presidential election stood at 84.05 percent as of 8:00 p.m. local time (17:00 GMT)",
  "the Central Election Commission", "belarus_cec", "according to", "according to", BG, "[inverted]")
F("84.05 percent", "84.05", "percent", "turnout", stage="preliminary", note="the CEC's polling-night figure at the close of polls (8 p.m.: not intermediate, figures.md §15)")
CLOCK("8:00 p.m.", "20", "close of polls (local time)")
CLOCK("17:00", "17", "GMT")
TITLE("Incumbent", OUT, note="'Incumbent Alexander Lukashenko'; 'is expected to win' is a forecast (no win marker)")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="'a sixth term'")
S("indirect", "him lead the polls with a comfortable majority", "early results of Sunday's election", "belarus_cec", "showed", "show", BG,
  "[document-source] results as subject of 'show' (§1); small clause from 'him' (§3); 'comfortable majority' is a lead, not a win (no marker)")
DATE("Sunday", "2020-08-09", "polling day (P = Monday 10 Aug 2020)")

# ---------------------------------------------------------------- r13 TASS, 2020-08-12 (complaints of Dmitriyev and Cherechen)
art("r13_tass_2020")
DATE("August 12", "2020-08-12", "dateline 'MINSK, August 12. /TASS/.'")
S("indirect", "Presidential candidates in the recent Belarusian election Andrei Dmitriyev and Sergei Cherechen have lodged complaints with the Central Election Commission to challenge the results",
  "Dmitriyev himself and Cherechen’s spokesperson Viktoria Strelkovskaya", "", "told TASS", "tell", CAND,
  "[inverted] coordinated speakers (a candidate and the other candidate's spokesperson, both of the candidates' group): group only (§1.3); 'Wednesday' after the cue excluded")
DEL("challenge the results", Q, "", "a challenge to the result (§4.1 second round 'seeks to challenge the outcome'); in the reported clause of two speakers (no single speaker id)")
DATE("Wednesday", "2020-08-12", "same-day news")
S("direct", "Today, I filed a complaint, it is planned to be considered next Tuesday [August 19 - TASS],",
  "Dmitriyev", "dmitriyev", "noted", "note", CAND, "[inverted] [editorial-brackets] the agency's insertion '[August 19 - TASS]'")
DATE("next Tuesday", "2020-08-18", "rule 3: first Tuesday after P (Wed 12 Aug 2020); the agency's bracket gives 19 August (a Wednesday): the text disagrees with itself; not corrected")
DATE("August 19", "2020-08-19", "the agency's bracket inside the quotation (future context)")
S("indirect", "Cherechen had also lodged a similar complaint with the commission \"to not recognize the election results.\"",
  "Strelkovskaya", "strelkovskaya", "underlined", "underline", CAND,
  f"Viktoria Strelkovskaya, Cherechen's spokesperson, {NIA}; group of her candidate (possessor's body, §1.3); span ends with the closing mark; 'Meanwhile,' excluded", key="sk")
S("partial", "to not recognize the election results.", "Strelkovskaya", "strelkovskaya", "underlined", "underline", CAND, f"{NIA}", parent="sk")
NONREC("not recognize", Q, "", "the complaint's demand quoted by the spokesperson (speaker not in actors.csv); demanded non-recognition (cf. set D h06)")
S("indirect", "she was drafting a complaint of her own", "another candidate Anna Kanopatskaya", "kanopatskaya", "said", "say", CAND, "'Earlier,' excluded; 'another' is no figure")

# ---------------------------------------------------------------- r14 Infosurhoy (agency copy), 2020-08-10
art("r14_infosurhoy_2020")
S("indirect", "Incumbent President Alexander Lukashenko has won the 2020 election in Belarus with 80,23% of votes",
  "the country’s election commission", "belarus_cec", "announced", "announce", BG, "[inverted] 'on Monday' after the cue excluded; 'MOSCOW' dateline (body text, no figure)")
TITLE("Incumbent President", OUT, note="a label on the name stays the outlet's inside reported speech (markers.md §3.1 point 4)")
LEG("won", Q, "belarus_cec", "the commission's announced result (inverted attribution: quoted)", ctx="has won the 2020")
DATE("2020", "2020", "'the 2020 election'")
F("80,23%", "80.23", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="decimal comma as on the page")
DATE("Monday", "2020-08-10", "same-day news (P = Monday 10 Aug 2020)")
S("indirect", "The voter turnout was 84,23%, the results of the election are considered “valid”",
  "Lidia Ermoshina", "yermoshina", "told reporters", "tell", BG,
  "[inverted] Ermoshina = Yermoshina (actors.csv variant); apposition 'head of the Central Election Commission' and 'in the capital Minsk' excluded (§6); span ends with the closing mark", key="le")
F("84,23%", "84.23", "percent", "turnout", stage="preliminary", note="decimal comma as on the page")
S("partial", "valid", "Lidia Ermoshina", "yermoshina", "told reporters", "tell", BG, "", parent="le")
LEG("valid", Q, "yermoshina", "'the results … are considered “valid”' (§4.1 'declared … valid'); a partial quote of the CEC chair (no scare quote)")
S("indirect", "the results", "the opposition candidates", "belarus_opposition", "protested", "protest", OPP,
  "[np-content] 'protest' + NP (cue of §1.2); 'the opposition candidates' = the opposition (collective actor); 'However,' excluded", ctx="protested the results")
DEL("protested the results", OUT, note="a challenge to the result (like 'questioned the results', §4.1 second round): the reporting predicate, outlet voice")
F("thousands", "1000", "people", "count", note="supporters in the streets; vague plural numeral (lower bound)")
S("indirect", "a fair election", "thousands of people", "belarus_protesters", "demanding", "demand", CIT,
  "[np-content] the participle's subject is read as the people in the streets (protesters: belarus_protesters); 'a fair election' is demanded (no marker)")
S("indirect", "Lukashenko’s rule, his prolonged stay in power — he has been serving as the country’s president since 1994, lifting two-term limit on president’s tenure in 2004 — weak economy and poor handling of the coronavirus situation",
  "The protesters", "belarus_protesters", "raise their voices against", "raise voice against", CIT,
  "[np-content] 'raise their voices against NP' = protest NP (judgement call); the dashed parenthesis inside the NP stays in the span (§3)")
TITLE("president", OUT, note="'he has been serving as the country’s president' (the outlet's parenthesis); 'president’s tenure' is the office in general (not coded)", ctx="country’s president since")
DATE("1994", "1994", "'since 1994'")
F("two-term", "2", "items", "count", note="terms ('two-term limit')")
DATE("2004", "2004", "'in 2004'")
F("Dozens", "12", "people", "count", note="arrested; vague plural numeral (lower bound)")
DATE("Sunday", "2020-08-09", "'Sunday night' (polling day; P = Monday 10 Aug 2020)")

# ---------------------------------------------------------------- r15 bne IntelliNews, 2020-08-10
art("r15_intellinews_2020")
TITLE("President", OUT, ctx="Belarus President Alexander")
S("indirect", "Belarus President Alexander Lukashenko won a landslide victory in the highly controversial August 8 presidential elections",
  "exit polls", "", "according to", "according to", BG,
  "[inverted] [document-source] the exit polls (issuer not named here; the 'official state exit poll' of the fourth paragraph: group belarus_government, judgement call); the relative clause after 'exit polls' excluded")
LEG("landslide victory", OUT, note="'won a landslide victory': one row for the win, the fixed term (§3.4 'landslide victory'), not a second for 'won'; 'according to exit polls' is an evidential hedge (markers.md §3.1 point 4): outlet voice; 'highly controversial' reports controversy (like 'disputed': not coded, no block)")
DATE("August 8", "2020-08-08", "the text's own date (the polling day was 9 August; not corrected; rule 6 does not apply)")
CLOCK("2am", "2", "'continued until 2am'")
F("Thousands", "1000", "people", "count", note="protesters; vague plural numeral (lower bound)")
F("30", "30", "items", "count", qual="some", note="cities")
DEL("rigged", Q, "belarus_protesters", "'what they believed was a rigged vote': a belief with a named believer ('they' = the thousands protesting) puts the judgement in quoted voice (markers.md §3.1); speaker the protesters (as r14 'thousands of people'); judgement call")
F("thousand", "1000", "people", "count", note="'a crowd of several thousand' (vague; 'several' is no qualifier of the list)")
CLOCK("8pm", "20", "close of polls")
S("indirect", "a huge victory for Lukashenko", "the official result", "belarus_cec", "shows", "show", BG, "[np-content] [document-source] results as the subject of 'show' (§1)")
LEG("victory", OUT, ctx="huge victory for Lukashenko", note="NP object of results' 'show' (hedge): outlet voice; 'huge' (intensifier) left out")
F("20", "20", "items", "count", qual="around", note="polling stations", ctx="around 20 polling")
S("indirect", "the true results", "around 20 polling stations", "", "reported", "report", BG,
  "[np-content] the stations' commissions (state election bodies: group belarus_government, no actor; judgement call)")
S("indirect", "a landslide win for opposition candidate Svetlana Tikhanovskaya", "around 20 polling stations", "", "showing", "show", BG,
  "[np-content] participle read with the clause's subject (§6 shared subject); judgement call (it may modify 'the true results')")
LEG("landslide win", OUT, target="tsikhanouskaya", note="NP object of the participle: outlet voice; a win for the challenger (polarity relative to the target)")
S("indirect", "Lukashenko had won 79.7% of the vote, with “against all” coming second with 9.2% and former housewife and now leading opposition candidate Svetlana Tikhanovskaya a distant third with 6.8%",
  "an official state exit poll", "", "reported", "report", BG,
  "[document-source] the state exit poll (issuer not named: group from 'official state'); “against all” names the ballot line (no partial, no scare quote, set D)")
LEG("won", OUT, ctx="Lukashenko had won 79.7%", note="an exit poll as the subject of 'report' is an evidential source like results' 'show' (markers.md §3.1 point 4): outlet voice")
F("79.7%", "79.7", "percent", "vote_share", subject="lukashenko", stage="exit_poll")
F("second", "2", "ordinal", "ordinal", note="'“against all” coming second' (the ballot option: no actor)", ctx="coming second with 9.2%")
F("9.2%", "9.2", "percent", "against_all", stage="exit_poll")
F("third", "3", "ordinal", "ordinal", subject="tsikhanouskaya", note="'a distant third'")
F("6.8%", "6.8", "percent", "vote_share", subject="tsikhanouskaya", stage="exit_poll", ctx="third with 6.8%")
S("direct", "Tikhanovskaya gets 6.8%. Less than the number of voters who registered on her campaign’s vote-protection site; almost certainly less than the number who signed her & allies’ nomination papers. A provocatively absurd result,",
  "Felix Light", "felix_light", "tweeted", "tweet", MED, f"[inverted] apposition 'a journalist covering eastern Europe' excluded (§6); {NIA}; group media (journalist)")
F("6.8%", "6.8", "percent", "vote_share", subject="tsikhanouskaya", stage="exit_poll", ctx="gets 6.8%", note="in the quoted tweet: the exit poll's figure")
DEL("absurd", Q, "", "'A provocatively absurd result': the journalist's verdict that the (exit-poll) result is implausible (cf. 'dubious results', §4.1); speaker not in actors.csv; judgement call")
PEJ("regime", OUT, target="belarus_government", ctx="Lukashenko regime")
S("indirect", "the actual results of votes cast in their polling stations", "the heads of some polling stations", "", "released", "release", BG,
  "[np-content] 'release' results = make them public (like 'announce'); judgement call; the heads of polling-station commissions: group belarus_government, no actor")
