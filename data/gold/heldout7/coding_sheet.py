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
