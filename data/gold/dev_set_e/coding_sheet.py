# -*- coding: utf-8 -*-
# Held-out gold set E coding sheet. S = statement, F = figure, M = polar marker / scare quote / official title.
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
IO, EO, OPP = "international_organisation", "election_observers", "belarus_opposition"

# ---------------------------------------------------------------- k01 Sputnik via UrduPoint 2020-07-24 (CIS mission begins work)
art("k01_sputnik_2020")
DATE("24th July, 2020", "2020-07-24", "dateline (credit line kept as body text, as in sets A-D)")
S("indirect", "An election monitoring mission of the Commonwealth of Independent States (CIS) has begun observance of the presidential election in Belarus, scheduled for August 9",
  "the executive committee of the body", "", "said", "say", IO,
  "[inverted] the CIS Executive Committee (no row in actors.csv; group from 'CIS', speaker_groups.csv); 'the body' = the CIS; 'Friday' after the cue excluded")
DATE("August 9", "2020-08-09", "'scheduled for August 9' (future context; the polling day)")
DATE("Friday", "2020-07-24", "same-day news (P = Friday 24 July 2020)")
S("direct", "A mission of observers from the CIS has begun work in the presidential elections in the Republic of Belarus,", "the CIS press service", "", "said", "say", IO,
  "[inverted] 'in a statement' excluded; the CIS press service is in no row of actors.csv: group only")
S("indirect", "Head of the Belarusian Central Election Commission, Lidia Yermoshina, discussed issues of organization and preparedness with the mission's head, Viktor Guminsky at a meeting in Minsk",
  "the statement", "", "read", "read", IO,
  "[inverted] [document-source] the CIS press service's statement (issuer in no row of actors.csv); 'discussed issues of …' inside it is a topic, not a statement (§1)")
S("direct", "[Guminsky] noted with regret that this year, in the context of the COVID-19 pandemic, the mission started work later than usual and was not able to observe the formation of election commissions, the nomination and registration of presidential candidates. However, election campaigning, early voting and voting on the day elections will be monitored by the mission,",
  "the statement", "", "read", "read", IO,
  "[inverted] [document-source] [editorial-brackets] the statement quotes Guminsky's remark; nothing inside the quotation is coded (§1); 'COVID-19' is a name (no figure)")
S("indirect", "A CIS mission has monitored every election since 2001", "Guminsky", "guminsky", "said", "say", EO,
  f"[inverted] Viktor Guminsky, the mission's head (head of the CIS mission's staff), {NIA}; group election_observers (observer mission); 'in the communique' excluded")
DATE("2001", "2001", "'since 2001'")
S("indirect", "Before the election day, the mission intends to hold meetings with all campaign headquarters of all the presidential candidates and survey the election process at all levels, among other things",
  "the statement", "", "say", "say", IO,
  "[inverted] [document-source] 'the statement goes on to say': cue reduced to the lexical verb 'say' ('goes on to' is aspectual); the next paragraph ('The main bulk …') has no source of its own and is not coded (set C c03)")

# ---------------------------------------------------------------- k02 Euroradio 2020-08-10 (Tsikhanouskaya does not accept the result)
art("k02_euroradio_2020")
DEL("do not agree with the early election results", OUT, "",
    "the candidate's and her campaign's dispute of the preliminary result = a challenge to the result by critics (markers.md §4.1 'questioned the results', set D h02 'challenged the election results'); a stance, not a statement row (set D h11 'opposing the election'); judgement call: could be read as non-recognition ('doesn't accept (the results)')")
DATE("August 10", "2020-08-10", "'announced … on August 10'")
S("direct", "I was confident the authorities would not make such a step. The things that were happening yesterday are unacceptable,", "Tsikhanouskaya", "tsikhanouskaya", "told reporters", "tell", OPP,
  "[inverted] 'She also commented on the brutal dispersal …' before it names a topic only (not coded)")
S("direct", "We are ready for long-term protests,", "Maryia Kalesnikava", "kalesnikava", "added", "add", OPP,
  "[inverted] apposition 'a representative of the campaign' excluded (§6)")
S("indirect", "last night she tried to call Interior Minister Yury Karayeu and Chief of Staff at the Presidential Administration Ihar Syarheyanka and ask them to stop violence against the protesters",
  "Kalesnikava", "kalesnikava", "said", "say", OPP,
  "'ask them to stop …' is inside the same speaker's clause (not coded again, §1); 'However, they have not replied.' is negated (not coded)")
S("indirect", "the united headquarters will wait for the final election results to be announced on August 14 and make a decision on what to do next",
  "Kalesnikava", "kalesnikava", "", "",  OPP,
  "the page omits the reporting verb ('Kalesnikava also that …'); read as 'also said that', content coded with an empty cue (judgement call)")
DATE("August 14", "2020-08-14", "future context ('will wait for the final election results to be announced on August 14')")
S("indirect", "around 3000 people were detained", "The Interior Ministry", "belarus_police", "said", "say", BG, "Interior Ministry = belarus_police (actors.csv variant)")
F("3000", "3000", "people", "count", qual="around", note="detained")
SCARE("\"Protest outbreaks\"", "quoted two-word term in the outlet's sentence with no speaker in its syntax (statements.md §1.1: a scare quote, not a statement); probably the Interior Ministry's wording (previous sentence)")
F("33", "33", "items", "count", note="cities and towns")

# ---------------------------------------------------------------- k03 Euroradio 2020-08-06 (early voting turnout)
art("k03_euroradio_2020")
S("indirect", "12.75% of voters came to the polls during two days of early voting (4.98% on Day One)", "the Central Election Commission", "belarus_cec", "said", "say", BG,
  "[inverted] the parenthesis is inside the reported clause")
F("12.75%", "12.75", "percent", "turnout", stage="preliminary", note="early voting, first two days (4-5 Aug 2020), CEC figure")
F("two days", "2", "days", "duration", note="early voting ('during two days of early voting')", ctx="during two days")
F("4.98%", "4.98", "percent", "turnout", stage="preliminary", note="early voting, day one (4 Aug 2020)")
F("One", "1", "ordinal", "ordinal", note="'Day One' = the first day of early voting (position in a sequence; judgement call: not read as a name)", ctx="(4.98% on Day One)")
F("first", "1", "ordinal", "ordinal", note="'the first two days' (ordinal modifying the noun; judgement call)", ctx="in the first two days")
F("two days", "2", "days", "duration", note="'the first two days of presidential elections in 2015'", ctx="first two days")
DATE("2015", "2015", "'presidential elections in 2015' (an earlier election)")
F("10.94%", "10.94", "percent", "turnout", note="result of the 2015 election: early voting, first two days; stage left empty (another election)")
F("4.49%", "4.49", "percent", "turnout", note="2015 election: early voting, day one; stage left empty (another election)")
F("One", "1", "ordinal", "ordinal", note="'Day One' of the 2015 early voting", ctx="(4.49% on Day One)")
F("16.44%", "16.44", "percent", "turnout", stage="preliminary", note="regional (Homiel region); early voting")
F("10.01%", "10.01", "percent", "turnout", stage="preliminary", note="regional (Hrodna region); early voting")
F("11.73%", "11.73", "percent", "turnout", stage="preliminary", note="regional (city of Minsk); early voting")
S("indirect", "2500 violations on the first day of early voting", "Independent election observers", "", "reported", "report", EO,
  "[np-content] the reported violations are a claim; domestic independent observers, no actor (group from 'election observers', speaker_groups.csv)")
F("2500", "2500", "items", "count", note="violations reported by independent observers")
DEL("violations", OUT, "", "electoral violations reported by observers = flaws of the vote (converse of 'observers found no violations'; cf. set C c05 'fraud' as NP object of 'witnesses reported', outlet voice); judgement call")
F("first", "1", "ordinal", "ordinal", note="'the first day of early voting'", ctx="on the first day")
DATE("August 9", "2020-08-09", "'The Election Day is on August 9' (future context; the polling day)")

# ---------------------------------------------------------------- k04 Belsat 2020-08-25 (Supreme Court rejects complaint)
art("k04_belsat_2020")
DATE("August 25", "2020-08-25", "'On August 25, the Belarusian Supreme Court dismissed …'; the court's dismissal of an appeal is a legal act, not a statement (not coded)")
DATE("2020", "2020", "'the 2020 presidential election'")
S("indirect", "the first and still the only president Alyaksandr Lukashenka won a landslide victory over his competitors", "the CEC", "belarus_cec", "According to", "according to", BG,
  "'According to' + an institution is a speaker (sets C, D)")
F("first", "1", "ordinal", "ordinal", subject="lukashenko", note="'the first and still the only president' (first holder of the office; ordinal modifying the noun)", ctx="the first and still")
TITLE("president", OUT, "", "'the first and still the only president Alyaksandr Lukashenka': the outlet's (ironic) epithet on a name inside the according-to clause stays outlet voice (§3.1.4); the title itself is coded", ctx="only president Alyaksandr")
LEG("landslide victory", Q, "belarus_cec", "fixed term; 'according to' + the CEC puts the predicate in quoted voice (§3.1.4); 'won' not coded separately (one span per lexicon)")
S("indirect", "the results of the elections announced by CEC Chairperson Lidziya Yarmoshyna be declared invalid", "Tsikhanouskaya", "tsikhanouskaya", "demanded", "demand", OPP,
  "request (subjunctive clause); the participle 'announced by …' inside it is not a separate statement")
DEL("declared invalid", Q, "tsikhanouskaya", "a demanded verdict (cf. set D h06 requested 'not to recognise', coded); judgement call")
DATE("August, 9", "2020-08-09", "polling day; comma as on the page")
S("indirect", "Lukashenka gained 80.10% of votes, and only 10.12% of voters supported Tsikhanouskaya", "The election officials", "belarus_cec", "state", "state", BG,
  "'election officials' = belarus_cec (actors.csv variant)")
F("80.10%", "80.10", "percent", "vote_share", subject="lukashenko", stage="final", note="'gained' = vote share (no win marker); the final result of 14 Aug 2020")
F("10.12%", "10.12", "percent", "vote_share", qual="only", subject="tsikhanouskaya", stage="final", note="'only 10.12% of voters supported Tsikhanouskaya'")
F("600", "600", "people", "count", note="members of the Coordination Council")
S("indirect", "it a ‘threat to national security’", "Belarus’ Prosecutor General", "", "naming", "name", BG,
  "small clause 'name X Y' (§3); the Prosecutor General is not named and has no row in actors.csv: group belarus_government; 'Last week' opened the case (an act, not coded)", key="ng")
S("partial", "threat to national security", "Belarus’ Prosecutor General", "", "naming", "name", BG, "[quote-mark-oddity] single curly marks", parent="ng")
DATE("Tuesday", "2020-08-25", "'On Tuesday' (P = Tuesday 25 Aug 2020, same-day news)")

# ---------------------------------------------------------------- k05 Republic World 2020-08-15 (Pompeo in Warsaw)
art("k05_republicworld_2020")
S("indirect", "the US is monitoring the situation in Belarus closely after the disputed election result that saw President Alexander Lukashenko secure another term and the protests that followed",
  "The United States Secretary of State Mike Pompeo", "pompeo", "said", "say", WG, "'on August 15' between the speaker and the cue skipped")
DATE("August 15", "2020-08-15", "", ctx="on August 15 said")
TITLE("President", OUT, "", "title on a name inside a reported clause, outside quotation marks: outlet voice (§3.1.4)", ctx="saw President Alexander")
LEG("secure another term", Q, "pompeo", "'secured his … term' (markers.md §4.1 third round) inside Pompeo's content clause; 'disputed' reports a dispute and is not coded, so it does not block the win (judgement call; the wording is probably the outlet's)")
S("indirect", "the US is closely watching the developments in Belarus, including the crackdown on its people by the authorities", "Secretary Pompeo", "pompeo", "told the press", "tell", WG,
  "'during his visit to Warsaw, Poland,' excluded; 'Pompeo's comment came during …' is speech without content (not coded)")
S("indirect", "the potential sanctions in talks will only apply to top officials in the former Soviet Union nation", "his Polish counterpart Jacek Czaputowicz", "czaputowicz", "said", "say", WG,
  "relative 'who' replaced by its antecedent NP (§6)")
S("indirect", "election results", "the authorities in the country", "belarus_government", "declared", "declare", BG,
  "[np-content] 'declared election results' = announced the results (cf. 'announced NP'); the relative clause 'which saw …' is not part of the NP content (it is the outlet's, after the date)", ctx="declared election results on")
DATE("August 10", "2020-08-10")
PEJ("authoritarian leader", OUT, "", "lukashenko", "'the authoritarian leader Alexander Lukashenko'")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term; 'secure the sixth term' gives no win marker: its clause holds the label 'authoritarian leader' (markers.md §4.1)")
TITLE("President", OUT, "", "'the sixth term as President'", ctx="term as President")
F("80 percent", "80", "percent", "vote_share", qual="over", subject="lukashenko", stage="preliminary", note="'reportedly gaining over 80 percent of the total votes polled' with the results 'declared … on August 10': the preliminary result (80.23%) the sentence dates (judgement call; the final 80.10% of 14 Aug was out by P)")
NONREC("refused to accept", OUT, "", "'refused to accept the defeat' (the opposition leaders' refusal of the result; cf. set D h12 'refused to accept' the result); outlet voice")
S("indirect", "the election was rigged in favour of Lukashenko", "Opposition leaders", "belarus_opposition", "saying", "say", OPP,
  "'including the main challenger Svetlana Tikhanovskaya' excluded from the speaker (§6); 'refused to accept the defeat' is a stance (not a statement)")
DEL("rigged", Q, "belarus_opposition", "content clause of 'saying'")
F("one", "1", "people", "count", note="'one demonstrator reportedly died'")
DATE("August 11", "2020-08-11")
S("indirect", "people to protest peacefully", "she", "tsikhanouskaya", "urging", "urge", OPP,
  "she = Tikhanovskaya ('from where she issued a video message urging …'); 'levelling a series of allegations at …' names no content (not coded)")

# ---------------------------------------------------------------- k06 news.by 2025-01-26 (SCO mission: transparent and democratic)
art("k06_newsby_2025")
YK = "yermekbayev"
S("indirect", "The SCO observer mission has recognized the presidential elections in Belarus as transparent and democratic",
  "the SecretaryGeneral of the Shanghai Cooperation Organization NurlanErmekbaev", YK, "stated", "state", EO,
  f"[inverted] 'This was stated by X': 'This' = the previous sentence, which is the content (span of that sentence without its period); glued 'SecretaryGeneral' and 'NurlanErmekbaev' kept as on the page; Nurlan Yermekbayev, head of the SCO observer mission, {NIA}; group election_observers (he speaks for the mission)", key="st")
S("indirect", "the presidential elections in Belarus as transparent and democratic", "The SCO observer mission", "sco_observers", "recognized", "recognize", EO,
  "'recognize X as Y' = declare/judge (markers.md §3.1.3); nested row of the mission inside its head's statement (as set D h04)", parent="st")
REC("recognized", Q, "", "the mission's recognition of the election (recognise + the elections, markers.md §4.2), inside Yermekbayev's statement (not in actors.csv: speaker empty); judgement call (a verdict verb as much as a recognition act)", ctx="has recognized the")
LEG("transparent and democratic", Q, "sco_observers", "paired praising predicates (§4.1); innermost named speaker = the mission", ctx="as transparent and democratic. This")
S("direct", "The activities of the SCO observer mission are focused on the election process and do not concern specific voting results. At the same time, in the SCO we proceed from the fact that only the people of the country holding the elections, and not international observers, make the final decision on the legitimacy of the election process and confidence in election results,",
  "NurlanYermekbayev", YK, "commented", "comment", EO, f"[inverted] apposition 'Head of the SCO Mission for Observation …' excluded; {NIA}; 'the legitimacy of the election process' names a topic (no marker)")
S("direct", "All the statements and conclusions of the mission are based on personal observations conducted by the mission members. On the factual basis that is collected and gathering during the preparation for the elections and directly on the day of voting.",
  "NurlanYermekbayev", YK, "commented", "comment", EO, f"second piece of the quotation after its attribution: same speaker and cue, no parent (sets C, D); {NIA}")
S("indirect", "the mission members visited polling stations not only in Minsk, but also in Mogilev, Brest, Grodno, as well as in populated areas of the Minsk, Mogilev, Brest and Grodno regions",
  "NurlanErmekbayev", YK, "added", "add", EO, f"{NIA}")
S("direct", "During their work, the mission members visited 109 polling stations. Moreover, they did this without coordinating with the executive or electoral bodies of Belarus. The mission members chose the polling station independently. We did not face any barriers to visiting one or another station.",
  "NurlanErmekbayev", YK, "", "", EO, f"[continuation] quotation after the indirect row with no cue of its own: continues that speaker (statements.md §1.1); {NIA}; 'We did not face any barriers' concerns the observers' access (no marker, judgement call)")
F("109", "109", "items", "count", note="polling stations visited by the mission")

# ---------------------------------------------------------------- k07 TASS 2025-01-27 (SCO: election legitimate; congratulations)
art("k07_tass_2025")
DATE("January 27", "2025-01-27", "dateline")
S("indirect", "The presidential election in Belarus was held in line with the republic’s laws and its international obligations",
  "Secretary-General of the Shanghai Cooperation Organization (SCO) Nurlan Yermekbayev", YK, "said", "say", EO,
  f"[inverted] title + name kept whole (§6); relative 'who led a SCO monitoring mission …' excluded; {NIA}")
LEG("in line with the republic’s laws and its international obligations", Q, "", f"cf. 'in compliance with the electoral laws' (§4.1); speaker Yermekbayev {NIA}")
S("direct", "The central goal and task of our mission was to assess whether preparations for the election and the voting process were in line with, primarily, national legislation and international obligations,",
  "he", YK, "told reporters", "tell", EO, f"[inverted] he = Yermekbayev; 'following a meeting with …' excluded; the 'whether …' clause asserts no verdict (no marker); {NIA}")
TITLE("President", OUT, "", "'Belarusian President Alexander Lukashenko'; nationality adjective left out", ctx="Belarusian President Alexander")
S("direct", "In this light, the SCO monitoring mission believes that the election was legitimate as it was in accordance with all these norms and commitments,",
  "the SCO chief", YK, "as saying", "say", EO, f"[inverted] 'news agency BelTA quoted the SCO chief as saying': BelTA is a relaying medium, not the speaker (§10.13); cue reduced to 'as saying' (judgement call); {NIA}")
LEG("legitimate", Q, "sco_observers", "'the election was legitimate' asserted; the belief is the mission's ('the SCO monitoring mission believes that …'), the innermost named holder", ctx="was legitimate as")
LEG("in accordance with all these norms and commitments", Q, "sco_observers", "cf. 'in accordance with the country's constitution and Electoral Code' (§4.1)")
S("indirect", "Lukashenko on winning the presidential election", "Yermekbayev", YK, "congratulated", "congratulate", EO,
  f"congratulating is a speech act; 'congratulate X on Y' coded from X to the end like 'credit X for Y' (§3; judgement call: cue not in the guide's list); {NIA}")
REC("congratulated", OUT, "", "congratulations on the win (§4.2); the reporting predicate is the outlet's (§3.1)")
LEG("winning", OUT, "", "'congratulated Lukashenko on winning the presidential election': a noun/gerund win inside the prepositional object of a speech-act verb stays outlet voice (§3.1; §4.1 'congratulated Lukashenko on his victory stays')")
S("indirect", "how open Belarus has been to foreign observers", "he", YK, "highlighted", "highlight", EO,
  f"he = Yermekbayev; 'highlight' like 'stress'; openness to observers gives no marker (judgement call); {NIA}")
S("direct", "Let me congratulate you on behalf our mission of SCO observers on your convincing win. We have already familiarized ourselves with results from the Belarusian Central Election Commission,",
  "he", YK, "said", "say", EO, f"[inverted] {NIA}")
REC("congratulate", Q, "", f"inside Yermekbayev's quotation ({NIA})", ctx="Let me congratulate")
LEG("convincing win", Q, "", "cf. 'convincing election win' (§4.1)")
S("direct", "On our part, we view the invitation to monitor the election as a sign that Belarus is open to external monitoring and as a sign of trust and respect toward the Shanghai Cooperation Organization,",
  "he", YK, "stressed", "stress", EO, f"[inverted] {NIA}")

# ---------------------------------------------------------------- k08 TASS 2025-01-27 (SCO: democratic and reliable)
art("k08_tass_2025")
DATE("January 27", "2025-01-27", "dateline")
S("indirect", "The observer mission of the Shanghai Cooperation Organization (SCO) has recognized the presidential election in Belarus as democratic and reliable",
  "Secretary General of the Shanghai Cooperation Organization (SCO) Nurlan Yermekbayev", YK, "said", "say", EO, f"[inverted] relative 'who led …' excluded; {NIA}", key="sd")
S("indirect", "the presidential election in Belarus as democratic and reliable", "The observer mission of the Shanghai Cooperation Organization (SCO)", "sco_observers", "recognized", "recognize", EO,
  "nested row of the mission inside its head's statement (as k06)", parent="sd")
REC("recognized", Q, "", f"as k06 (judgement call); inside Yermekbayev's statement ({NIA})")
LEG("democratic and reliable", Q, "sco_observers", "paired praising predicates")
S("direct", "The mission recognizes the recent election as transparent, credible, and democratic,", "Yermekbayev", YK, "said", "say", EO,
  f"[inverted] 'at a press conference' excluded; {NIA}")
REC("recognizes", Q, "", f"inside Yermekbayev's quotation ({NIA}); judgement call as above")
LEG("transparent, credible, and democratic", Q, "", "one coordinated praising predicate")
S("indirect", "the election complied with the requirements of the republic's electoral legislation and its international commitments", "him", YK, "According to", "according to", EO,
  f"him = Yermekbayev; {NIA}")
LEG("complied with the requirements of the republic's electoral legislation and its international commitments", Q, "", "cf. 'in compliance with the electoral laws' (§4.1)")
S("direct", "The mission found no violations of national legislation that would undermine the legitimacy of the election or affect its outcome,", "the SCO secretary general", YK, "added", "add", EO,
  f"[inverted] {NIA}")
LEG("found no violations", Q, "", "§4.1 'observers found no violations'; 'legitimacy' inside the negated relative clause gives no row")

# ---------------------------------------------------------------- k09 Ukrainska Pravda (European Pravda) 2025-01-27 (Ukrainian MFA: a farce)
art("k09_europeanpravda_2025")
UA = "Ukraine’s Ministry of Foreign Affairs"
S("indirect", "the so-called \"presidential elections\" in Belarus organised by Alexander Lukashenko's regime on 26 January as a \"farce\"", UA, "", "describing", "describe", OG,
  "'has issued a statement describing …': the issuer is the speaker (the statement is its vehicle); Ukrainian MFA in no row of actors.csv -> other_government (speaker_groups.csv: Ukraine), as set D h13", key="ds")
S("partial", "presidential elections", UA, "", "describing", "describe", OG,
  "quoted fragment inside the ministry's reported clause: the ministry's partial, not a scare-quote row (sets B-D decision), although 'so-called' suggests the marks may be the outlet's", parent="ds", ctx="so-called \"presidential elections\"")
PEJ("regime", OUT, "", "belarus_government", "'Alexander Lukashenko's regime' on a name inside the reported clause, no quotation marks: outlet voice (§3.1.4, set D h09/h13)", ctx="Lukashenko's regime on")
DATE("26 January", "2025-01-26")
S("partial", "farce", UA, "", "describing", "describe", OG, "", parent="ds", ctx="a \"farce\" and")
DEL("farce", Q, "", "Ukrainian MFA not in actors.csv", ctx="a \"farce\" and")
S("indirect", "it does not recognise them as legitimate", UA, "", "declaring", "declare", OG, "shared subject ('describing … and declaring that …')")
NONREC("does not recognise", Q, "", "Ukrainian MFA not in actors.csv; 'legitimate' embedded under non-recognition (not coded, §3.4)")
S("direct", "It is hard to describe such elections as fair, transparent, or democratic, especially given the political repression in Belarus, which deprived voters of any alternative choice and turned the elections into a one-man political show.",
  "the Foreign Ministry’s statement", "", "", "", OG,
  "[document-source] after the site's template label 'Quote:' (not a cue); the speaker is the statement named in the line before ('Source: European Pravda, referencing the Foreign Ministry’s statement'); Ukrainian MFA not in actors.csv")
DEL("It is hard to describe such elections as fair, transparent, or democratic", Q, "", "limited verdict (§4.1 'It is difficult to call such elections fair'; set D h13)")
DEL("deprived voters of any alternative choice", Q, "", "no real choice (set D h13)")
DEL("one-man political show", Q, "", "§4.1 'a one-man political show'")
S("indirect", "the outcome of the \"presidential elections\" had been predetermined right from the start of the election campaign", "The Foreign Ministry", "", "pointed out", "point out", OG,
  "after the template label 'Details:'; the ministry = the Ukrainian MFA", key="po")
S("partial", "presidential elections", "The Foreign Ministry", "", "pointed out", "point out", OG, "as above (partial, not a scare-quote row)", parent="po", ctx="outcome of the \"presidential elections\"")
DEL("predetermined", Q, "", "an outcome fixed in advance = no real contest (cf. 'ritual', 'imitation of elections')")
S("indirect", "elections cannot be deemed legitimate if they are held in conditions of \"total administrative control, political persecution, the absence of genuine political competition, suppression of freedom of speech, and a lack of independent media\"",
  "The ministry", "", "stressed", "stress", OG, "span ends with the closing mark (final period outside)", key="sm")
DEL("cannot be deemed legitimate", Q, "", "negated verdict (cf. 'cannot be credible', §4.1); stated as a condition but meant of this election (judgement call)")
S("partial", "total administrative control, political persecution, the absence of genuine political competition, suppression of freedom of speech, and a lack of independent media", "The ministry", "", "stressed", "stress", OG, "", parent="sm")
DEL("absence of genuine political competition", Q, "", "no real contest (cf. set D 'without genuine choice'); judgement call")
S("direct", "This is a farce,", "the statement", "", "reads", "read", OG, "[inverted] [document-source] the Ukrainian MFA's statement")
DEL("farce", Q, "", "", ctx="This is a farce")
S("indirect", "a statement by the European External Action Service on the results of the Belarusian \"elections\"", "The ministry", "", "endorsed", "endorse", OG,
  "[np-content] endorsement of another body's statement (statements.md §10.14); the EEAS statement's content is not given, so no shared-content row", key="en")
S("partial", "elections", "The ministry", "", "endorsed", "endorse", OG, "quoted fragment inside the ministry's reported NP (partial by the sets' rule; probably the outlet's scare quote)", parent="en", ctx="Belarusian \"elections\"")
S("indirect", "solidarity with Belarusians who continue to fight for democratic reforms in their country", "The ministry", "", "expressed", "express", OG,
  "[np-content] 'express' + NP (set D h07/h08)")
F("one", "1", "people", "count", note="'the people – not one individual – determine the future' (a single person; judgement call)", ctx="not one individual")
S("direct", "We firmly believe that a democratic and sovereign Belarus, in which the people – not one individual – determine the future, will be a factor of long-term stability in our region, rather than an accomplice in Russia’s war against Ukraine.",
  "The ministry", "", "", "", OG,
  "after the template label 'Quote:'; a floating quotation takes the speaker of the sentence before (statements.md §1.1); speaker expression repeated from it; no cue")

# ---------------------------------------------------------------- k10 UNN 2025-01-27 (CEC preliminary results)
art("k10_unn_2025")
S("indirect", "the preliminary results of the presidential election in Belarus", "The Central Election Commission", "belarus_cec", "announced", "announce", BG, "[np-content]")
S("indirect", "86.82% of voters voted for Alexander Lukashenko", "", "", "stated", "state", "",
  "[unattributed] impersonal passive 'It is stated that …' (probably the CEC, the subject of the sentence before; statements.md §1.2 would give it the CEC with an empty speaker expression, which this format cannot hold)")
F("86.82%", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="CEC preliminary result of 27 Jan 2025", ctx="86.82% of voters voted for Alexander")
S("indirect", "the seventh “triumph” of Alyaksandr Lukashenka in the presidential election", "The Central Election Commission of Belarus", "belarus_cec", "confirmed", "confirm", BG,
  "[np-content] after the subheading 'Details' (not coded)", key="cf")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="'the seventh “triumph”' (seventh win/term)")
S("partial", "triumph", "The Central Election Commission of Belarus", "belarus_cec", "confirmed", "confirm", BG,
  "quoted fragment in the reported NP: partial by the sets' rule (sets B-D), although it reads as the outlet's ironic scare quote; the win word inside scare quotes gives no legitimising row", parent="cf")
S("indirect", "86.82% of the voters of Belarus voted for Alyaksandr Lukashenka", "the preliminary data of the CEC", "belarus_cec", "According to", "according to", BG, "[document-source]")
F("86.82%", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="'According to the preliminary data of the CEC'", ctx="86.82% of the voters of Belarus")
F("3.6%", "3.6", "percent", "against_all", stage="preliminary", note="'3.6% of voters cast their votes “against all”' (the quoted option names the ballot line: no scare quote, set D)")
S("indirect", "the remaining candidates received within 4%", "the officially announced results", "belarus_cec", "according to", "according to", BG, "[document-source] 'at the moment' before the clause excluded")
F("4%", "4", "percent", "vote_share", stage="preliminary", note="each of the other candidates 'received within 4%'; 'within' is not in the qualifier list (empty qualifier; read as an upper bound); no subject (several candidates)", ctx="within 4%")
F("85%", "85", "percent", "turnout", qual="more than", stage="preliminary", note="'we are talking about more than 85%' (the outlet's own 'we': no statement)")
F("Four", "4", "people", "count", note="other candidates ('Four other names were mentioned in the voting lists'); after the subheading 'For reference'")
F("3.21%", "3.21", "percent", "vote_share", subject="syrankou", stage="preliminary", note="'Sergei Sirankov' = Syrankou (spelling not in actors.csv variants); 'First secretary' is a title (no figure)")
F("2.02%", "2.02", "percent", "vote_share", subject="gaidukevich", stage="preliminary", note="'Oleh Gaidukevich' = Gaidukevich; list member after a dash")
F("1.86%", "1.86", "percent", "vote_share", subject="kanopatskaya", stage="preliminary")
F("1.74%", "1.74", "percent", "vote_share", subject="khizhnyak", stage="preliminary")
DATE("February 3", "2025-02-03", "future context ('It is planned that … will be announced on February 3'; a plan: no statement)")

# ---------------------------------------------------------------- k11 Devdiscourse 2025-01-27 (UK sanctions; joint statement)
art("k11_devdiscourse_2025")
DATE("Monday", "2025-01-27", "same-day news (P = Monday 27 Jan 2025); imposing sanctions is an act (not coded)")
S("indirect", "the country's recent presidential election as a 'sham'", "Britain", "uk_government", "denouncing", "denounce", WG,
  "'aligning with Western nations in denouncing …': Britain is the subject of the participle (Western nations denounce too; one row, noted); 'denounce X as Y' from X to the end (§3)", key="dn")
S("partial", "sham", "Britain", "uk_government", "denouncing", "denounce", WG, "[quote-mark-oddity] straight single marks", parent="dn")
DEL("sham", Q, "uk_government", "predicative part of 'denounce X as Y' (§3.1.3)")
S("indirect", "Alexander Lukashenko as the winner", "", "", "declaration", "declaration", "",
  "[unattributed] nominal 'the declaration of X as the winner' with no agent (cf. set D agentless 'was declared the winner'); judgement call")
F("31-year", "31", "years", "duration", subject="lukashenko", note="tenure ('his 31-year dominance')")
DEL("unfair and unfree", OUT, "", "'widespread claims of unfair and unfree electoral practices': agentless claims (no statement row); modifiers inside the NP stay outlet voice; 'winner' in the same sentence is not coded (its clause holds this delegitimising term, §4.1)")
S("indirect", "human rights violations under Lukashenko's tenure", "Australia, Canada, the EU, New Zealand, and Britain", "western_governments", "highlighting", "highlight", WG,
  "[np-content] coordinated speakers -> collective western_governments (§7); 'expressed condemnation through a joint statement' has no content (not coded)")
S("indirect", "Lukashenko for his oppressive governance masked as democracy", "The British Foreign Secretary", "lammy", "criticized", "criticize", WG,
  "'criticize X for Y' coded like 'credit X for Y' (§3); The British Foreign Secretary in January 2025 = David Lammy (role+date); 'masked as democracy' judges governance, not the vote (no marker, judgement call)")

# ---------------------------------------------------------------- k12 Sputnik via UrduPoint 2020-08-09 (turnout over 50%: election valid)
art("k12_sputnik_2020")
DATE("09th August, 2020", "2020-08-09", "dateline (credit line)")
S("indirect", "More than 50 percent of voters have taken part in the Belarusian presidential election as of 9:00 GMT, thus making it valid", "Lidia Ermoshina", "yermoshina", "said", "say", BG,
  "[inverted] 'Ermoshina' = Yermoshina (actors.csv: spelling variant; set D h03); apposition 'the chairwoman of …' excluded; 'on Sunday' after the cue")
F("50 percent", "50", "percent", "turnout", qual="more than", stage="preliminary", thr="1",
  note="validity threshold reported as passed ('thus making it valid'), as set C's c08; intermediate (as of 9:00 GMT, polling day)")
F("9:00", "9", "hours", "other", note="clock time; 'as of 9:00 GMT' (time-zone abbreviation left out)")
LEG("valid", Q, "yermoshina", "'thus making it valid': the CEC chair's verdict (§4.1 'declared … valid')", ctx="making it valid")
DATE("Sunday", "2020-08-09", "same-day news (P = polling day)")
S("direct", "The country's election is valid. Over 54% of voters have taken part in the voting [process],", "Ermoshina", "yermoshina", "said", "say", BG, "[inverted] [editorial-brackets]")
LEG("valid", Q, "yermoshina", "", ctx="election is valid")
F("54%", "54", "percent", "turnout", qual="over", stage="preliminary", note="intermediate (midday turnout, polling day)")
S("indirect", "The precise percentage is 54.57", "the commission data", "belarus_cec", "according to", "according to", BG, "[inverted] [document-source] the CEC's data")
F("54.57", "54.57", "percent", "turnout", stage="preliminary", note="intermediate; 'The precise percentage is 54.57' (no % sign; unit from 'percentage')")

# ---------------------------------------------------------------- k13 French MFA press briefing 2020-08-10 (Q&A)
art("k13_francemfa_2020")
DATE("Sunday", "2020-08-09", "'the presidential election held on Sunday' (polling day; P = Monday 10 Aug 2020); in the journalist's question (body text of the transcript)")
TITLE("incumbent", OUT, "", "'The incumbent, Alexander Lukashenko' (§4.3 list); the journalist's question is printed by the ministry: outlet voice")
S("indirect", "himself the winner with 80% of the vote", "The incumbent, Alexander Lukashenko", "lukashenko", "declared", "declare", BG,
  "small clause 'declare X Y' (§3); title + name in apposition kept whole (§6); the journalist's question is not the ministry's voice, but the reported speech in it is coded; a self-proclamation gives no win marker (markers.md §4.1)")
F("80%", "80", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="'declared himself the winner with 80% of the vote' (10 Aug 2020: the CEC's preliminary 80.23%)")
S("indirect", "to have won a “majority.”", "the opposition", "belarus_opposition", "claimed", "claim", OPP,
  "to-infinitive content; span ends with the closing mark; 'claimed to have won' is distancing (no win marker for the challenger)", key="cl")
S("partial", "majority.", "the opposition", "belarus_opposition", "claimed", "claim", OPP, "", parent="cl")
DATE("August 7", "2020-08-07", "'on August 7.We' (missing space as on the page); the ministry reminds of a statement without giving its content (not coded)")
S("indirect", "the utmost restraint", "We", "", "call for", "call for", WG,
  "[np-content] the ministry's own present performative request (statements.md §1 exception; press-briefing answers in the ministry's first person); French MFA in no row of actors.csv: group only. Not coded: 'We had already expressed our concern over …' (narration of earlier speech), 'The results must be made public …' (the publisher's own assertion), 'We were also concerned by …' (a state)")

# ---------------------------------------------------------------- k14 ERR News 2025-01-27 (NB8 joint statement; Kallas)
art("k14_err_2025")
S("indirect", "Belarusian leader Alexander Lukashenko \"continues to lack any democratic legitimacy\" after \"sham\" presidential elections were held on Sunday",
  "A joint statement", "nb8", "said", "say", WG,
  "[document-source] the NB8's joint statement ('issued by the eight Nordic and Baltic countries' excluded from the speaker; issuer = nb8)", key="js")
F("eight", "8", "items", "count", note="Nordic and Baltic countries")
S("partial", "continues to lack any democratic legitimacy", "A joint statement", "nb8", "said", "say", WG, "", parent="js")
DEL("lack any democratic legitimacy", Q, "nb8", "negated legitimacy (cf. 'doesn't have any legitimacy', §4.1); 'continues to' left out")
S("partial", "sham", "A joint statement", "nb8", "said", "say", WG, "", parent="js", ctx="\"sham\" presidential")
DEL("sham", Q, "nb8", "", ctx="\"sham\" presidential")
DATE("Sunday", "2025-01-26", "past context (P = Monday 27 Jan 2025)", ctx="held on Sunday")
DATE("Sunday", "2025-01-26", "", ctx="On Sunday, in")
S("indirect", "a \"charade\" and a \"sham\"", "Estonian and European politicians", "", "labled", "label", WG,
  "passive 'elections labled X by Y' ('labled' [sic]): object precedes the cue, span after the cue (§3); vague coordinated speakers, group from 'Estonian' (speaker_groups.csv)", key="lb")
S("partial", "charade", "Estonian and European politicians", "", "labled", "label", WG, "", parent="lb")
DEL("charade", Q, "", "speakers not in actors.csv")
S("partial", "sham", "Estonian and European politicians", "", "labled", "label", WG, "", parent="lb", ctx="a \"sham\" by")
DEL("sham", Q, "", "", ctx="a \"sham\" by")
LEG("won", OUT, "", "'Lukashenko won another term in office': the judgement in the same sentence is only reported (labled … by politicians), which keeps the win (markers.md §4.1, seed 001 'winning a Jan. 26 election that critics … claim was unfair'); judgement call", ctx="Lukashenko won another")
DATE("1994", "1994", "'in power since 1994'")
S("indirect", "Lukashenko faced no \"serious\" candidates", "the BBC", "bbc", "reported", "report", "media",
  f"[inverted] a medium that is the only named source of the clause is the speaker (sets C, D); {NIA}", key="bb")
S("partial", "serious", "the BBC", "bbc", "reported", "report", "media", f"{NIA}", parent="bb")
DEL("no \"serious\" candidates", Q, "", "no real contest (cf. 'token' / 'hand-picked' candidates, §4.1 third round); BBC not in actors.csv; judgement call")
S("indirect", "the \"sham election\" was \"neither free nor fair.\"", "EU High Representative for Foreign Affairs and Security Policy Kaja Kallas", "kallas", "said", "say", EU_,
  "[quote-mark-oddity] a stray straight mark follows the closing mark ('fair.\" \"'); span ends with the closing mark", key="ks")
S("partial", "sham election", "EU High Representative for Foreign Affairs and Security Policy Kaja Kallas", "kallas", "said", "say", EU_, "", parent="ks", ctx="\"sham election\"")
DEL("sham", Q, "kallas", "", ctx="\"sham election\"")
S("partial", "neither free nor fair.", "EU High Representative for Foreign Affairs and Security Policy Kaja Kallas", "kallas", "said", "say", EU_, "", parent="ks", ctx="\"neither free nor fair.\"")
DEL("neither free nor fair", Q, "kallas", "", ctx="\"neither free nor fair.\"")
S("direct", "The people of Belarus deserve a real say in who governs their country,", "the former Estonian prime minister", "kallas", "wrote on social media", "write", EU_, "[inverted] the former Estonian prime minister = Kallas")
S("indirect", "it statement was issued in support of Kallas' comments to the Belarusian people", "The NB8", "nb8", "said", "say", WG, "'it statement' [sic]")
S("direct", "Today's sham election in Belarus was neither free nor fair.", "Kaja Kallas", "kallas", "", "", EU_,
  "[embedded-tweet] first paragraph of the embedded post signed '— Kaja Kallas (@kajakallas) January 26, 2025'; the post's paragraphs are separated by blank lines, so one row per paragraph (spans do not cross line breaks)")
DEL("sham", Q, "kallas", "embedded post", ctx="Today's sham")
DEL("neither free nor fair", Q, "kallas", "embedded post", ctx="was neither free nor fair.\n")
S("direct", "The people of Belarus deserve a real say in who governs their country.", "Kaja Kallas", "kallas", "", "", EU_, "[embedded-tweet] [continuation] second paragraph of the post")
S("direct", "On this so-called 'election day', I'm hosting @Tsihanouskaya with EU Foreign Ministers to reaffirm our support for a free and democratic Belarus. pic.twitter.com/kr20I4GnAU", "Kaja Kallas", "kallas", "", "", EU_,
  "[embedded-tweet] [continuation] last paragraph, up to the space before the signature dash (§3)")
SCARE("'election day'", "the speaker's own scare quote inside her post, signalled by 'so-called' (markers.md §4.6 exception): voice quoted", voice=Q, spk="kallas")
DATE("January 26, 2025", "2025-01-26", "the embedded post's time stamp")
S("direct", "The Nordic-Baltic countries continue to support the democratic right of the Belarusian people to choose their leaders through free and fair elections. This requires rule of law, political pluralism, and full respect for human rights and fundamental freedoms as genuine democratic preconditions,",
  "they", "nb8", "wrote", "write", WG, "[inverted] they = the NB8 (the statement's issuers); 'free and fair elections' is demanded (no marker)")
