# -*- coding: utf-8 -*-
# Held-out gold set G coding sheet. S = statement, F = figure, M = polar marker / scare quote / official title.
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
IO, EO, OPP, NGO = "international_organisation", "election_observers", "belarus_opposition", "ngo"

# ---------------------------------------------------------------- p01 Czech MFA 2020-08-10 (statement on the election)
art("p01_czechmfa_2020")
S("indirect", "concern about the course of this year’s presidential election in Belarus", "The Ministry of Foreign Affairs of the Czech Republic", "", "expresses", "express", WG,
  "[np-content] the publisher (a foreign ministry) naming itself in the third person with a present performative (statements.md §1.1); 'X expressed concerns about Y' takes the NP with its noun (§3); Czech MFA in no row of actors.csv: group only (country term + ministry)")
S("indirect", "the Belarussian Government to stop punishing its citizens for exercising their constitutionally guaranteed rights", "we", "", "call on", "call on", WG,
  "the publisher's own first-person performative request (statements.md §1 exception; speaker_resolution outlet); 'We consider it unacceptable that …' (a stance verb) and 'These facts are of concern' are the publisher's own assertions, not coded (as set E k13)")
DEL("cannot be called free and democratic", OUT, "", "negated verdict on the election (markers.md §4.1 'can hardly be called fair …'); the publisher's own voice; the agentless negated 'cannot be called' is no statement (negated speech, statements.md §1)")
# 'This conclusion is also confirmed by number of reports …': a vague document source with no issuer (decision, README): not coded.

# ---------------------------------------------------------------- p02 Finnish President/Government 2020-08-19 (press release)
art("p02_finlandgov_2020")
DATE("Wednesday 19 August", "2020-08-19", "weekday + date, one expression (P = 19 Aug 2020)")
DEL("did not meet the international criteria", OUT, "", "observer-standards verdict (markers.md §4.1 'Standards': from the negation to the noun; 'criteria' read as 'standards'); the government's own text: outlet voice; not a statement (the publisher's own assertion, as set E k13)")
DEL("nor can they be considered free or fair", OUT, "", "negated verdict, one span from the negation to the last evaluative word (§4.1); 'Any new elections should be held …' is a demanded election (not coded)")
S("indirect", "work on imposing  EU sanctions targeting Belarusian officials", "Finland", "", "supports", "support", WG,
  "[np-content] the publisher's present performative endorsement of a proposal (decision, README: 'support' + a proposal or policy NP in a government's own release); double space as on the page; Finland's government in no row of actors.csv: group only. 'Finland emphasises the importance of …' names a topic noun (statements.md §1.1), not coded; 'is in favour of supporting …' is a stance, not coded")
S("indirect", "the measures proposed by the OSCE, such as a visit to Belarus by the OSCE troika", "Finland", "", "supports", "support", WG,
  "[np-content] endorsement of the OSCE's proposals (support + a recommendation, statements.md §1); the participle 'proposed by the OSCE' inside it is not coded separately (no content of its own)")

# ---------------------------------------------------------------- p03 GOV.UK 2020-12-03 (OSCE Ministerial Council joint statement, 37 states)
art("p03_govuk_2020")
F("37", "37", "items", "count", note="participating States on whose behalf the statement is made")
F("9 August 2020", "", "date", "date", iso="2020-08-09", note="polling day")
DEL("fraudulent", OUT, "", "'the fraudulent Presidential election of 9 August 2020': the co-signers' own text (outlet voice)")
F("30,000", "30000", "people", "count", note="arrests of peaceful protesters, journalists and human rights defenders; 'is estimated at' (the word before the number is a preposition: qualifier left empty, approximate in meaning)")
F("900", "900", "items", "count", note="politically motivated criminal cases ('is reaching 900')")
F("100", "100", "people", "count", qual="more than", note="names on the list of political prisoners")
F("thousands", "1000", "items", "count", note="well-documented reports of police brutality and torture; vague plural numeral, value = scale word (lower bound)")
F("mid-August", "", "date", "date", iso="2020-08", note="'filed since mid-August' (2020)")
S("indirect", "the use of force against Belarusians exercising their human rights and fundamental freedoms", "We", "western_governments", "condemn", "condemn", WG,
  "[np-content] the co-signers' own first-person performative (statements.md §1 exception); 37 participating States (Western governments with Ukraine and Serbia) -> western_governments (joint statement, §7). Not coded: 'Professor Wolfgang Benedek’s report provided us with … accounts of …' ('provide accounts' is not a reporting cue of the guide; decision, README), 'According to credible reports, …' (vague document source with no issuer: an evidential hedge; decision, README), 'I have the honour to make this statement …' (no content), 'we have witnessed …' (narration)")

# ---------------------------------------------------------------- p04 RT 2020-08-10 (Lukashenko: protests directed from abroad)
art("p04_rt_2020")
DATE("Sunday", "2020-08-09", "'Sunday’s presidential election' (polling day; P = Monday 10 Aug 2020)")
S("indirect", "The violent protests across Belarus after Sunday’s presidential election were directed from abroad", "re-elected President Alexander Lukashenko", "lukashenko", "claimed", "claim", BG,
  "[inverted] premodifiers kept in the speaker (§6)")
LEG("re-elected", OUT, "", "'re-elected President Alexander Lukashenko': the win stated as fact in the outlet's attributive modifier (§4.1 plain re-elected); nothing delegitimising in its clause")
TITLE("President", OUT, "", "'re-elected President Alexander Lukashenko'", ctx="re-elected President Alexander")
S("indirect", "foreign countries for internet connection troubles", "He", "lukashenko", "blamed", "blame", BG,
  "'blame X for Y' coded like 'accuse X of Y' / 'credit X for Y' (from X to the end, §3; markers.md §3.1.3 lists blame with accuse)")
S("indirect", "The country’s special services intercepted phone calls from Poland, UK and the Czech Republic on election day", "Lukashenko", "lukashenko", "said", "say", BG, "[inverted]")
S("direct", "...They were controlling our, I beg your pardon, sheep: they don’t understand what they’re doing and they’re being controlled already.", "Lukashenko", "lukashenko", "", "", BG,
  "[continuation] a paragraph set off as a quotation without quotation marks (RT pull-quote style, opening '...'): a floating quote of the speaker of the sentence before (statements.md §1.1); speaker expression = the nearest mention; judgement call (decision, README)",
  ctx="...They were controlling our, I beg your pardon, sheep: they don’t understand what they’re doing and they’re being controlled already.")

# ---------------------------------------------------------------- p05 Sputnik via UrduPoint 2020-08-19 (Tikhanovskaya to the European Council)
art("p05_sputnik_2020")
DATE("19th August, 2020", "2020-08-19", "dateline (credit line kept as body text, as in sets A-E)")
S("indirect", "the European Council not to recognize the results of the presidential election in her country", "Belarusian opposition politician Svetlana Tikhanovskaya", "tsikhanouskaya", "called on", "call on", OPP,
  "request: from the addressee to the end of the complement (§3); the relative clause ', which saw incumbent leader … re-elected …' is the outlet's background, not her call (decision, README; cf. set E k05)")
NONREC("not to recognize", Q, "tsikhanouskaya", "a requested non-recognition inside her call (content of 'called on', quoted voice; cf. set D h06 requested 'not to recognise', set E k04 'declared invalid')", ctx="Council not to recognize")
TITLE("incumbent", OUT, "", "'incumbent leader Alexander Lukashenko' (§4.3 list: incumbent); 'leader' is a role noun, not coded")
LEG("re-elected", OUT, "", "'which saw incumbent leader Alexander Lukashenko re-elected to his sixth term': the outlet's relative clause states the win as fact; its clause holds no delegitimising term (the 'falsified' of the next sentence is Tikhanovskaya's)")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term")
S("indirect", "the presidential election, held on August 9, was \"neither fair nor transparent\", and its results were falsified", "Tikhanovskaya", "tsikhanouskaya", "stressed", "stress", OPP,
  "'In her new video address' excluded (adjunct)", key="nf")
DATE("August 9", "2020-08-09", "polling day")
S("partial", "neither fair nor transparent", "Tikhanovskaya", "tsikhanouskaya", "stressed", "stress", OPP, "", parent="nf")
DEL("neither fair nor transparent", Q, "tsikhanouskaya", "negated verdict (one span)")
DEL("falsified", Q, "tsikhanouskaya", "content clause of 'stressed'")
S("direct", "I call on you not to recognize these fraudulent elections. Mr. Lukashenko has lost all the legitimacy in the eyes of our nation and the world. In order to facilitate a peaceful transition of power in my country, I have initiated the National Coordination Council of Belarus. It will lead the process of peaceful transition of power via dialogue.",
  "Tikhanovskaya", "tsikhanouskaya", "said", "say", OPP,
  "[inverted] first paragraph of a two-paragraph quotation (the marks open here and close at the end of the next paragraph, where the attribution stands); the cue of the attribution is given to both rows", key="q1")
NONREC("not to recognize", Q, "tsikhanouskaya", "'I call on you not to recognize these fraudulent elections' (requested non-recognition)", ctx="I call on you not to recognize")
DEL("fraudulent", Q, "tsikhanouskaya", "", ctx="these fraudulent elections")
DEL("lost all the legitimacy", Q, "tsikhanouskaya", "cf. 'doesn't have any legitimacy' (§4.1)")
S("direct", "It will immediately call for a new fair and democratic presidential election with international supervision. Honorable leaders of Europe, I call on you to support the awakening of Belarus,",
  "Tikhanovskaya", "tsikhanouskaya", "said", "say", OPP,
  "[inverted] [continuation] second paragraph of the same quotation: same speaker and cue, no parent (set E convention: a parent must contain its child's span); 'a new fair and democratic presidential election' is a demanded election (no marker)")
S("indirect", "the global community to respect the principles of international law, \"the sovereignty of Belarus and the choice of the Belarusian people.\"", "The politician", "tsikhanouskaya", "called on", "call on", OPP,
  "'The politician' = Tikhanovskaya (description); span ends with the closing mark", key="gc")
S("partial", "the sovereignty of Belarus and the choice of the Belarusian people.", "The politician", "tsikhanouskaya", "called on", "call on", OPP, "", parent="gc")
S("direct", "People who went out to defend their vote in the streets of their cities all across Belarus were brutally beaten, imprisoned and tortured by the regime, desperately clinging on to power. Hundreds were injured. At least two people lost their lives,",
  "Tikhanovskaya", "tsikhanouskaya", "said", "say", OPP, "[inverted]")
PEJ("regime", Q, "tsikhanouskaya", "belarus_government", "'tortured by the regime' inside her quotation")
F("Hundreds", "100", "people", "count", note="injured; vague plural numeral, value = scale word (lower bound); inside a quotation")
F("two", "2", "people", "count", qual="at least", note="died; inside a quotation")
S("indirect", "the events are unfolding \"in the middle of Europe.\"", "Tikhanovskaya", "tsikhanouskaya", "emphasizing", "emphasize", OPP,
  "participle with the same subject as 'said' (§6 shared subjects); span ends with the closing mark", key="me")
S("partial", "in the middle of Europe.", "Tikhanovskaya", "tsikhanouskaya", "emphasizing", "emphasize", OPP, "", parent="me")

# ---------------------------------------------------------------- p06 Sputnik via UrduPoint 2020-08-05 (Russian CEC not invited)
art("p06_sputnik_2020")
DATE("05th August, 2020", "2020-08-05", "dateline (credit line kept as body text)")
S("indirect", "The Russian Central Election Commission (CEC) will not observe the presidential election in Belarus, since it did not receive an invitation from Minsk and does not consider it possible to send its representatives to the republic due to the coronavirus pandemic",
  "CEC head Ella Pamfilova", "pamfilova", "told Sputnik", "tell", RG, "[inverted] 'on Wednesday' excluded")
DATE("Wednesday", "2020-08-05", "same-day news (P = Wednesday 5 Aug 2020)")
S("direct", "The Russian CEC did not receive the traditional official invitation from its Belarusian colleagues [to observe the election],", "Pamfilova", "pamfilova", "said", "say", RG,
  "[inverted] [editorial-brackets]")
S("indirect", "Russian observers would not attend the event as part of the missions of the Commonwealth of Independent States (CIS), the Organization for Security and Cooperation in Europe (OSCE) and the OSCE's Office for Democratic Institutions and Human Rights (ODIHR)",
  "The official", "pamfilova", "said", "say", RG, "'The official' = Pamfilova (anaphoric description, statements.md §1.3)")
S("indirect", "the (ODIHR) received an invitation from the Belarusian side too late", "Pamfilova", "pamfilova", "According to", "according to", RG, "'According to' + a person")
S("indirect", "As for the CIS, the CEC does not consider it possible to send its representatives to Belarus, given, \"to put it mildly, the very specific attitude of the Belarusian leadership to the coronavirus pandemic,\"",
  "the head", "pamfilova", "added", "add", RG, "[inverted] 'the head' = Pamfilova ('CEC head' earlier); the span ends with the closing mark", key="ad")
S("partial", "to put it mildly, the very specific attitude of the Belarusian leadership to the coronavirus pandemic,", "the head", "pamfilova", "added", "add", RG, "", parent="ad")
DATE("August 9", "2020-08-09", "'is scheduled for August 9' (future context; polling day)")
F("Five", "5", "people", "count", note="registered candidates")
TITLE("head of state", OUT, "", "'the current head of state, Alexander Lukashenko' (§4.3 list); 'current' left out")
DATE("July 14", "2020-07-14", "campaign start (past context)")
DATE("August 8", "2020-08-08", "campaign end ('will last until'; future context)")
DATE("Tuesday", "2020-08-04", "'Early voting began … on Tuesday' (most recent Tuesday before P = Wed 5 Aug 2020)")

# ---------------------------------------------------------------- p07 Vaba Eesti Sõna 2020-08-20 (NB8 joint statement; Reinsalu)
art("p07_vabaeestisona_2020")
NB = "the NB8 foreign ministers' joint statement, issued as a release of the Estonian Ministry of Foreign Affairs -> nb8 (actors.csv)"
S("indirect", "the violent suppression of protests", "The foreign ministers of eight Baltic and Nordic countries", "nb8", "condemning", "condemn", WG,
  "[np-content] 'issued a joint statement condemning NP': the participle is the cue (the issuing alone has no content); the temporal clause 'after long-time president … on Sunday' is the outlet's background, not the ministers' content (decision, README); the eight = the Nordic-Baltic Eight (nb8)")
F("eight", "8", "items", "count", note="Baltic and Nordic countries", ctx="of eight Baltic")
TITLE("president", OUT, "", "'long-time president Alexander Lukashenko'; 'long-time' left out", ctx="long-time president Alexander")
LEG("secured his sixth term", OUT, "", "'secured his … term' (markers.md §4.1 third round), stated as fact in the outlet's temporal clause; no delegitimising term in that clause")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term")
TITLE("president", OUT, "", "'his sixth term as president of Belarus'", ctx="as president of Belarus")
DATE("Sunday", "2020-08-09", "'on Sunday' = the polling day: the lead was written on 11 Aug 2020 (the NB8 statement's day); rule 3 with the assumed P (20 Aug) would give 16 Aug, which the context excludes (judgement call)")
S("direct", "The Foreign Ministers of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden, in the context of the developments that are taking place in Belarus, express their grave concern about the violence against post-election demonstrations that have occurred in response to reports of widespread electoral fraud.",
  "a release from the Ministry of Foreign Affairs", "nb8", "As stated", "state", WG,
  f"[document-source] 'As stated in X: \"…\"' introduces the quotation (cue reduced to the verb with 'As'); {NB}; the quotation's line break splits it into two rows (spans never cross a newline)")
DEL("electoral fraud", Q, "nb8", "'reports of widespread electoral fraud' inside the statement's quotation (cf. set E k03 reported 'violations'); 'widespread' left out (intensifier)")
S("direct", "We are very troubled by the reports of physical injuries inflicted on the demonstrators.",
  "a release from the Ministry of Foreign Affairs", "nb8", "As stated", "state", WG,
  f"[document-source] [continuation] second line of the same quotation (no parent, set E convention); {NB}")
S("indirect", "elections in Belarus on August 9 did not comply with international commitments or globally recognized standards of democracy and rule of law",
  "The release", "nb8", "states", "state", WG, f"[document-source] {NB}")
DATE("August 9", "2020-08-09", "polling day")
DEL("did not comply with international commitments or globally recognized standards", Q, "nb8", "standards verdict, from the negation to the noun 'standards' (§4.1 'Standards')")
S("direct", "They were not free and fair.", "the release", "nb8", "written", "write", WG,
  f"[document-source] 'As written in the release: \"…\"'; {NB}")
DEL("were not free and fair", Q, "nb8", "negated verdict (one span)")
S("indirect", "Belarusian authorities to stop persecuting people based on political views and to immediately release all who have been unfairly detained",
  "The ministers’ press release", "nb8", "urges", "urge", WG, f"[document-source] {NB}")
S("indirect", "genuine political dialogue with the opposition in order to avoid further use of violence", "", "", "call", "call for", "",
  "[np-content] [unattributed] nominal request 'A call for NP' in an agentless passive ('is also brought out'); no speaker expression in its sentence (the format holds no actor without a speaker): probably the NB8 release of the sentence before")
S("direct", "We remain committed to the people of Belarus and will continue to closely follow developments,", "the release", "nb8", "concludes", "conclude", WG,
  f"[inverted] [document-source] {NB}")
S("direct", "In light of the elections in Belarus, we can see the danger aspirations of democracy are in, and that is quite close to us.",
  "Minister of Foreign Affairs Urmas Reinsalu", "reinsalu", "commented", "comment", WG,
  "'commented on the elections … on August 18: \"…\"' (the topic PP is not content; the quotation after the colon is); '(Isamaa)' party label excluded from the speaker; the line break splits the quotation")
DATE("August 18", "2020-08-18", "past context (P assumed 20 Aug 2020)")
S("direct", "The task for the European Union and for the free world is to pressure Belarus to stop using violence and to stop detaining people on political basis.",
  "Minister of Foreign Affairs Urmas Reinsalu", "reinsalu", "commented", "comment", WG, "[continuation] second line of the same quotation (no parent)")
S("indirect", "the spread of false information and Russia’s effect on the EU is a shared issue with common EU statements regarding Russia carrying significant weight, especially in support of Ukraine",
  "He", "reinsalu", "added", "add", WG, "He = Reinsalu")

# ---------------------------------------------------------------- p08 The Baltic Times 2020-08-11 (Reinsalu in Riga)
art("p08_baltictimes_2020")
DATE("Tuesday", "2020-08-11", "same-day news (P = Tuesday 11 Aug 2020)", ctx="Finland on Tuesday discussed")
S("indirect", "Estonian Foreign Minister Urmas Reinsalu on Tuesday took part in events at the Latvian Ministry of Foreign Affairs and the residence of the president of Latvia marking the 100th anniversary of the peace treaty of Riga",
  "spokespeople for the Estonian Foreign Ministry", "", "said", "say", WG,
  "[inverted] 'for …' kept after the head (who they speak for, statements.md §1.3); Estonian MFA in no row of actors.csv: group only")
DATE("Tuesday", "2020-08-11", "", ctx="Reinsalu on Tuesday took")
F("100th", "100", "ordinal", "ordinal", note="anniversary of the Treaty of Riga")
S("direct", "In light of the presidential elections in Belarus, we can see in how big a danger are aspirations towards democracy even in places very close to us,",
  "Reinsalu", "reinsalu", "said", "say", WG, "[inverted] 'said according to spokespeople': the spokespeople relay; cue 'said'")
S("direct", "It is a duty of the European Union and the whole free world today to put pressure on the authorities of Belarus for an end to be put to violence and the people arrested for political reasons to be released. We will make a proposal with the foreign ministers of Latvia, Finland and Poland to convene an extraordinary meeting of the EU Foreign Affairs Council this week,",
  "he", "reinsalu", "said", "say", WG, "[inverted] he = Reinsalu")
S("indirect", "the spread of false information and influence of Russia as a shared concern of the European Union", "Reinsalu", "reinsalu", "described", "describe", WG,
  "'describe X as Y': from X to the end (§3)")
S("direct", "During the crisis, disinformation coming from the east was on an upward trend. Therefore, common positions of the European Union concerning Russia are of utmost importance. Especially we must support Ukraine -- during the coronavirus crisis Ukraine needs economic and political assistance and strong support,",
  "the Estonian minister", "reinsalu", "said", "say", WG, "[inverted] anaphoric description = Reinsalu")
S("indirect", "mutual support as being of key importance", "Reinsalu", "reinsalu", "highlighted", "highlight", WG,
  "'highlight X as Y' (highlight is a cue like stress, set E); the fronted adjunct 'In his remarks at a high-level event …' excluded")

# ---------------------------------------------------------------- p09 Xinhua via People's Daily Online 2025-01-28 (Chinese MFA spokesperson)
art("p09_xinhua_2025")
DATE("Jan. 27", "2025-01-27", "dateline")
DATE("Monday", "2025-01-27", "'on Monday' (the dateline's day; P = 28 Jan 2025 Beijing time)")
TITLE("incumbent President", OUT, "", "fixed title term (§3.4)")
LEG("won", OUT, "", "'made remarks on incumbent President Alexander Lukashenko having won the presidential election': the win stated as fact in the outlet's topic phrase ('made remarks on X' has no content: not a statement)")
S("indirect", "China and Belarus are all-weather comprehensive strategic partners, and China respects the choice of the people of Belarus",
  "the spokesperson", "china_mfa", "said", "say", OG,
  "'the spokesperson' = the Chinese foreign ministry spokesperson (actors.csv alias of china_mfa; description)")
LEG("the choice of the people of Belarus", Q, "china_mfa", "'respects the choice of the people of Belarus' = the state-media formula 'the sovereign choice of the Belarusian people' (§4.1); judgement call: could be read as a recognition act ('respects')")
S("direct", "We believe that under the leadership of President Lukashenko, Belarus will make even greater achievements in its undertakings for national development,",
  "the spokesperson", "china_mfa", "said", "say", OG, "[inverted] 'said the spokesperson'")
TITLE("President", Q, "china_mfa", "title on Lukashenko's name inside the quotation", ctx="leadership of President Lukashenko")
S("indirect", "China stands ready to work with Belarus, follow the guidance of the important common understandings of the two presidents, and further advance the robust ties between China and Belarus",
  "the spokesperson", "china_mfa", "added", "add", OG, "[inverted]")
F("two", "2", "people", "count", note="'the two presidents' (anaphoric cardinal, figures.md §2); inside the reported clause")

# ---------------------------------------------------------------- p10 BelTA 2025-02-03 (CEC: observers)
art("p10_belta_2025")
DATE("3 February", "2025-02-03", "dateline")
S("indirect", "More than 44,000 national and 486 international observers monitored the presidential election in Belarus",
  "Chairman of the Central Election Commission (CEC) of Belarus Igor Karpenko", "karpenka", "said", "say", BG,
  "[inverted] title + name kept whole (§6); 'at the CEC meeting' excluded; 'BelTA has learned' is the relaying medium (the outlet itself), not a speaker")
F("44,000", "44000", "people", "count", qual="more than", note="national observers", ctx="More than 44,000 national")
F("486", "486", "people", "count", note="international observers", ctx="44,000 national and 486 international")
S("direct", "The presidential campaign was monitored by 44,361 national and 486 foreign (international) observers from 52 countries, including the election observation mission of the Commonwealth of Independent States, the election observation mission of the Shanghai Cooperation Organization, observers from the Pan-African Parliament, the Ministry of Foreign Affairs of the People's Republic of China, representatives of central election authorities of 17 foreign states, as well as experts in the field of electoral law and technology. The CEC of Belarus accredited observers from 17 countries of Europe, 15 countries of Asia, 9 CIS countries, 7 countries of Africa, 4 countries of the American continent,",
  "Igor Karpenko", "karpenka", "said", "say", BG, "[inverted] 'said Igor Karpenko'")
F("44,361", "44361", "people", "count", note="national observers; inside a quotation")
F("486", "486", "people", "count", note="foreign (international) observers; inside a quotation", ctx="44,361 national and 486 foreign")
F("52", "52", "items", "count", note="countries of the observers; inside a quotation")
F("17", "17", "items", "count", note="foreign states whose central election authorities sent representatives; inside a quotation", ctx="authorities of 17 foreign states")
F("17", "17", "items", "count", note="countries of Europe; inside a quotation", ctx="from 17 countries of Europe")
F("15", "15", "items", "count", note="countries of Asia; inside a quotation", ctx="15 countries of Asia")
F("9", "9", "items", "count", note="CIS countries; inside a quotation", ctx="9 CIS countries")
F("7", "7", "items", "count", note="countries of Africa; inside a quotation", ctx="7 countries of Africa")
F("4", "4", "items", "count", note="countries of the American continent; inside a quotation", ctx="4 countries of the American")
# 'The CEC arranged that …', 'The Culture Ministry provided …': narration of acts, not statements.

# ---------------------------------------------------------------- p11 TASS 2024-12-23 (over 90 observers accredited)
art("p11_tass_2025")
DATE("December 23", "2024-12-23", "dateline")
S("indirect", "More than 90 international observers have been accredited to monitor the presidential election in Belarus on January 26, 2025",
  "Igor Karpenko", "karpenka", "said", "say", BG, "[inverted] apposition 'chairman of the country’s Central Election Commission (CEC)' excluded (§6)")
F("90", "90", "people", "count", qual="more than", note="accredited international observers")
DATE("January 26, 2025", "2025-01-26", "polling day")
S("direct", "Ninety-three international observers have already been accredited to monitor the election. They include observers from the CIS mission, lawmakers, delegates from the youth organization of the Nonaligned Movement, electoral bodies of foreign states, independent observers,",
  "he", "karpenka", "said", "say", BG, "[inverted] he = Karpenko")
F("Ninety-three", "93", "people", "count", note="accredited international observers; inside a quotation")
S("indirect", "not long ago he had met with head of the CIS observer mission and CIS Secretary General Sergey Lebedev, who announced plans to send more than 50 long-term observers",
  "He", "karpenka", "recalled", "recall", BG, "'recall that' = remind/mention (a communicative verb with a clause); He = Karpenko", key="rc")
S("indirect", "plans to send more than 50 long-term observers", "head of the CIS observer mission and CIS Secretary General Sergey Lebedev", "lebedev", "announced", "announce", EO,
  "[np-content] 'announced plans to …' (unveil plans, §1); relative 'who' replaced by its antecedent NP (§6); a different speaker inserted inside Karpenko's clause, coded separately as a nested row (§1; parent as set E k06)", parent="rc")
F("50", "50", "people", "count", qual="more than", note="long-term observers of the CIS mission", ctx="than 50 long-term")
S("direct", "Around 150 more observers will arrive in Belarus a couple of days ahead of the election. The mission will have around 200 members in all,",
  "Karpenko", "karpenka", "added", "add", BG, "[inverted]")
F("150", "150", "people", "count", qual="around", note="more observers to arrive; inside a quotation; 'a couple of days' is a vague quantifier (not coded)")
F("200", "200", "people", "count", qual="around", note="members of the CIS mission in all; inside a quotation")

# ---------------------------------------------------------------- p12 SB. Belarus Today 2025-01-21 (CIS mission interim report)
art("p12_sbby_2025")
S("indirect", "The CIS observer mission has published an interim report on the monitoring of the preparations for the Presidential election in the Republic of Belarus",
  "the CIS Executive Committee’s press service", "", "citing", "cite", IO,
  "[inverted] 'sb.by reports citing X': sb.by is the outlet itself (a newspaper's own voice is no speaker, §1), the cited press service is the source (cue 'cite', statements.md §1.2); the lead has no final period; CIS Executive Committee press service in no row of actors.csv: group from 'CIS' (as set E k01)")
S("direct", "At the invitation of Belarus’ Foreign Ministry, the CIS observer mission has been monitoring since December 18th, 2024, the preparations for the Presidential election in Belarus scheduled for January 26th, 2025, by the Resolution of the House of Representatives of the National Assembly of Belarus (as of October 23rd, 2024). The mission acts freely and independently, guided by the Belarusian legislation and the CIS documents, without interfering in the electoral process and in the internal affairs of the state,",
  "the report", "cis_observers", "reads", "read", EO,
  "[inverted] [document-source] the CIS observer mission's interim report (issuer named in the lead) -> cis_observers; 'The mission acts freely and independently …' is about the mission, not a verdict on the vote (no marker)")
DATE("December 18th, 2024", "2024-12-18", "inside a quotation")
DATE("January 26th, 2025", "2025-01-26", "polling day; inside a quotation")
DATE("October 23rd, 2024", "2024-10-23", "inside a quotation")
DATE("January 20th, 2025", "2025-01-20", "")
F("290", "290", "people", "count", note="accredited observers of the CIS mission")
F("40", "40", "people", "count", note="long-term observers")

# ---------------------------------------------------------------- p13 Pozirk 2025-01-18 (Blinken: election cannot be free or fair)
art("p13_pozirk_2025")
DATE("January 18", "2025-01-18", "dateline")
S("indirect", "The upcoming presidential election in Belarus cannot be free or fair given the country’s repressive environment", "US Secretary of State Antony Blinken", "blinken", "said", "say", WG,
  "[inverted] title + name kept whole (§6); 'in a statement yesterday' excluded")
DEL("cannot be free or fair", Q, "blinken", "negated verdict (one span), content clause", ctx="Belarus cannot be free or fair")
S("indirect", "the systematic work of Alaksandar Łukašenka’s regime to suppress any dissent determined the result long before voters cast their ballots, depriving Belarusians of the opportunity to choose their leaders and determine their future",
  "him", "blinken", "According to", "according to", WG, "him = Blinken")
PEJ("regime", OUT, "", "belarus_government", "label inside a noun phrase of an according-to clause, outside quotation marks: outlet voice (markers.md §3.1.4; as set E k09)", ctx="Łukašenka’s regime to suppress")
DEL("determined the result long before voters cast their ballots", Q, "blinken", "a predetermined result (cf. set E k09 'predetermined'); the predicate of the according-to clause: quoted (§3.1.4)")
S("direct", "The United States joins many of our European allies in assessing that elections cannot be credible in an environment where censorship is ubiquitous and independent media outlets no longer exist, where only regime-approved candidates can even appear on the ballot, and where members of the opposition are either imprisoned or in exile,",
  "Blinken", "blinken", "said", "say", WG, "[inverted] 'in assessing that …' inside the quotation is not coded again (§1)")
DEL("cannot be credible", Q, "blinken", "§4.1 list")
PEJ("regime", Q, "blinken", "belarus_government", "'only regime-approved candidates' inside Blinken's quotation: 'regime' names the government", ctx="only regime-approved")
DEL("regime-approved", Q, "blinken", "candidates approved by the government = a contest that is no contest (markers.md §4.1 third round 'token' / 'hand-picked' candidates); judgement call")
S("indirect", "the regime’s failure to issue a timely invitation to the Organization for Security and Cooperation in Europe (OSCE) to observe the election demonstrates its disregard for a transparent electoral process and the country’s commitments as an OSCE participating state",
  "He", "blinken", "saying", "say", WG, "'He continued by saying that …': 'continued by' is aspectual, the cue is the participle (cf. set E k01 'goes on to say')")
PEJ("regime", OUT, "", "belarus_government", "in the reported clause, outside quotation marks: outlet voice (as above)", ctx="the regime’s failure")
S("direct", "The United States condemns the Łukašenka regime’s campaign of repression and its attempts to legitimize an election that cannot be free or fair,",
  "Blinken", "blinken", "stated", "state", WG, "[inverted]")
PEJ("regime", Q, "blinken", "belarus_government", "inside Blinken's quotation", ctx="condemns the Łukašenka regime’s")
DEL("cannot be free or fair", Q, "blinken", "inside the quotation; 'attempts to legitimize' gives no marker", ctx="election that cannot be free or fair")
S("direct", "Repression is born of weakness, not strength. The unprecedented measures to stifle any opposition make it clear that the Łukašenka regime fears its own people. The bravery of Belarusians inside and outside the country is having an effect.",
  "Blinken", "blinken", "stated", "state", WG, "[continuation] second piece of the quotation after its attribution: same speaker and cue, no parent (set E convention)")
PEJ("regime", Q, "blinken", "belarus_government", "inside Blinken's quotation", ctx="the Łukašenka regime fears")
S("indirect", "the US recognizes the exceptional perseverance of Belarusians and their civil society organizations seeking to hold the regime accountable",
  "He", "blinken", "added", "add", WG, "'recognizes the … perseverance' is a homograph of recognition (no marker)")
PEJ("regime", OUT, "", "belarus_government", "in the reported clause, outside quotation marks: outlet voice", ctx="hold the regime accountable")

# ---------------------------------------------------------------- p14 Viasna elections2025 2024-12-18 (CIS mission head Lebedev)
art("p14_viasna_2025")
DATE("2020", "2020", "'In 2020' (the 2020 election)", ctx="Lebedev. In 2020, Sergei")
S("indirect", "the presidential elections in Belarus were held in an organized manner and by the law", "Sergei Lebedev", "lebedev", "stated", "state", EO,
  "the sentence is repeated in the next paragraph (coded again there)", ctx="Lebedev. In 2020, Sergei Lebedev stated that the presidential elections in Belarus were held in an organized manner and by the law")
LEG("in an organized manner and by the law", Q, "lebedev", "'in an organized manner' (§4.1 state-media vocabulary) with its paired 'by the law' (cf. 'in compliance with the electoral laws'): one span", ctx="Lebedev. In 2020, Sergei Lebedev stated that the presidential elections in Belarus were held in an organized manner and by the law")
DATE("2010", "2010", "head of the CIS mission in 2010 (earlier election)")
DATE("2016", "2016", "")
DATE("2019", "2019", "")
DATE("2020", "2020", "", ctx="2019, 2020, and")
DATE("2024", "2024", "")
REC("recognized", OUT, "", "'The CIS recognized the results of all elections' (recognise + results, §4.2); a recognition act, not a statement (statements.md §1: recognising is not communication); covers the 2020 result")
DATE("2020", "2020", "", ctx="elections. In 2020, Sergei")
S("indirect", "the presidential elections in Belarus were held in an organized manner and by the law", "Sergei Lebedev", "lebedev", "stated", "state", EO,
  "repetition of the first paragraph's sentence", ctx="elections. In 2020, Sergei Lebedev stated that the presidential elections in Belarus were held in an organized manner and by the law")
LEG("in an organized manner and by the law", Q, "lebedev", "repetition", ctx="elections. In 2020, Sergei Lebedev stated that the presidential elections in Belarus were held in an organized manner and by the law")
S("indirect", "the CIS observer mission had not revealed any facts that cast doubt on the legitimacy of the elections in Belarus", "He", "lebedev", "said", "say", EO, "He = Lebedev")
LEG("had not revealed any facts that cast doubt on the legitimacy", Q, "lebedev", "cf. 'observers found no violations' / 'did not record any violations' (§4.1); judgement call on the span (from the negated verb to 'legitimacy')")
S("indirect", "the elections \"were open, competitive, and honored the will of the citizens.\"", "He", "lebedev", "declared", "declare", EO,
  "'declared the elections \"…\"' read as 'declared (that) the elections …' (a bare clause with its verb inside the quotation); span ends with the closing mark", key="dc")
S("partial", "were open, competitive, and honored the will of the citizens.", "He", "lebedev", "declared", "declare", EO, "", parent="dc")
LEG("open, competitive, and honored the will of the citizens", Q, "lebedev", "paired praising predicates ('free and open', 'free expression of the people's will', §4.1): one span")
# 'Viasna human rights activist Pavel Sapelka comments on his appointment.': topic only (not coded).

# ---------------------------------------------------------------- p15 24 News HD 2025-01-27 (UK sanctions; Lammy)
art("p15_24newshd_2025")
S("indirect", "it had sanctioned six Belarus individuals and three defence sector firms, a day after a \"sham election\" in which autocrat Alexander Lukashenko won a seventh term",
  "Britain's foreign office", "uk_government", "said", "say", WG,
  "'on Monday' excluded; the 'a day after …' phrase is inside the reported clause (the partial quote shows it is the office's wording); Foreign Office = uk_government (variant)", key="fo")
DATE("Monday", "2025-01-27", "same-day news (P = Monday 27 Jan 2025)")
F("six", "6", "people", "count", note="sanctioned Belarusian individuals")
F("three", "3", "items", "count", note="defence sector firms", ctx="three defence")
S("partial", "sham election", "Britain's foreign office", "uk_government", "said", "say", WG, "", parent="fo", ctx="\"sham election\" in which")
DEL("sham", Q, "uk_government", "partial quotation of the foreign office", ctx="a \"sham election\" in which")
PEJ("autocrat", OUT, "", "lukashenko", "label on a name in the reported clause, outside quotation marks: outlet voice (§3.1.4); 'won a seventh term' gives no win marker (its clause holds 'sham' and 'autocrat', §4.1)", ctx="which autocrat Alexander")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="term")
S("direct", "Following Lukashenko's brutal crackdown in which critical voices within Belarus have been silenced, yesterday's sham election failed to meet international standards and has been condemned by international partners,",
  "it", "uk_government", "said", "say", WG, "[inverted] it = the foreign office")
DEL("sham", Q, "uk_government", "inside the foreign office's quotation", ctx="yesterday's sham election")
DEL("failed to meet international standards", Q, "uk_government", "standards verdict (§4.1 'Standards')")
S("indirect", "the sanctions were being imposed in coordination with Canada", "it", "uk_government", "adding", "add", WG, "shared subject of 'said' (§6)")
S("indirect", "the 70-year-old autocrat winning more than 86 percent of the vote", "Official results", "belarus_cec", "showed", "show", BG,
  "[document-source] results as the subject of 'show' (make known, §1; official results -> belarus_cec, §7); the participle phrases after 'of the vote' are the outlet's")
F("70-year", "70", "years", "age", subject="lukashenko", note="'the 70-year-old autocrat'")
PEJ("autocrat", OUT, "", "lukashenko", "label inside the noun phrase of the results' content: outlet voice (§3.1.3-4); 'winning' gives no win marker (its clause holds the label)", ctx="70-year-old autocrat")
F("86 percent", "86", "percent", "vote_share", qual="more than", subject="lukashenko", stage="preliminary", note="'Official results showed … winning more than 86 percent' (27 Jan 2025: the CEC's preliminary 86.82%)")
F("three-decade", "30", "years", "duration", subject="lukashenko", note="'his three-decade rule' (decades -> years)")
F("two", "2", "people", "count", note="prison chiefs", ctx="two prison")
S("indirect", "The sanctions targeted the \"leaders of institutions responsible for serious human rights violations and companies in the Belarusian defence sector supporting Russia’s war in Ukraine\"",
  "the foreign office", "uk_government", "said", "say", WG, "[inverted] span ends with the closing mark", key="st")
S("partial", "leaders of institutions responsible for serious human rights violations and companies in the Belarusian defence sector supporting Russia’s war in Ukraine",
  "the foreign office", "uk_government", "said", "say", WG, "", parent="st")
S("direct", "The world has become well-accustomed to Lukashenko's cynical pretence of democracy in Belarus, while in reality he brutally represses civil society and opposition voices to strengthen his grip on power,",
  "British Foreign Secretary David Lammy", "lammy", "said", "say", WG, "[inverted] 'pretence of democracy' is about his rule, not the vote (no marker; as set E k11 'oppressive governance masked as democracy')")
S("direct", "The UK, alongside our partners, will continue to stand by the people of Belarus and expose those who deny them their legitimate right to freedom and democracy,",
  "he", "lammy", "added", "add", WG, "[inverted] he = Lammy; 'legitimate right' is a homograph (no marker)")
S("indirect", "According to the exiled Belarusian non-governmental organisation the Viasna Human Rights Centre, over 1,250 political prisoners are incarcerated in Belarus",
  "the statement", "uk_government", "said", "say", WG, "[inverted] [document-source] the foreign office's statement (issuer named earlier)", key="vs")
S("indirect", "over 1,250 political prisoners are incarcerated in Belarus", "the exiled Belarusian non-governmental organisation the Viasna Human Rights Centre", "viasna", "According to", "according to", NGO,
  "nested source inside the statement's clause (a different speaker, §1; parent as set E k06); 'According to' + an organisation is a speaker", parent="vs")
F("1,250", "1250", "people", "count", qual="over", note="political prisoners")
S("partial", "excluded... from the UK economy", "", "", "", "", "",
  "[unattributed] partial quotation with no cue in its sentence (statements.md §2 point 4); probably the foreign office's statement; ellipsis kept")
