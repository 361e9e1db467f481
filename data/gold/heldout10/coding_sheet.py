# -*- coding: utf-8 -*-
# Held-out gold set J coding sheet. S = statement, F = figure, M = polar marker / scare quote / official title.
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
IO, EO, OPP, MED, CIT, NGO = "international_organisation", "election_observers", "belarus_opposition", "media", "citizen", "ngo"
BGOV = "belarus_government"

# ---------------------------------------------------------------- r01 BelTA via belarus.by 2020-08-14 (final results)
art("r01_belta_2020")
DATE("14 August", "2020-08-14", "dateline ('MINSK, 14 August (BelTA)', kept as body text)", ctx="MINSK, 14 August")
TITLE("Incumbent President", OUT, note="'Incumbent President Aleksandr Lukashenko' (fixed title term, markers.md §3.4)")
F("80.1%", "80.1", "percent", "vote_share", subject="lukashenko", stage="final", note="CEC final result, 2020")
F("10.12%", "10.12", "percent", "vote_share", subject="tsikhanouskaya", stage="final", note="'the candidate of choice for 10.12% of voters'")
F("1.68%", "1.68", "percent", "vote_share", subject="kanopatskaya", stage="final")
F("1.21%", "1.21", "percent", "vote_share", subject="dmitriyev", stage="final")
F("1.14%", "1.14", "percent", "vote_share", subject="cherechen", stage="final")
F("4.59%", "4.59", "percent", "against_all", stage="final", note="list member after the label ‘none of the above' (no scare-quote row: the label names the ballot option)")
F("5,818,955", "5818955", "people", "turnout", stage="final", note="number of people who cast their ballots (voters who took part)")
F("84.28%", "84.28", "percent", "turnout", stage="final", note="'or 84.28% of eligible voters'")
DATE("14 August", "2020-08-14", "'held a session on 14 August'", ctx="session on 14 August")
S("indirect", "Aleksandr Lukashenko was elected Belarus president", "the message of the Central Election Commission", "belarus_cec", "reads", "read", BG,
  "[inverted] [document-source] the CEC's message; 'BelTA has learned' in the lead is the outlet's own credit (not coded); 'has finalized the … results' is an act, not a statement")
LEG("elected", Q, "belarus_cec", "a declared result (the CEC's message reads it), markers.md §3.1 point 3", ctx="Lukashenko was elected Belarus")
TITLE("president", Q, "belarus_cec", "'elected Belarus president' (the contested office, predicate noun of the CEC's verdict)", ctx="elected Belarus president")

# ---------------------------------------------------------------- r02 Sputnik via Pakistan Point 2020-09-08 (interview with Russian broadcasters)
art("r02_sputnik_2020")
DATE("08th September, 2020", "2020-09-08", "credit line (kept as body text)")
S("indirect", "If Belarus \"falls,\" Russia will be next", "Belarusian President Alexander Lukashenko", "lukashenko", "said", "say", BG,
  "[inverted] content before the attribution, from its first word; 'Tuesday' and 'in an interview …' after the cue excluded", key="r02a")
S("partial", "falls,", "Belarusian President Alexander Lukashenko", "lukashenko", "said", "say", BG,
  "[inverted] quoted word inside the reported clause (straight double marks, comma inside)", parent="r02a")
TITLE("President", OUT, note="'Belarusian President Alexander Lukashenko' (speaker expression; title without the nationality)", ctx="Belarusian President Alexander")
DATE("Tuesday", "2020-09-08", "'said Tuesday' (same-day news, P = Tuesday 8 September 2020)")
S("indirect", "Russia should stay alert ahead of \"certain political events.\"", "Lukashenko", "lukashenko", "said", "say", BG,
  "span ends with the closing mark (statements.md §3)", key="r02b")
S("partial", "certain political events.", "Lukashenko", "lukashenko", "said", "say", BG, "", parent="r02b")
S("direct", "You know what we have come to with the Russian establishment and leadership? If Belarus falls today, Russia will be next,",
  "the president", "lukashenko", "said", "say", BG, "[inverted] several sentences in one pair of marks = one row")
TITLE("president", OUT, note="'the president said' (the contested office, referring to Lukashenko)", ctx="the president said, adding")
S("indirect", "the situation with protests was difficult", "the president", "lukashenko", "adding", "add", BG, "shared subject of 'said'")
S("direct", "If you think that Russia is rich and can handle this, you are wrong,", "the Belarusian president", "lukashenko", "said", "say", BG, "[inverted]")
TITLE("president", OUT, note="'the Belarusian president said'", ctx="the Belarusian president said")
S("indirect", "he has warned Russian President Vladimir Putin that \"this is impossible to counter.\"", "Lukashenko", "lukashenko", "According to", "according to", BG,
  "'he has warned … that' is reporting nested inside the same speaker's span: not coded again (statements.md §1); the quoted clause is his partial", key="r02c")
S("partial", "this is impossible to counter.", "Lukashenko", "lukashenko", "According to", "according to", BG,
  "quoted clause inside the reported clause (content of the nested 'warned'); cue of the containing row", parent="r02c")
DATE("August 9", "2020-08-09", "polling day")
S("indirect", "Lukashenko was re-elected with 80.1 percent", "the Central Election Commission", "belarus_cec", "According to", "according to", BG,
  "according to + an institution is a speaker (sets A-E)")
LEG("re-elected", Q, "belarus_cec", "win stated as the CEC's result ('According to the Central Election Commission, …')")
F("80.1 percent", "80.1", "percent", "vote_share", subject="lukashenko", stage="final", note="CEC result, 2020 (P = 8 Sep 2020, after the final results of 14 August)")
NONREC("refused to recognize", OUT, note="the opposition's refusal to recognise the results of the vote (an act, no statement row, statements.md §1)")
F("first", "1", "ordinal", "ordinal", note="'In the first few days' (ordinal modifying the noun; the days of the protests)")
S("indirect", "more than 6,700 people were detained at the very beginning of the unrest", "official data", "", "suggests", "suggest", BG,
  "[document-source] judgement call: 'official data suggests' read like a report that shows/finds (statements.md §1, making known); the authorities' data (issuer not named; no actor); the lower-case sentence start is the page's")
F("6,700", "6700", "people", "count", qual="more than", note="detained")
S("indirect", "hundreds were injured in the protests, including more than 130 law enforcement officers", "The Interior Ministry", "belarus_police", "said", "say", BG,
  "Interior Ministry = belarus_police (actors.csv variant)")
F("hundreds", "100", "people", "count", note="injured; vague plural numeral, value = scale word (lower bound)")
F("130", "130", "people", "count", qual="more than", note="injured law enforcement officers")
F("Three", "3", "people", "count", note="protesters confirmed dead ('were confirmed to have died': agentless, no statement row)")

# ---------------------------------------------------------------- r03 news.by 2020-09-23 (inauguration)
art("r03_newsby_2020")
TITLE("head of state", OUT, note="'The head of state in a motorcade' (Lukashenko)", ctx="The head of state in a motorcade")
F("700", "700", "people", "count", qual="about", note="invited guests ('About 700 people')")
TITLE("President", OUT, note="'the President firstly takes the oath' (the constitutional rule names the office; the person taking the oath here is Lukashenko; judgement call)", ctx="the President firstly")
TITLE("head of state", OUT, note="'the head of state announced'", ctx="the head of state announced")
S("indirect", "he was taking office with pride for his people", "the head of state", "lukashenko", "announced", "announce", BG, "")
TITLE("President", OUT, note="'The President stressed'", ctx="The President stressed")
S("indirect", "everything would be done to preserve peace in Belarus", "The President", "lukashenko", "stressed", "stress", BG,
  "the two sentences after it ('Our country will always stay peaceful …') have no cue or quotation marks: free indirect speech, not coded (decision of set J)")

# ---------------------------------------------------------------- r04 RT 2020-08-10 (Putin congratulates)
art("r04_rt_2020")
REC("congratulated", OUT, note="the reporting predicate (outlet voice); congratulations on the disputed result")
S("indirect", "his Belarusian counterpart Alexander Lukashenko on retaining his job following Sunday’s election", "Vladimir Putin", "putin", "congratulated", "congratulate", RG,
  "'congratulate X on Y' coded as a speech act (content from X to the end, like 'credit X for Y'), as set E's k07; judgement call (the extractor's guide leaves it undecided)")
DATE("Sunday", "2020-08-09", "'Sunday’s election' (past context)", ctx="following Sunday’s")
S("indirect", "he will continue to boost ties with Moscow during his next term as president", "Vladimir Putin", "putin", "expressing hope", "express hope", RG,
  "shared subject; attitude noun belongs to the cue (statements.md §3, 'expressed confidence')")
TITLE("president", Q, "putin", "'his next term as president' inside Putin's expressed hope", ctx="next term as president")
S("direct", "I hope that your state activities will further promote the development of mutually beneficial Russian-Belarusian relations in all areas,",
  "Putin", "putin", "wrote", "write", RG, "[inverted] 'in his message' and 'including the economic and military sectors' after the cue excluded")
S("indirect", "The rapprochement between the two neighbors “is undoubtedly in line with the fundamental interests of the brotherly peoples of Russia and Belarus,”",
  "he", "putin", "pointed out", "point out", RG, "[inverted] he = Putin; span ends with the closing mark", key="r04a")
F("two", "2", "items", "count", note="'the two neighbors' (anaphoric count: Russia and Belarus)")
S("partial", "is undoubtedly in line with the fundamental interests of the brotherly peoples of Russia and Belarus,", "he", "putin", "pointed out", "point out", RG,
  "[inverted]", parent="r04a")
DATE("1994", "1994", "'running Belarus since 1994'")
F("80 percent", "80", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="'claimed 80 percent of the vote' = took (not a speech act, no statement row; no win marker: 'claimed' distances the win, markers.md §4.1); preliminary result of 10 August", ctx="claimed 80 percent")
DATE("Sunday", "2020-08-09", "'of the vote on Sunday'", ctx="vote on Sunday")
F("10 percent", "10", "percent", "vote_share", qual="less than", subject="tsikhanouskaya", stage="preliminary")
S("indirect", "one person was killed", "Human rights activists", "rights_groups", "said", "say", NGO,
  "human rights activists read as rights groups (ngo), not the opposition's 'activists'; judgement call")
F("one", "1", "people", "count", note="killed", ctx="one person was killed")
S("indirect", "this", "law enforcers", "belarus_police", "denied", "deny", BG,
  "[np-content] 'this' = that one person was killed (anaphoric content); law enforcers = the police (actors.csv 'law enforcement')")

# ---------------------------------------------------------------- r05 RT via popularsportsbrands 2025-03-25 (inauguration)
art("r05_rt_2025")
DATE("2030", "2030", "'extending his rule to 2030' (standfirst, kept as body text)", ctx="rule to 2030")
TITLE("President", OUT, note="'Belarusian President Alexander Lukashenko'", ctx="Belarusian President Alexander")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="seventh term")
F("30-year", "30", "years", "duration", qual="nearly", subject="lukashenko", note="'nearly 30-year rule' (hyphenated compound, span stops at the unit)")
F("five years", "5", "years", "duration", subject="lukashenko", note="'for another five years' (term)")
DATE("1991", "1991", "independence")
DATE("1994", "1994", "'first elected in 1994' (career date: no win marker)")
DATE("Tuesday", "2025-03-25", "'in Minsk on Tuesday' (the inauguration, P = Tuesday 25 March 2025)")
S("indirect", "more than 1,100 guests attended the event", "the Belarusian news agency BelTA", "belta", "According to", "according to", MED,
  "a medium that is the only named source is the speaker (set E)")
F("1,100", "1100", "people", "count", qual="more than", note="guests")
S("direct", "We have created a sovereign state – we have much to be proud of,", "Lukashenko", "lukashenko", "said", "say", BG, "[inverted] 'at the ceremony' excluded")
S("indirect", "to continue to lead his country on a “path of peace and development, national unity and patriotism, justice and broad opportunities for everyone – what we call a state for the people.”",
  "He", "lukashenko", "pledged", "pledge", BG, "pledge = commissive (like vow, statements.md §1.5 'threaten'); span ends with the closing mark", key="r05a")
S("partial", "path of peace and development, national unity and patriotism, justice and broad opportunities for everyone – what we call a state for the people.",
  "He", "lukashenko", "pledged", "pledge", BG, "", parent="r05a")
S("indirect", "taking the oath of office in the year that marks the 80th anniversary of the Soviet Union’s victory in World War II is “an enormous responsibility.”",
  "He", "lukashenko", "added", "add", BG, "", key="r05b")
F("80th", "80", "ordinal", "ordinal", note="80th anniversary of the Soviet victory (rank in a sequence of anniversaries); 'World War II' is a name (no figure)")
S("partial", "an enormous responsibility.", "He", "lukashenko", "added", "add", BG, "", parent="r05b")
S("direct", "Today we all swear an oath of faithful service to the Fatherland and will not let anyone erase the creative mark in history – our mark and the mark of our predecessors.",
  "He", "lukashenko", "", "", BG, "[continuation] a full-sentence quotation with no cue continues the statement before it (statements.md §1.1); speaker expression repeated")
S("indirect", "Lukashenko the winner of the January 26 presidential election with 86.82% of the vote", "The Central Election Commission", "belarus_cec", "declared", "declare", BG,
  "declare X Y = naming cue (small clause); 'in early February' after it excluded")
LEG("the winner", Q, "belarus_cec", "declared verdict (markers.md §3.1 point 3)")
DATE("January 26", "2025-01-26", "polling day")
F("86.82%", "86.82", "percent", "vote_share", subject="lukashenko", stage="final", note="CEC final result (declared in early February 2025)")
DATE("February", "2025-02", "'in early February' (past context)")
TITLE("president", OUT, note="'the president must take the oath' (constitutional rule naming the contested office; judgement call as r03)", ctx="the president must")
F("two months", "2", "months", "duration", qual="no more than", note="'no later than two months after the election' (legal time limit; qualifier read as 'no more than': judgement call)")
F("69-year", "69", "years", "age", subject="lukashenko", note="'The 69-year-old politician' (as printed; span stops at the unit)")
DATE("2030", "2030", "'His new term runs until 2030'", ctx="runs until 2030")

# ---------------------------------------------------------------- r06 Xinhua via people.cn 2025-01-28 (Xi congratulates)
art("r06_xinhua_2025")
DATE("Jan. 27", "2025-01-27", "dateline 'BEIJING, Jan. 27 (Xinhua)' (kept)")
DATE("Monday", "2025-01-27", "'on Monday' (P = 28 Jan 2025: most recent Monday)")
REC("congratulatory message", OUT, note="congratulations on the disputed result; 'sent a congratulatory message … on his reelection' is not coded as a statement (sending a message is an act; only the verb 'congratulate' is a cue in set J)")
LEG("reelection", OUT, note="'on his reelection as the president of Belarus': the win stated as a fact (noun object of the message: outlet voice, markers.md §3.1)")
TITLE("president", OUT, note="'the president of Belarus' (the contested office)", ctx="the president of Belarus")
S("indirect", "he has maintained close contact with Lukashenko in recent years", "Xi", "xi", "Noting", "note", OG,
  "opening participle cue; speaker the main subject (statements.md §1.5)")
S("indirect", "they have jointly chartered the course for and led the development of China-Belarus relations, and pushed bilateral ties to an all-weather comprehensive strategic partnership of all time high",
  "Xi", "xi", "said", "say", OG, "")
S("indirect", "Political mutual trust between the two sides has been continuously consolidated, Belt and Road cooperation has yielded fruitful results, and multilateral coordination has been effective",
  "Xi", "xi", "said", "say", OG, "[inverted]", key="r06a")
F("two", "2", "items", "count", note="'the two sides' (anaphoric count)", ctx="the two sides")
S("indirect", "he attaches great importance to the development of China-Belarus relations, and would like to work with Lukashenko to continue the traditional friendship between the two countries, and deepen mutually beneficial cooperation, so as to push for a greater development of China-Belarus relations and bring more benefits to the two peoples",
  "Xi", "xi", "said", "say", OG, "")
F("two", "2", "items", "count", note="'the two countries'", ctx="the two countries")
F("two", "2", "items", "count", note="'the two peoples'", ctx="the two peoples")

# ---------------------------------------------------------------- r07 French MFA 2025-01-25 (statement before the vote)
art("r07_francemfa_2025")
DATE("January 26", "2025-01-26", "'to be held on January 26' (future context, P = 25 Jan 2025)")
DEL("will not meet democratic standards", OUT, note="the publisher's own verdict ('France believes that this election …'): outlet voice in a government's own text (markers.md §3.1); a forecast of a failed standard is coded like 'cannot be credible' (judgement call); 'believes' is no speech cue (no statement row)")
DEL("deprive this election of any legitimacy", OUT, note="like 'stripped the electoral process of any legitimacy'")
S("indirect", "the OSCE Office for Democratic Institutions and Human Rights (ODIHR) and the Parliamentary Assembly received a late invitation to observe the election, which reflects the authorities’ lack of genuine willingness to allow them to observe the electoral process",
  "France", "", "regrets", "regret", WG,
  "the publisher's present-tense expressive performative in its own release (statements.md §1.6; decision of set J: 'regret that …' = expressing regret); France's foreign ministry has no row in actors.csv: group only; 'France believes that …' (cognition verb) and 'France will be closely monitoring …' (future) are not coded")

# ---------------------------------------------------------------- r08 Irish DFA written answer 2025-01-22
art("r08_irelanddfa_2025")
PEJ("regime", OUT, target="belarus_government", note="'Alexander Lukashenko regime’s continued persecution' (the publisher's own text: outlet voice)", ctx="Lukashenko regime’s continued")
PEJ("regime", OUT, target="belarus_government", note="'The Lukashenko regime has consistently used'", ctx="The Lukashenko regime has consistently")
DEL("illegitimate", OUT, note="'its own illegitimate authoritarianism' (the regime's rule judged illegitimate)")
PEJ("regime", OUT, target="belarus_government", note="'any criticism of the regime'", ctx="criticism of the regime")
DEL("fraudulent", OUT, note="'the fraudulent 2020 and 2024 elections' (the 2020 presidential vote among them)")
DATE("2020", "2020", "'the fraudulent 2020 and 2024 elections'", ctx="fraudulent 2020 and")
DATE("2024", "2024", "the 2024 parliamentary elections")
DEL("neither free nor fair", OUT, note="'I assume that the … election … will be neither free nor fair': the Minister's own verdict in his answer (outlet voice; 'assume' is no speech cue, no statement row; forecast coded as r07)")
DATE("26 January 2025", "2025-01-26", "polling day")
S("indirect", "the Lukashenko regime has prevented an election observation mission from the Organisation for Security and Cooperation in Europe / Office for Democratic Institutions and Human Rights (ODIHR) access to key stages of the forthcoming election process, making meaningful observation of the 2025 presidential election impossible",
  "I", "micheal_martin", "regret", "regret", WG,
  f"the publisher's first-person expressive performative (as r07); I = Micheál Martin, Tánaiste and Minister for Foreign Affairs and Trade, {NIA}; the parliamentary question heading it was removed with the page header")
PEJ("regime", OUT, target="belarus_government", note="'the Lukashenko regime has prevented' (inside the publisher's own performative: outlet voice, markers.md §3.1)", ctx="the Lukashenko regime has prevented")
DATE("2025", "2025", "'the 2025 presidential election'", ctx="the 2025 presidential")

# ---------------------------------------------------------------- r09 Irish government (Coveney) 2020-08-11
art("r09_irelanddfa_2020")
DATE("Sunday", "2020-08-09", "'Sunday’s presidential elections' (polling day)")
S("indirect", "the statement by High Representaive Josep Borrell, and Commissioner Várhelyi, on behalf of the EU, calling on authorities in Belarus to respect the fundamental right of peaceful assembly and immediately release all those civilians unjustly detained",
  "I", "coveney", "support", "support", WG,
  f"[shared-content] the publisher's first-person performative endorsement of a statement (statements.md §3: the whole object NP, like 'backed Tsikhanouskaya’s claim'); I = Simon Coveney, Minister for Foreign Affairs, {NIA}; 'I am deeply concerned …' (a state) and 'We will continue …' (future) are not coded", key="r09a")
S("indirect", "authorities in Belarus to respect the fundamental right of peaceful assembly and immediately release all those civilians unjustly detained",
  "the statement by High Representaive Josep Borrell, and Commissioner Várhelyi", "eu", "calling on", "call on", EU_,
  "[document-source] a different speaker's statement inside Coveney's endorsement (statements.md §1: coded separately, no parent); speakers on behalf of the EU → eu (statements.md §7); 'Representaive' as printed")

# ---------------------------------------------------------------- r10 Joint statement US/Canada/UK/EU via WiredGov 2024-08-12 (4th anniversary of the 2020 vote)
art("r10_ukgov_2020")
F("4th", "4", "ordinal", "ordinal", note="4th anniversary (standfirst)", ctx="the 4th anniversary")
DEL("fraudulent", OUT, note="'the fraudulent presidential election in Belarus' (standfirst of the governments' release: outlet voice)", ctx="fraudulent presidential election in Belarus")
F("Four years", "4", "years", "duration", note="'Four years on from the fraudulent 2020 presidential election'")
DEL("fraudulent", OUT, note="'the fraudulent 2020 presidential election'", ctx="fraudulent 2020 presidential")
DATE("2020", "2020", "'the fraudulent 2020 presidential election'")
PEJ("regime", OUT, target="belarus_government", note="'repression by the Lukashenko regime'", ctx="repression by the Lukashenko regime")
S("indirect", "the sanctions we have recently announced represent a coordinated, multilateral effort to advance accountability for the Lukashenko regime",
  "We", "western_governments", "affirm", "affirm", WG,
  "the publishers' first-person present performative (statements.md §1.1); We = the US, Canadian and UK governments and the EU (collective western_governments, statements.md §7); 'we have recently announced' inside is the same speakers' narration (not coded)")
PEJ("regime", OUT, target="belarus_government", note="'accountability for the Lukashenko regime' (publishers' own statement: outlet voice)", ctx="accountability for the Lukashenko regime")
S("indirect", "Belarusian authorities to immediately and unconditionally release the almost 1,400 political prisoners being held in Belarusian prisons",
  "We", "western_governments", "call on", "call on", WG, "publishers' performative request; 'We will continue to consider …' and 'We will also continue …' (future) are not coded")
F("1,400", "1400", "people", "count", qual="almost", note="political prisoners")
PEJ("regime", OUT, target="belarus_government", note="'the Lukashenko regime’s suppression of democracy'", ctx="the Lukashenko regime’s suppression")

# ---------------------------------------------------------------- r11 Pozirk 2025-01-26 (turnout)
art("r11_pozirk_2025")
DATE("January 26", "2025-01-26", "dateline 'January 26, Pozirk.' (kept)")
S("indirect", "Polls have closed for Belarus’ seventh presidential election with voter turnout at 85.7 percent, of which 41.8 percent voted early",
  "the Central Election Commission", "belarus_cec", "reports", "report", BG, "[inverted] the acronym '(CEC)' after the speaker is left out of the speaker expression")
F("seventh", "7", "ordinal", "ordinal", note="Belarus’ seventh presidential election (the election's number, no actor)")
F("85.7 percent", "85.7", "percent", "turnout", stage="preliminary", note="CEC turnout at the close of the polls")
F("41.8 percent", "41.8", "percent", "turnout", stage="preliminary", note="early voting (share of the voters who voted early)")
F("92.64 percent", "92.64", "percent", "turnout", stage="preliminary", note="regional (Mahiloŭ region); 'Authorities recorded …': 'record' is no speech cue (no statement row)")
F("91.54 percent", "91.54", "percent", "turnout", stage="preliminary", note="regional (Homiel region)")
F("90.56 percent", "90.56", "percent", "turnout", stage="preliminary", note="regional (Brest region)")
F("89.28 percent", "89.28", "percent", "turnout", stage="preliminary", note="regional (Hrodna region)")
F("86.71 percent", "86.71", "percent", "turnout", stage="preliminary", note="regional (Minsk region)")
F("86.39 percent", "86.39", "percent", "turnout", stage="preliminary", note="regional (Viciebsk region)")
F("69.72 percent", "69.72", "percent", "turnout", stage="preliminary", note="regional (city of Minsk)")
F("2 a.m.", "2", "hours", "other", note="clock time ('by 2 a.m.'); the CEC's plan (not a statement)")
F("11 a.m.", "11", "hours", "other", note="clock time ('scheduled for 11 a.m. tomorrow')")
PEJ("regime", OUT, target="belarus_government", note="'crackdown on regime critics' (regime names the government)")
F("five", "5", "people", "count", note="presidential bidders")
DEL("supporters", OUT, note="'his supporters Aleh Hajdukievič, …': the other candidates as the ruler's loyalists (a contest that is no contest, markers.md §4.1 'his opponents were fiercely loyal', 'hand-picked'); judgement call")
S("indirect", "the election as a sham", "The Belarusian opposition", "belarus_opposition", "dismissed", "dismiss", OPP,
  "dismiss X as Y = evaluating cue with a small clause (statements.md §1)")
DEL("sham", Q, "belarus_opposition", "'dismissed the election as a sham' (Y of 'X as Y' is quoted, markers.md §3.1 point 3)")
S("indirect", "political reprisals prevent pro-democracy candidates from running and voters from freely expressing their will", "The Belarusian opposition", "belarus_opposition", "noting", "note", OPP, "shared subject")
DEL("not held a single free and fair election", OUT, note="negated verdict (outlet voice), one span from the negation to the noun")
DATE("1996", "1996", "'since 1996'")

# ---------------------------------------------------------------- r12 112.ua 2025-01-27 (results)
art("r12_112ua_2025")
LEG("won", OUT, note="'Alexander Lukashenko won with the support of 86.82% of voters' (a majority share, stated as fact in the body; the removed title's 'Pseudo-elections' is not in the text)")
F("86.82%", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="called 'official election results' by the text; the CEC's preliminary result of 27 January (final on 3 February)")
F("2.02%", "2.02", "percent", "vote_share", subject="gaidukevich", stage="preliminary", note="'Oleg Gaydukevich - 2.02%' (spelling not among the actors.csv variants; the subject is the actor)")
F("1.86%", "1.86", "percent", "vote_share", subject="kanopatskaya", stage="preliminary", note="'Anna Kanopatska' (as printed)")
F("3.21%", "3.21", "percent", "vote_share", subject="syrankou", stage="preliminary", note="'Sergey Sirankov'")
F("1.74%", "1.74", "percent", "vote_share", subject="khizhnyak", stage="preliminary")
F("3.60%", "3.60", "percent", "against_all", stage="preliminary", note="'expressed their will 'against all'' (voting, no statement row; the quoted label names the ballot option: no scare-quote row)")
F("85.70%", "85.70", "percent", "turnout", stage="preliminary")
S("indirect", "the electoral process was conducted peacefully and under control", "the Central Election Commission", "belarus_cec", "According to", "according to", BG,
  "the next two sentences ('No crimes or violations were recorded. Currently, there are no complaints …') have no attribution of their own: not coded")
LEG("conducted peacefully and under control", Q, "belarus_cec", "state-media legitimation vocabulary ('calm atmosphere', 'in an organized manner')")
LEG("No crimes or violations were recorded", OUT, note="like 'did not record any violations' (markers.md §4.1); no attribution in its sentence: outlet voice (probably the CEC's, continuing the sentence before)")
S("direct", "There were cases of photographing filled ballots and attempts to take them out of the polling station, but no serious incidents occurred.",
  "Igor Karpenko", "karpenka", "stated", "state", BG, "[quote-mark-oddity] straight single marks; block after 'stated:'; apposition 'the head of the CEC' excluded")

# ---------------------------------------------------------------- r13 24.kg 2025-01-27 (preliminary results)
art("r13_24kg_2025")
S("indirect", "preliminary data", "The Central Election Commission", "belarus_cec", "published", "publish", BG,
  "[np-content] 'published preliminary data' makes known like 'announce results' (statements.md §1.6)")
F("86.82 percent", "86.82", "percent", "vote_share", qual="at least", subject="lukashenko", stage="preliminary")
F("3.21 percent", "3.21", "percent", "vote_share", subject="syrankou", stage="preliminary", note="'His closest rival, Sergei Syrankov, won 3.21 percent' (a loser's share: no win marker)")
F("85.7 percent", "85.7", "percent", "turnout", stage="preliminary")
F("five", "5", "people", "count", note="registered candidates")
TITLE("incumbent head of state", OUT, note="'the incumbent head of state Alexander Lukashenko'")
DATE("August 9, 2020", "2020-08-09", "the previous election")
S("indirect", "Alexander Lukashenko then received 80.1 percent, Svetlana Tikhanovskaya — 10.1 percent, 4.59 percent voted against all",
  "the Central Election Commission", "belarus_cec", "According to", "according to", BG, "")
F("80.1 percent", "80.1", "percent", "vote_share", subject="lukashenko", stage="final", note="2020 election (the previous vote), CEC final result")
F("10.1 percent", "10.1", "percent", "vote_share", subject="tsikhanouskaya", stage="final", note="2020 election; dash joins the name and the share")
F("4.59 percent", "4.59", "percent", "against_all", stage="final", note="2020 election")
S("indirect", "a review of the preliminary voting results", "participants", "belarus_protesters", "demanded", "demand", CIT,
  "[np-content] participants of the protests of 9 August 2020 = protesters")
DEL("demanded a review", OUT, note="a challenge to the (2020) result by the protesters (markers.md §4.1 'questioned the results'); the reporting predicate is outlet voice")
DATE("2020", "2020", "'In 2020, after the adoption of the new Constitution' (as printed)", ctx="In 2020, after")
S("indirect", "he would not hold this post again", "Alexander Lukashenko", "lukashenko", "promised", "promise", BG, "")
DATE("January 2025", "2025-01")
S("indirect", "he was not clinging to power", "he", "lukashenko", "said", "say", BG, "")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="'his seventh presidential term' (under 'If he wins': no win marker)")

# ---------------------------------------------------------------- r14 balthazarkorab.com 2020-08-11 (Belarusian MFA statement)
art("r14_balthazarkorab_2020")
S("indirect", "Belarus is ready for a constructive dialogue with foreign partners and can provide evidence of foreign interference in the current situation in the country",
  "the Ministry of Foreign Affairs of the republic", "belarus_mfa", "stated", "state", BG,
  "[inverted] 'This is stated … in a statement by X' reports the sentence before it (statements.md §1.4 'This was stated by X'); the agent is in 'in a statement by'")
DATE("Tuesday, August 11", "2020-08-11", "weekday with the date: one date expression")
S("indirect", "to objectively understand what was happening in the country", "Minsk", "belarus_government", "offered", "offer", BG,
  "offer = commissive speech act like 'pledge' (judgement call); Minsk = the Belarusian state (the ministry's statement), statements.md §7")
S("indirect", "it was ready for a dialogue with all foreign partners", "Minsk", "belarus_government", "noted", "note", BG, "shared subject")
S("direct", "We are ready to present concrete irrefutable facts that reveal the background of the current events, including about interference from abroad,",
  "the Belarusian Foreign Ministry", "belarus_mfa", "said", "say", BG, "[inverted]")
S("indirect", "the unacceptability of how quickly some European officials made the most important political statements for Belarus", "The ministry", "belarus_mfa", "stressed", "stress", BG,
  "[np-content] an assessment noun phrase (statements.md §1.3); 'some European officials made … statements' inside has no content")
S("direct", "Some high-profile conclusions at the highest and high levels are based on one-sided information and outright lies,",
  "the Foreign Ministry", "belarus_mfa", "added", "add", BG, "[inverted]")
S("indirect", "the presidential elections in Belarus were neither free nor fair", "the EU", "eu", "said", "say", EU_,
  "'As the EU said earlier on Tuesday, CLAUSE' attributes the clause the as-clause modifies (statements.md §1.4/1.5); the coordinated clause 'and the EU is exploring …' (the EU in the third person) is not content")
DEL("neither free nor fair", Q, "eu", "the EU's verdict")
DATE("Tuesday", "2020-08-11", "'earlier on Tuesday'", ctx="earlier on Tuesday")
DATE("August 9", "2020-08-09", "polling day")
TITLE("incumbent head of state", OUT, note="'the incumbent head of state Alexander Lukashenko'")
LEG("won", OUT, note="'Lukashenko won 80.08% of the vote' (majority share stated as fact)")
F("80.08%", "80.08", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="as printed (no official figure of the CEC is 80.08%); P = 11 Aug 2020, before the final results")
F("10.09%", "10.09", "percent", "vote_share", subject="tsikhanouskaya", stage="preliminary", note="'was supported by 10.09% of voters'")
NONREC("did not recognize", OUT, note="Tikhanovskaya’s headquarters did not recognize the results (an act, no statement row); target the declared winner")
DATE("August 10", "2020-08-10", "'in the evening of August 10'")
F("one", "1", "people", "count", note="'one person died'", ctx="one person died")

# ---------------------------------------------------------------- r15 AAP via Narrogin Observer 2025-01-28 (UK sanctions, joint statement)
art("r15_aap_2025")
S("indirect", "what they called \"sham\" presidential elections in the country", "The United Kingdom", "uk_government", "condemning", "condemn", WG,
  "[np-content] 'after joining the European Union and several English-speaking governments in condemning NP': speaker the sentence's subject (the UK), who condemns with them (note: western_governments also plausible)")
S("indirect", "\"sham\" presidential elections in the country", "they", "western_governments", "called", "call", WG,
  "relative 'what they called': the span follows the cue (statements.md §3); they = the UK, the EU and the English-speaking governments (collective)", key="r15a")
S("partial", "sham", "they", "western_governments", "called", "call", WG, "straight double marks", parent="r15a", ctx="called \"sham\" presidential")
DEL("sham", Q, "western_governments", "'what they called \"sham\" presidential elections' (partial quote tied to the speakers: no scare-quote row)", ctx="called \"sham\" presidential")
S("indirect", "winner of a presidential election in the country", "", "", "declared", "declare", "",
  "[unattributed] agentless past passive of a naming cue with its small clause (statements.md §1: empty speaker; the CEC is meant)")
LEG("winner", Q, "", "'was declared winner' (a verdict with no named agent: quoted, no speaker, markers.md §3.1 point 3)", ctx="declared winner")
F("31-year", "31", "years", "duration", subject="lukashenko", note="'his 31-year rule'")
S("indirect", "the vote was neither free nor fair because independent media are banned in the former Soviet republic and all leading opposition figures have either been jailed or forced to flee abroad",
  "European politicians", "", "said", "say", WG, "European politicians → western_government (speaker_groups.csv); no actor")
DEL("neither free nor fair", Q, "", "European politicians (no actor)", ctx="the vote was neither free nor fair")
S("indirect", "foreign criticism of the election", "Lukashenko and the allied Russian government", "", "dismissed", "dismiss", BG,
  "[np-content] coordinated speakers of two groups (lukashenko, russia_government), no collective actor: actor empty, the first named's group (statements.md §1.3)")
S("indirect", "they were united in condemnation of Sunday's \"sham\" election and what they called human rights violations perpetrated by Lukashenko's government",
  "A joint statement", "western_governments", "said", "say", WG,
  "[document-source] the statement of Australia, Canada, the EU, New Zealand and the UK (collective western_governments); 'what they called …' inside is the same speakers' nested reporting (not coded again)", key="r15b")
DATE("Monday", "2025-01-27", "'on Monday' (P = 28 Jan 2025: the statement of 27 January)")
DATE("Sunday", "2025-01-26", "'Sunday's \"sham\" election' (polling day)", ctx="Sunday's \"sham\"")
S("partial", "sham", "A joint statement", "western_governments", "said", "say", WG, "[document-source]", parent="r15b", ctx="Sunday's \"sham\" election")
DEL("sham", Q, "western_governments", "inside the joint statement's reported clause", ctx="Sunday's \"sham\" election")
S("direct", "Recently announced sanctions represent a co-ordinated, multilateral effort to hold the Lukashenko regime to account,",
  "the statement", "western_governments", "added", "add", WG, "[inverted] [document-source]")
PEJ("regime", Q, "western_governments", "belarus_government", "'the Lukashenko regime' inside the joint statement's quotation")
S("indirect", "it was sanctioning six electoral and security officials, including the chairman of the Belarusian Central Election Commission, in co-ordination with Canada",
  "The UK", "uk_government", "said", "say", WG, "")
F("six", "6", "people", "count", note="sanctioned officials")
F("three", "3", "items", "count", note="sanctioned companies")
S("direct", "The world has become well-accustomed to Lukashenko's cynical pretence of democracy in Belarus, while in reality he brutally represses civil society and opposition voices to strengthen his grip on power,",
  "UK Foreign Secretary David Lammy", "lammy", "said", "say", WG, "[inverted]")
DEL("pretence of democracy", Q, "lammy", "a pretended democracy (like 'imitation of elections', markers.md §4.1)")
S("indirect", "70-year-old Lukashenko garnered 86.8 per cent of the vote, according to preliminary results announced by the electoral commission",
  "State media", "", "reported", "report", MED, "state media → media (speaker_groups.csv); no actor", key="r15c")
S("indirect", "70-year-old Lukashenko garnered 86.8 per cent of the vote", "preliminary results", "belarus_cec", "according to", "according to", BG,
  "[inverted] [document-source] a document the speaker cites inside their statement: a row of its own, child of the speaker's (statements.md §1.4)", parent="r15c")
F("70-year", "70", "years", "age", subject="lukashenko")
F("86.8 per cent", "86.8", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="'garnered' (not a win word)")
