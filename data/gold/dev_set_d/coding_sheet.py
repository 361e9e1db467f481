# -*- coding: utf-8 -*-
# Held-out gold set D coding sheet. S = statement, F = figure, M = polar marker / scare quote / official title.
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

BG, RG, WG, EU_, OG = "belarus_government", "russian_government", "western_government", "eu_institution", "other_government"

# ---------------------------------------------------------------- h01 Sputnik via UrduPoint 2020-08-09 (Lukashenko on election day)
art("h01_sputnik_2020")
DATE("09th August, 2020", "2020-08-09", "dateline (credit line kept as body text, as in sets A-C)")
TITLE("President", OUT, "", "'Belarusian President Alexander Lukashenko'; nationality adjective left out", ctx="Belarusian President Alexander")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term ('running for a sixth term')")
S("indirect", "he did not expect the result of the presidential vote to be recognized internationally", "Belarusian President Alexander Lukashenko", "lukashenko", "said", "say", BG,
  "relative clause 'who is running for a sixth term' excluded from the speaker; 'on Sunday' between cue and complement skipped; the expectation about others' recognition is not itself a recognition marker")
DATE("Sunday", "2020-08-09", "same-day news (P = polling day)", ctx="said on Sunday")
S("direct", "Do not expect them to curtsy in front of us and say, 'Well done, Belarus.", "Lukashenko", "lukashenko", "told reporters", "tell", BG,
  "[inverted] [quote-mark-oddity] the stored page breaks the quotation with a blank line inside the nested single-quoted phrase ('Well done, Belarus. / ' politics …'); spans must not cross a line break, so the quote is two rows (cf. set C c06); 'after he was asked whether …' is not coded (set C: 'Asked about …')")
S("direct", "' politics is a struggle,", "Lukashenko", "lukashenko", "told reporters", "tell", BG,
  "[inverted] [quote-mark-oddity] second piece of the same quotation after the page's paragraph break; starts with the stray closing single mark of the nested quote; no parent (one speech act split by the page)")
S("indirect", "he had the nation's best interests at heart", "He", "lukashenko", "said", "say", BG, "He = Lukashenko")
S("direct", "I want the country to enjoy peace and quiet.", "He", "lukashenko", "adding", "add", BG, "quotation after 'adding' without a colon; shared subject")
DATE("Sunday", "2020-08-09", "", ctx="polls on Sunday")
F("1990s", "", "date", "date", note="unresolved: a decade ('since the early 1990s'), no year; iso_date left empty (figures.md §11 decades)")
F("four", "4", "people", "count", note="other candidates")
CLOCK("8 p.m.", "20", "polls close, local time")
CLOCK("17:00", "17", "'17:00 GMT'; time-zone abbreviation left out like 'local time'")

# ---------------------------------------------------------------- h02 Sputnik via UrduPoint 2020-08-15 (Lukashenko seeks talks with Putin)
art("h02_sputnik_2020")
DATE("15th August, 2020", "2020-08-15", "dateline (credit line)")
TITLE("President", OUT, "", "'Belarus President Alexander Lukashenko'", ctx="Belarus President Alexander")
S("indirect", "he was seeking to discuss the current situation in Belarus with Russian President Vladimir Putin", "Belarus President Alexander Lukashenko", "lukashenko", "said", "say", BG,
  "'on Saturday that' between cue and complement skipped")
DATE("Saturday", "2020-08-15")
DATE("Sunday", "2020-08-09", "past context, most recent Sunday before P (polling day)", ctx="On Sunday, Belarus")
S("indirect", "Lukashenko secured his sixth term with over 80 percent of the vote", "the Belarusian Central Election Commission", "belarus_cec", "According to", "according to", BG,
  "'According to' + an institution as speaker (statements.md §10.15 applies to results documents; here the CEC itself is named)")
LEG("secured his sixth term", Q, "belarus_cec", "markers.md §4.1 third round 'secured his … term'; 'according to' + the CEC (an organisation) puts the clause in quoted voice (§3.1.4)")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term", ctx="his sixth term")
F("80 percent", "80", "percent", "vote_share", qual="over", subject="lukashenko", stage="final", note="CEC figure cited on 15 Aug 2020; the final result (80.10%) was announced on 14 Aug, so the latest stage by P is final")
S("indirect", "the election results", "The country's opposition", "belarus_opposition", "challenged", "challenge", "belarus_opposition",
  "[np-content] challenging a result = disputing a claim (cf. set C c05 'challenged … claim', cue 'dispute' in §1.2); relative clause 'which consolidated around …' excluded")
DEL("challenged the election results", OUT, "", "challenge to the result by critics (markers.md §4.1 'questioned the results', 'seeks to challenge the outcome'); the reporting predicate is the outlet's")
S("indirect", "the authorities of massive falsifications during the voting", "The country's opposition", "belarus_opposition", "accusing", "accuse", "belarus_opposition",
  "shared subject of 'has challenged …, accusing'")
DEL("falsifications", Q, "belarus_opposition", "Y of 'accuse X of Y' is the speaker's content (§3.1.3); speaker 'the opposition' (belarus_opposition)")
S("direct", "We see what is happening in the deep. We see this very well. And then, we have read study guides of color revolutions. Moreover ... there are elements of external interference ... It means that the aggression against Belarus is going in line with a scenario. I need to contact Putin urgently, because this threat is relevant not only for Belarus,",
  "Lukashenko", "lukashenko", "said", "say", BG, "[inverted] [editorial-brackets] ellipses '...' inside the quotation kept; 'as quoted by Belta' is a relaying medium, not the speaker (§10.13)")
S("indirect", "those who encourage people to take to the streets are \"sometimes working professionally,\" using fake news and fake footage of the events", "the Belarus leader", "lukashenko", "According to", "according to", BG,
  "the Belarus leader = Lukashenko; the participial 'using …' belongs to the content clause", key="al")
S("partial", "sometimes working professionally,", "the Belarus leader", "lukashenko", "According to", "according to", BG, "", parent="al")

# ---------------------------------------------------------------- h03 Sputnik via UrduPoint 2020-05-04 (election before end of August)
art("h03_sputnik_2020")
DATE("04th May, 2020", "2020-05-04", "dateline (credit line)")
S("indirect", "Belarus will not postpone the presidential election and will have it before the end of August deadline despite the pandemic", "President Alexander Lukashenko", "lukashenko", "said", "say", BG, "[inverted]")
DATE("August", "2020-08", "future context ('will have it before the end of August deadline'): first August on or after P", ctx="end of August deadline")
TITLE("President", OUT, "", "title in the speaker NP after the fronted content", ctx="President Alexander Lukashenko said")
DATE("Monday", "2020-05-04")
S("direct", "We have no reason to postpone them [the election] here; there is no constitutional way to postpone these elections.", "Lukashenko", "lukashenko", "said", "say", BG,
  "[editorial-brackets] [quote-mark-oddity] first paragraph of a two-paragraph quotation whose second paragraph does not reopen the marks; the attribution follows the second paragraph")
S("direct", "Therefore, we will hold elections, we will determine the date in the near future. It will most definitely be held in the summer. The deadline is the end of August,", "Lukashenko", "lukashenko", "said", "say", BG,
  "[inverted] [quote-mark-oddity] second paragraph of the same quotation (no opening mark on the page); 'as quoted by the Belta news agency' = relaying medium, not the speaker")
DATE("August", "2020-08", "inside the quote; future context", ctx="end of August,\"")
S("indirect", "August 30 is the only possible date to hold the 2020 presidential election", "Lidia Ermoshina", "yermoshina", "told", "tell", BG,
  "spelling 'Ermoshina' = Yermoshina (actors.csv); apposition 'the head of the country's Central Electoral Commission' excluded; addressee 'Sputnik' is the outlet's own agency")
DATE("August 30", "2020-08-30", "a possible polling date named before the date was set (present tense, prospective): first 30 August on or after P")
DATE("2020", "2020", "'the 2020 presidential election'", ctx="the 2020 presidential")

# ---------------------------------------------------------------- h04 TASS 2025-01-27 (Russian MFA statement)
art("h04_tass_2025")
DATE("January 27", "2025-01-27", "dateline")
S("indirect", "Moscow congratulates Belarus on a successful presidential election and reiterates its respect for the sovereign will of the country’s people", "the Russian Foreign Ministry", "russia_mfa", "said", "say", RG,
  "[inverted] 'in a statement' excluded")
REC("congratulates", Q, "russia_mfa", "content clause of 'said'; congratulating the state on the election = recognition of the result")
LEG("successful", Q, "russia_mfa", "'a successful presidential election' (markers.md §4.1 third round 'successful conduct')", ctx="a successful presidential")
LEG("sovereign will of the country’s people", Q, "russia_mfa", "officials' vocabulary 'sovereign will of the citizens' (§4.1 third round)")
S("direct", "Moscow welcomes the success of the election held in Belarus on January 26, where, according to preliminary data from the Central Election Commission, incumbent head of state Alexander Lukashenko secured a landslide victory, gaining nearly 87% of the vote, with voter turnout reaching 81.5%. Russia respects the sovereign will of the fraternal people of Belarus,",
  "the statement", "russia_mfa", "reads", "read", RG, "[inverted] [document-source] the MFA's statement; the 'according to … Central Election Commission' inside the quote is not coded (§1: nothing inside a direct quote)")
REC("welcomes", Q, "russia_mfa", "welcoming the result = recognition (§4.2 'the Kremlin welcomed Lukashenko's victory')", ctx="Moscow welcomes")
LEG("success", Q, "russia_mfa", "'the success of the election' (cf. 'successful conduct'); object of the recognition verb but itself a praise of the vote", ctx="the success of the election")
DATE("January 26", "2025-01-26")
TITLE("incumbent head of state", Q, "russia_mfa", "'incumbent' + 'head of state' (§4.3 list); inside the MFA's quote")
LEG("landslide victory", Q, "russia_mfa", "fixed term; 'secured' left out")
F("87%", "87", "percent", "vote_share", qual="nearly", subject="lukashenko", stage="preliminary", note="in the MFA's quote, 'according to preliminary data from the CEC'")
F("81.5%", "81.5", "percent", "turnout", stage="preliminary", note="as given in the MFA's statement; differs from the CEC's polling-night 85.70% (probably an earlier intermediate figure); judgement call")
LEG("sovereign will of the fraternal people of Belarus", Q, "russia_mfa", "as above")
S("indirect", "over 44,000 domestic and 486 international observers from 52 countries had monitored the election", "The Russian Foreign Ministry", "russia_mfa", "pointed out", "point out", RG, "")
F("44,000", "44000", "people", "count", qual="over", note="domestic observers")
F("486", "486", "people", "count", note="international observers")
F("52", "52", "items", "count", note="countries")
S("direct", "A total of 331 foreign journalists from 23 countries covered the event. A number of international organizations sent their observer missions to the country, including the Commonwealth of Independent States, the Shanghai Cooperation Organization, the Collective Security Treaty Organization and the Conference on Interaction and Confidence-Building Measures in Asia. Almost all observers praised the election, describing it as free and open, and saying that the vote had been held in compliance with national and international laws,",
  "the statement", "russia_mfa", "adds", "add", RG, "[inverted] [document-source] the observers' praise inside the quote is not coded separately (§1)")
F("331", "331", "people", "count", note="foreign journalists")
F("23", "23", "items", "count", note="countries", ctx="from 23 countries")
LEG("free and open", Q, "russia_mfa", "state-media/official vocabulary (§4.1); the observers are not a named actor, so the innermost named speaker is the MFA")
LEG("in compliance with national and international laws", Q, "russia_mfa", "cf. 'in compliance with the electoral laws' (§4.1)")
S("indirect", "Moscow condemned baseless and biased statements by officials from the European Union, the Office for Democratic Institutions and Human Rights of the Organization for Security and Cooperation in Europe (OSCE ODIHR) and certain Western counties, who sought to paint the election as \"rigged\" and \"illegitimate.\"",
  "The Russian Foreign Ministry", "russia_mfa", "stressed", "stress", RG, "span ends with the closing mark; 'Moscow condemned' inside it is the same speaker (not coded again); the subheading 'West’s double standards' is not coded", key="st")
S("indirect", "as \"rigged\" and \"illegitimate.\"",
  "officials from the European Union, the Office for Democratic Institutions and Human Rights of the Organization for Security and Cooperation in Europe (OSCE ODIHR) and certain Western counties",
  "western_governments", "paint", "paint", WG,
  "nested row of a different speaker inserted in the MFA's clause (§1); 'paint X as Y' = describe X as Y; object precedes the cue (relative 'who'), span after the cue; coordinated EU, OSCE and Western speakers -> collective western_governments (§7); 'counties' [sic]", key="pa", parent="st")
S("partial", "rigged", "officials from the European Union, the Office for Democratic Institutions and Human Rights of the Organization for Security and Cooperation in Europe (OSCE ODIHR) and certain Western counties",
  "western_governments", "paint", "paint", WG, "", parent="pa")
S("partial", "illegitimate.", "officials from the European Union, the Office for Democratic Institutions and Human Rights of the Organization for Security and Cooperation in Europe (OSCE ODIHR) and certain Western counties",
  "western_governments", "paint", "paint", WG, "", parent="pa")
DEL("rigged", Q, "western_governments", "the Western officials' description as reported by the MFA (innermost speaker, §3.1 nesting)")
DEL("illegitimate", Q, "western_governments", "as above")

# ---------------------------------------------------------------- h05 news.by 2025-01-26 (Lukashenko votes)
art("h05_newsby_2025")
TITLE("President", OUT, "", "'President of Belarus' (the contested office)", ctx="President of Belarus Alexander")
S("indirect", "President of Belarus Alexander Lukashenko cast his vote in the presidential elections", "BELTA", "belta", "reported", "report", "media",
  "[inverted] a medium is the speaker when it is the only named source of the clause (set C decision)")
TITLE("head of state", OUT, "", "'The head of state participated'")
DATE("January 21", "2025-01-21", "range lower ('January 21-25')")
DATE("25", "2025-01-25", "range upper", ctx="21-25")
F("41.81 %", "41.81", "percent", "turnout", stage="preliminary", note="early voting (21–25 January), CEC figure; space before % as on the page")
F("5,325", "5325", "items", "count", note="polling stations")
DATE("January 26", "2025-01-26", "'the main election day'")
CLOCK("8:00", "8", "opening, range lower")
CLOCK("20:00", "20", "closing, range upper")

# ---------------------------------------------------------------- h06 Pravda network 2025-01-27 (CEC preliminary result)
art("h06_pravda_2025")
S("indirect", "Alexander Lukashenko is in the lead in the Belarusian presidential election", "CEC chairman Igor Karpenko", "karpenka", "said", "say", BG, "[inverted] 'at a briefing' excluded")
S("direct", "According to preliminary data from the regional and Minsk city commissions... Alexander Grigorievich Lukashenko has 86.82 per cent,", "he", "karpenka", "said", "say", BG,
  "[inverted] [editorial-brackets] [quote-mark-oddity] single curly marks ‘…’ as the quotation marks; ellipsis '...' kept; he = Karpenko")
F("86.82 per cent", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="inside Karpenko's quote; preliminary data")
S("indirect", "the final turnout at the presidential election was 85.70 per cent", "the central election commission", "belarus_cec", "According to", "according to", BG, "")
F("85.70 per cent", "85.7", "percent", "turnout", stage="preliminary", note="called 'final turnout' = the CEC's polling-night figure, which figures.md §15 treats as preliminary")
DATE("January 22", "2025-01-22", "past context")
S("indirect", "the EU countries not to recognise the results of the Belarusian presidential election, as well as to continue expanding sanctions against the country", "deputies of the European Parliament", "european_parliament", "calling on", "call on", EU_,
  "request; 'adopted a resolution … by a majority vote, calling on' = the resolution's content; deputies of the EP speak as the EP; the line 'It is worth paying attention to the extremely hypocritical position of the EU countries' (no final period, heading-like) is the outlet's voice, not coded")
NONREC("not to recognise", Q, "european_parliament", "a requested non-recognition in the EP's request: the EP's own stance (judgement call; a promise/forecast would not be coded)")

# ---------------------------------------------------------------- h07 Riigikogu 2020-08-11 (chairs of foreign affairs committees)
art("h07_riigikogu_2020")
S("indirect", "the Belarusian authorities to release all political prisoners as well as those illegitimately detained in recent days, and to initiate a social dialogue for the much-expected changes",
  "the Chairs of the Foreign Affairs Committees of the Parliaments of Estonia, Latvia, Lithuania and Poland", "", "call on", "call on", WG,
  "request; 'In their Joint Statement' is an adjunct; coordinated parliamentary speakers with no row in actors.csv: group of their countries (western_government), no actor")
S("direct", "We follow with regret the events in Belarus and the repressions against the citizens and media there during the presidential elections,",
  "Chairman of the Foreign Affairs Committee of the Riigikogu (Parliament of Estonia) Enn Eesmaa", "enn_eesmaa", "said", "say", WG,
  "[inverted] " + NIA + " (chair of the Estonian parliament's foreign affairs committee; title + name kept whole, §6)")
S("direct", "By depriving the citizens of the right to free elections, the general standards of democracy and human rights are ignored. With colleagues, we condemn such activities and underline that we are consistently ready to support the well-being of Belarusian society as well as the sovereignty of the Belarusian state,",
  "Eesmaa", "enn_eesmaa", "said", "say", WG, "[inverted] second quotation with its own attribution; " + NIA)
DEL("depriving the citizens of the right to free elections", Q, "", "cf. set C 'deprived of a vote' and set B 'deprived of its right to vote'; speaker Eesmaa not in actors.csv, so speaker_actor_id empty")
S("indirect", "the right of free election is a fundamental value of democracy, and freedom of speech and assembly are among the fundamental human rights",
  "The Joint Statement of the Chairs of the Foreign Affairs Committees", "", "points out", "point out", WG, "[document-source] issuer (the chairs) not in actors.csv: group only")
S("direct", "The activities that we are observing do not fit within the democratic standards,", "the Statement", "", "says", "say", WG, "[inverted] [document-source]")
DEL("do not fit within the democratic standards", Q, "", "standards verdict (markers.md §4.1 'did not meet … standards'); about the conduct of the authorities around the vote; speaker (the chairs' statement) not in actors.csv; judgement call")
S("direct", "We are convinced that following the path of dialogue and reforms will contribute to the development of Belarus, further deepening of good-neighbourly relations between Belarus and the countries of our region, as well as the revival of fruitful relations with the European Union. We are ready to support these efforts by seeking constructive solutions for our common future,",
  "the Chairs of the Foreign Affairs Committees", "", "emphasise", "emphasise", WG, "[inverted] 'in their Joint Statement' excluded")

# ---------------------------------------------------------------- h08 Latvian MFA 2021-02-07 (Baltic foreign ministers, Day of Solidarity with Belarus)
art("h08_latviamfa_2021")
S("indirect", "their support for the people of Belarus", "The Foreign Ministers of Estonia, Latvia and Lithuania", "western_governments", "express", "express", WG,
  "[np-content] publisher's performative (a ministry's own release, §1 exception); 'express' + NP without clause -> the NP (§3); coordinated Western ministers -> western_governments (§7); adjunct 'on the occasion of …' skipped")
DATE("August", "2020-08", "'Since August': past context, most recent August before P (the 2020 election month)")
S("indirect", "the Belarusian authorities to immediately and unconditionally release all arbitrarily detained persons, including political prisoners and media workers, and hold perpetrators to account",
  "Estonia, Latvia and Lithuania", "western_governments", "requests", "request", WG,
  "nominal request cue ('reiterate their repeated requests to X to …'); content from X (§3 'X urged Y to Z' -> from Y); judgement call on the cue (alternative: 'reiterate')")
S("indirect", "the authorities to avoid further use of violence, engage in a genuine political dialogue with the people and ensure the holding of free and fair elections in line with international standards and under the OSCE / ODIHR’s observation",
  "They", "western_governments", "call on", "call on", WG, "They = the three states; 'free and fair elections' here is demanded (no marker)")

# ---------------------------------------------------------------- h09 Global Affairs Canada 2025-01-27 (sanctions after the 2025 election)
art("h09_canada_2025")
S("indirect", "Canada is imposing new sanctions against 10 individuals and 12 entities under the Special Economic Measures (Belarus) Regulations in response to ongoing gross and systematic human rights violations committed by the Lukashenko regime in Belarus, as well as its support of Russia’s violation of Ukraine’s sovereignty and territorial integrity",
  "The Honourable Mélanie Joly", "joly", "announced", "announce", WG,
  "announcement of the minister in the ministry's own release (explicit speech act with a content clause; §1 exception); apposition ', Minister of Foreign Affairs,' and 'today' excluded; the rest of the release (narration of the sanctions) is not coded")
F("10", "10", "people", "count", note="individuals sanctioned")
F("12", "12", "items", "count", note="entities sanctioned")
PEJ("regime", OUT, "", "belarus_government", "'the Lukashenko regime' inside Joly's announced clause, no quotation marks: a label on a name stays the outlet's (here the publisher's) voice (markers.md §3.1.4)", ctx="Lukashenko regime in Belarus")
DATE("2020", "2020", "'the 2020 presidential election'")
S("indirect", "as “severely flawed, not transparent, free or fair,”", "the Organization for Security and Co-operation in Europe (OSCE)", "osce", "described", "describe", "international_organisation",
  "object precedes the cue (relative 'which' = the 2020 election): span after the cue (§3); ends with the closing mark", key="os")
S("partial", "severely flawed, not transparent, free or fair,", "the Organization for Security and Co-operation in Europe (OSCE)", "osce", "described", "describe", "international_organisation", "", parent="os")
DEL("flawed, not transparent, free or fair", Q, "osce", "one coordinated verdict ('flawed' §4.1 challenges/flaws; 'not transparent, free or fair' negated verdict); intensifier 'severely' left out; about the 2020 election (target lukashenko)")
PEJ("regime", OUT, "", "belarus_government", "publisher voice", ctx="the Lukashenko regime brutally")
F("three", "3", "items", "count", note="Belarusian state organizations")
PEJ("regime", OUT, "", "belarus_government", "'the instructions of the regime'", ctx="instructions of the regime")
F("nine", "9", "items", "count", note="entities of the military-industrial complex")

# ---------------------------------------------------------------- h10 Interfax 2020-08-10 (CEC preliminary result)
art("h10_interfax_2020")
DATE("Aug 10", "2020-08-10", "dateline")
S("indirect", "Incumbent Belarusian President Alexander Lukashenko gained 80.23% of the vote, while Svetlana Tikhanovskaya gained 9.9%",
  "Belarusian Central Elections Commission (CEC) Chairperson Lidia Yermoshina", "yermoshina", "said", "say", BG,
  "[inverted] title + name kept whole (§6); 'at a press briefing on Monday' excluded; 'citing preliminary data' is not a statement (object is a source, not content)")
TITLE("Incumbent Belarusian President", OUT, "", "'Incumbent … President' with the nationality adjective in between (the span cannot skip it); a title on a name inside reported speech stays the outlet's (§3.1.4); judgement call on the span")
F("80.23%", "80.23", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="CEC preliminary result announced 10 Aug 2020")
F("9.9%", "9.9", "percent", "vote_share", subject="tsikhanouskaya", stage="preliminary", note="'Svetlana Tikhanovskaya gained 9.9%'")
DATE("Monday", "2020-08-10")
S("indirect", "Andrei Dmitriyev gained 1.04% of the vote, Anna Kanopatskaya gained 1.68%, and Sergei Cherechen gained 1.12%", "her", "yermoshina", "According to", "according to", BG,
  "'According to her information': her = Yermoshina; nominal 'information' left out of the cue")
F("1.04%", "1.04", "percent", "vote_share", subject="dmitriyev", stage="preliminary")
F("1.68%", "1.68", "percent", "vote_share", subject="kanopatskaya", stage="preliminary")
F("1.12%", "1.12", "percent", "vote_share", subject="cherechen", stage="preliminary")
F("6.02%", "6.02", "percent", "against_all", qual="some", stage="preliminary", note="'Some 6.02% voted against all candidates' (sentence without its own source: no statement row)")
S("indirect", "the presidential candidates who have lost the election to calmly take their defeat, congratulate the winner and not \"stir\" the public", "Belarusian CEC Chairperson Lidiya Yermoshina", "yermoshina", "called on", "call on", BG,
  "request; 'The final information will be summed up …' (future) is not coded", key="cy")
S("partial", "stir", "Belarusian CEC Chairperson Lidiya Yermoshina", "yermoshina", "called on", "call on", BG, "", parent="cy", ctx="\"stir\"")
REC("congratulate", Q, "yermoshina", "invitation to congratulate the winner (§4.2 'You can congratulate …' is coded)", ctx="congratulate the winner")
LEG("winner", Q, "yermoshina", "'the winner' asserted in the CEC chair's request (§4.1 list)")
S("direct", "The main thing is to be able to accept defeat. That is, to reconcile with it, accept it, congratulate. Not stir the public that supported him and that can and is ready to go to the square if he stirs it,",
  "Yermoshina", "yermoshina", "said", "say", BG, "[inverted] 'in the evening of Sunday' and the participle 'responding to a question …' excluded")
REC("accept defeat", Q, "yermoshina", "the losers' acceptance of the result urged by the CEC chair = acceptance of the results (§4.2 'accept the results'); judgement call")
REC("congratulate", Q, "yermoshina", "second invitation to congratulate, inside the quote", ctx="accept it, congratulate")
DATE("Sunday", "2020-08-09", "'in the evening of Sunday' (polling night)")

# ---------------------------------------------------------------- h11 Panorama.am 2020-08-14 (Nauseda, via Sky News)
art("h11_panorama_2020")
S("indirect", "his embattled counterpart in Belarus is no longer the legitimate leader and time is running out for him to agree to dialogue with his opponents", "The president of Lithuania", "nauseda", "said", "say", WG,
  "'according to Sky News' names the relaying medium of a named speaker (not a second speaker, §7)")
DEL("no longer the legitimate leader", Q, "nauseda", "negated verdict: one delegitimising span from the negation to the head noun (cf. 'doesn't have any legitimacy')")
S("indirect", "there cannot be normal relations with their neighbour until free elections are allowed to take place", "Gitanas Nauseda", "nauseda", "said", "say", WG,
  "the dash-delimited relative clause 'who has offered …' excluded; 'free elections' demanded, no marker")
S("indirect", "if they ignore the crisis in Belarus, triggered by Alexander Lukashenko claiming a sixth term in office in an election last Sunday, the country would likely become a \"satellite state\" of Russia",
  "he", "nauseda", "warned", "warn", WG, "addressee 'the rest of Europe' excluded; 'In an interview with Sky News' adjunct", key="wn")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term; 'claiming a sixth term' (distancing, no win marker)")
DATE("last Sunday", "2020-08-09", "weekday with deictic modifier kept in the span")
S("partial", "satellite state", "he", "nauseda", "warned", "warn", WG, "", parent="wn")
S("direct", "I think we cannot call Mr Lukashenko legitimate because there were no free, democratic elections in Belarus,", "the Lithuanian leader", "nauseda", "said", "say", WG,
  "[inverted] the Lithuanian leader = Nauseda; participle 'speaking on Thursday …' excluded")
NONREC("cannot call", Q, "nauseda", "'we cannot call Mr Lukashenko legitimate' treated like 'cannot consider … legitimate' (non-recognition in sets A-C); 'legitimate' embedded, not coded")
DEL("no free, democratic elections", Q, "nauseda", "markers.md §4.1 third round 'no free democratic elections'")
DATE("Thursday", "2020-08-13", "past context, P = Friday 14 Aug 2020")
S("indirect", "an \"absolutely necessary pre-condition to have normal relations with Belarus is free elections and a logical result of those elections\"", "He", "nauseda", "added", "add", WG,
  "span ends with the closing mark (final period outside)", key="ad")
S("partial", "absolutely necessary pre-condition to have normal relations with Belarus is free elections and a logical result of those elections", "He", "nauseda", "added", "add", WG, "", parent="ad")
DEL("opposing the election", OUT, "", "challenge of the election by a critic (markers.md §4.1 'after disputing an election'); outlet voice")
S("indirect", "days of violence by Belarusian police and security services against demonstrators", "Lithuania", "", "condemning", "condemn", WG,
  "[np-content] 'Lithuania has been a leading voice in … condemning'; the state is in no row of actors.csv (lithuania_mfa is the ministry): group only")
S("indirect", "the outcome", "Lithuania", "", "railing against", "rail against", WG, "[np-content] 'rail against' = protest/denounce (cue added, cf. §1.2 'protest'); shared subject")
DEL("railing against the outcome", OUT, "", "challenge to the result (§4.1 'seeks to challenge the outcome'); outlet voice")
F("second", "2", "ordinal", "ordinal", note="'A second protester has died' (the second death)")
F("Hundreds", "100", "people", "count", note="injured; vague plural numeral, value = scale word (lower bound)")
F("thousands", "1000", "people", "count", note="detained; vague plural numeral, value = scale word (lower bound)")

# ---------------------------------------------------------------- h12 The Herald (PA) 2020-08-17 (Raab: UK does not accept the result)
art("h12_heraldscotland_2020")
NONREC("refused to accept", OUT, "", "'The UK has refused to accept the result' (a diplomatic act, not a statement row, §1)")
DATE("August 9", "2020-08-09", "'the August 9 election'")
S("indirect", "victory", "Mr Lukashenko", "lukashenko", "claim", "claim", BG, "[np-content] 'which saw Mr Lukashenko claim victory': the NP claimed; distancing, no win marker")
S("indirect", "as rigged", "critics", "", "condemned", "condemn", "belarus_opposition",
  "passive with by-agent 'by critics at home and abroad' (adjunct 'at home and abroad' left out of the speaker); object precedes the cue: span after the cue; vague speaker, group from 'critics at home' = the opposition (judgement call)")
DEL("rigged", Q, "", "predicative part of 'condemned as' (§3.1.3); critics not in actors.csv")
S("indirect", "the vote was “fraudulent”", "Foreign Secretary Dominic Raab", "raab", "said", "say", WG, "", key="rf")
S("partial", "fraudulent", "Foreign Secretary Dominic Raab", "raab", "said", "say", WG, "", parent="rf", ctx="“fraudulent”")
DEL("fraudulent", Q, "raab", "", ctx="was “fraudulent”")
S("indirect", "the violence from the Belarusian authorities", "Foreign Secretary Dominic Raab", "raab", "condemned", "condemn", WG,
  "[np-content] shared subject; the temporal clause 'as they attempted to crack down on the protests' left out of the NP (judgement call)")
S("indirect", "it did not recognise the results", "the European Union", "eu", "said", "say", EU_, "'Mr Raab’s comments' alone is speech without content (not coded)")
F("three days", "3", "days", "duration", note="'three days after the European Union said …'")
NONREC("did not recognise", Q, "eu", "content clause of 'said'")
S("indirect", "an independent investigation by the Organisation for Security and Co-operation in Europe (OSCE)", "The Foreign Secretary", "raab", "called for", "call for", WG, "[np-content] request")
S("direct", "The world has watched with horror at the violence used by the Belarusian authorities to suppress the peaceful protests that followed this fraudulent presidential election.",
  "He", "raab", "said", "say", WG, "block 'He said:' with marks that reopen every paragraph and close only after the last (one row per paragraph, §4); the PA promo line 'READ MORE: …' before it was removed")
DEL("fraudulent", Q, "raab", "", ctx="this fraudulent presidential")
S("direct", "The UK does not accept the results.", "He", "raab", "said", "say", WG, "[continuation] later paragraph of the 'He said:' block (cue kept for the block, §8)")
NONREC("does not accept", Q, "raab", "")
S("direct", "We urgently need an independent investigation through the OSCE into the flaws that rendered the election unfair, as well as the grisly repression that followed.",
  "He", "raab", "said", "say", WG, "[continuation]")
DEL("unfair", Q, "raab", "'the flaws that rendered the election unfair'")
S("direct", "The UK will work with our international partners to sanction those responsible, and hold the Belarusian authorities to account.", "He", "raab", "said", "say", WG,
  "[continuation] closing mark after the last paragraph")
DATE("1994", "1994", "'since 1994'")
S("indirect", "any possibility of repeating the vote that gave him a sixth term", "He", "lukashenko", "rejected", "reject", BG, "[np-content] He = Lukashenko; 'lashing out at the West' has no content (not coded)")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term ('the vote that gave him a sixth term': no win marker, cf. seed 'handed … a seventh term')")
S("indirect", "his country will “perish as a state” if the election is rerun", "He", "lukashenko", "declaring", "declare", BG, "shared subject of 'has rejected …, declaring'", key="pe")
S("partial", "perish as a state", "He", "lukashenko", "declaring", "declare", BG, "", parent="pe")

# ---------------------------------------------------------------- h13 The Kyiv Independent 2025-01-28 (Ukrainian MFA: 'a farce')
art("h13_kyivindependent_2025")
UA = "Ukraine's Foreign Ministry"
S("indirect", "the recent presidential election in Belarus", UA, "", "condemned", "condemn", OG,
  "[np-content] Ukrainian MFA not in actors.csv; Ukraine -> other_government (speaker_groups.csv)")
S("indirect", "the vote \"a farce\"", UA, "", "calling", "call", OG, "small clause 'call X Y'; 'in a statement issued Jan. 27' excluded", key="cf")
S("partial", "a farce", UA, "", "calling", "call", OG, "", parent="cf", ctx="\"a farce\"")
DEL("farce", Q, "", "Ukrainian MFA not in actors.csv", ctx="\"a farce\"")
DATE("Jan. 27", "2025-01-27")
PEJ("dictator", OUT, "", "lukashenko", "'Belarusian dictator Alexander Lukashenko'", ctx="Belarusian dictator Alexander Lukashenko \"won\"")
SCARE("\"won\"", "the outlet's scare quote on the win word (the win is not coded)")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="term")
TITLE("president", OUT, "", "'a seventh consecutive term as president' (set C c14)", ctx="as president on")
DATE("Jan. 26", "2025-01-26")
S("indirect", "as neither free nor fair", "the international community", "", "denounced", "denounce", WG,
  "passive 'widely denounced as … by the international community'; object precedes the cue; vague collective speaker, group western_government (the community meant by the text; judgement call)")
DEL("neither free nor fair", Q, "", "predicative part of 'denounced as' (§3.1.3); speaker not in actors.csv; 'so-called' (hedge) not coded in this set")
S("direct", "It is difficult to call such elections fair, transparent and democratic, in particular given the political repression in Belarus, which deprived voters of any alternative choice and turned the elections themselves into a one-man political show,",
  "the ministry's statement", "", "read", "read", OG, "[inverted] [document-source] the Ukrainian MFA's statement")
DEL("It is difficult to call such elections fair, transparent and democratic", Q, "", "limited verdict (§4.1 'It is difficult to call such elections fair'); praising words inside give no row")
DEL("deprived voters of any alternative choice", Q, "", "no real choice (cf. set C 'had no choice', 'deprived of a vote')")
DEL("one-man political show", Q, "", "§4.1 'a one-man political show'")
S("indirect", "Elections under the repressive conditions of the Lukashenko regime \"cannot be legitimate,\"", "the ministry", "", "said", "say", OG,
  "[inverted] span ends with the closing mark", key="cl")
PEJ("regime", OUT, "", "belarus_government", "'the Lukashenko regime' outside the quotation marks: a label on a name stays the outlet's (§3.1.4)", ctx="Lukashenko regime \"cannot")
S("partial", "cannot be legitimate,", "the ministry", "", "said", "say", OG, "", parent="cl")
DEL("cannot be legitimate", Q, "", "")
S("direct", "It is a farce.", "the ministry", "", "", "", OG, "[continuation] full-sentence quotation with no cue: continues the ministry's statement before it (§1.1)")
DEL("farce", Q, "", "", ctx="It is a farce")
DATE("1994", "1994", "'since 1994'")
DEL("regime-approved", OUT, "", "'regime-approved candidates' = no real contest (cf. 'token', 'hand-picked', §4.1 third round)")
PEJ("regime", OUT, "", "belarus_government", "'regime' inside 'regime-approved' names the government (different lexicon, overlap allowed)", ctx="regime-approved")
F("3.21%", "3.21", "percent", "vote_share", subject="syrankou", stage="preliminary", note="'Sergey Syrankov, who secured 3.21%' (CEC preliminary results of 27 Jan)")
F("2%", "2", "percent", "vote_share", subject="gaidukevich", stage="preliminary", ctx="received 2%")
S("indirect", "the winner with 86.82% of the vote", "", "", "declared", "declare", "",
  "[unattributed] agentless 'was declared the winner' (set C decision for agentless naming); object precedes the cue")
LEG("winner", Q, "", "declared by an unnamed body: quoted, no speaker (set B/C)", ctx="declared the winner")
F("86.82%", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary")
F("3.6%", "3.6", "percent", "against_all", stage="preliminary", note="'reportedly voted \"against all.\"' (the marks name the ballot option: not a scare quote)")
S("indirect", "the vote \"a sham\" and \"an affront to democracy.\"", "Kaja Kallas", "kallas", "called", "call", EU_,
  "apposition 'the EU's chief diplomat' excluded; span ends with the closing mark", key="kk")
S("partial", "a sham", "Kaja Kallas", "kallas", "called", "call", EU_, "", parent="kk")
S("partial", "an affront to democracy.", "Kaja Kallas", "kallas", "called", "call", EU_, "", parent="kk")
DEL("sham", Q, "kallas", "")
DEL("affront to democracy", Q, "kallas", "a vote called an affront to democracy (judgement call)")
S("indirect", "the election was nothing more than a \"special operation\" by the Russia-backed regime", "Belarusian opposition leader Sviatlana Tsikhanouskaya", "tsikhanouskaya", "said", "say", "belarus_opposition", "", key="so")
S("partial", "special operation", "Belarusian opposition leader Sviatlana Tsikhanouskaya", "tsikhanouskaya", "said", "say", "belarus_opposition", "", parent="so")
DEL("special operation", Q, "tsikhanouskaya", "'nothing more than a \"special operation\"': not a real election (cf. 'political show')")
PEJ("regime", Q, "tsikhanouskaya", "belarus_government", "'the Russia-backed regime' in her content clause (not a label on a name)", ctx="Russia-backed regime")

# ---------------------------------------------------------------- h14 Delfi 2025-01-28 (Seimas committee chair)
art("h14_delfi_2025")
MOT = "Remigijus Motuzas"
S("direct", "The word ’elections’ fails to describe what took place in Belarus on Sunday. An election without genuine choice, where the people of Belarus are intimidated, political opponents are imprisoned, and critics are silenced or go missing, cannot be considered democratic. These elections did not meet any international standards of democracy in terms of freedom, fairness, or transparency. They cannot be regarded as free or fair, and the international community cannot recognise the declared winner as a legitimate head of state. The Committee, therefore, considers this event – along with any potential future spectacles of a similar nature in Belarus – to be a falsification of the electorate’s will and a step to legitimise dictatorial rule,",
  MOT, "remigijus_motuzas", "said", "say", WG,
  "[inverted] " + NIA + " (chair of the Lithuanian Seimas Committee on Foreign Affairs; apposition excluded; Lithuanian -> western_government); the stored page holds only this paragraph")
DEL("fails to describe", Q, "", "'The word ’elections’ fails to describe what took place': the vote was no election (judgement call); the nested ’elections’ names a word (use–mention), not a scare quote; speaker not in actors.csv")
DATE("Sunday", "2025-01-26", "past context, P = Tue 28 Jan 2025")
DEL("without genuine choice", Q, "", "no real choice (cf. set C 'had no choice')")
DEL("cannot be considered democratic", Q, "", "negated verdict")
DEL("did not meet any international standards", Q, "", "standards verdict: from the negation to 'standards' (§4.1)")
DEL("cannot be regarded as free or fair", Q, "", "negated verdict")
NONREC("cannot recognise", Q, "", "'the international community cannot recognise the declared winner as a legitimate head of state'; 'declared winner' and 'legitimate head of state' embedded, not coded")
DEL("falsification", Q, "", "'a falsification of the electorate’s will'")

# ---------------------------------------------------------------- h15 Belarus Freedom Forum 2025-01-27 (statement)
art("h15_belarusff_2025")
S("indirect", "the sham presidential election held by the Lukashenka regime in Belarus on January 26, 2025", "Belarusian American communities and organizations", "", "condemn", "condemn", "ngo",
  "[np-content] the publisher's own performative statement (§1 exception, as for a government release); collective speaker not in actors.csv: group ngo; the rest of the statement is the publisher's narration (not coded)")
DEL("sham", OUT, "", "NP object of the publisher's speech act -> outlet voice (§3.1)")
PEJ("regime", OUT, "", "belarus_government", "'the Lukashenka regime'", ctx="Lukashenka regime in Belarus")
DATE("January 26, 2025", "2025-01-26")
DEL("did not get to choose a president", OUT, "", "the people had no choice (cf. set C 'had no choice'); 'a president' generic, no title row")
DEL("imitation of elections", OUT, "", "'staged an imitation of elections' (not a real election)")
DEL("No conditions for free and fair elections were met", OUT, "", "negated verdict (one span; the praising words inside give no row)")
DEL("has not been a legitimate president", OUT, "", "negated verdict; the title inside it is not coded separately")
DATE("1996", "1996", "'the 1996 illegal referendum'")
LEG("loss", OUT, "", "'Lukashenka’s loss to Sviatlana Tsikhanouskaya in 2020': legitimises the challenger's win in the studied 2020 election (cf. set C c14 'she … won an election in 2020')", target="tsikhanouskaya")
DATE("2020", "2020", "", ctx="Tsikhanouskaya in 2020")
F("hundreds of thousands", "100000", "people", "count", note="citizens who joined the protest; vague plural numeral, value = scale word (lower bound)")
DEL("imitation", OUT, "", "'The imitation of the 2025 presidential campaign'", ctx="The imitation of the 2025")
DATE("2025", "2025", "'the 2025 presidential campaign'", ctx="the 2025 presidential campaign")
F("3,697", "3697", "people", "count", note="individuals recognized as political prisoners")
F("1,200", "1200", "people", "count", qual="more than", note="political prisoners behind bars")
DATE("2020", "2020", "'Since 2020'", ctx="Since 2020")
F("11,000", "11000", "people", "count", qual="over", note="convicted for supporting the protests")
PEJ("regime", OUT, "", "belarus_government", "", ctx="disloyalty to the regime")
PEJ("regime", OUT, "", "belarus_government", "", ctx="The regime destroyed")

# ---------------------------------------------------------------- h16 AP via WTOP 2025-01-24 (pre-election explainer)
art("h16_wtop_2025")
DATE("2020", "2020", "'a presidential election in 2020'", ctx="election in 2020")
PEJ("authoritarian leader", OUT, "", "lukashenko", "'authoritarian leader Alexander Lukashenko'")
S("indirect", "the winner with 80% of the vote", "", "", "declared", "declare", "",
  "[unattributed] agentless 'was declared the winner' (set C decision); no legitimising row: the clause holds the pejorative 'authoritarian leader' (§4.1 context decides polarity)")
F("80%", "80", "percent", "vote_share", subject="lukashenko", stage="final", note="result of the 2020 election as declared (final 80.10%)")
DEL("fraud", OUT, "", "'That triggered cries of fraud': the NP the unnamed critics cried (outlet voice, no speaker); judgement call")
F("thousands", "1000", "people", "count", note="arrests; vague plural numeral, value = scale word (lower bound)")
F("three decades", "30", "years", "duration", subject="lukashenko", note="his rule")
DATE("2025", "2025", "'the 2025 election'", ctx="the 2025 election")
DATE("August", "2025-08", "the originally due month of the 2025 election ('from the warmth of August to frigid January'); judgement call")
DATE("January", "2025-01", "the advanced polling month", ctx="frigid January")
F("70-year", "70", "years", "age", subject="lukashenko", note="'the 70-year-old Lukashenko'; span stops at the unit")
DATE("Sunday", "2025-01-26", "future context ('when the election concludes on Sunday'): first Sunday after P (Fri 24 Jan)")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="term; forecast ('all but certain to add'): no win marker")
