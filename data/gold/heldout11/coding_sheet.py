# -*- coding: utf-8 -*-
# Held-out gold set K coding sheet. S = statement, F = figure, M = polar marker / scare quote / official title.
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
IO, EO, OPP, CAND, MED, CIT = "international_organisation", "election_observers", "belarus_opposition", "belarus_candidate", "media", "citizen"

# ---------------------------------------------------------------- k01 Prensa Latina (via Cubasí) 2020-08-10
art("k01_prensalatina_2020")
DATE("Aug 10", "2020-08-10", "dateline (kept as body text)")
DATE("Monday", "2020-08-10", "same-day news (P = Monday 10 August 2020)")
S("indirect", "Alexander Lukashenko has won the presidential elections with 80.23% of the vote, while his main opposition candidate Svetlana Tijanovskaya got 9.90%",
  "The Central Election Commission (CEC) of Belarus", "belarus_cec", "confirmed", "confirm", BG,
  "the while-clause is inside the that-clause (one content); 'on Monday' between cue and complement excluded")
LEG("won", Q, "belarus_cec", "content clause of 'confirmed' (the CEC's declaration of the result); no delegitimising term in the clause")
F("80.23%", "80.23", "percent", "vote_share", subject="lukashenko", note="CEC preliminary result announced 10 Aug 2020", stage="preliminary")
F("9.90%", "9.90", "percent", "vote_share", subject="tsikhanouskaya", note="'Tijanovskaya' (Spanish transliteration, a variant in actors.csv)", stage="preliminary")
S("indirect", "some 4,652,000 citizens voted for Lukashenko, while 574,312 other voters supported Tijanovskaya",
  "CEC Chairwoman Lidia Yermoshina", "yermoshina", "According to", "according to", BG,
  "', Minsk television said' relays Yermoshina's figures (a medium relaying a speaker, §1.7: no row of its own)")
F("4,652,000", "4652000", "votes", "vote_share", qual="some", subject="lukashenko", note="votes for Lukashenko ('some' read as approximate)", stage="preliminary")
F("574,312", "574312", "votes", "vote_share", subject="tsikhanouskaya", note="'574,312 other voters supported Tijanovskaya' (figures.md §15 votes wording)", stage="preliminary")
F("1.68%", "1.68", "percent", "vote_share", subject="kanopatskaya", stage="preliminary")
F("97,926", "97926", "votes", "vote_share", subject="kanopatskaya", note="votes in parentheses after the share (figures.md §15)", stage="preliminary")
F("1,13%", "1.13", "percent", "vote_share", subject="cherechen", note="decimal comma as written ('1,13%' = 1.13 percent); 'Serguei Cherchenia' = Cherechen (variant in actors.csv)", stage="preliminary")
F("65,078", "65078", "votes", "vote_share", subject="cherechen", note="votes in parentheses without the word 'votes'", stage="preliminary")
F("1.04%", "1.04", "percent", "vote_share", subject="dmitriyev", stage="preliminary")
F("60,543", "60543", "votes", "vote_share", subject="dmitriyev", note="votes in parentheses", stage="preliminary")
F("5,790,000", "5790000", "people", "turnout", qual="some", note="number of voters who cast ballots", stage="preliminary")
F("5,767", "5767", "items", "count", note="polling stations")
F("44", "44", "items", "count", note="polling stations abroad")
F("84.23%", "84.23", "percent", "turnout", stage="preliminary")
S("indirect", "Lukashenko for his election victory", "Chinese President Xi Jinping", "xi", "congratulate", "congratulate", OG,
  "'was the first to congratulate X for Y' (set E: congratulate X on Y is a statement, content from X to the end); the relative clause 'whose early vote began on August 4' is the outlet's addition and excluded")
F("first", "1", "ordinal", "ordinal", subject="xi", note="'was the first to congratulate' (the first [leader]); placement of Xi")
REC("congratulate", OUT, "", "Xi's congratulation narrated by the outlet", ctx="first to congratulate Lukashenko")
LEG("victory", OUT, "", "'his election victory' as object of 'congratulate' (a noun win is its possessor's; markers.md §4.1)")
DATE("August 4", "2020-08-04", "start of early voting (past)")
S("indirect", "the Belarusian leader", "Russian President Vladimir Putin", "putin", "congratulated", "congratulate", RG,
  "[shared-content] 'also congratulated the Belarusian leader': the same congratulation (on the victory) by ellipsis; the object alone is a person (judgement call: coded as the second speaker of the congratulation)")
REC("congratulated", OUT, "", "Putin's congratulation narrated")
F("five years", "5", "years", "duration", subject="lukashenko", note="'seeking reelection for another five years' (tenure extension)")
S("indirect", "the West, in coordination with the internal opposition, was plotting destabilization actions to create chaos, after the polling stations were closed",
  "his Government", "belarus_government", "complaints", "complaint", BG,
  "a speech noun with a named source and a that-clause (§1.5: 'X's declaration that …'); 'his' = Lukashenko's")

# ---------------------------------------------------------------- k02 News Front 2020-07-03 (Pompeo's Independence Day message)
art("k02_newsfront_2020")
S("indirect", "Belarus to hold free and fair presidential elections", "The US Secretary of State Mike Pompeo", "pompeo", "called on", "call on", WG,
  "the next sentence ('The statement was contained in his congratulation speech timed to Independence Day said.') is garbled and has no content: not coded")
DATE("July 3", "2020-07-03", "annual holiday; present context resolved to P (3 July 2020)")
DATE("1944", "1944", "'liberation of Minsk … in 1944'")
S("direct", "On behalf of the government of the United States and the American people, I send my congratulations to all Belarusian citizens on the occasion of your Independence Day. The United States strongly supports the continued aspirations of the Belarusian people for democratic principles including universal freedoms, civil liberties, and the rule of law. We urge the government of Belarus to do everything in its power to ensure the upcoming elections are free and fair",
  "the statement", "pompeo", "says", "say", WG,
  "[inverted] [document-source] Pompeo's congratulatory statement (posted by the US embassy); closing mark before ', –'; 'free and fair' of the upcoming election is demanded (no marker)")
S("indirect", "this includes “the right to participate in the election campaign of a wide range of candidates, the right of citizens to gather peacefully and freely express their opinion, as well as an open and fair vote count",
  "the Secretary of State", "pompeo", "According to", "according to", WG,
  "[quote-mark-oddity] the quotation opened with “ is never closed; span to the end of the sentence without its period; 'the Secretary of State' resolved by role+date (2020 = Pompeo)", key="k02pomp")
S("partial", "the right to participate in the election campaign of a wide range of candidates, the right of citizens to gather peacefully and freely express their opinion, as well as an open and fair vote count",
  "the Secretary of State", "pompeo", "According to", "according to", WG,
  "[quote-mark-oddity] unclosed quotation: span from the opening mark to the end of the sentence (period excluded)", parent="k02pomp")
# 'Pompeo believes that …' is belief, not a communicative act: not coded (README)
S("direct", "The United States is encouraged by the growing relationship between our two nations and is committed to assisting Belarus to develop and diversify its economy. The United States reiterates its commitment to working with all Belarusians as you build a bright, secure, and democratic future",
  "Pompeo", "pompeo", "added", "add", WG, "[inverted] closing mark before ', –'")
F("two", "2", "items", "count", note="'our two nations' (anaphoric cardinal; inside Pompeo's quotation)")

# ---------------------------------------------------------------- k03 News Front 2020-09-23 (Czech FM on the inauguration)
art("k03_newsfront_2020")
S("indirect", "Lukashenko’s inauguration illegitimate", "The Czech Foreign Minister", "petricek", "called", "call", WG,
  f"small clause of 'call X Y'; Tomáš Petříček (named below as 'Tomas Petrshichek'), {NIA}; group from 'Czech' (speaker_groups.csv)")
DEL("illegitimate", Q, "", "predicate of 'called' (the Czech FM's verdict on the inauguration = the mandate); speaker Petříček not in actors.csv", ctx="inauguration illegitimate.")
S("indirect", "he considers the inauguration of Alexander Lukashenko illegitimate, since the presidential elections in Belarus were allegedly not free and fair",
  "Czech Foreign Minister Tomas Petrshichek", "petricek", "wrote", "write", WG,
  f"'wrote on his Twitter'; 'According to RIA Novosti' relays the minister (a medium relaying a speaker, §1.7: no row); the outlet's 'allegedly' sits inside the content; {NIA}")
DEL("illegitimate", Q, "", "inside the content clause of 'wrote'; speaker not in actors.csv", ctx="Lukashenko illegitimate, since")
DEL("not free and fair", Q, "", "negated verdict inside the content clause; the outlet's 'allegedly' (distancing, not coded here) does not change the voice; speaker not in actors.csv", ctx="allegedly not free and fair")
S("direct", "The elections in Belarus were not free and fair. Therefore, their results are illegitimate; therefore, today’s inauguration of Alexander Lukashenko is also illegitimate. The Czech Republic fully supports the Belarusian civil society. Belarusians deserve freedom",
  "Petrshichek", "petricek", "wrote", "write", WG, f"[inverted] closing mark before ', –'; {NIA}")
DEL("not free and fair", Q, "", "the minister's post; speaker not in actors.csv", ctx="were not free and fair. Therefore")
DEL("illegitimate", Q, "", "the results; speaker not in actors.csv", ctx="results are illegitimate")
DEL("illegitimate", Q, "", "the inauguration; speaker not in actors.csv", ctx="also illegitimate")
NONREC("not to recognize", OUT, "", "'the EU made a decision … not to recognize the results': the outlet's narration of a diplomatic act ('Let us remind you' is the outlet's voice, not a statement)")

# ---------------------------------------------------------------- k04 news.by 2025 (foreign media on the vote)
art("k04_newsby_2025")
S("indirect", "attitudes towards the elections in Belarus heavily depend on geography and political beliefs", "Western media", "", "note", "note", MED,
  "'some of which strive to maintain balanced judgments' excluded from the speaker (relative clause); no actor for the vague group 'Western media'")
S("direct", "But foreign election observers from Africa, former Soviet republics, and far-right political parties in Europe, such as the Alternative for Germany, hailed the vote as a triumph of democracy and condemned the sharp criticism of the elections by European officials and the European Parliament. 'They say there is a dictatorship here, but I don't think so - the reality in Belarus is completely different,' said Krastyo Vrachev from Bulgaria. 'People are calm and communicate easily; it is not like that in Europe,' he added.",
  "The New York Times", "nyt", "", "", MED,
  "a name with a colon before a quotation is its speaker (§1.7), no cue; the quoted article's own reported speech (observers' hailing, Vrachev's words) is inside a direct quotation and not coded separately (§1; set E k01-04)")
LEG("triumph of democracy", Q, "", "'hailed the vote as a triumph of democracy' inside the NYT quotation: innermost named speaker = the foreign observers (no actor in actors.csv); 'dictatorship' in Vrachev's words is denied ('I don't think so'): not coded")
S("indirect", "the election results in Belarus will strengthen the allied relations between Minsk and Moscow", "Russian media", "", "emphasize", "emphasize", MED, "no actor for the group 'Russian media'")
S("direct", "Even before the announcement of preliminary results, the President of Belarus spoke about his first international visit. 'It would be strange if I went somewhere other than Moscow,' he said in response to a question about his first meeting with a foreign leader. Finally, Lukashenko commented in advance on the non-recognition of the elections in Belarus by European countries. This will not play any role in the development of the country, he stated.",
  "Lenta.ru", "lenta", "", "", MED, f"name with a colon (§1.7), no cue; Lenta.ru {NIA}; nothing inside the quotation coded separately")
TITLE("President", Q, "", "'the President of Belarus' inside Lenta.ru's quotation (speaker not in actors.csv)")
F("first", "1", "ordinal", "ordinal", note="'his first international visit' (inside Lenta.ru's quotation)", ctx="his first international visit")
F("first", "1", "ordinal", "ordinal", note="'his first meeting with a foreign leader' (inside the quotation)", ctx="his first meeting")
NONREC("non-recognition", Q, "", "'commented … on the non-recognition of the elections … by European countries' inside Lenta.ru's quotation (speaker not in actors.csv); the European countries' act, reported")

# ---------------------------------------------------------------- k05 Izvestia 2025 (pre-election)
art("k05_izvestia_2025")
S("indirect", "The state system of Belarus is prepared for a quiet election",
  "deputy of the House of Representatives of the National Assembly of the Republic, member of the Standing Committee on International Affairs Alexander Shpakovsky",
  "shpakovsky", "told", "tell", BG,
  f"[inverted] 'told \"Izvestia\"' (the outlet as addressee); titles before the name kept (§6); Alexander Shpakovsky, member of Belarus's parliament, {NIA}; group: a deputy of Belarus (speaker_groups.csv)")
F("400", "400", "people", "count", qual="more than", note="international observers")
DATE("January 26", "2025-01-26", "polling day (future context)", ctx="held on January 26")
# 'as the republic claimed about possible provocations': a topic ('about'), no content: not coded
DATE("January 26", "2025-01-26", "polling day (future context)", ctx="January 26 in Belarus")
F("seventh", "7", "ordinal", "ordinal", note="the seventh presidential election in the country's history")
TITLE("incumbent president", OUT, "", "'The incumbent president of the republic, Alexander Lukashenko' (fixed term)")
DATE("1994", "1994", "'in office since 1994'")
F("Two", "2", "people", "count", note="candidates who withdrew")
F("one day", "1", "days", "duration", note="'withdrew from the race in one day' (judgement call: read as 'within a single day', not as the article a)")
S("indirect", "they had listened to the public demand for consolidation around Alexander Lukashenko", "Both", "", "said", "say", CAND,
  "'Both' = Sergei Bobrikov and Olga Chemodanova, would-be candidates who withdrew (not in actors.csv): group belarus_candidate, no actor")

# ---------------------------------------------------------------- k06 GOV.UK 2023 joint statement to the OSCE (anniversary)
art("k06_govuk_2023")
F("three-year", "3", "years", "duration", note="'three-year anniversary' (standfirst)", ctx="UK and others mark the three-year")
DEL("fraudulent", OUT, "", "the outlet's (UK government's) standfirst", ctx="of the fraudulent presidential")
# 'Thank you, Mr Chair.' and 'I am delivering this statement on behalf of …' have no content
F("three-year", "3", "years", "duration", note="anniversary", ctx="As we mark the three-year")
DEL("flawed", OUT, "", "'deeply flawed and fraudulent 2020 presidential election': the publisher's own speech (outlet voice for a government page, markers.md §3.1)")
DEL("fraudulent", OUT, "", "same phrase", ctx="flawed and fraudulent 2020")
DATE("2020", "2020", "'fraudulent 2020 presidential election'", ctx="fraudulent 2020 presidential")
S("indirect", "our steadfast solidarity with the Belarusian people in the face of relentless, systematic repression, and our support for their hopes of a free and democratic future",
  "I", "western_governments", "reiterate", "reiterate", WG,
  "[np-content] the speaker's present performative ('I wish to reiterate'); 'I' = Norway's representative speaking on behalf of the UK, Canada, Iceland and Norway (the publisher, GOV.UK, co-signs): collective actor")
S("indirect", "compelling evidence of widespread, continued human rights violations against all parts of Belarusian society",
  "The 2023 Moscow Mechanism report and its predecessor in 2020", "osce", "found", "find", IO,
  "[np-content] [document-source] OSCE Moscow Mechanism reports (issuer the OSCE); 'find' with a report as subject (§1)")
DATE("2023", "2023", "'The 2023 Moscow Mechanism report'", ctx="The 2023 Moscow")
DATE("2020", "2020", "'its predecessor in 2020'", ctx="predecessor in 2020")
S("direct", "so far, the Government of Belarus has not taken any steps to put an end to this situation, nor to provide effective remedies for the victims. On the contrary, the repressive policy has been steadily increasing over the past two years",
  "Professor Ascencio’s report", "osce", "quote", "quote", IO,
  "[document-source] 'To quote briefly from Professor Ascencio’s report earlier this year: “…”' (the 2023 OSCE Moscow Mechanism report by Hervé Ascencio); closing mark before the period")
F("two years", "2", "years", "duration", note="inside the quotation from the report")
DATE("July", "2023-07", "'In July' (past; P = September 2023)")
S("indirect", "the current human rights situation as catastrophic, and only getting worse", "the UN Special Rapporteur on Belarus", "anais_marin", "described", "describe", IO,
  "role+date: the UN Special Rapporteur on Belarus in July 2023 was Anaïs Marin")
S("indirect", "the Belarusian regime to put an end to these egregious human rights violations against its own citizens, and to undertake the necessary free and fair elections for the Belarusian people to determine their own leaders and their own future",
  "We", "western_governments", "called on", "call on", WG,
  "'We have continuously called on …': the co-signers' calls, present perfect of an ongoing position (judgement call: coded as their speech act, unlike past narration 'We had already expressed …')")
PEJ("regime", OUT, "", "belarus_government", "'the Belarusian regime' in the publisher's own speech", ctx="the Belarusian regime to put")
PEJ("regime", OUT, "", "belarus_government", "'the regime has consistently ignored …'", ctx="the regime has consistently")

# ---------------------------------------------------------------- k07 Czech MFA 2022-08-09 (second anniversary)
art("k07_czechmfa_2022")
F("second", "2", "ordinal", "ordinal", note="second anniversary of the 2020 election")
DEL("fraudulent", OUT, "", "the ministry's own statement (outlet voice)")
NONREC("have not been recognized", OUT, "", "'The results have not been recognized by Czechia or the EU' (a diplomatic act stated by the publisher; no statement row)")
PEJ("regime", OUT, "", "belarus_government", "'the Lukashenko regime'")
F("1,250", "1250", "people", "count", note="political prisoners; 'now exceeds 1,250' (the verb is not a qualifier; no qualifier); 'has practically doubled' is a verb, not coded as a multiplier (judgement call)")
SCARE("“terrorism”", "the authorities' label that the law allows ('to label any expression of free will as “terrorism”'): no speech act of a named speaker in the local syntax (an ability, not an utterance), so the marks are the ministry's scare quote")

# ---------------------------------------------------------------- k08 Council of Europe 2025 (via Mirage News)
art("k08_coe_2025")
DEL("undermined the credibility", OUT, "", "'Lack of a timely invitation … further undermined the credibility of the electoral process' (the release's own voice)")
S("indirect", "the generalised climate of répression, in the context of which the elections were held", "The Council of Europe", "", "condemns", "condemn", IO,
  "[np-content] the publisher naming itself in the third person (§1.1); the Council of Europe has no row in actors.csv (the release is its Secretary General's): group only; 'répression' as written")
DATE("2020", "2020", "'nationwide protests in 2020'")

# ---------------------------------------------------------------- k09 GOV.UK 2024 joint statement to the OSCE (mirror, mis-decoded)
art("k09_govuk_2024")
F("four-year", "4", "years", "duration", note="'four-year anniversary' (standfirst)")
DEL("fraudulent", OUT, "", "standfirst (outlet voice)", ctx="of the fraudulent presidential election in Belarus in 2020")
DATE("2020", "2020", "'election in Belarus in 2020'")
DATE("August 9", "2024-08-09", "'August 9 marked four years since …': the anniversary day in 2024 (P = September 2024; judgement call: the sentence mentions the vote but the date is the anniversary, not the polling day)")
F("four years", "4", "years", "duration", note="since the 2020 election")
DEL("fraudulent", OUT, "", "the co-signers' own speech published by the UK government (outlet voice)", ctx="since the fraudulent")
DEL("lack of a democratic mandate", OUT, "", "a denied mandate ('has lost his mandate', markers.md §4.1)")
S("indirect", "himself the winner", "Aleksandr Lukashenko", "lukashenko", "declared", "declare", BG,
  "self-proclamation (set E coded 'declared himself the winner' as a statement); no win marker (markers.md §4.1)")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="sixth term")
F("thousands", "1000", "people", "count", note="vague plural numeral, value = scale word (lower bound); Belarusians arrested")
S("indirect", "being subjected to torture and ill-treatment", "thousands of Belarusians", "", "reported", "report", CIT,
  "'many of whom reported …': the relative pronoun replaced by its antecedent (§6); the detainees, no actor; group citizen")
# 'Those demanding new, free and fair elections are labelled 鈥渆xtremists鈥�': present habitual passive of a naming verb (a practice, not one speech act): no statement; the mis-decoded marks (鈥渆…鈥�) cannot be coded as a scare-quote span by the set's rules: not coded (README)
S("indirect", "may even face the death penalty", "the amendments to the Criminal Code", "", "according to", "according to", BG,
  "[document-source] Belarus's Criminal Code amendments (issuer the Belarusian state; no actor named); the phrase attaches to the second conjunct of the sentence: span = that conjunct (judgement call)")

# ---------------------------------------------------------------- k10 The Diplomatic Observer 2020-09-24
art("k10_diplomaticobserver_2020")
S("indirect", "Lukashenko, who was sworn into office yesterday after the August 9th Presidential election in Belarus, was not a legitimate head of state and did not recognize the outcome of the election",
  "The European Union and the United States", "western_governments", "announced", "announce", WG,
  "coordinated speakers (EU + US): collective actor (statements.md §7); the glued byline 'Selin ATAY-TDO-' is not part of the speaker")
DATE("August 9th", "2020-08-09", "polling day")
DEL("not a legitimate head of state", Q, "western_governments", "negated verdict in the content clause (one span from the negation)")
NONREC("did not recognize", Q, "western_governments", "content clause of 'announced'")
S("indirect", "the presidential election in Belarus is \"not fair and free\"", "High Representative of the EU for Foreign Affairs and Security Policy Josep Borrell", "borrell", "stressed", "stress", EU_,
  "'Speaking on behalf of the European Union' excluded", key="k10b1")
S("partial", "not fair and free", "High Representative of the EU for Foreign Affairs and Security Policy Josep Borrell", "borrell", "stressed", "stress", EU_, "", parent="k10b1")
DEL("not fair and free", Q, "borrell", "partial quote in Borrell's clause")
S("direct", "There is no democratic legitimacy for Aleksandr Lukashenko to take office on September 23, 2020, and to maintain his authority for another term,", "Borrell", "borrell", "said", "say", EU_, "[inverted]")
DEL("no democratic legitimacy", Q, "borrell", "")
DATE("September 23, 2020", "2020-09-23", "inauguration day (inside Borrell's quotation)")
S("indirect", "the European Union does not recognize the election result", "Borrell", "borrell", "noting", "note", EU_, "shared subject of 'said', participle cue")
NONREC("does not recognize", Q, "borrell", "")
S("indirect", "Lukashenko's reinstatement would exacerbate the political crisis in the country", "Borrell", "borrell", "suggested", "suggest", EU_,
  "'Recalling the continued anti-government demonstrations …' names a topic only (not coded)")
S("indirect", "the European Union supports the Belarusian people's demand for \"free and fair\" elections under the supervision of the Organization for Security and Co-operation in Europe (OSCE)",
  "Borrell", "borrell", "said", "say", EU_, "'free and fair' of demanded elections: no marker", key="k10b2")
S("partial", "free and fair", "Borrell", "borrell", "said", "say", EU_, "", parent="k10b2", ctx="demand for \"free and fair\"")
S("direct", "The United States cannot recognize Aleksandr Lukashenko as the elected legitimate leader of Belarus,", "US State Spokesman Morgan Ortagus", "ortagus", "said", "say", WG,
  "[inverted] 'in a statement' excluded")
NONREC("cannot recognize", Q, "ortagus", "the object's 'elected legitimate leader' is not coded (object of non-recognition)")
S("direct", "The path before them should be a national dialogue that will allow the Belarusian people to exercise their right to elect their own leaders through free and fair elections held under independent observation,",
  "he", "ortagus", "said", "say", WG, "[inverted] [quote-mark-oddity] opens with “ and closes with \"; he = Ortagus (she in reality; the outlet writes 'he')")
S("indirect", "the declared election results were rigged", "spokesman Ortagus", "ortagus", "Claiming", "claim", WG, "fronted participle with the main clause's subject")
DEL("rigged", Q, "ortagus", "")
S("indirect", "the United States does not believe that the presidential election held in Belarus on August 9 is free and fair", "spokesman Ortagus", "ortagus", "expressed", "express", WG,
  "'again expressed that …' (express + clause)")
DEL("does not believe that the presidential election held in Belarus on August 9 is free and fair", Q, "ortagus", "negated verdict with a verb of belief (markers.md §4.1 third round: one delegitimising span)")
DATE("August 9", "2020-08-09", "polling day", ctx="Belarus on August 9 is")

# ---------------------------------------------------------------- k11 The Eastern Herald 2020-09-24
art("k11_easternherald_2020")
S("indirect", "the issue of the date of the inauguration an internal matter of Belarus", "The Russian Federation", "russia_government", "called", "call", RG,
  "'declined to comment' has no content")
NONREC("Neither Slovakia, nor Lithuania, nor Poland recognized", OUT, "", "negated recognition (the negation opens the sentence, so the span runs from it to the verb); the outlet's narration of the states' acts; 'the legitimate president' in the object is not coded")
S("indirect", "a farce", "", "", "called", "call", "",
  "[unattributed] 'The action itself was called a farce in the countries': past personal passive of a naming cue without an agent ('in the countries' is a place) = a statement with an empty speaker; content the predicate after the cue (set E k14)", ctx="was called a farce")
DEL("farce", Q, "", "verdict of an agentless naming passive (quoted, no speaker); the inauguration = the mandate", ctx="called a farce")
S("indirect", "Lukashenka has no legitimacy to rule Belarus", "Slovak Foreign Minister Ivan Korchok", "korcok", "said", "say", WG,
  "'on his Twitter page' excluded; 'Korchok' = Korčok (Russian-style transliteration)")
DEL("no legitimacy", Q, "korcok", "")
S("direct", "He is responsible for the presidential elections in Belarus, which were neither free nor fair. Slovakia stands with the citizens of Belarus,", "Korchok", "korcok", "wrote", "write", WG, "[inverted] the tweet's URL line after it is not coded")
DEL("neither free nor fair", Q, "korcok", "")
S("indirect", "even after the secret inauguration, Lukashenka continues to be a former president", "His Lithuanian colleague Linas Linkevicius", "linkevicius", "noted", "note", WG, "")
DEL("former president", Q, "linkevicius", "a denied mandate (judgement call, like 'has lost his mandate'); the title inside it is not coded as an official title", ctx="a former president")
S("direct", "Such a farce. Forged elections. Forged inauguration. The former president of Belarus has not become less former. On the contrary. His illegality is a fact with all the ensuing consequences,",
  "the head of the Lithuanian Foreign Ministry", "linkevicius", "wrote", "write", WG, "[inverted] description resolved to Linkevicius (named in the sentence before)")
DEL("farce", Q, "linkevicius", "", ctx="“Such a farce")
DEL("Forged", Q, "linkevicius", "'Forged elections'", ctx="“Such a farce. Forged elections")
DEL("Forged", Q, "linkevicius", "'Forged inauguration'", ctx="Forged inauguration. The former president of Belarus")
DEL("former president", Q, "linkevicius", "", ctx="The former president of Belarus has")
DEL("illegality", Q, "linkevicius", "")
S("direct", "Such a farce. Forged elections. Forged inauguration. The former president of #Belarus does not become less former. Quite the contrary. His illegitimacy is a fact with all the consequences that this entails.",
  "Linas Linkevicius", "linkevicius", "", "", WG, "[embedded-tweet] the whole post line (signature on the next line)")
DEL("farce", Q, "linkevicius", "embedded post", ctx="\nSuch a farce")
DEL("Forged", Q, "linkevicius", "embedded post", ctx="\nSuch a farce. Forged elections")
DEL("Forged", Q, "linkevicius", "embedded post", ctx="Forged inauguration. The former president of #Belarus")
DEL("former president", Q, "linkevicius", "embedded post", ctx="The former president of #Belarus")
DEL("illegitimacy", Q, "linkevicius", "embedded post")
DATE("September 23, 2020", "2020-09-23", "the post's time stamp")
S("indirect", "Lukashenka could not be considered the legitimate president of Belarus, no matter what his oath was", "The Ministry of Foreign Affairs of Poland", "poland_mfa", "statement", "statement", WG,
  "'also made a statement that …': a speech noun with its source and a that-clause (§1.5)")
NONREC("could not be considered", Q, "poland_mfa", "negated verb of belief denying the leader legitimacy (markers.md §4.1 Negated verdicts: non_recognition, span the negated verb)")
S("direct", "The Foreign Ministry takes into account today’s events in Belarus. A president elected in non-democratic elections cannot be considered legally acting, regardless of whether his oath was secret or official,",
  "the ministry", "poland_mfa", "said", "say", WG, "[inverted] 'on Twitter' excluded; the ministry = the Polish MFA (named in the sentence before)")
DEL("non-democratic", Q, "poland_mfa", "a verdict negated by a prefix (markers.md §4.1 eighth session); 'elected' in the same clause not coded")
NONREC("cannot be considered", Q, "poland_mfa", "'cannot be considered legally acting' (negated verb of belief on the president)")
S("indirect", "the date of the event is an internal matter of Belarus, so it is not advisable to comment on this", "Press secretary of the Russian President Dmitry Peskov", "peskov", "noted", "note", RG, "'in turn' excluded")
S("indirect", "he was not notified of this in advance either", "the politician", "peskov", "According to", "according to", RG, "description resolved to Peskov")

# ---------------------------------------------------------------- k12 Warsaw Point 2023-08-09
art("k12_warsawpoint_2023")
S("indirect", "to continue their support for the Belarusian people and the country’s “democratic forces”", "The foreign ministers of Poland and the three Baltic states", "western_governments", "pledged", "pledge", WG,
  "'in a joint statement marking …' excluded; Poland's and the Baltic states' foreign ministers: collective actor (note: Rau, Landsbergis, Karins/Rinkēvičs' successor, Tsahkna)", key="k12a")
S("partial", "democratic forces", "The foreign ministers of Poland and the three Baltic states", "western_governments", "pledged", "pledge", WG,
  "quoted fragment inside the ministers' clause: their partial (no scare-quote row)", parent="k12a")
F("three", "3", "items", "count", note="Baltic states")
F("third", "3", "ordinal", "ordinal", note="third anniversary")
DEL("fraudulent", OUT, "", "'widely regarded as fraudulent': a passive belief with no believer stays in the outlet's voice (markers.md §3.1)")
DATE("August 9, 2020", "2020-08-09", "polling day")
S("indirect", "himself victor", "President Aleksander Lukashenko", "lukashenko", "declare", "declare", BG,
  "'saw … Lukashenko declare himself victor': self-proclamation (as set E); 'widespread allegations that the vote was fixed' has no source (§1.5: no row)")
TITLE("President", OUT, "", "'President Aleksander Lukashenko'")
DEL("fixed", Q, "", "content clause of the source-less noun 'allegations' (quoted voice, no speaker; markers.md §3.1 point 2)")
S("direct", "Lukashenko proclaimed himself the winner of the rigged presidential election, thereby trampling on the democratic aspirations and rights of the Belarusian people,",
  "the four ministers", "western_governments", "wrote", "write", WG, "[inverted] 'in the statement' excluded; nothing inside the quotation is coded as a statement")
DEL("rigged", Q, "western_governments", "the winner's self-proclamation is not coded")
F("four", "4", "people", "count", note="the ministers")
S("indirect", "The “massive electoral fraud” has, they continued, resulted in “massive inhumane repression” against “peaceful protesters and their supporters”",
  "they", "western_governments", "continued", "continue", WG,
  "parenthetical attribution: one row, the whole clause with the attribution inside (§1.2); ends with the closing mark; 'continue' as a cue of continued speech", key="k12b")
S("partial", "massive electoral fraud", "they", "western_governments", "continued", "continue", WG, "", parent="k12b")
DEL("electoral fraud", Q, "western_governments", "fixed term ('massive' left out)")
S("partial", "massive inhumane repression", "they", "western_governments", "continued", "continue", WG, "", parent="k12b")
S("partial", "peaceful protesters and their supporters", "they", "western_governments", "continued", "continue", WG, "", parent="k12b")
S("indirect", "they will continue to stand with the Belarusian people, “staying true to the commitment expressed in the historic motto ‘For our Freedom and Yours’.”",
  "The foreign ministers", "western_governments", "declared", "declare", WG, "span ends with the closing mark", key="k12c")
S("partial", "staying true to the commitment expressed in the historic motto ‘For our Freedom and Yours’.", "The foreign ministers", "western_governments", "declared", "declare", WG,
  "the nested ‘For our Freedom and Yours’ is a motto (a name): not a scare quote", parent="k12c")
S("direct", "We believe in a democratic, independent, and sovereign Belarus, as much as we believe in the victory of Ukraine. Our support to the people of Belarus, struggling for their freedom and dignity, will remain unwavering,",
  "the", "western_governments", "wrote", "write", WG, "[inverted] the speaker is printed as 'the' (a typo for 'they' = the ministers); 'victory of Ukraine' is another contest (no marker)")
S("indirect", "the Lukashenko regime “an accomplice and direct supporter of Russia’s unprovoked and unjustified aggression against Ukraine.”", "The signatories", "western_governments", "called", "call", WG,
  "small clause of 'call X Y'; span ends with the closing mark", key="k12d")
PEJ("regime", OUT, "", "belarus_government", "'the Lukashenko regime' is the object X of 'call X Y': the outlet's referring expression (markers.md §3.1 point 3)")
S("partial", "an accomplice and direct supporter of Russia’s unprovoked and unjustified aggression against Ukraine.", "The signatories", "western_governments", "called", "call", WG, "", parent="k12d")

# ---------------------------------------------------------------- k13 European Pravda 2025-01-30 (PACE resolution)
art("k13_europeanpravda_2025")
S("indirect", "the so-called presidential \"elections\" in Belarus on 26 January 2025 do not meet international standards and that there are no grounds to recognise Alexander Lukashenko as the legitimate president of Belarus",
  "The Parliamentary Assembly of the Council of Europe (PACE)", "", "stated", "state", IO,
  "PACE has no row in actors.csv (group from 'Parliamentary Assembly'/'PACE', speaker_groups.csv); the second that-clause is coordinated content of the same cue (one row)", key="k13a")
S("partial", "elections", "The Parliamentary Assembly of the Council of Europe (PACE)", "", "stated", "state", IO,
  "quoted word inside PACE's clause: a partial (as set E k09), not a scare-quote row", parent="k13a", ctx="presidential \"elections\" in Belarus on")
DATE("26 January 2025", "2025-01-26", "polling day", ctx="on 26 January 2025 do not meet international")
DEL("do not meet international standards", Q, "", "observer-standard verdict (markers.md §4.1 Standards); speaker PACE not in actors.csv")
NONREC("no grounds to recognise", Q, "", "refusal to recognise (judgement call: 'there are no grounds to recognise X as legitimate' read as non-recognition); speaker not in actors.csv")
S("indirect", "Lukashenko cannot be considered the legitimate president of Belarus, as the so-called \"elections\" held in January failed to meet even the minimum international standards",
  "the PACE resolution The urgent need for free and fair elections in Belarus", "", "declares", "declare", IO,
  "[document-source] the resolution (issuer PACE, no row); 'As reported by a European Pravda correspondent' is the outlet's own reporter (no statement, §1.6); 'adopted on 30 January' excluded", key="k13b")
S("partial", "elections", "the PACE resolution The urgent need for free and fair elections in Belarus", "", "declares", "declare", IO, "", parent="k13b", ctx="so-called \"elections\" held in January")
DATE("30 January", "2025-01-30", "adoption of the resolution (past, P = 30 January 2025)")
NONREC("cannot be considered", Q, "", "negated verb of belief on the leader's legitimacy (non_recognition, span the negated verb); speaker not in actors.csv")
DATE("January", "2025-01", "'held in January'", ctx="held in January")
DEL("failed to meet even the minimum international standards", Q, "", "standards verdict (span from 'failed' to 'standards')")
S("direct", "The Assembly… considers that the so-called elections organised in Belarus on 26 January 2025 do not meet the minimum international standards for democratic elections and lack any democratic credibility… There are no grounds for recognising the legitimacy of Aliaksandr Lukashenka as president,",
  "PACE", "", "stated", "state", IO, "[inverted] [editorial-brackets] the writer's ellipses (…) are part of the span")
DATE("26 January 2025", "2025-01-26", "polling day (inside the quotation)", ctx="Belarus on 26 January 2025 do not meet the minimum")
DEL("do not meet the minimum international standards", Q, "", "speaker not in actors.csv")
DEL("lack any democratic credibility", Q, "", "")
NONREC("no grounds for recognising", Q, "", "judgement call as above")
F("79", "79", "people", "count", note="PACE delegates (all voting in favour)")
S("indirect", "Council of Europe member states to clearly declare their non-recognition of Lukashenko’s presidency and to \"take decisive steps to broaden and intensify targeted sanctions against the regime and those who support its unlawful activities\"",
  "PACE", "", "called on", "call on", IO, "span ends with the closing mark", key="k13c")
NONREC("non-recognition", Q, "", "demanded non-recognition in the content of a request (judgement call, as set E coded demanded verdicts)")
S("partial", "take decisive steps to broaden and intensify targeted sanctions against the regime and those who support its unlawful activities", "PACE", "", "called on", "call on", IO, "", parent="k13c")
PEJ("regime", Q, "", "belarus_government", "inside PACE's partial quotation (speaker not in actors.csv)", ctx="sanctions against the regime")
S("indirect", "continuing and intensifying support for Belarusian democratic forces led by Sviatlana Tsikhanouskaya", "the Assembly", "", "proposes", "propose", IO,
  "'propose' = asking for something; the Assembly = PACE")
S("indirect", "introducing additional measures to facilitate the entry and safe, dignified stay of Belarusian citizens fleeing Lukashenko’s regime in Council of Europe member states", "PACE delegates", "", "propose", "propose", IO, "")
PEJ("regime", OUT, "", "belarus_government", "'Lukashenko’s regime' outside quotation marks in a reported clause: the outlet's referring expression (markers.md §3.1 point 4)", ctx="fleeing Lukashenko’s regime")

# ---------------------------------------------------------------- k14 Devdiscourse 2025-01-27
art("k14_devdiscourse_2025")
TITLE("President", OUT, "", "'Belarusian President Alexander Lukashenko'", ctx="Belarusian President Alexander")
F("31-year", "31", "years", "duration", subject="lukashenko", note="tenure")
S("indirect", "a sham", "Western nations", "western_governments", "deemed", "deem", WG,
  "'an election deemed a sham by Western nations': passive judging verb with an agent (judgement call: 'deem' as a verdict like 'declare')")
DEL("sham", Q, "western_governments", "predicate of 'deemed' with a named agent (markers.md §3.1: seen by X as rigged → quoted)")
S("indirect", "Lukashenko securing 86.8% of the vote", "Preliminary results", "belarus_cec", "showed", "show", BG,
  "[document-source] results as the subject of 'show' (§1); 'despite widespread criticism …' has no source (no row)")
F("86.8%", "86.8", "percent", "vote_share", subject="lukashenko", stage="preliminary")
DEL("absence of free and fair competition", OUT, "", "object of source-less 'criticism over' (outlet voice); 'securing' in the same clause is therefore not coded as a win")
S("indirect", "the election process", "European leaders", "western_governments", "denounce", "denounce", WG, "[np-content] 'were quick to denounce'")
S("indirect", "repression of independent media and persecution of opposition figures, many of whom are in penal colonies or forced into exile", "European leaders", "western_governments", "pointing to", "point to", WG,
  "[np-content] 'point to' = cite (shared subject)")
S("indirect", "the lack of choice for Belarusian citizens", "German Foreign Minister Annalena Baerbock", "baerbock", "highlighted", "highlight", WG,
  "[np-content] 'highlight' as a cue like 'stress' (set E); 'marking a somber day …' is not coded (narration)")
DEL("lack of choice", OUT, "", "no contest (like set E's 'absence of genuine political competition'); NP object of 'highlighted': outlet voice")
S("indirect", "dissidents chose their fates", "Lukashenko", "lukashenko", "stating", "state", BG, "'dismissed critics' has a person as object (no content)")
S("indirect", "any forced exile", "Lukashenko", "lukashenko", "denying", "deny", BG, "[np-content]")

# ---------------------------------------------------------------- k15 Hürriyet Daily News (AFP) 2025-01-24
art("k15_hurriyet_2025")
DATE("Jan. 26", "2025-01-26", "polling day (future context)")
F("30-year", "30", "years", "duration", subject="lukashenko", note="'30-year stranglehold on power'")
F("70-year", "70", "years", "age", subject="lukashenko", note="'The mustachioed 70-year-old'")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="seventh mandate")
S("indirect", "a \"sham.\"", "the opposition", "belarus_opposition", "branded", "brand", OPP,
  "'in what the opposition has already branded a \"sham.\"': object before the cue, content after it (§3); ends with the closing mark", key="k15a")
S("partial", "sham.", "the opposition", "belarus_opposition", "branded", "brand", OPP, "", parent="k15a")
DEL("sham", Q, "belarus_opposition", "")
S("indirect", "the international community not to recognize the result", "The European Parliament", "european_parliament", "called on", "call on", EU_, "")
NONREC("not to recognize", Q, "european_parliament", "demanded non-recognition (content of the request)")
DATE("2020", "2020", "'The previous vote in 2020'", ctx="previous vote in 2020")
S("indirect", "Belarusians were \"really frightened by four years of repression.\"", "opposition leader Svetlana Tikhanovskaya", "tsikhanouskaya", "said", "say", OPP,
  "'In an interview with AFP ahead of the election' and the relative clause excluded; ends with the closing mark", key="k15b")
S("partial", "really frightened by four years of repression.", "opposition leader Svetlana Tikhanovskaya", "tsikhanouskaya", "said", "say", OPP, "", parent="k15b")
DATE("2020", "2020", "'who ran against Lukashenko in 2020'", ctx="Lukashenko in 2020")
F("four years", "4", "years", "duration", note="inside Tikhanovskaya's partial quote")
DATE("1994", "1994", "'Since 1994'")
DATE("August 2020", "2020-08", "start of the 2020 protests")
F("Tens of thousands", "10000", "people", "count", note="vague plural numeral, value = scale word (lower bound); protesters")
S("indirect", "more than 300,000 Belarusians out of a population of 9 million fled the country for political reasons, mainly to Poland", "The United Nations", "", "estimates", "estimate", IO,
  "an organisation's published estimate = a claim; no actor row for the UN as a body (group from speaker_groups.csv)")
F("300,000", "300000", "people", "count", qual="more than", note="Belarusians who fled (inside the UN's estimate)")
F("9 million", "9000000", "people", "count", note="population of Belarus")
