# -*- coding: utf-8 -*-
# Held-out gold set M coding sheet. S = statement, F = figure, M = polar marker / scare quote / official title.
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
def CLOCK(t, v, note="", ctx=None): F(t, v, "hours", "other", note="clock time (hour of the day, 24-hour clock)" + ("; " + note if note else ""), ctx=ctx)

BG, RG, WG, EU_, OG = "belarus_government", "russian_government", "western_government", "eu_institution", "other_government"
IO, EO, OPP, MED, NGO = "international_organisation", "election_observers", "belarus_opposition", "media", "ngo"

# ---------------------------------------------------------------- v01 TASS 2020-08-11 (NB8 joint statement; preliminary shares)
art("v01_tass_2020")
DATE("August 11", "2020-08-11", "dateline")
F("five", "5", "items", "count", note="Northern European countries")
F("three", "3", "items", "count", note="Baltic States")
S("indirect", "Foreign ministers of five Northern European countries and three Baltic States have urged Belarusian authorities to stop persecuting political opponents, immediately release all detainees and launch an open dialogue with opposition",
  "the eight ministers", "nb8", "said", "say", WG,
  "[inverted] the NB8 foreign ministers (Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway, Sweden); the whole clause before the attribution is the content; 'have urged' inside it is the same speakers' act and gets no row of its own (statements.md §1, nested reporting of the same speaker); 'in a joint statement issued Tuesday' excluded")
F("eight", "8", "people", "count", note="foreign ministers")
DATE("Tuesday", "2020-08-11", "same-day news (P = Tuesday 11 Aug 2020)")
S("indirect", "the appeal was signed by top diplomats of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden",
  "The Latvian Foreign Ministry", "", "noted", "note", WG, "Latvian MFA: no row in actors.csv; group from 'Latvian' (speaker_groups.csv)")
S("direct", "We urge the Belarusian authorities to stop persecution of political opponents, to release all those unfairly detained immediately and to respect human rights and freedoms. We call upon the Belarusian government to immediately engage in a genuine political dialogue with the opposition in order to avoid further use of violence,",
  "the statement", "nb8", "reads", "read", WG, "[inverted] [document-source] the NB8 joint statement")
S("indirect", "the violence that gripped the country amid nationwide protests sparked by reports of electoral fraud and rigging",
  "The foreign ministers", "nb8", "expressed concern", "express concern", WG,
  "[np-content] 'expressed concern about NP'; 'reports of electoral fraud' inside it has no source (agentless) and is not a row")
DEL("electoral fraud", OUT, note="inside the NP object of 'expressed concern about' (outlet voice, markers.md §3.1), under the agentless 'reports of'; the fraud reported as the protests' cause (judgement call, cf. set E k03 'violations')")
DEL("rigging", OUT, note="as 'electoral fraud' (same NP)")
S("direct", "We are very troubled by the reports of physical injuries inflicted on the demonstrators,", "the top diplomats", "nb8", "specified", "specify", WG, "[inverted]")
S("direct", "The presidential elections, which took place in Belarus on 9th August 2020, did not comply with the international commitments of Belarus and globally recognized standards of democracy and rule of law, and they were not free and fair,",
  "they", "nb8", "added", "add", WG, "[inverted] 'they' = the top diplomats (NB8)", key="q1")
DATE("9th August 2020", "2020-08-09", "inside the quotation")
DEL("did not comply with the international commitments of Belarus and globally recognized standards", Q, "nb8", "standards verdict: span from the negated verb to the noun 'standards' (markers.md §4.1 Standards)")
DEL("were not free and fair", Q, "nb8", "negated verdict, one span (markers.md §4.1)")
S("direct", "We remain committed to the people of Belarus and will continue to closely follow developments.", "they", "nb8", "added", "add", WG,
  "later piece of the quotation interrupted by its attribution: same speaker and cue, no parent (set E convention)")
DATE("August 9", "2020-08-09", "'On August 9, Belarus held its presidential election'", ctx="On August 9, Belarus")
S("indirect", "incumbent President Alexander Lukashenko securing his reelection with 80.08% of the votes, while his biggest rival Svetlana Tikhanovskaya received 10.09% of the ballots cast",
  "Preliminary results", "belarus_cec", "show", "show", BG, "[document-source] 'show' with results as subject (statements.md §1 'show when the subject is a report'; §10.15)")
TITLE("incumbent President", OUT, note="fixed term; the clause of 'Preliminary results show' is the evidential hedge's, not a speaker's (markers.md §3.1.3): outlet voice")
LEG("securing his reelection", OUT, note="'secured his … term' (markers.md §4.1); a win stated under an evidential hedge is coded; no delegitimising term in the sentence")
F("80.08%", "80.08", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="an early preliminary figure of 10 Aug 2020 (the CEC's announced preliminary result was 80.23%); written precision kept")
F("10.09%", "10.09", "percent", "vote_share", subject="tsikhanouskaya", stage="preliminary", note="early preliminary figure (announced preliminary 9.90%)")

# ---------------------------------------------------------------- v02 News.Az citing TASS 2025-01-26 (official exit poll)
art("v02_newsaz_2025")
S("indirect", "The current President of Belarus, Alexander Lukashenko, wins the presidential election with 87.6% of the votes",
  "the exit poll of the Belarusian Committee of Youth Organizations", "", "according to", "according to", BG,
  "[inverted] [document-source] the state-approved exit poll (pollster not in actors.csv); group from 'Belarusian' (statements.md §1.7: a poll takes the group its own words name)")
TITLE("President", OUT, note="'The current President of Belarus' (the contested office); 'according to' + an exit poll is an evidential hedge (markers.md §3.1.3): outlet voice")
LEG("wins", OUT, note="win asserted under an evidential hedge (markers.md §4.1)")
F("87.6%", "87.6", "percent", "vote_share", subject="lukashenko", stage="exit_poll", note="official exit poll (BKMO)")
S("indirect", "the chairman of the Liberal Democratic Party Oleg Gaidukevich is gaining 1.8% of the votes, entrepreneur Anna Kanopatskaya - 1.6%, first secretary of the Central Committee of the Communist Party Sergei Syrankov - 2.7%, chairman of the Republican Party of Labor and Justice Alexander Khizhnyak - 1.2%, 5.1% of voters voted against all",
  "the exit poll", "", "According to", "according to", BG,
  "[document-source] the same poll (definite reference back); the content ends before ', News.Az citing the TASS' (credit line: outlet voice, statements.md §1.6)")
F("1.8%", "1.8", "percent", "vote_share", subject="gaidukevich", stage="exit_poll")
F("1.6%", "1.6", "percent", "vote_share", subject="kanopatskaya", stage="exit_poll", note="dash joins name and share")
F("2.7%", "2.7", "percent", "vote_share", subject="syrankou", stage="exit_poll")
F("1.2%", "1.2", "percent", "vote_share", subject="khizhnyak", stage="exit_poll")
F("5.1%", "5.1", "percent", "against_all", stage="exit_poll")
F("300", "300", "items", "count", qual="more than", note="polling stations of the exit poll")
CLOCK("2:30", "2.5", "Minsk time of the expected CEC announcement")
DATE("January 27", "2025-01-27", "future context ('are expected to be announced'): on/after P")
CLOCK("03:30", "3.5", "Baku time")

# ---------------------------------------------------------------- v03 Pravda network relaying RIA Novosti Crimea 2025-01-27
art("v03_newspravda_2025")
DATE("January 27", "2025-01-27", "dateline", ctx="SIMFEROPOL, January 27")
S("indirect", "the presidential elections in Belarus \"not free\" and \"undemocratic.\"",
  "The head of European diplomacy, Kaya Kallas, and the European Commissioner for Enlargement, Marta Kos", "eu", "called", "call", EU_,
  "coordinated speakers Kallas and Kos (both EU institution): collective actor eu (statements.md §7); 'This is stated in the official statement of the European officials' names the document of the same speech act: no second row (§1.5)", key="c1")
S("partial", "not free", "The head of European diplomacy, Kaya Kallas, and the European Commissioner for Enlargement, Marta Kos", "eu", "called", "call", EU_, "", parent="c1", ctx="\"not free\" and")
DEL("not free", Q, "eu", "predicate of 'call X Y' (quoted voice); speaker: the collective eu (Kallas and Kos)", ctx="\"not free\" and")
S("partial", "undemocratic.", "The head of European diplomacy, Kaya Kallas, and the European Commissioner for Enlargement, Marta Kos", "eu", "called", "call", EU_, "", parent="c1")
DEL("undemocratic", Q, "eu", "predicate of 'call X Y'", ctx="\"undemocratic.\"")
S("direct", "The elections in Belarus are neither free nor fair. The people of Belarus deserve a real voice in the question of who will govern their country. The ruthless and unprecedented suppression of human rights, restrictions on political participation and access to independent media in Belarus have deprived the electoral process of all legitimacy,",
  "the statement", "eu", "said", "say", EU_, "[inverted] [document-source] Kallas and Kos's statement")
DEL("neither free nor fair", Q, "eu")
DEL("deprived the electoral process of all legitimacy", Q, "eu", "cf. 'deprived the process … of any legitimacy' (NB8, set E k14)")
S("indirect", "the EU \"will continue to impose restrictive and targeted measures\" against Minsk, while at the same time \"providing financial support to civil society and the democratic forces of Belarus in exile.\"",
  "Kallas and Kos", "eu", "stated", "state", EU_, "coordinated speakers: collective actor eu", key="c2")
S("partial", "will continue to impose restrictive and targeted measures", "Kallas and Kos", "eu", "stated", "state", EU_, "", parent="c2")
S("partial", "providing financial support to civil society and the democratic forces of Belarus in exile.", "Kallas and Kos", "eu", "stated", "state", EU_, "", parent="c2")
S("direct", "The EU stands ready to support the country in stabilizing its economy and reforming its institutions as soon as Belarus embarks on the path of democratic transition,",
  "the statement", "eu", "says", "say", EU_, "[inverted] [document-source]")
S("direct", "And I don't think she's the legitimate head of EU diplomacy. Let him count. That's what I think. What's next? It's democratic. She thinks so, and I think so.",
  "Chairman of the Central Election Commission of Belarus Igor Karpenko", "karpenka", "said", "say", BG,
  "block introduced by 'said at a briefing the following:' (statements.md §8: a block 'X said:'); 'commenting on the statement of European officials' is a topic, not a row; his remarks on Kallas's legitimacy are not about the Belarusian vote (no marker)")
S("direct", "We don't know, we weren't invited to her election. We did not observe, we did not see, we did not go, we do not know at all how this procedure took place. At the same time, write that we do not recognize its legitimacy. Well, if they want to, what should they do,",
  "him", "karpenka", "saying", "say", BG,
  "[inverted] 'RIA Novosti quoted him as saying': the relaying medium is not the speaker (statements.md §7, §1.5 'X was cited … as saying'); 'we do not recognize its legitimacy' concerns Kallas's election, not the Belarusian vote (no marker)")
DATE("January 27", "2025-01-27", "as written ('took place on January 27'): the polling day was 26 January; the text's error is kept", ctx="took place on January 27")
S("indirect", "86.82% of voters voted for the current head of state, Alexander Lukashenko, followed by Sergei Syrankov",
  "preliminary data from the Central Election Commission of the republic", "belarus_cec", "According to", "according to", BG,
  "[document-source] the excerpt ends here (the stored page breaks off in 'who sc…'; cut at the last clause boundary)")
F("86.82%", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="'According to preliminary data' of the CEC (27 Jan 2025)")
TITLE("head of state", OUT, note="'the current head of state, Alexander Lukashenko' inside an according-to-results clause (evidential hedge): outlet voice")

# ---------------------------------------------------------------- v04 Latvian MFA 2020-08-14 (FAC video conference)
art("v04_latviamfa_2020")
DATE("14 August 2020", "2020-08-14")
S("indirect", "the 9 August presidential elections in Belarus had not ensured the citizens’ rights to free, fair and democratic elections",
  "Edgars Rinkēvičs", "rinkevics", "expressed concern", "express concern", WG, "the ministry's release reports its minister's speech (third person, with content: coded, as seed 003's 'Raab said:')")
DATE("9 August", "2020-08-09", "polling day (figures.md §11.6)")
DEL("had not ensured the citizens’ rights to free, fair and democratic", Q, "rinkevics", "negated verdict, one span from the negated verb to the last evaluative word (markers.md §4.1); the praising words inside give no legitimising row")
S("indirect", "Latvia strongly condemns the unjustified use of force by Belarusian authorities against peaceful protesters and members of the mass media",
  "The Minister", "rinkevics", "underlined", "underline", WG, "'Latvia … condemns' inside the minister's clause is reported by him: no second row")
S("indirect", "an immediate release of the detained protesters and members of the media and for engaging in a dialogue with the opposition and civil society",
  "Latvia", "", "calls for", "call for", WG,
  "[np-content] the publisher (Latvian MFA) names its state in the third person in its own release (statements.md §1.1); Latvia's government has no row in actors.csv: group only; could also be read as the minister's speech continued (judgement call)")
S("indirect", "the EU to expand its support for the civil society in Belarus making use of all the instruments available",
  "The Latvian Foreign Minister", "rinkevics", "urged", "urge", WG, "")
S("indirect", "Latvia supports restrictive measures against persons responsible for the crackdown on protests and for electoral violations",
  "The Minister", "rinkevics", "said", "say", WG, "")
DEL("electoral violations", Q, "rinkevics", "violations of the vote inside the minister's content clause (judgement call, cf. set E k03 'violations')")

# ---------------------------------------------------------------- v05 Latvian MFA 2020-09-11 (NB8 meeting)
art("v05_latviamfa_2020")
S("indirect", "All instruments at our disposal must be used to stop violence against peaceful protesters and facilitate a dialogue between Belarusian authorities and the opposition and society",
  "the Latvian Minister of Foreign Affairs, Edgars Rinkēvičs", "rinkevics", "underlined", "underline", WG, "[inverted] name in apposition to the preceding title kept (statements.md §6)")
F("8", "", "date", "date", iso="2020-09-08", note="range lower ('8-9 September 2020'); '8' in 'NB8' is a name", ctx="on 8-9")
DATE("9 September 2020", "2020-09-09", "range upper")
S("indirect", "the EU to conclude the soonest possible agreement on restrictive measures against Belarusian officials who are responsible for the 9 August election fraud and a crackdown on peaceful protests using coercion and disproportionate force against demonstrators",
  "Foreign Minister Rinkēvičs", "rinkevics", "called on", "call on", WG, "")
DATE("9 August", "2020-08-09", "polling day (figures.md §11.6)")
DEL("election fraud", Q, "rinkevics", "fixed term inside the minister's request (a relative clause on a noun of the content stays in it)")
S("indirect", "comprehensive support should also be rapidly provided to the Belarusian civil society", "Edgars Rinkēvičs", "rinkevics", "noted", "note", WG, "")
S("indirect", "Latvia has already allocated 200 000 euro towards legal, practical, psychological and medical assistance to civil society and in support of independent media in Belarus",
  "Minister Rinkēvičs", "rinkevics", "informed", "inform", WG, "'informed the participants that' (= told)")
F("200 000 euro", "200000", "EUR", "money", note="digit groups separated by a space (figures.md §14: a round thousand)")

# ---------------------------------------------------------------- v06 PACE committee draft resolution 2025-01-28
art("v06_pace_2025")
DATE("26 January 2025", "2025-01-26")
PEJ("regime", OUT, target="belarus_government", note="'the regime of Aliaksandr Lukashenka' (the publisher's own text)", ctx="regime of Aliaksandr")
F("three decades", "30", "years", "duration", subject="lukashenko", note="'the three decades of his rule' (tenure)")
PEJ("regime", OUT, target="belarus_government", note="'Lukashenka regime’s participation'", ctx="regime’s participation")
DATE("2020", "2020", "'the fraudulent elections of 2020'", ctx="elections of 2020")
DEL("fraudulent", OUT, note="'the fraudulent elections of 2020' (the 2020 vote; the publisher's voice); target the declared winner")
PEJ("regime", OUT, target="belarus_government", note="'the Lukashenka regime has'", ctx="regime has systematically")

# ---------------------------------------------------------------- v07 The Globe and Mail (with files from AP) 2020-08-10
art("v07_globeandmail_2020")
S("indirect", "Canada is “deeply concerned” by a violent crackdown following presidential elections in Belarus",
  "Foreign Affairs Minister Francois-Philippe Champagne", "champagne", "says", "say", WG, "", key="g1")
S("partial", "deeply concerned", "Foreign Affairs Minister Francois-Philippe Champagne", "champagne", "says", "say", WG, "", parent="g1")
F("Dozens", "12", "people", "count", note="injured; vague plural numeral, value = scale word (lower bound)")
F("thousands", "1000", "people", "count", note="detained; vague plural numeral (lower bound)")
DATE("Sunday", "2020-08-09", "'since Sunday’s vote' (the polling day)", ctx="since Sunday’s vote")
S("indirect", "authoritarian President Alexander Lukashenko had won a sixth term in office with 80 per cent of the vote",
  "Belarusian election officials", "belarus_cec", "said", "say", BG, "'election officials' = belarus_cec (alias)")
PEJ("authoritarian", OUT, note="label on the name outside quotation marks inside reported speech: outlet voice (markers.md §3.1.4)")
TITLE("President", OUT, note="title on the name inside the officials' clause, outside marks: outlet voice", ctx="authoritarian President Alexander")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term; 'had won' gives no win marker: its clause holds the label 'authoritarian'")
F("80 per cent", "80", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="preliminary result of 10 Aug 2020 (80.23%), rounded")
S("indirect", "opposition challenger Sviatlana Tsikhanouskaya received 10 per cent of the vote", "Election officials", "belarus_cec", "say", "say", BG, "")
F("10 per cent", "10", "percent", "vote_share", subject="tsikhanouskaya", stage="preliminary", note="preliminary 9.90%, rounded")
S("indirect", "the official results as a sham", "she", "tsikhanouskaya", "dismissed", "dismiss", OPP, "'dismiss X as Y' small clause; 'she' = Tsikhanouskaya")
DEL("sham", Q, "tsikhanouskaya", "predicate of 'dismissed … as'")
S("indirect", "a formal recount", "she", "tsikhanouskaya", "requested", "request", OPP, "[np-content] a request (shared subject of 'dismissed')")
S("indirect", "the police response “further eroded the democratic legitimacy of the vote,”", "Champagne", "champagne", "said", "say", WG, "", key="g2")
S("partial", "further eroded the democratic legitimacy of the vote,", "Champagne", "champagne", "said", "say", WG, "", parent="g2")
DEL("eroded the democratic legitimacy", Q, "champagne", "the vote's legitimacy eroded (judgement call: a verdict of degree)")
S("indirect", "the results to reflect what Belarusians want for their country", "he", "champagne", "called for", "call for", WG, "'called for X to Y' takes 'X to Y' (§1.2)")
S("direct", "The people of Belarus have demonstrated their desire for democracy through their unprecedented mobilization over the past few weeks,", "Champagne", "champagne", "said", "say", WG, "[inverted] 'in the statement' excluded")
S("direct", "Free, fair and inclusive elections are critical to any functioning democracy,", "he", "champagne", "added", "add", WG, "[inverted]")
S("indirect", "Canada had already expressed its concern ahead of the election over the arrests of opposition candidates, prominent bloggers and activists who took part in peaceful protests",
  "he", "champagne", "saying", "say", WG, "shared subject of 'added'; 'Canada had … expressed its concern' inside is reported by him: no second row")
S("direct", "We call on the government of Belarus to exercise restraint and uphold respect for human rights,", "Champagne", "champagne", "said", "say", WG, "[inverted]")
S("direct", "Canada remains committed to the people of Belarus. We will continue to closely follow developments and call for the results of Sunday’s election to reflect the will of the people.",
  "Champagne", "champagne", "", "", WG, "[continuation] paragraph in marks with no attribution of its own")
DATE("Sunday", "2020-08-09", "inside Champagne's quotation", ctx="results of Sunday’s election")

# ---------------------------------------------------------------- v08 Ukraine Today 2020-08-09 (polling night)
art("v08_ukrainetoday_2020")
S("indirect", "incumbent President Alexander Lukashenko was ahead in five regions with around 82 per cent of the vote",
  "Belarus’ central election commission", "belarus_cec", "said", "say", BG,
  "the content ends before 'in a tense election marked by …' (the outlet's description of the election, not part of the CEC's claim; judgement call)")
TITLE("incumbent President", OUT, note="title on the name outside marks inside reported speech: outlet voice")
F("five", "5", "items", "count", note="regions")
F("82 per cent", "82", "percent", "vote_share", qual="around", subject="lukashenko", stage="preliminary", note="regional: partial count in five regions on polling night (CEC chair on Belarus-1); not comparable with the national result")
F("80 per cent", "80", "percent", "vote_share", qual="nearly", subject="lukashenko", stage="exit_poll", note="'A preliminary exit poll gave …' (the official exit poll, 79.7%)")
PEJ("authoritarian leader", OUT, note="'the longtime authoritarian leader'")
F("6.8 per cent", "6.8", "percent", "vote_share", subject="tsikhanouskaya", stage="exit_poll", note="'based on the exit poll'")
S("indirect", "at certain polling stations, she was ahead of Lukashenko", "several Belarusian telegram channels", "", "reported", "report", MED,
  "Telegram channels as media (no row in actors.csv); 'based on the exit poll' in the sentence before is not coded as a source (no cue of the list; judgement call)")
S("indirect", "As polling stations close, multiple internet providers lost routing", "internet watchdog Netblocks", "netblocks", "according to", "according to", NGO,
  f"[inverted] NetBlocks {NIA} (internet monitoring organisation; a scorer should map it to empty); the fronted 'As' clause belongs to the clause the phrase attaches to")
S("indirect", "the internet disruption was widespread", "internet watchdog Netblocks", "netblocks", "said", "say", NGO, f"relative 'which' replaced by its antecedent; {NIA}")
S("direct", "if you’re going to go against our country, or even in the smallest way try to plunge the country into chaos and destabilise it, you will receive an immediate response from me,",
  "Lukashenko", "lukashenko", "stating", "state", BG,
  "'warned opposition protesters, stating: “…”': one speech act ('warned' has no content of its own); 'according to AP' relays the speaker and is no row (statements.md §1.7)")
CLOCK("19:00", "19", "CET (polls closed)")
S("indirect", "on opposition political strategists", "authorities", "", "blamed", "blame", BG,
  "[np-content] 'Photos showed people queuing …, which authorities blamed on opposition political strategists': 'blame X on Y' (evaluating cue, like 'accuse X of Y'); the object precedes (relative), so the span is what follows the cue (statements.md §3); the Belarusian authorities by context (judgement call)")
S("indirect", "there was 79 per cent turnout by 6:00 pm CET", "The Central Election Commission in Belarus", "belarus_cec", "said", "say", BG, "")
F("79 per cent", "79", "percent", "turnout", stage="preliminary", note="intermediate: turnout 'by 6:00 pm CET' while the polls were open")
CLOCK("6:00 pm", "18", "CET")
S("indirect", "it found 5096 violations from observers", "Honest People", "honest_people", "said", "say", EO,
  f"Honest People (Chestnye Lyudi), domestic election monitors, {NIA} (a scorer should map it to empty); group election_observers ('an independent association … that monitors elections'); apposition excluded from the speaker")
F("5096", "5096", "items", "count", note="violations reported by domestic observers")
DEL("violations", Q, "", "violations of the vote found by domestic monitors, inside their reported clause; speaker Honest People not in actors.csv (cf. set E k03)", ctx="5096 violations")

# ---------------------------------------------------------------- v09 TRT World 2025-01-27 (exit poll)
art("v09_trt_2025")
TITLE("President", OUT, note="standfirst (kept as body text)", ctx="Belarusian President Alexander")
LEG("wins", OUT, note="win stated as fact in the standfirst")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="term")
F("five-year", "5", "years", "duration", subject="lukashenko", note="length of the term")
F("87.6%", "87.6", "percent", "vote_share", subject="lukashenko", stage="exit_poll", note="standfirst; the article's source is the exit poll (next paragraph)")
F("2.7%", "2.7", "percent", "vote_share", subject="syrankou", stage="exit_poll", note="'Sergei Sirankov' = syrankou (variant in actors.csv)")
TITLE("Incumbent President", OUT, note="fixed term")
S("indirect", "victory in Belarus's presidential election", "Incumbent President Aleksandr Lukashenko", "lukashenko", "claimed", "claim", BG,
  "[np-content] 'claimed victory' (a claim with a noun-phrase object; judgement call); a distanced win gives no win marker (markers.md §4.1)")
S("indirect", "earning 87.6 percent of the vote", "exit polls", "", "according to", "according to", BG,
  "[document-source] the phrase attaches to the participle clause (the smallest clause; judgement call); exit polls whose sponsor the sentence does not name: group belarus_government from context (the next sentence: Belarusian state television reported them; judgement call)")
F("87.6 percent", "87.6", "percent", "vote_share", subject="lukashenko", stage="exit_poll", ctx="earning 87.6 percent")
S("indirect", "the results", "Belarusian state television", "", "reported", "report", MED, "[np-content] results as a speech object of 'report' (statements.md §1.6: data/results made known)", ctx="reported the results")
CLOCK("8:00 p.m.", "20", "local time, polls closed")
LEG("won", OUT, note="'Lukashenko won the presidential race with a commanding 87.6 percent' (asserted win; 'commanding' is no qualifier of the closed list)")
F("87.6 percent", "87.6", "percent", "vote_share", subject="lukashenko", stage="exit_poll", ctx="commanding 87.6 percent")
F("2.7 percent", "2.7", "percent", "vote_share", subject="syrankou", stage="exit_poll")
F("1.8 percent", "1.8", "percent", "vote_share", subject="gaidukevich", stage="exit_poll")
F("1.6 percent", "1.6", "percent", "vote_share", subject="kanopatskaya", stage="exit_poll", note="'Anna Kanapatskaya'")
F("1.2 percent", "1.2", "percent", "vote_share", subject="khizhnyak", stage="exit_poll")
F("5.1 percent", "5.1", "percent", "against_all", stage="exit_poll", note="'\"against all candidates\" choice' (the name of the ballot option: a naming quote, no scare-quote row)")
F("11,948", "11948", "people", "count", note="exit poll respondents")
S("indirect", "a voter turnout of 81.5 percent as of 6:00 p.m. local time", "The Central Election Commission", "belarus_cec", "reported", "report", BG, "[np-content]")
F("81.5 percent", "81.5", "percent", "turnout", stage="preliminary", note="intermediate: turnout 'as of 6:00 p.m.' while the polls were open")
CLOCK("6:00 p.m.", "18", "local time")

# ---------------------------------------------------------------- v10 podrobnosti.org.ua (via Ukrinform/BelTA) 2025-01-26
art("v10_podrobnosti_2025")
DATE("January 21", "2025-01-21", "range lower (early voting)")
DATE("January 25", "2025-01-25", "range upper")
F("41.81%", "41.81", "percent", "turnout", stage="preliminary", note="early voting (21-25 Jan 2025)")
SCARE("\"elections\"", "the outlet's scare quote (Ukrainian outlet); no speaker in its sentence", ctx="early in the \"elections\"")
F("5,325", "5325", "items", "count", note="polling stations")
CLOCK("08:00", "8", "range lower (opening hours)")
CLOCK("20:00", "20", "range upper")
F("five", "5", "people", "count", note="candidates")
S("indirect", "The results of the \"elections\" for the president of Belarus will be announced by the Central Election Commission no later than February 5",
  "Igor Karpenko", "karpenka", "stated", "state", BG,
  "[inverted] 'the head of the CEC' apposition excluded; the quoted 'elections' inside his clause is his partial by rule (statements.md §10.9), although it is surely the outlet's scare quote (set E k09 decision)", key="p1")
S("partial", "elections", "Igor Karpenko", "karpenka", "stated", "state", BG, "[quote-mark-oddity] probably the outlet's scare quote; coded as his partial by rule (no scare-quote row)", parent="p1", ctx="of the \"elections\" for")
DATE("February 5", "2025-02-05", "future context")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="term ('will … remain in power for a seventh consecutive term'); 'predicted victory' is a forecast (no win marker)")
DATE("January 26", "2025-01-26", "polling day, future context (P = 26 Jan 2025)")
SCARE("\"elections\"", "'presidential \"elections\" on January 26' in the Ukrinform-credited sentence: 'As reported by Ukrinform' is the relay's credit (outlet voice, statements.md §1.6) and 'it is expected that' is agentless", ctx="presidential \"elections\" on")
PEJ("regime", OUT, target="belarus_government", note="'his regime refused to invite …'")
SCARE("\"elections,\"", "comma inside the marks kept in the span (markers.md §3.4)")
S("indirect", "they will demand non-recognition of these \"elections\" by the international community", "Democratic forces in Belarus", "belarus_opposition", "stated", "state", OPP,
  "'democratic forces' = belarus_opposition (variant); a demand stated as future: 'non-recognition' gets no recognition row (markers.md §4.2: an act stated as a promise or forecast)", key="p2")
S("partial", "elections", "Democratic forces in Belarus", "belarus_opposition", "stated", "state", OPP, "[quote-mark-oddity] the outlet's recurring scare quote, coded as their partial by rule", parent="p2", ctx="these \"elections\" by")
DATE("January 22", "2025-01-22")
S("indirect", "EU countries and the international community not to recognize the results of the fake presidential elections in Belarus", "Members of the European Parliament", "european_parliament", "called on", "call on", EU_,
  "MEPs adopting the EP resolution of 22 Jan 2025: the European Parliament")
NONREC("not to recognize", Q, "european_parliament", "requested non-recognition (as set D h06 'requested not to recognise'); 'fake presidential elections' in its object is not coded separately (markers.md §3.4: only the outer predicate)")
S("indirect", "recognizing Lukashenko's legitimacy after the \"voting\" in Belarus is not relevant for Ukraine, which also stands in solidarity with the position of democratic countries regarding the lack of conditions for holding elections in Belarus according to OSCE standards",
  "the spokesperson for the Ministry of Foreign Affairs of Ukraine, Georgiy Tikhiy", "tykhyi", "declared", "declare", OG,
  f"Heorhii Tykhyi, Ukrainian MFA spokesperson, {NIA} (a scorer should map it to empty); group from 'Ukraine'", key="p3")
S("partial", "voting", "the spokesperson for the Ministry of Foreign Affairs of Ukraine, Georgiy Tikhiy", "tykhyi", "declared", "declare", OG, f"[quote-mark-oddity] probably the outlet's scare quote; his partial by rule; {NIA}", parent="p3", ctx="\"voting\" in Belarus")
DEL("lack of conditions for holding elections in Belarus according to OSCE standards", Q, "", "standards verdict in the spokesman's clause ('a lack of compliance with democratic commitments', markers.md §4.1); speaker not in actors.csv. 'recognizing Lukashenko's legitimacy … is not relevant' is not coded (neither recognition nor a refusal in the guide's terms; judgement call)")

# ---------------------------------------------------------------- v11 The Diplomat in Spain 2025-01-27 (Spanish MFA)
art("v11_diplomatinspain_2025")
S("indirect", "the presidential elections in Belarus, held this Sunday and in which Alexander Lukashenko was re-elected with almost 90 percent of the votes, have not met “minimum democratic standards.”",
  "The Spanish government", "", "said", "say", WG, "Spanish government: no row in actors.csv; group from 'Spanish'", key="d1")
DATE("Sunday", "2025-01-26", "'held this Sunday'")
F("90 percent", "90", "percent", "vote_share", qual="almost", subject="lukashenko", stage="preliminary", note="the preliminary 86.82% (27 Jan), loosely rounded by the outlet; 're-elected' gets no win marker (the sentence's clause of the verdict delegitimises the vote)")
DEL("have not met “minimum democratic standards", Q, "", "standards verdict from the negation to 'standards' (the opening mark falls inside the span); speaker the Spanish government, not in actors.csv")
S("partial", "minimum democratic standards.", "The Spanish government", "", "said", "say", WG, "", parent="d1")
S("direct", "The Spanish government has closely followed the development of the presidential elections in Belarus on January 26 and notes that this process has not been in accordance with the minimum democratic standards, with serious restrictions on political participation and the work of independent media,",
  "the Ministry of Foreign Affairs", "", "said", "say", WG, "[inverted] the Spanish MFA (description resolved by the sentence before); 'in a statement' excluded")
DATE("January 26", "2025-01-26", "inside the quotation")
DEL("has not been in accordance with the minimum democratic standards", Q, "", "negated standards verdict; speaker the Spanish MFA, not in actors.csv")
S("direct", "Spain fully supports the democratic aspirations of the Belarusian people and the democratic opposition, and demands the holding of free, inclusive elections with all guarantees, observed by an international mission of the Organization for Security and Cooperation in Europe (OSCE),",
  "it", "", "continued", "continue", WG, "[inverted] 'it' = the ministry")
S("direct", "At the same time, Spain demands an end to repression and full respect for human rights and fundamental freedoms, including the right to opinion, demonstration and political participation, as well as the immediate and unconditional release of all political prisoners,",
  "she", "", "concluded", "conclude", WG, "[inverted] 'she' (sic; probably the translator's rendering of the feminine 'la' for the ministry/government); the Spanish MFA by context")
S("indirect", "Lukashenko has secured a seventh term until at least 2030", "the first results", "belarus_cec", "According to", "according to", BG, "[document-source] 'the first results' = the CEC's preliminary results")
LEG("secured a seventh term", OUT, note="'secured his … term' (markers.md §4.1, third round) under an evidential hedge; no delegitimising term in the sentence")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="term")
DATE("2030", "2030", "'until at least 2030' (end of the term; 'at least' bounds a date, not a quantity: no qualifier)")
S("indirect", "Lukashenko’s self-proclamation constitutes a “flagrant affront to democracy” and that the president has “no legitimacy”",
  "The EU High Representative for Foreign and Security Policy, Kaja Kallas", "kallas", "declared", "declare", EU_, "name in apposition after the title kept (§6)", key="d2")
DEL("self-proclamation", Q, "kallas", "cf. 'self-inauguration', 'awarded himself' (markers.md §4.1)")
DEL("flagrant affront to democracy", Q, "kallas", "Kallas's verdict on the declared result (judgement call: no listed term, but a verdict that the outcome violates democracy)")
S("partial", "flagrant affront to democracy", "The EU High Representative for Foreign and Security Policy, Kaja Kallas", "kallas", "declared", "declare", EU_, "", parent="d2")
TITLE("president", OUT, note="'the president has “no legitimacy”': the title outside the marks, inside reported speech: outlet voice", ctx="the president has")
S("partial", "no legitimacy", "The EU High Representative for Foreign and Security Policy, Kaja Kallas", "kallas", "declared", "declare", EU_, "", parent="d2")
DEL("no legitimacy", Q, "kallas")
S("indirect", "the presidential elections are “undemocratic” and a “farce”", "The European Commission", "", "warned", "warn", EU_,
  "European Commission: no row in actors.csv; group from speaker_groups.csv; the abbreviation '(EC)' left out of the speaker", key="d3")
DATE("last Thursday", "2025-01-23", "most recent Thursday before P (Monday 27 Jan 2025)")
S("partial", "undemocratic", "The European Commission", "", "warned", "warn", EU_, "", parent="d3", ctx="“undemocratic” and a")
DEL("undemocratic", Q, "", "European Commission: not in actors.csv", ctx="“undemocratic” and a")
S("partial", "farce", "The European Commission", "", "warned", "warn", EU_, "", parent="d3")
DEL("farce", Q, "", "European Commission: not in actors.csv")

# ---------------------------------------------------------------- v12 TASS 2020-08-23 (Lavrov on the OSCE)
art("v12_tass_2020")
DATE("August 23", "2020-08-23", "dateline")
S("indirect", "The Organization for Security and Cooperation in Europe (OSCE) should have accepted Belarusian President Alexander Lukashenko’s invitation to send observers to the presidential elections in Belarus",
  "Russian Foreign Minister Sergey Lavrov", "lavrov", "said", "say", RG, "[inverted] 'on Sunday' excluded")
TITLE("President", OUT, note="title on a name inside reported speech, outside marks: outlet voice", ctx="Belarusian President Alexander")
DATE("Sunday", "2020-08-23", "same-day news (P = Sunday 23 Aug 2020)")
S("indirect", "the OSCE refused to send observers to Belarus saying the invitation had been received in violation of time limits", "Lavrov", "lavrov", "According to", "according to", RG,
  "the OSCE's 'saying …' inside Lavrov's account is reported by him, not inserted by the author: no row of its own")
S("direct", "With no observers the West brands as independent present, it would be very difficult to persuade anyone that the results of the presidential polls were exactly converse to those that were announced,",
  "he", "lavrov", "said", "say", RG, "[inverted] 'at a nationwide youth forum …' excluded", key="l1")
S("direct", "It is impossible to prove that President Lukashenko lost these elections without accepting his invitation. This possibility was ignored. I think they should not have done that. It was a big mistake.",
  "he", "lavrov", "said", "say", RG, "later piece of the interrupted quotation: same speaker and cue, no parent (set E convention)")
TITLE("President", Q, "lavrov", "inside Lavrov's quotation", ctx="that President Lukashenko")
S("indirect", "observers from the Commonwealth of Independent States (CIS), the CIS Parliamentary Assembly and some of the CIS nations had reported \"no serious violations capable of impacting the elections outcome.\"",
  "He", "lavrov", "noted", "note", RG, "the observers' 'had reported' inside Lavrov's clause is his account (not inserted by the author): no row of its own", key="l2")
S("partial", "no serious violations capable of impacting the elections outcome.", "He", "lavrov", "noted", "note", RG,
  "a quoted fragment inside a clause attributed to Lavrov is his partial (statements.md §10.9); the words are the observers' report", parent="l2")
LEG("no serious violations", Q, "cis_observers", "'observers found no violations' (markers.md §4.1 state-media vocabulary); the innermost named speaker is the CIS observers (markers.md §3.1 nesting)")

# ---------------------------------------------------------------- v13 TASS 2020-08-09 (polling day)
art("v13_tass_2020")
DATE("August 9", "2020-08-09", "dateline", ctx="MINSK, August 9")
S("indirect", "More than 5,700 polling stations opened on Sunday in the presidential election in Belarus", "the Central Election Commission", "belarus_cec", "told TASS", "tell", BG, "[inverted]")
F("5,700", "5700", "items", "count", qual="more than", note="polling stations")
DATE("Sunday", "2020-08-09", "same-day news (P = Sunday 9 Aug 2020)")
S("direct", "Some 5,767 ballot stations were arranged for vote in the presidential election, all of them are ready to receive voters,", "the CEC", "belarus_cec", "said", "say", BG, "[inverted]")
F("5,767", "5767", "items", "count", qual="some", note="polling stations")
S("indirect", "Some 44 polling stations opened abroad", "the commission", "belarus_cec", "according to", "according to", BG, "[inverted] 'the commission' = the CEC named before")
F("44", "44", "items", "count", qual="some", note="polling stations abroad")
F("6.8 mln", "6800000", "people", "electorate", qual="nearly", note="eligible voters (pre-election voter lists); stage empty: published before any announcement of results")
F("32.24%", "32.24", "percent", "turnout", qual="some", stage="preliminary", note="early voting (4-8 Aug 2020), CEC figure")
DATE("August 4", "2020-08-04")
DATE("August 8", "2020-08-08")
F("first", "1", "ordinal", "ordinal", note="'in the first half of the day' (ordinal modifying the noun); 'half' of the day is a part of the day, not coded (judgement call); 'Minsk expects that …' is an expectation, not a communicative act (not coded; 'will be recognized as valid' is a forecast: no marker)")
F("half", "50", "percent", "turnout", qual="more than", note="threshold for validity ('more than half of voters should cast their ballots'); fraction", thr="1", ctx="more than half of voters")
F("Five", "5", "people", "count", note="candidates")
TITLE("incumbent head of state", OUT, note="'incumbent head of state Alexander Lukashenko'")
F("65", "65", "years", "age", subject="lukashenko")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="'his sixth presidential term' (sought)")

# ---------------------------------------------------------------- v14 Xinhua via IANS (Sakshi Post) 2025-01-26
art("v14_sakshipost_2025")
DATE("Jan 26", "2025-01-26", "dateline")
DATE("Sunday", "2025-01-26", "same-day news (P = Sunday 26 Jan 2025)")
CLOCK("8:00 a.m.", "8", "local time, polls open")
CLOCK("0500", "5", "GMT")
CLOCK("8 p.m.", "20", "local time, polls close")
CLOCK("1700", "17", "GMT")
F("Five", "5", "people", "count", note="candidates; 'Xinhua news agency reported' is the credit of the text's source (outlet voice, statements.md §1.6): no statement row")
TITLE("incumbent President", OUT, note="fixed term")
S("indirect", "Voters will cast their ballots at 5,325 polling stations nationwide and the number of voters stands at about 6.9 million", "the country's Central Election Commission", "belarus_cec", "according to", "according to", BG, "[inverted]")
F("5,325", "5325", "items", "count", note="polling stations", ctx="at 5,325 polling")
F("6.9 million", "6900000", "people", "electorate", qual="about", note="registered voters; stage empty (voter lists, before any result)")
F("half", "50", "percent", "turnout", qual="more than", note="validity threshold; fraction", thr="1", ctx="valid if more than half")
F("half", "50", "percent", "vote_share", qual="more than", note="threshold to be elected; fraction", thr="1", ctx="supported by more than half")
DATE("January 21", "2025-01-21", "range lower")
F("25", "", "date", "date", iso="2025-01-25", note="range upper ('from January 21 to 25')", ctx="to 25.")
S("indirect", "41.81 per cent of eligible voters have cast their ballots during the five-day early voting session, which is organised for those unable to vote on the election day",
  "The Central Election Commission", "belarus_cec", "said", "say", BG, "'Saturday' after the cue excluded; the relative clause on a noun of the content stays in it")
DATE("Saturday", "2025-01-25", "most recent Saturday before P")
F("41.81 per cent", "41.81", "percent", "turnout", stage="preliminary", note="early voting (21-25 Jan 2025)")
F("five-day", "5", "days", "duration", note="early voting session")
S("indirect", "formation of polling stations for the presidential elections in the country", "the Central Election Commission", "belarus_cec", "confirmed", "confirm", BG, "[np-content]")
F("5,325", "5325", "items", "count", note="polling stations", ctx="total of 5,325")
F("925", "925", "items", "count", note="polling stations, regional (Gomel region)")
F("894", "894", "items", "count", note="polling stations, regional (Minsk region)")
F("861", "861", "items", "count", note="polling stations, regional (Brest region)")
F("701", "701", "items", "count", note="polling stations, city of Minsk")
F("683", "683", "items", "count", note="polling stations, regional (Mogilev region)")
F("672", "672", "items", "count", note="polling stations, regional (Vitebsk region)")
F("589", "589", "items", "count", note="polling stations, regional (Grodno region)")
S("indirect", "Belarus' president is chosen through direct elections and a candidate winning more than 50 per cent of the vote will be elected", "the law", "", "According to", "according to", BG,
  "[document-source] Belarusian law (the Electoral Code) as the source of the rule (judgement call); the rule's 'will be elected' gives no win marker")
F("50 per cent", "50", "percent", "vote_share", qual="more than", note="threshold to be elected in the first round", thr="1")
F("two", "2", "people", "count", note="'the two leading candidates'")
F("second", "2", "ordinal", "ordinal", note="'a second round'")
F("five years", "5", "years", "duration", note="'every five years' (term length)")
DATE("August 9, 2020", "2020-08-09")
LEG("reelected", OUT, note="'Lukashenko was reelected president for the sixth time with 80.1 per cent' (the 2020 election, one of the studied votes: coded, markers.md §4.1); 'president' after 'reelected' names the office (no title row)")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="'for the sixth time'")
F("80.1 per cent", "80.1", "percent", "vote_share", subject="lukashenko", stage="final", note="result of the 2020 election (final 80.10%) in a 2025 text")
