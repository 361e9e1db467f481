# -*- coding: utf-8 -*-
# Held-out gold set H coding sheet. S = statement, F = figure, M = polar marker / scare quote / official title.
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
IO, EO, OPP, CAND, MED = "international_organisation", "election_observers", "belarus_opposition", "belarus_candidate", "media"
PRE = "preliminary"

# ---------------------------------------------------------------- q01 Sputnik via UrduPoint 2020-08-10 (CEC chair: closed polling stations)
art("q01_sputnik_2020")
DATE("10th August, 2020", "2020-08-10", "dateline (credit line kept as body text, as in sets A-E)")
S("indirect", "Belarus incumbent president, Alexander Lukashenko has received 81.35 percent of votes, while his opposition challenger, Svetlana Tikhanovskaya has received 8 percent of votes",
  "Lidia Ermoshina", "yermoshina", "said", "say", BG,
  "[inverted] apposition 'the chairwoman of the Belarusian Central Election Commission' excluded (§6); 'on Sunday after getting data …' after the cue excluded")
TITLE("incumbent president", OUT, "", "'Belarus incumbent president, Alexander Lukashenko' inside the reported clause, outside quotation marks: a title on a name stays outlet voice (§3.1.4, set E)")
F("81.35 percent", "81.35", "percent", "vote_share", subject="lukashenko", stage=PRE, note="intermediate: partial count from the closed polling stations only (35,500 voters), polling night; not the national result", ctx="has received 81.35 percent")
F("8 percent", "8", "percent", "vote_share", subject="tsikhanouskaya", stage=PRE, note="intermediate: closed polling stations only", ctx="has received 8 percent")
DATE("Sunday", "2020-08-09", "'said on Sunday' (polling day; P = 10 Aug 2020)")
S("direct", "Data from all closed polling stations applies only to 35,500 people, but still it is very indicative ... President Lukashenko gained the biggest number of votes - 81.35 percent. Tikhanovskaya is in second place with 8 percent of votes,",
  "Ermoshina", "yermoshina", "said", "say", BG, "[inverted] 'as aired by Belarus 1 broadcaster': a relaying medium, not the speaker (§10.13); '...' is the page's ellipsis")
F("35,500", "35500", "people", "count", qual="only", note="voters of the closed polling stations (in the quotation); 'only' frames the count as small (minimising)")
TITLE("President", Q, "yermoshina", "'President Lukashenko' inside Ermoshina's quotation", ctx="President Lukashenko gained")
F("81.35 percent", "81.35", "percent", "vote_share", subject="lukashenko", stage=PRE, note="in the quotation; intermediate: closed polling stations only", ctx="votes - 81.35 percent")
F("second", "2", "ordinal", "ordinal", subject="tsikhanouskaya", note="'in second place' (closed polling stations)")
F("8 percent", "8", "percent", "vote_share", subject="tsikhanouskaya", stage=PRE, note="in the quotation; intermediate: closed polling stations only", ctx="with 8 percent")

# ---------------------------------------------------------------- q02 BelTA via Senno district executive committee 2020-08-10 (preliminary results)
art("q02_belta_2020")
S("indirect", "preliminary results of Belarus' presidential election", "The Central Election Commission of Belarus", "belarus_cec", "announced", "announce", BG,
  "[np-content] 'announced NP' (the results) as set E k05 'declared election results'; 'BelTA has learned' in the next sentence is the author's (BelTA's) own formula, not a statement (decision)")
TITLE("incumbent president", OUT, "", "'The incumbent president Aleksandr Lukashenko'")
F("80.23%", "80.23", "percent", "vote_share", subject="lukashenko", stage=PRE, note="'got 80.23% of the votes' (CEC preliminary results)")
S("indirect", "Svetlana Tikhanovskaya was the candidate of choice for 9.9% of voters", "the preliminary information", "belarus_cec", "According to", "according to", BG,
  "[document-source] the CEC's preliminary information (actors.csv alias 'preliminary results'); scope = the clause it attaches to; the next sentence has no attribution of its own (not coded)")
F("9.9%", "9.9", "percent", "vote_share", subject="tsikhanouskaya", stage=PRE, note="'the candidate of choice for 9.9% of voters'")
F("1.68%", "1.68", "percent", "vote_share", subject="kanopatskaya", stage=PRE)
F("1.04%", "1.04", "percent", "vote_share", subject="dmitriyev", stage=PRE)
F("1.13%", "1.13", "percent", "vote_share", subject="cherechen", stage=PRE)
F("6.02%", "6.02", "percent", "against_all", stage=PRE, note="‘none of the above' (list member after its label takes the label's kind); the quoted option label is a name, not a scare quote")

# ---------------------------------------------------------------- q03 Oreanda-News 2020-08-10 (preliminary results, CEC chair)
art("q03_oreanda_2020")
S("indirect", "The incumbent President of Belarus Alexander Lukashenko received 80.23 % of votes in the election", "the head of the Central Election Commission, Lidia Yermoshina", "yermoshina", "published", "publish", BG,
  "[inverted] 'These preliminary data were published on August 10 by X': a passive cue with an agent and a demonstrative subject reports the sentence before it (statements.md §1.4, 'This was stated by X'); span = that sentence without its period; title + name in apposition kept whole (§6); judgement call ('publish' read as a making-known cue)")
TITLE("incumbent President", OUT, "", "title on the name inside the reported sentence: outlet voice (§3.1.4)")
F("80.23 %", "80.23", "percent", "vote_share", subject="lukashenko", stage=PRE, ctx="Lukashenko received 80.23 % of votes in")
DATE("August 10", "2020-08-10")
S("direct", "Alexander Lukashenko received 80.23 % of votes, Sviatlana Tsikhanouskaya – 9.90 %,", "she", "yermoshina", "said", "say", BG, "[inverted] she = Yermoshina")
F("80.23 %", "80.23", "percent", "vote_share", subject="lukashenko", stage=PRE, note="in the quotation", ctx="received 80.23 % of votes, Sviatlana")
F("9.90 %", "9.90", "percent", "vote_share", subject="tsikhanouskaya", stage=PRE, note="in the quotation")
F("1.6 8%", "1.68", "percent", "vote_share", subject="kanopatskaya", stage=PRE, note="page typo '1.6 8%' (space inside the number) read as 1.68 (figures.md §14: digit groups separated by a space are one number); 'won the support of' a share is a vote share, not a win")
F("1.13 %", "1.13", "percent", "vote_share", subject="cherechen", stage=PRE, note="'Siarhey Cherachen' (spelling not among the actor's variants; the person is Cherechen)")
F("1.04 %", "1.04", "percent", "vote_share", subject="dmitriyev", stage=PRE, note="'Andrey Dmitriyeu' (spelling not among the variants; the person is Dmitriyev)")
F("6.02 %", "6.02", "percent", "against_all", stage=PRE)
F("84.23 %", "84.23", "percent", "turnout", stage=PRE)
S("indirect", "The Central Election Commission of Belarus believes that the final voting results in the presidential election will not differ significantly from the preliminary data", "Yermoshina", "yermoshina", "said", "say", BG,
  "[inverted] 'believes' inside it is a belief, not a second statement")
S("direct", "I don’t think that the results will change significantly,", "she", "yermoshina", "noted", "note", BG, "[inverted] she = Yermoshina")
S("indirect", "the Commission plans to announce the official results of the presidential election on August 14", "Yermoshina", "yermoshina", "announced", "announce", BG,
  "'plans to announce' inside it is planned speech (not a second row)")
DATE("August 14", "2020-08-14", "future context ('plans to announce … on August 14')")

# ---------------------------------------------------------------- q04 Ukrainian News Agency 2020-08-10 (CEC preliminary data)
art("q04_ukranews_2020")
S("indirect", "incumbent President of Belarus, Aleksandr Lukashenko, has received 80.23% of votes at the presidential election", "the preliminary data", "belarus_cec", "In compliance with", "in compliance with", BG,
  "[document-source] 'In compliance with the preliminary data provided by the CEC' read as 'according to' (judgement call: the page's wording); 'provided by …' left out of the speaker (§6). The next sentence 'This follows from a statement posted on the official website of the Belarusian CEC, Ukrainian News Agency reports.' names the same speech act's document and the outlet itself: no second row (decision)")
TITLE("incumbent President", OUT, "", "title on the name inside the attributed clause: outlet voice (§3.1.4)")
F("80.23%", "80.23", "percent", "vote_share", subject="lukashenko", stage=PRE)
S("indirect", "The voters turnout, according to the CEC, made 84.05%", "the CEC", "belarus_cec", "according to", "according to", BG,
  "parenthetical attribution inside the clause: one row, attribution inside the span (statements.md §1.2)")
F("84.05%", "84.05", "percent", "turnout", stage=PRE, note="CEC preliminary turnout as reported (the CEC's later preliminary figure was 84.23)")
S("indirect", "the legitimacy of authorities emerges out of the public trust", "President Volodymyr Zelenskyy", "zelensky", "expressed his confidence", "express confidence", OG,
  "'As Ukrainian News Agency earlier reported' is the outlet's own (not coded); cue = 'expressed … confidence' with the possessive kept (discontinuous, §8)")
S("indirect", "the citizens of Belarus to have dialogue", "President Volodymyr Zelenskyy", "zelensky", "calling on", "call on", OG, "shared subject ('and is calling on')")
DATE("August 9", "2020-08-09")
F("thousands", "1000", "people", "count", note="protesters; vague plural numeral, value = scale word (lower bound)")
F("100", "100", "people", "count", qual="over", note="detained; 'In compliance with unconfirmed information' has no identifiable source: not a statement (like 'By all accounts', decision)")
DATE("1994", "1994", "'has led the country since 1994'")

# ---------------------------------------------------------------- q05 ERR News 2020-08-18 (Estonia does not recognise the results)
art("q05_err_2020")
RE = "reinsalu"
S("indirect", "Estonia does not recognize the results of Belarusian elections on August 9 as they were rigged in favor of Alexander Lukashenko, who secured his sixth term as President of Belarus",
  "Minister of Foreign Affairs Urmas Reinsalu", RE, "said", "say", WG,
  "'(Isamaa)' (party) excluded from the speaker; the relative clause on Lukashenko is inside the content (as set E k05)")
NONREC("does not recognize", Q, RE, "content clause of Reinsalu's 'has said that'", ctx="Estonia does not recognize the results")
DATE("August 9", "2020-08-09", "", ctx="elections on August 9")
DEL("rigged", Q, RE, "content clause ('as they were rigged in favor of …')")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term; 'secured his sixth term' gives no win marker: the sentence calls the vote rigged (markers.md §4.1 context)")
TITLE("President", Q, RE, "'as President of Belarus': a title as predicate inside the content clause (not on a name): quoted voice (decision)", ctx="as President of Belarus")
S("direct", "The Government of the Republic of Estonia does not recognize Belarusian election results. The government's position is that due to election fraud, [Alexander] Lukashenko has lost his mandate.",
  "Reinsalu", RE, "announced", "announce", WG, "[editorial-brackets] 'on social media on Tuesday' excluded")
DATE("Tuesday", "2020-08-18", "P = Tuesday 18 Aug 2020 (same-day news)", ctx="social media on Tuesday")
NONREC("does not recognize", Q, RE, "in Reinsalu's quotation (the government's position)", ctx="Estonia does not recognize Belarusian")
DEL("election fraud", Q, RE, "in Reinsalu's quotation", ctx="due to election fraud")
DEL("lost his mandate", Q, RE, "the winner's mandate denied (delegitimising; judgement call: could be read as non-recognition)")
S("indirect", "political dialogue must be created in Belarus in order to achieve honest and free elections", "He", RE, "added", "add", WG,
  "He = Reinsalu; 'honest and free elections' is a demanded election (no marker)")
S("direct", "The government decided to allocate €100,000 to support Belarus's civil society. I will present specific projects soon.", "Reinsalu", RE, "added", "add", WG, "")
F("€100,000", "100000", "EUR", "money", note="support for Belarusian civil society (in the quotation)")
S("indirect", "a UN Security Council sitting will take place on Tuesday evening, where Estonia will raise the issue of Belarus", "The foreign minister", RE, "noted", "note", WG, "description resolved to Reinsalu")
DATE("Tuesday", "2020-08-18", "'on Tuesday evening' (same-day, future context)", ctx="on Tuesday evening")
DATE("August 9", "2020-08-09", "'started late on August 9'", ctx="late on August 9")
S("indirect", "the results of the election showed Lukashenko, who has been in office since 1994, received 80 percent of the total votes with opposition candidate Svetlana Tikhanovskaya winning only 10 percent",
  "the Belarusian Central Election Commission", "belarus_cec", "announced", "announce", BG,
  "'the results … showed' inside it is the same actor's document (not coded again, §1)")
DATE("1994", "1994")
F("80 percent", "80", "percent", "vote_share", subject="lukashenko", stage=PRE, note="the CEC's announcement on the night of 9-10 August (the sentence dates it): preliminary (80.23), judgement call as set E k05")
F("10 percent", "10", "percent", "vote_share", qual="only", subject="tsikhanouskaya", stage=PRE, note="'winning only 10 percent' (a share, not a win)")
S("indirect", "large-scale support for the opposition candidate among Belarusians living in Estonia", "An exit poll", "", "showed", "show", OPP,
  "[np-content] [document-source] the diaspora exit poll; 'conducted in Tallinn and 25 major cities in Europe' left out of the speaker; issuer not named (group belarus_opposition: a poll of Belarusians abroad supporting the opposition candidate; judgement call)")
F("25", "25", "items", "count", note="major cities in Europe (exit poll)")
DEL("vote-rigging", OUT, "", "'further legitimizing suspicions of vote-rigging': the outlet's own sentence")
DATE("Wednesday", "2020-08-19", "future context ('will hold a video meeting'; P = Tue 18 Aug)")
DEL("election fraud", OUT, "", "'Belarusian authorities responsible for election fraud' (outlet voice)", ctx="responsible for election fraud")

# ---------------------------------------------------------------- q06 Government Offices of Sweden, statement by Foreign Minister Ann Linde, 2020-08-14
art("q06_swedengov_2020")
LI = "linde"
DATE("9 August", "2020-08-09")
DEL("neither free nor fair", OUT, "", "the release's own verdict (outlet = the Swedish Government)")
S("indirect", "over 6 000 people have been arrested", "The Belarusian authorities", "belarus_government", "state", "state", BG, "'themselves' excluded")
F("6 000", "6000", "people", "count", qual="over", note="arrested (the Belarusian authorities' figure); digit groups separated by a space (§14)")
S("indirect", "the real figure is considerably higher", "the opposition", "belarus_opposition", "estimates", "estimate", OPP, "'estimate that' = says (judgement call)")
DATE("11 August", "2020-08-11")
S("indirect", "all those who had been deprived of their liberty in connection with the election to be released immediately", "a strong statement", "eu", "calling for", "call for", EU_,
  "[document-source] the participle's subject is the EU's statement ('the EU issued a strong statement calling for …'); 'call for X to Y' takes 'X to Y' (§1.2)")
S("indirect", "the Belarusian leadership begin a genuine dialogue with the opposition ant that a thorough review of its relations with Belarus will be initiated", "The EU", "eu", "demanded", "demand", EU_,
  "two coordinated that-clauses of one cue ('ant' is the page's typo for 'and'): one row")

# ---------------------------------------------------------------- q07 Latvian Prime Minister's statement 2020-08-10
art("q07_latviagov_2020")
KA = "karins"
DEL("not been conducted according the standards", OUT, "", "standards verdict, span from the negation to 'standards' (markers.md §4.1 'Standards'); outlet = the Latvian government (PM's statement)")
DEL("do not correspond to the true choices of the electorate", OUT, "", "the announced results do not reflect the vote = falsified result (judgement call)")
S("indirect", "the Belarusian authorities to refrain from using disproportionate force against the peaceful protesters, and to immediately release the arrested demonstrators", "I", KA, "call on", "call on", WG,
  "the release's own performative (first person present; statements.md §1.1): I = Prime Minister Krišjānis Kariņš (the page is his statement; name not in the excerpt)")
S("indirect", "the OSCE and other competent international organisations to engage in a peaceful settlement of the difficult situation", "I", KA, "call on", "call on", WG, "performative, as above")
S("indirect", "all parties to sit down at the negotiating table to resolve their disagreement", "I", KA, "encourage", "encourage", WG, "performative ('I encourage X to', frame clause+performative)")
S("indirect", "the desire of the Belarusian people to live in an independent and democratic country by exercising their right to freedom of expression and assembly", "I", KA, "support", "support", WG,
  "[np-content] performative support (as seed 003 'The UK supports …'); judgement call")

# ---------------------------------------------------------------- q08 UK statement, OSCE Special Permanent Council, August 2020
art("q08_ukgov_2020")
DATE("9 August", "2020-08-09")
NONREC("does not accept", OUT, "", "'The UK does not accept the result' in the UK's own statement (outlet voice; a diplomatic act, not a statement row)")
S("indirect", "a thorough independent investigation through the OSCE into the fraud and abuses of human rights during this period", "we", "uk_government", "call for", "call for", WG,
  "[np-content] the publisher's own performative ('we continue to call for'; 'continue to' is aspectual)")
DEL("fraud", OUT, "", "'the fraud … during this period' (outlet voice)")
S("indirect", "the excessive use of violence by Belarusian authorities against peaceful protesters, journalists, the public, human rights defenders, political opponents and others since the elections", "media and civil society organisations", "", "reports", "report", MED,
  "[np-content] nominal 'reports by X of Y' (the of-phrase is what was reported; judgement call); coordinated speakers of different groups speak as the first named (media)")
S("indirect", "Over 7000 protestors were detained", "Belarusian government figures", "belarus_government", "according to", "according to", BG, "[document-source]")
F("7000", "7000", "people", "count", qual="over", note="protesters detained (Belarusian government figures)")
S("indirect", "65 remain imprisoned and 58 unaccounted for", "independent media", "", "reported", "report", MED, "")
F("65", "65", "people", "count", note="remain imprisoned (independent media)")
F("58", "58", "people", "count", note="unaccounted for (independent media)")

# ---------------------------------------------------------------- q09 Joint statement, OSCE Permanent Council, 2025 (published by the UK government)
art("q09_ukgov_2025")
DATE("1990", "1990", "'At Copenhagen in 1990' (the CSCE Copenhagen Document)")
S("indirect", "\"the will of the people, freely and fairly expressed through periodic and genuine elections, is the basis of the authority and legitimacy of all government\"", "all OSCE participating States", "osce", "declared", "declare", IO,
  "the participating States' declaration (the CSCE/OSCE Copenhagen Document) -> osce (judgement call); the complement begins with the quote mark (§3)", key="cp")
S("partial", "the will of the people, freely and fairly expressed through periodic and genuine elections, is the basis of the authority and legitimacy of all government", "all OSCE participating States", "osce", "declared", "declare", IO, "", parent="cp")
DATE("26 January", "2025-01-26")
DEL("fell far short of this shared standard", OUT, "", "standards verdict (markers.md §4.1 'Standards'); outlet = the states delivering the statement (the statement published by the UK government)")
DEL("pre-determined", OUT, "", "'this election outcome was pre-determined by the Belarusian government' (cf. set E 'predetermined')")

# ---------------------------------------------------------------- q10 BelTA via belarus.by 2025-01-24 (State Department removes Blinken's statement)
art("q10_belta_2025")
DATE("24 January", "2025-01-24", "dateline")
NONREC("non-recognition", OUT, "", "'the statement by … Blinken about non-recognition of the presidential election' (outlet voice; the statement itself is named by topic only, not a statement row)")
S("direct", "We apologize for the inconvenience.", "The page", "us_government", "reads", "read", WG, "[document-source] the State Department's web page ('read' is a cue with a document subject, statements.md §1.3)")
S("indirect", "the election in Belarus", "The text", "blinken", "denouncing", "denounce", WG, "[np-content] [document-source] the text = Blinken's removed statement")
S("indirect", "he did not recognize the upcoming presidential election in Belarus and considered them “non-credible”", "Antony Blinken", "blinken", "said", "say", WG,
  "relative 'who served as …' excluded (§6); 'last week' excluded", key="bl")
S("partial", "non-credible", "Antony Blinken", "blinken", "said", "say", WG, "", parent="bl")
NONREC("did not recognize", Q, "blinken", "content clause of 'said'")
DEL("non-credible", Q, "blinken", "cf. 'cannot be credible' (§4.1); a partial quote tied to the speaker, not a scare quote")

# ---------------------------------------------------------------- q11 news.by 2025-01-21 (early voting, first day)
art("q11_newsby_2025")
LEG("make their choice", OUT, "", "state-media vocabulary 'the people have made their choice' (§4.1); outlet voice (judgement call: said during early voting)")
S("indirect", "data on the first day: 7,81 % of the total number of voters came to the polling stations", "The Central Election Commission", "belarus_cec", "published", "publish", BG,
  "'published data on X: CLAUSE' - the NP and its colon elaboration (judgement call); the next sentence ('The highest turnout was recorded …') is agentless narration (not coded)")
F("first", "1", "ordinal", "ordinal", note="'the first day' of early voting", ctx="data on the first day")
F("7,81 %", "7.81", "percent", "turnout", stage=PRE, note="early voting, day one (21 Jan 2025); comma as decimal separator")
F("8,95 %", "8.95", "percent", "turnout", stage=PRE, note="regional (Brest region); early voting, day one")
F("8,5 %", "8.5", "percent", "turnout", qual="more than", stage=PRE, note="regional (Minsk and the Minsk Region); early voting, day one")
F("7 %", "7", "percent", "turnout", qual="over", stage=PRE, note="regional (Vitebsk, Mogilev, Gomel regions); early voting, day one")
F("first", "1", "ordinal", "ordinal", note="'on the first day'", ctx="stations on the first day")
F("6 %", "6", "percent", "turnout", stage=PRE, note="regional (Grodno Region); early voting, day one")
DATE("Saturday, January 25", "2025-01-25", "future context ('until Saturday, January 25'); weekday and date one expression")
F("12:00", "12", "hours", "other", note="clock time; range lower ('from 12:00 to 19:00')")
F("19:00", "19", "hours", "other", note="clock time; range upper")
DATE("January 26", "2025-01-26", "the main voting day (future context)")

# ---------------------------------------------------------------- q12 TASS via News.Az 2025-03-25 (inauguration)
art("q12_tass_2025")
LEG("elected", OUT, "", "'Alexander Lukashenko, elected president of Belarus for a seventh term in the January 26 elections' (win stated as fact)")
TITLE("president", OUT, "", "'elected president of Belarus'", ctx="elected president of Belarus")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="term")
DATE("January 26", "2025-01-26")
S("indirect", "to faithfully serve the people, respect and protect the rights and freedoms of people, observe and protect the nation's constitution", "He", "lukashenko", "swore", "swear", BG,
  "the oath as reported speech (to-infinitive content; judgement call: 'swear' not in the guide's list). 'News.Az reports citing TASS' is the publisher's credit of the republished author (not coded, decision)")
TITLE("head of state", OUT, "", "'the head of state signed the document'")

# ---------------------------------------------------------------- q13 Hindustan Dot 2025-01-27 (seventh term)
art("q13_hindustandot_2025")
S("indirect", "the vote count put Mr. Lukashenko, the country’s long-serving leader, at 86.8 percent", "Belarusian election officials", "belarus_cec", "said", "say", BG,
  "ends before ', while …' (the reporter's contrast clause with its own cue)")
F("86.8 percent", "86.8", "percent", "vote_share", subject="lukashenko", stage=PRE, note="'the vote count put X at 86.8 percent'", ctx="at 86.8 percent")
S("indirect", "the election neither free nor fair", "opposition and human rights activists", "", "called", "call", OPP,
  "coordinated speakers of different groups (opposition, ngo) speak as the first named: group belarus_opposition, no single actor")
DEL("neither free nor fair", Q, "", "small clause of 'called'; speakers 'opposition and human rights activists' (no single actor)")
S("indirect", "incumbent Belarusian President Alexander Lukashenko has won the disputed presidential election, winning his seventh term", "the country’s electoral body", "belarus_cec", "According to", "according to", BG, "")
TITLE("President", OUT, "", "'incumbent Belarusian President Alexander Lukashenko' inside the according-to clause: title on a name stays outlet voice; one row for the title ('incumbent' separated by the nationality adjective, judgement call)", ctx="Belarusian President Alexander")
LEG("won", Q, "belarus_cec", "'has won the disputed presidential election' according to the CEC (quoted voice, §3.1.4); 'disputed' reports a dispute and does not block it", ctx="has won the disputed")
LEG("winning", Q, "belarus_cec", "'winning his seventh term'")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="term")
S("indirect", "Lukashenko got 86.8 percent of the vote in this election", "preliminary results", "belarus_cec", "According to", "according to", BG,
  "[document-source] 'released Monday by the Central Election Commission via its official Telegram account' left out of the speaker")
DATE("Monday", "2025-01-27", "P = Monday 27 Jan 2025")
F("86.8 percent", "86.8", "percent", "vote_share", subject="lukashenko", stage=PRE, ctx="got 86.8 percent")
F("four", "4", "people", "count", note="opponents on the ballot")
DEL("fiercely loyal", OUT, "", "the opponents 'were either fiercely loyal or extolled …': a contest that is no contest (cf. 'token' / 'hand-picked' candidates, §4.1 third round; judgement call)")
S("indirect", "the virtues of his nearly 30 years in office", "His four opponents", "", "extolled", "extol", CAND,
  "[np-content] 'extol' = praise (like 'laud'); speaker 'His four opponents on the ballot' with the PP left out; judgement call")
F("30 years", "30", "years", "duration", qual="nearly", subject="lukashenko", note="tenure")
S("direct", "You can congratulate the Republic of Belarus; we have elected a president,", "Igor Karpenko", "karpenka", "told a news conference", "tell", BG,
  "[inverted] [quote-mark-oddity] the page has no opening mark before 'You' (the span starts at the paragraph's first character); apposition 'the head of the commission' excluded")
REC("congratulate", Q, "karpenka", "an invitation to congratulate is coded (§4.2)")
LEG("elected", Q, "karpenka", "'we have elected a president'", ctx="we have elected a president")
TITLE("president", Q, "karpenka", "'we have elected a president' (the guide's example)", ctx="elected a president,")
S("indirect", "Sunday’s vote turnout was 85.7 percent, with around 6.9 million people eligible to vote", "Election officials", "belarus_cec", "reported", "report", BG, "")
DATE("Sunday", "2025-01-26")
F("85.7 percent", "85.7", "percent", "turnout", stage=PRE, note="polling-night CEC turnout (preliminary)")
F("6.9 million", "6900000", "people", "electorate", qual="around", stage=PRE, note="eligible voters")
TITLE("president", OUT, "", "'The Belarusian president has won all presidential elections since 1994'", ctx="Belarusian president has won")
DATE("1994", "1994")
S("indirect", "as a “sham.”", "his opponents, Western governments, and rights groups", "", "rejected", "reject", OPP,
  "relative clause: object before the cue, span = what follows the cue (§3, 'as political prisoners'); coordinated speakers of three groups: the first named (his opponents -> belarus_opposition), no single actor", key="sh")
S("partial", "sham.", "his opponents, Western governments, and rights groups", "", "rejected", "reject", OPP, "", parent="sh")
DEL("sham", Q, "", "rejected as a 'sham' by opponents, Western governments and rights groups (no single speaker actor); the career win 'has won all presidential elections since 1994' is not coded (earlier elections, and its sentence holds 'sham')")
S("direct", "Your convincing victory in the election testifies to your high political authority and the undoubted support of the population for the state policy Belarus is pursuing,", "Putin", "putin", "said", "say", RG,
  "[inverted] 'according to a statement by the Kremlin': the document relaying Putin's message, not a second speaker (§10.13)")
LEG("convincing victory", Q, "putin")
LEG("high political authority", Q, "putin")
LEG("undoubted support", Q, "putin", "cf. 'undisputed [public] support' (§4.1)")
S("direct", "You are always a welcome and dear guest on Russian soil. As agreed, I look forward to seeing you soon in Moscow.", "Putin", "putin", "", "", RG, "[continuation] next paragraph of the quotation, no attribution of its own")

# ---------------------------------------------------------------- q14 European Pravda 2025-01-26 (exit poll)
art("q14_europeanpravda_2025")
S("indirect", "exit poll data", "The Belarusian state news agency BelTA", "belta", "reported", "report", MED,
  "[np-content] a medium that is the only named source of the data is the speaker (set E k14 'the BBC reported'); 'on the evening of 26 January' and the relative clause are not part of the NP content (the clause is the data's own statement, next row)")
DATE("26 January", "2025-01-26", "", ctx="evening of 26 January")
S("indirect", "Alexander Lukashenko the winner of sham presidential \"elections\" with over 87% of the vote", "exit poll data", "", "declared", "declare", BG,
  "[document-source] relative 'that' replaced by its antecedent (§6); the state exit poll (no actor; group belarus_government, the official exit poll announced by BelTA); 'predictably' is the outlet's adverb before the cue", key="ep")
S("partial", "elections", "exit poll data", "", "declared", "declare", BG,
  "quoted fragment inside the attributed small clause: coded as the speaker's partial by rule (statements.md §10.9, set E k09); it is plainly the outlet's scare quote", ctx="presidential \"elections\" with", parent="ep")
DEL("sham", OUT, "", "attributive modifier inside the NP of the declared small clause, outside quotation marks: outlet voice (§3.1.4); the 'winner' in the same clause is not coded (its clause holds 'sham')", ctx="winner of sham")
F("87%", "87", "percent", "vote_share", qual="over", subject="lukashenko", stage="exit_poll", note="state exit poll")
S("indirect", "Lukashenko supposedly received 87.6% of the vote", "the report", "belta", "According to", "according to", MED, "[document-source] the report = BelTA's report; 'Details:' is a template label")
F("87.6%", "87.6", "percent", "vote_share", subject="lukashenko", stage="exit_poll")
F("four", "4", "people", "count", note="other candidates")
S("indirect", "Their shares of the vote, according to Belarusian exit polls, were 2.7%, 1.8%, 1.6% and 1.2%", "Belarusian exit polls", "", "according to", "according to", BG,
  "[document-source] parenthetical attribution inside the clause (one row); no actor (group belarus_government: the state exit poll)")
F("2.7%", "2.7", "percent", "vote_share", stage="exit_poll", note="one of the four other candidates (not named): no subject")
F("1.8%", "1.8", "percent", "vote_share", stage="exit_poll", note="other candidate, not named")
F("1.6%", "1.6", "percent", "vote_share", stage="exit_poll", note="other candidate, not named")
F("1.2%", "1.2", "percent", "vote_share", stage="exit_poll", note="other candidate, not named")
S("indirect", "the Belarusian presidential \"elections\" on 26 January a sham", "a joint statement", "eu", "declaring", "declare", EU_,
  "[document-source] the joint statement of Kallas and Kos (both EU; collective actor eu); the participle's subject is the statement", key="js")
S("partial", "elections", "a joint statement", "eu", "declaring", "declare", EU_, "quoted fragment inside the attributed small clause (by rule; probably the outlet's scare quote)", ctx="presidential \"elections\" on 26", parent="js")
DATE("26 January", "2025-01-26", "", ctx="\"elections\" on 26 January")
DEL("sham", Q, "eu", "the verdict of 'declaring X a sham' (quoted, the statement's issuer)", ctx="26 January a sham")
S("indirect", "he \"didn’t care\" whether the West recognises the presidential \"elections\"", "Lukashenko", "lukashenko", "said", "say", BG, "", key="dc")
S("partial", "didn’t care", "Lukashenko", "lukashenko", "said", "say", BG, "", parent="dc")
S("partial", "elections", "Lukashenko", "lukashenko", "said", "say", BG, "by rule (probably the outlet's scare quote)", ctx="recognises the presidential \"elections\"", parent="dc")
S("indirect", "she sees several potential opportunities for regime change in Belarus", "opposition leader Sviatlana Tsikhanouskaya", "tsikhanouskaya", "stated", "state", OPP, "'on election day' excluded")
DATE("Sunday, 26 January", "2025-01-26", "weekday and date one expression")

# ---------------------------------------------------------------- q15 KUNA via MENAFN 2025-01-26 (EU: sham)
art("q15_kuna_2025")
DATE("Jan 26", "2025-01-26", "dateline")
S("indirect", "the presidential held today in Belarus as a \"sham,\"", "The European Union", "eu", "described", "describe", EU_,
  "'(EU)' left out of the speaker; 'the presidential held today' as on the page (missing noun)", key="su")
S("partial", "sham,", "The European Union", "eu", "described", "describe", EU_, "", parent="su")
DEL("sham", Q, "eu", "'described … as a \"sham\"'")
S("direct", "these elections were neither free nor fair.", "The European Union", "eu", "stressing", "stress", EU_, "quotation after the participle cue: a whole clause in marks (direct)")
DEL("neither free nor fair", Q, "eu")
S("indirect", "the \"relentless and unprecedented repression of human rights, along with the restrictions on participation and access to independent in Belarus, have stripped the electoral process of any legitimacy,\"",
  "EU High Representative for Foreign Affairs and Security Policy, Kaja Kallas", "kallas", "said", "say", EU_,
  "title + name in apposition kept whole (§6); 'in a statement' excluded; 'access to independent in Belarus' as on the page (missing noun)", key="k1")
S("partial", "relentless and unprecedented repression of human rights, along with the restrictions on participation and access to independent in Belarus, have stripped the electoral process of any legitimacy,",
  "EU High Representative for Foreign Affairs and Security Policy, Kaja Kallas", "kallas", "said", "say", EU_, "", parent="k1")
DEL("stripped the electoral process of any legitimacy", Q, "kallas")
S("indirect", "the people of Belarus \"deserve a real say in who governs their country.\"", "EU High Representative for Foreign Affairs and Security Policy, Kaja Kallas", "kallas", "emphasizing", "emphasize", EU_, "shared subject", key="k2")
S("partial", "deserve a real say in who governs their country.", "EU High Representative for Foreign Affairs and Security Policy, Kaja Kallas", "kallas", "emphasizing", "emphasize", EU_, "", parent="k2")
S("indirect", "the regime to \"immediately and unconditionally release all political prisoners, over a thousand of whom are arbitrarily detained.\"", "She", "kallas", "urged", "urge", EU_, "She = Kallas", key="k3")
PEJ("regime", OUT, "", "belarus_government", "'the regime' as the object of 'urged' (outside quotation marks): outlet voice", ctx="urged the regime")
S("partial", "immediately and unconditionally release all political prisoners, over a thousand of whom are arbitrarily detained.", "She", "kallas", "urged", "urge", EU_, "", parent="k3")
F("a thousand", "1000", "people", "count", qual="over", note="political prisoners (in Kallas's quotation); 'a' is part of the numeral")
S("indirect", "the EU will continue imposing restrictive measures targeting the regime", "She", "kallas", "confirmed", "confirm", EU_, "")
PEJ("regime", OUT, "", "belarus_government", "inside the reported clause, outside quotation marks: outlet voice (as set E k09)", ctx="targeting the regime")
S("indirect", "the EU \"stands with the people of Belarus in their quest for a free, democratic, sovereign, and independent Belarus, as part of a peaceful and prosperous Europe.\"", "She", "kallas", "stressed", "stress", EU_, "shared subject", key="k4")
S("partial", "stands with the people of Belarus in their quest for a free, democratic, sovereign, and independent Belarus, as part of a peaceful and prosperous Europe.", "She", "kallas", "stressed", "stress", EU_, "", parent="k4")
S("indirect", "the EU will continue providing financial support \"for civil society and Belarusian democratic forces in exile,\"", "She", "kallas", "added", "add", EU_, "", key="k5")
S("partial", "for civil society and Belarusian democratic forces in exile,", "She", "kallas", "added", "add", EU_, "", parent="k5")
S("indirect", "\"once Belarus embarks on a democratic transition, the EU is ready to support the country in stabilizing its economy and reforming its institutions.\"", "She", "kallas", "emphasizing", "emphasize", EU_,
  "shared subject; the complement begins with the quote mark (§3)", key="k6")
S("partial", "once Belarus embarks on a democratic transition, the EU is ready to support the country in stabilizing its economy and reforming its institutions.", "She", "kallas", "emphasizing", "emphasize", EU_, "", parent="k6")
TITLE("President", OUT, "", "'Belarusian President Alexander Lukashenko'; 'will win a new five-year term' is a forecast (no win marker)", ctx="Belarusian President Alexander")
F("three decades", "30", "years", "duration", subject="lukashenko", note="tenure")
F("five-year", "5", "years", "duration", subject="lukashenko", note="term ('a new five-year term', forecast)")
