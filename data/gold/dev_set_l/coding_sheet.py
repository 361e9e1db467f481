# -*- coding: utf-8 -*-
# Held-out gold set L coding sheet. S = statement, F = figure, M = polar marker / scare quote / official title.
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
IO, EO, OPP, CAND, NGO, MED, CIT = "international_organisation", "election_observers", "belarus_opposition", "belarus_candidate", "ngo", "media", "citizen"

# ---------------------------------------------------------------- l01 soyuz.by 2025-01-22 (first day of early voting)
art("l01_soyuz_2025")
DATE("21 January", "2025-01-21", "start of early voting")
DATE("25 January 2025", "2025-01-25", "'will continue until' (future context; explicit year)")
CLOCK("12.00", "12", "polling stations open from 12.00 (early voting hours)")
CLOCK("19.00", "19", "closing hour of the early-voting day")
S("indirect", "the turnout of citizens at polling stations on the first day of early voting in the presidential election amounted to 7.81%",
  "the CEC", "belarus_cec", "According to", "according to", BG, "")
F("first", "1", "ordinal", "ordinal", note="'the first day of early voting'")
F("7.81%", "7.81", "percent", "turnout", stage="preliminary", note="early voting, first day (21 Jan 2025), national; CEC figure")
F("8.95 per cent", "8.95", "percent", "turnout", stage="preliminary", note="regional (Brest region); early voting, first day; list under 'by regions' (no source of its own: CEC data by context, no statement row)")
F("7.45%", "7.45", "percent", "turnout", stage="preliminary", note="regional (Vitebsk region); early voting, first day")
F("7.01 per cent", "7.01", "percent", "turnout", stage="preliminary", note="regional (Gomel region); early voting, first day")
F("6.08 per cent", "6.08", "percent", "turnout", stage="preliminary", note="regional (Grodno region); early voting, first day")
F("8.52 per cent", "8.52", "percent", "turnout", stage="preliminary", note="regional (Minsk region); early voting, first day")
F("7.25%", "7.25", "percent", "turnout", stage="preliminary", note="regional (Mogilev region); early voting, first day")
F("8.54%", "8.54", "percent", "turnout", stage="preliminary", note="regional (Minsk city); early voting, first day")

# ---------------------------------------------------------------- l02 CGTN via myglobalnews 2025-01-27 (preliminary result)
art("l02_cgtn_2025")
S("indirect", "Alexander Lukashenko has won the presidential election of Belarus, securing an impressive 86.82 percent of the vote",
  "the preliminary results", "belarus_cec", "according to", "according to", BG,
  "[inverted] [document-source] preliminary results of a Belarusian election -> belarus_cec (§10.15); 'released early Monday by the country's Central Election Commission' after the head excluded")
LEG("won", OUT, note="win stated as fact; 'according to the preliminary results' is an evidential hedge and keeps outlet voice (markers.md §3.1.4); 'securing' not coded separately (one win per clause)")
F("86.82 percent", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary",
  note="'an impressive 86.82 percent' (evaluative 'impressive' is not in the closed qualifier list: empty qualifier, noted as maximising framing)")
DATE("Monday", "2025-01-27", "'released early Monday' (P = Monday 27 Jan 2025)")
F("50 percent", "50", "percent", "vote_share", qual="more than", note="legal threshold for a generic candidate ('a presidential candidate who receives more than 50 percent of the vote is declared the winner'); not a result", thr="1")

# ---------------------------------------------------------------- l03 regtrends 2020-08-10 (preliminary results, exit poll, alternative count)
art("l03_regtrends_2020")
DATE("August 9", "2020-08-09", "polling day")
TITLE("incumbent head of state", OUT, note="'the incumbent head of state Alexander Lukashenko' (incumbent + head of state: one title span)")
F("80 percent", "80", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="'is gaining 80 percent of the vote' (CEC preliminary results announced 10 Aug)", ctx="gaining 80 percent")
F("10 percent", "10", "percent", "vote_share", qual="about", subject="tsikhanouskaya", stage="preliminary", note="'is about 10 percent'")
S("indirect", "The preliminary results of the elections", "the head of the Central Election Commission of Belarus, Lidziya Yarmoshyna", "yermoshina", "announced", "announce", BG,
  "[np-content] object fronted before the cue ('The preliminary results of the elections\\nannounced this morning the head of …': object-verb-subject order, a line break inside the sentence on the stored page); name in apposition to the preceding title kept in the speaker (§6)")
F("84 percent", "84", "percent", "turnout", qual="over", stage="preliminary", note="national turnout")
F("6%", "6", "percent", "against_all", stage="preliminary", note="'voted against all candidates'")
S("indirect", "the preliminary election results announced today are unlikely to change", "the head of the CEC of Belarus", "yermoshina", "noted", "note", BG,
  "'As X noted …, CLAUSE': the as-clause attributes the main clause (§1.5); 'during the press conference' excluded")
S("indirect", "e Lukashenko’s victory with a score of 79.7 percent", "the official exit poll", "", "announced", "announce", BG,
  "[np-content] [document-source] 'official exit poll' -> the Belarusian state's poll (speaker_groups.csv), no actor; the stray 'e' (typo on the stored page) is kept in the span; the sentence is split over a line break after 'exit poll'")
LEG("victory", OUT, note="NP object of the poll's announcement: outlet voice (markers.md §3.1, 'declared Petrov's victory'); a declared win reported without a delegitimising term in its sentence is coded (judgement call: an exit poll's announcement)")
F("79.7 percent", "79.7", "percent", "vote_share", subject="lukashenko", stage="exit_poll", note="official exit poll, 9 Aug 2020")
S("indirect", "Tsikhanouskaya 's, according to his data, was about 7 percent", "his data", "", "according to", "according to", BG,
  "[document-source] the exit poll's data ('his' refers back to the exit poll, odd pronoun of the stored text); the according-to phrase interrupts its clause, whole clause kept (§1.5); 'while' excluded")
F("7 percent", "7", "percent", "vote_share", qual="about", subject="tsikhanouskaya", stage="exit_poll", note="official exit poll", ctx="about 7 percent")
S("indirect", "more than 80 percent of voters voted for Lukashenko in closed polling stations", "The CEC", "belarus_cec", "claimed", "claim", BG,
  "cue 'claimed' at the end of the line before the content (line break inside the sentence on the stored page)")
F("80 percent", "80", "percent", "vote_share", qual="more than", subject="lukashenko", stage="preliminary", note="intermediate: closed polling stations only (partial count, figures.md §15)", ctx="more than 80 percent of voters voted for Lukashenko")
S("indirect", "exactly the opposite result where more than 80 percent voted for Tsikhanouskaya", "an alternative vote count", "belarus_opposition", "showed", "show", OPP,
  "[np-content] [document-source] a count the opposition organized (issuer named in the same sentence: belarus_opposition); 'show' with a document subject is a cue (§1)")
F("80 percent", "80", "percent", "vote_share", qual="more than", subject="tsikhanouskaya", note="opposition's alternative count (independent/campaign source, not the official result: empty stage)", ctx="more than 80 percent voted for Tsikhanouskaya")
S("indirect", "at least 20 polling stations in different districts of Minsk, where, according to official protocols, their candidate won far ahead", "Tsikhanouskaya 's headquarters", "", "named", "name", OPP,
  "[np-content] 'named' = listed, identified (a communicative act with an NP object; judgement call); the headquarters is her campaign staff: possessor's group, no actor (§1.3); the sentence is split over a line break after 'headquarters'", key="hq")
F("20", "20", "items", "count", qual="at least", note="polling stations")
S("indirect", "their candidate won far ahead", "official protocols", "belarus_cec", "according to", "according to", BG,
  "[document-source] polling-station protocols = official results of the commissions (belarus_cec); a source inserted inside another speaker's span: row of its own, child of the headquarters row (§1.4)", parent="hq")
LEG("won far ahead", Q, "", target="tsikhanouskaya",
    note="the challenger's win at those polling stations, inside the headquarters' content (quoted; speaker her campaign staff, not in actors.csv: empty); legitimises the challenger's claim (target tsikhanouskaya, markers.md §3.3); judgement call: a local win")
DEL("falsified", Q, "belarus_protesters",
    note="'Their participants believe that … are falsified': a belief with a named believer (the protest participants) puts the verdict in their voice (markers.md §3.1, 'seen by Kallas as rigged'); 'believe' is no statement cue, so no statement row")
S("indirect", "one death as a result of van hitting the crowd", "Human rights activists", "rights_groups", "report", "report", NGO,
  "[np-content] 'Human rights activists' -> rights_groups (human rights organisations; judgement call, not the opposition's 'activists')")
F("one", "1", "people", "count", note="death")
S("indirect", "at least 140 protesters were detained", "Viasna human rights center", "viasna", "According to", "according to", NGO,
  "speaker 'the\\nViasna human rights center' (a line break after 'the' on the stored page; the determiner is left out of the speaker string)")
F("140", "140", "people", "count", qual="at least", note="detained protesters")

# ---------------------------------------------------------------- l04 kriminal-ua 2025-01-27 (preliminary result list, exit poll)
art("l04_kriminalua_2025")
S("indirect", "Lukashenko has won the presidential elections", "The Central Election Commission of Belarus", "belarus_cec", "announced", "announce", BG, "")
LEG("won", Q, "belarus_cec", note="content clause of the CEC's announcement", ctx="Lukashenko has won the presidential elections.")
S("indirect", "According to preliminary information, the illegitimate leader of Belarus, Alexander Lukashenko, has reportedly won the presidential elections for the seventh time, securing 86.82% of the votes",
  "Igor Karpenko", "karpenka", "announced", "announce", BG,
  "[inverted] 'This was announced by X' reports the sentence before it (§1.4; set E k06); 'as reported by the state propaganda agency BELTA' is a relaying medium (not a speaker); apposition 'the chairman of …' excluded (§6)", key="kp")
S("indirect", "the illegitimate leader of Belarus, Alexander Lukashenko, has reportedly won the presidential elections for the seventh time, securing 86.82% of the votes",
  "preliminary information", "belarus_cec", "According to", "according to", BG,
  "[document-source] 'preliminary information' = the commission's preliminary data (actors.csv aliases of preliminary results, §1.6); a document the speaker cites inside his own statement: child row (§1.4)", parent="kp")
DEL("illegitimate", OUT, note="attributive modifier in the outlet's noun phrase ('the illegitimate leader of Belarus'): outlet voice even under 'according to' (markers.md §3.1.4); the 'won' of the clause is not coded (its clause holds a delegitimising term)")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="'won … for the seventh time'")
F("86.82%", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="CEC preliminary result (27 Jan 2025)", ctx="securing 86.82%")
S("indirect", "the final data on the number of votes cast for each candidate", "the Central Election Commission", "belarus_cec", "published", "publish", BG,
  "[np-content] 'publish' with a speech object (§1.6); the colon opens the list of bullets after it (each a row, §3 bullet rule)")
S("indirect", "Chairman of the Liberal Democratic Party of Belarus, Oleg Gaydukevich – 2.02%", "the Central Election Commission", "belarus_cec", "published", "publish", BG,
  "bullet of the published data (one row per bullet, without the bullet sign and the final ';', as §3's bullet rule); judgement call: the colon after the speech object opens what was made known (§1.6)")
F("2.02%", "2.02", "percent", "vote_share", subject="gaidukevich", stage="preliminary", note="'Oleg Gaydukevich' = Gaidukevich (spelling not in the variants); 'final data' of the count night = the CEC's preliminary result of 27 Jan (judgement call; same values as the final result of 3 Feb)")
S("indirect", "Entrepreneur Anna Kanopatskaya – 1.86%", "the Central Election Commission", "belarus_cec", "published", "publish", BG, "bullet of the published data")
F("1.86%", "1.86", "percent", "vote_share", subject="kanopatskaya", stage="preliminary")
S("indirect", "Lukashenko – 86.82%", "the Central Election Commission", "belarus_cec", "published", "publish", BG, "bullet of the published data")
F("86.82%", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary", ctx="Lukashenko – 86.82%")
S("indirect", "First Secretary of the Central Committee of the Communist Party, Sergey Siranok – 3.21%", "the Central Election Commission", "belarus_cec", "published", "publish", BG, "bullet of the published data; 'First Secretary' is a title (no figure)")
F("3.21%", "3.21", "percent", "vote_share", subject="syrankou", stage="preliminary", note="'Sergey Siranok' = Syrankou (misspelling on the stored page)")
S("indirect", "Chairman of the Republican Party of Labor and Justice, Alexander Khizhnyak – 1.74%", "the Central Election Commission", "belarus_cec", "published", "publish", BG, "bullet of the published data")
F("1.74%", "1.74", "percent", "vote_share", subject="khizhnyak", stage="preliminary")
S("indirect", "Against all – 3.60%", "the Central Election Commission", "belarus_cec", "published", "publish", BG, "bullet of the published data (final '.' excluded)")
F("3.60%", "3.60", "percent", "against_all", stage="preliminary")
S("indirect", "Lukashenko's support from 87.6% of voters", "exit polls", "", "indicated", "indicate", BG,
  "[np-content] [document-source] 'indicate' with a document subject, like 'show' (§1); 'according to state media' is a relaying medium attached to the poll's clause (§1.7: no row); group belarus_government: the state exit poll state media broadcast (judgement call)")
F("87.6%", "87.6", "percent", "vote_share", subject="lukashenko", stage="exit_poll", note="state exit poll, evening of 26 Jan 2025")

# ---------------------------------------------------------------- l05 Corporate Dispatch (Euronews) 2020-08-09 (exit poll)
art("l05_corporatedispatch_2020")
S("indirect", "A preliminary exit poll has given Belarus’ longtime leader Lukashenko nearly 80 per cent of the vote", "Russian media reports", "", "according to", "according to", MED,
  "[inverted] [document-source] a medium as the only source (§1.7): group media, no actor")
F("80 per cent", "80", "percent", "vote_share", qual="nearly", subject="lukashenko", stage="exit_poll", note="state-approved exit poll, 9 Aug 2020")
F("6.8 per cent", "6.8", "percent", "vote_share", subject="tsikhanouskaya", stage="exit_poll",
  note="'based on the official exit poll' ('based on' is no cue of the guides: no statement row; judgement call)")
CLOCK("19:00", "19", "'Polls closed … at 19:00 CET' (CET as written; 20:00 Minsk time)")

# ---------------------------------------------------------------- l06 Belsat 2020-08-07 (three days of early voting)
art("l06_belsat_2020")
DATE("Friday", "2020-08-07", "'On Friday morning' (P = Friday 7 Aug 2020, reconstructed)")
S("indirect", "the official turnout data for the first three days of early voting", "Belarus’ Central Election Commission", "belarus_cec", "published", "publish", BG,
  "[np-content] 'publish' with a speech object (§1.6); '(CEC)' after the head excluded from the speaker")
F("first", "1", "ordinal", "ordinal", note="'the first three days' (as set E k03 'the first two days')", ctx="first three days of early voting")
F("three days", "3", "days", "duration", note="early voting", ctx="first three days of early voting")
S("indirect", "22.47% of electors have already cast their votes (in Homiel region – 30.22%, in Mahiliou region – 26.14%", "the commission", "belarus_cec", "According to", "according to", BG,
  "the sentence ends at the period after '26.14%' (the stored page never closes the parenthesis); the next sentence ('18.89% reportedly voted …') is agentless with 'reportedly' (not coded)")
F("22.47%", "22.47", "percent", "turnout", stage="preliminary", note="early voting, first three days (4-6 Aug 2020), national")
F("30.22%", "30.22", "percent", "turnout", stage="preliminary", note="regional (Homiel region); early voting")
F("26.14%", "26.14", "percent", "turnout", stage="preliminary", note="regional (Mahiliou region); early voting")
F("18.89%", "18.89", "percent", "turnout", stage="preliminary", note="regional (Minsk city); early voting ('voted early')")
F("20.45%", "20.45", "percent", "turnout", stage="preliminary", note="regional (Brest region); early voting")
F("21.18%", "21.18", "percent", "turnout", stage="preliminary", note="regional (Vitsebsk region); early voting")
F("20.84%", "20.84", "percent", "turnout", stage="preliminary", note="regional (Minsk region); early voting")
F("20.05%", "20.05", "percent", "turnout", stage="preliminary", note="regional (Hrodna region); early voting")
DATE("2020", "2020", "'The 2020 presidential election'")
DATE("August, 9", "2020-08-09", "polling day ('scheduled for August, 9', odd comma as stored)")
DATE("Tuesday", "2020-08-04", "'On Tuesday, early voting kicked off' (most recent Tuesday before P)")
DATE("August 4", "2020-08-04", "range lower ('August 4-8')")
DATE("8", "2020-08-08", "range upper ('August 4-8')", ctx="4-8,")
CLOCK("10.00", "10", "early-voting opening hours")
CLOCK("14.00", "14")
CLOCK("16.00", "16")
CLOCK("19.00", "19")
S("indirect", "lots of independent observers are being prevented from entering polling stations throughout the country", "human rights watchdogs", "", "report", "report", NGO,
  "[inverted] 'Notably,' (the outlet's adverb) excluded; human rights watchdogs: group ngo, no actor (vague)")
S("indirect", "the citizens’ proposal to install cameras at polling stations at the expense of Belarusians does not meet the requirements of the election law", "the commission", "belarus_cec", "said", "say", BG,
  "[inverted] 'Moreover,' excluded; 'on August, 2' after the cue excluded; the nominal 'the citizens’ proposal to install …' inside the content is not coded separately (a speech noun with an infinitive, no named source)")
DATE("August, 2", "2020-08-02", "'said on August, 2'")
DATE("July", "2020-07", "'In late July'")
S("indirect", "the ‘difficult epidemiological situation in the country’", "the election authorities", "belarus_cec", "referring to", "refer to", BG,
  "[np-content] 'referring to' = citing (like 'citing a threat to safety', §1.2); judgement call; 'election authorities' -> belarus_cec", key="ref")
S("partial", "difficult epidemiological situation in the country", "the election authorities", "belarus_cec", "referring to", "refer to", BG, "single curly marks (‘…’)", parent="ref")
S("indirect", "observers to work at polling stations in several shifts", "CEC Chairperson Lidziya Yarmoshyna", "yermoshina", "proposed", "propose", BG,
  "a proposal (request) with its infinitive: content from the addressee (§1.1 requests)")
TITLE("incumbent president", OUT, note="'The incumbent president’s opponents' (possessive excluded)")
S("indirect", "people against early casting their ballots", "The incumbent president’s opponents", "", "warn", "warn", OPP,
  "[np-content] 'warn X against Y' (a warning/request; content from the addressee); his opponents = the opposition (§1.6: adversaries do not share the possessor's group), no actor")
S("indirect", "early polling may play into the hands of the election authorities that are allegedly involved in vote rigging", "The incumbent president’s opponents", "", "saying", "say", OPP,
  "shared subject of 'warn' (§6)")
DEL("vote rigging", Q, "belarus_opposition", note="in the opponents' content clause (speaker the opposition); 'allegedly' distances but does not negate (judgement call)")

# ---------------------------------------------------------------- l07 Europe Diplomatic 2020-08-10 (exit poll, protests)
art("l07_europediplomatic_2020")
S("indirect", "long-time leader (26 years) Alexander Lukashenko was re-elected in Sunday’s election", "a state TV exit poll", "", "said", "say", BG,
  "[document-source] the state-approved exit poll broadcast by state television (speaker_groups.csv 'official exit poll': belarus_government; judgement call)")
F("26 years", "26", "years", "duration", subject="lukashenko", note="length of his rule ('long-time leader (26 years)')")
LEG("re-elected", Q, "", note="content clause of the exit poll's 'said' (quoted; the poll is no actor: empty speaker)")
DATE("Sunday", "2020-08-09", "'Sunday’s election' (polling day)")
S("indirect", "Mr Lukashenko won nearly 80% of the vote", "The state TV exit poll", "", "showed", "show", BG, "[document-source] 'show' with a document subject (§1)")
LEG("won", OUT, note="published figures as the subject of 'show' are an evidential, not a speaker (markers.md §3.1.4): outlet voice; a majority share won", ctx="Lukashenko won nearly")
F("80%", "80", "percent", "vote_share", qual="nearly", subject="lukashenko", stage="exit_poll")
S("indirect", "she had no confidence in the figures announced which gave her 7%", "Main opposition candidate Svetlana Tikhanovskaya", "tsikhanouskaya", "said", "say", OPP, "", ctx="she had no confidence in the figures announced which gave her 7%")
DEL("no confidence in the figures", Q, "tsikhanouskaya", note="the candidate's challenge to the announced result (cf. set E k02 'do not agree with the early election results'; markers.md §4.1 'questioned the results'); judgement call")
F("7%", "7", "percent", "vote_share", subject="tsikhanouskaya", stage="exit_poll", note="the exit poll's figure ('the figures announced which gave her 7%')")
S("direct", "I believe my eyes, and I see that the majority is with us,", "she", "tsikhanouskaya", "said", "say", OPP, "[inverted] 'at a news conference …' excluded")
S("indirect", "it expected the vote to be rigged", "The opposition", "belarus_opposition", "said", "say", OPP, "")
DEL("rigged", Q, "belarus_opposition", note="in the opposition's content clause")
S("indirect", "it would keep an alternative count of the votes", "The opposition", "belarus_opposition", "saying", "say", OPP, "shared subject (§6)")
F("37", "37", "years", "age", subject="tsikhanouskaya", note="'Ms Tikhanovskaya, 37,'")
DATE("1994", "1994", "'in power since 1994'")
S("indirect", "the situation in the country will remain “under control”", "Mr Lukashenko", "lukashenko", "vowed", "vow", BG, "apposition 'in power since 1994' excluded", key="vow")
S("partial", "under control", "Mr Lukashenko", "lukashenko", "vowed", "vow", BG, "", parent="vow")

# ---------------------------------------------------------------- l08 Baltic Times (BNS) 2025-01-07 (Skvernelis, Tsikhanouskaya)
art("l08_baltictimes_2025")
S("indirect", "The process that set to take place in Belarus later this month cannot be called an election", "Lithuanian Seimas Speaker Saulius Skvernelis", "skvernelis", "says", "say", WG,
  "[inverted] 'VILNIUS –' dateline excluded")
DEL("cannot be called an election", Q, "skvernelis", note="negated verdict (markers.md §4.1): the vote is no election")
S("direct", "The key message is that we cannot call the process that will take place in Belarus an election. We should not wait for that farce to happen and then make some political decisions. We can assume in advance that this has nothing to do with an election,",
  "Skvernelis", "skvernelis", "said", "say", WG, "[inverted] 'on Tuesday after his meeting with …' excluded")
DEL("cannot call the process that will take place in Belarus an election", Q, "skvernelis", note="negated verdict, from the negated verb to the last evaluative word")
DEL("farce", Q, "skvernelis", note="inside the direct quote")
DEL("nothing to do with an election", Q, "skvernelis", note="a denied election (like 'has nothing in common with an election')")
DATE("Tuesday", "2025-01-07", "'said on Tuesday' (P = Tuesday 7 Jan 2025)")
DATE("January 26", "2025-01-26", "polling day (future context)")
F("4.5 years", "4.5", "years", "duration", note="time since the 2020 protests")
DEL("vote-rigging", OUT, note="'over alleged vote-rigging' (2020): the outlet's noun under 'alleged' (distancing does not negate; judgement call); target the winner of 2020")
S("indirect", "it \"an event organized by the regime to re-elect Alexander Lukashenko\"", "Lithuanian Foreign Minister Kestutis Budrys", "budrys", "called", "call", WG,
  "small clause of 'call X Y' (span from X to the closing mark)", key="bud")
S("partial", "an event organized by the regime to re-elect Alexander Lukashenko", "Lithuanian Foreign Minister Kestutis Budrys", "budrys", "called", "call", WG, "", parent="bud")
PEJ("regime", Q, "budrys", target="belarus_government", note="inside Budrys's quotation", ctx="organized by the regime")
S("direct", "What will happen in Belarus at the end of January has nothing in common with an election. (...) In this situation, it will be imitation, it will be Lukashenko's ritual, his re-appointment, and of course we encourages our partners' to recognize this so called election,",
  "she", "tsikhanouskaya", "said", "say", OPP,
  "[inverted] [editorial-brackets] '(...)' kept; 'Tsikhanouskaya hopes that …' before it is a hope (no statement row)")
DATE("January", "2025-01", "'at the end of January' (inside the quote; future)", ctx="end of January")
DEL("nothing in common with an election", Q, "tsikhanouskaya", note="a denied election")
DEL("imitation", Q, "tsikhanouskaya", note="'an imitation of elections' (markers.md §4.1)")
DEL("ritual", Q, "tsikhanouskaya", note="an election called a ritual (markers.md §4.1)")
S("direct", "I think that the Lithuanian parliament will adopt a resolution on the non-recognition of this so called election. Also, there will be a statement from the government just to make clear that Lukashenko does not have the right to represent,",
  "Tsikhanouskaya", "tsikhanouskaya", "said", "say", OPP,
  "[inverted] 'non-recognition' here is a forecast (will adopt): no recognition marker (markers.md §4.2)")
S("indirect", "Europe's last dictator", "", "", "Dubbed", "dub", "",
  "[unattributed] a participle opening the sentence names its noun (a naming cue with no agent: empty speaker, statements.md §1; markers.md §3.1 'Dubbed Europe's last dictator'); judgement call")
PEJ("dictator", Q, "", note="label of an agentless naming participle: quoted, no speaker (markers.md §3.1)", ctx="last dictator")
DATE("1994", "1994", "'in power since 1994'")
S("indirect", "the democratic forces in her country were in a difficult situation and that the future situation in Belarus was strongly linked to the outcome of the Russian war in Ukraine",
  "Tsikhanouskaya", "tsikhanouskaya", "pointed out", "point out", OPP, "two coordinated that-clauses: one row")

# ---------------------------------------------------------------- l09 GOV.UK joint statement (AU, CA, UK) 2025-08-09 (fifth anniversary of 2020)
art("l09_govuk_2020")
F("5th", "5", "ordinal", "ordinal", note="'the 5th anniversary'")
DEL("fraudulent", OUT, note="the governments' own text (outlet = the governments)", ctx="on the 5th anniversary of the fraudulent")
DATE("2020", "2020", "'the fraudulent 2020 presidential election' (standfirst)", ctx="fraudulent 2020 presidential election in Belarus (09")
DATE("09 August 2025", "2025-08-09", "date of the statement")
F("Five years", "5", "years", "duration", note="'Five years ago' (time since the 2020 election)")
PEJ("regime", OUT, target="belarus_government", note="'the Lukashenko regime'", ctx="Lukashenko regime launched")
DEL("fraudulent", OUT, note="'following the fraudulent 2020 presidential election'", ctx="following the fraudulent")
DATE("2020", "2020", "'the fraudulent 2020 presidential election' (body)", ctx="fraudulent 2020 presidential election in Belarus. We")
S("indirect", "the ongoing repression and human rights violations", "We", "western_governments", "condemning", "condemn", WG,
  "[np-content] the publishers' own present performative ('We - Australia, Canada, and the United Kingdom - stand united in condemning …'; speaker_resolution outlet); collective actor of the three governments (§7)")
DATE("August 2020", "2020-08", "'Since August 2020'")
F("Thousands", "1000", "people", "count", note="unjustly detained, tortured or exiled; vague plural numeral, value = scale word (lower bound)")
PEJ("regime", OUT, target="belarus_government", note="'The regime’s support'", ctx="The regime’s support")
F("1,100", "1100", "people", "count", qual="over", note="detained in connection with political activities")
S("indirect", "their immediate and unconditional release", "We", "western_governments", "call for", "call for", WG, "[np-content] publishers' performative")
S("indirect", "the Belarusian authorities to end their campaign of repression", "We", "western_governments", "urge", "urge", WG, "publishers' performative; shared subject 'We'")

# ---------------------------------------------------------------- l10 Lublin Triangle statement (via Ukrainian Weekly) 2020-08-10
art("l10_lublintriangle_2020")
DATE("August 10", "2020-08-10", "release date of the statement")
LT = "the ministers of foreign affairs of Lithuania, Poland and Ukraine"
S("direct", "As foreign ministers of Lublin Triangle States, we are deeply concerned with escalation of the situation in Belarus after the presidential elections and call upon the authorities to refrain from the use of force and to release all those detained last night.",
  LT, "western_governments", "", "", WG,
  "[document-source] the statement reprinted in full after the label 'Statement by the ministers of foreign affairs of Lithuania, Poland and Ukraine – Lublin Triangle released on August 10.' (a block of the issuers, like 'X issued the following statement:', §1.3; no cue); one direct row per paragraph; collective actor (two EU/NATO states and Ukraine; judgement call); nothing inside is coded separately")
S("direct", "Respect for fundamental freedoms and human rights, including democracy and rule of law, is essential for further development of independent and sovereign Belarus, which we fully support.",
  LT, "western_governments", "", "", WG, "[document-source] [continuation]")
S("direct", "We are confident that only by means of dialogue the current situation can be resolved for the benefit of the people and the state of Belarus.",
  LT, "western_governments", "", "", WG, "[document-source] [continuation]")
S("direct", "In case of the need, we are open for any assistance or good offices in facilitating this dialogue.",
  LT, "western_governments", "", "", WG, "[document-source] [continuation]")
S("direct", "The well-being and prosperity of Belarus and its people are important for the entire Europe and specifically our region. We are all interested in continuing mutually beneficial dialogue as well as cooperation based upon democratic values and focused on creating conditions for a common and stable future.",
  LT, "western_governments", "", "", WG, "[document-source] [continuation]")

# ---------------------------------------------------------------- l11 DFAT national statement 2021-07-05
art("l11_dfat_2020")
F("47th", "47", "ordinal", "ordinal", note="'Human Rights Council – 47th session' (position of the session)")
DATE("5 July 2021", "2021-07-05", "date of the statement")
S("indirect", "the Belarusian Government’s forced military interception of Ryanair Flight FR4978, and subsequent arrest of Belarusian opposition blogger, Roman Protasevich, and his partner",
  "We", "", "condemn", "condemn", WG,
  "[np-content] the publisher's own present performative (Australian government, in no row of actors.csv: group-only, resolution outlet); 'FR4978' is a flight code (no figure)")
S("indirect", "their immediate release, along with all others arbitrarily detained for exercising their legitimate rights to peaceful assembly, freedom of opinion and expression, and freedom of association",
  "Australia", "", "calls for", "call for", WG, "[np-content] the publisher naming itself in the third person (§1.1)")
DATE("August", "2020-08", "'its opaque presidential election last August' (the 2020 election)")
DEL("opaque", OUT, note="the election called not transparent (converse of 'transparent', markers.md §4.1); the government's own text")
S("indirect", "the report’s finding that authorities continue to target all segments of civil society with repressive force, including human rights defenders, opposition leaders, and socially and politically active people",
  "We", "", "note", "note", WG, "[np-content] publisher's performative 'note with concern' with an assessment NP (§1.3)", key="note")
S("indirect", "authorities continue to target all segments of civil society with repressive force, including human rights defenders, opposition leaders, and socially and politically active people",
  "the report", "anais_marin", "finding", "find", IO,
  "[document-source] nominal 'X's finding that …' (§1.5 speech noun with a named source); the report of the UN Special Rapporteur thanked before (Anaïs Marin in July 2021: role resolved by date); child of the 'note' row", parent="note")
S("indirect", "our longstanding call for the Belarusian Government to abolish the death penalty", "We", "", "reiterate", "reiterate", WG,
  "[np-content] publisher's performative; the nominal 'call for …' inside is the same speaker's (not coded again); 'thank the Special Rapporteur …' is no statement")

# ---------------------------------------------------------------- l12 House of Lords (Lord Foulkes) 2021-07-22
art("l12_ukparliament_2020")
S("indirect", "is a UK delegate to the Parliamentary Assembly of the Council of Europe", "he", "balfe", "said", "say", WG,
  f"'who, as he said, is …': the as-clause attributes the relative clause it interrupts (§1.5); he = Lord Balfe, {NIA} (a UK peer: western_government)")
S("indirect", "in PACE we have debated the situation in Belarus on a number of occasions and we have received strong support for the kind of action he is calling for today and, indeed, for going further",
  "he", "balfe", "said", "say", WG,
  f"'As he said, CLAUSE' (§1.5); he = Lord Balfe, {NIA}; 'the kind of action he is calling for' inside is the same speaker's (not coded again)")
DATE("9 August", "2020-08-09", "'on 9 August last year' (polling day of the 2020 election, figures.md §11 rule 6)")
S("indirect", "as neither free nor fair", "independent observers, and indeed by our Foreign Secretary", "", "described", "describe", EO,
  "passive with coordinated by-agents (§4: one row, the coordination in the speaker); groups differ in equal numbers: the first named (election_observers), no actor; 'our Foreign Secretary' = Raab in 2020 (raab); the subject (the election) precedes the cue: span after it (§3)")
DEL("neither free nor fair", Q, "raab", note="verdict of the describing act (quoted); speakers independent observers and the Foreign Secretary: the one named member is Raab (markers.md §3.2, judgement call); 'returned based on the so-called official result' is under distancing: no win marker")
S("indirect", "the United Kingdom Government for rightly describing Lukashenko’s subsequent inauguration as fraudulent", "I", "foulkes", "commend", "commend", WG,
  f"the speaker's own present performative in the record of his speech (like 'credit X for Y'); Lord Foulkes of Cumnock (label at the top), {NIA}; judgement call", key="com")
S("indirect", "Lukashenko’s subsequent inauguration as fraudulent", "the United Kingdom Government", "uk_government", "describing", "describe", WG,
  "a different speaker inside the commend row: row of its own, child (§1)", parent="com")
DEL("fraudulent", Q, "uk_government", note="predicate of 'describing X as Y' (quoted)", ctx="as fraudulent")
PEJ("regime", OUT, target="belarus_government", note="'the protests against the regime' (the speaker's own words = the record's voice)", ctx="against the regime")
PEJ("dictator", OUT, note="'the lengths to which the dictator will go'")
DATE("23 May", "2021-05-23", "'on 23 May' (past context; P = 22 Jul 2021)")
PEJ("regime", OUT, target="belarus_government", note="'the hijacking by the regime'", ctx="by the regime")
S("indirect", "an unprecedented, astonishing state hijack", "the United Kingdom, the European Union, the United States and almost everyone", "western_governments", "condemned", "condemn", WG,
  "[np-content] reduced passive 'widely condemned by X' on the noun it judges (the object precedes the cue); coordinated Western speakers -> western_governments (§7); judgement call")
S("partial", "internal matter", "Russia", "russia_government", "", "", RG,
  "'Russia, which considered it an “internal matter”': 'consider' is no speech cue, but the quoted term is Russia's (a partial with no cue, §2 rule 4); judgement call")

# ---------------------------------------------------------------- l13 APP via UrduPoint 2025-01-27 (Putin's congratulations)
art("l13_urdupoint_2025")
DATE("27th Jan, 2025", "2025-01-27", "credit line (kept as body text)")
DATE("Monday", "2025-01-27", "'on Monday congratulated' (P = Monday 27 Jan 2025)")
REC("congratulated", OUT, note="congratulations on the win (markers.md §4.2); 'congratulate X for Y' is not coded as a statement (statements.md §1.5: undecided, stays uncoded)")
LEG("winning", OUT, note="object of 'congratulated' (set E k07)", ctx="for winning a seventh term")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="'a seventh term'")
S("indirect", "Sunday's election showed he had the \"undoubted\" backing of the people", "Russian President Vladimir Putin", "putin", "saying", "say", RG,
  "participle of the main subject; 'Sunday's election showed …' inside is no speaker (a state of affairs)", key="put")
S("partial", "undoubted", "Russian President Vladimir Putin", "putin", "saying", "say", RG, "", parent="put", ctx="\"undoubted\" backing")
DATE("Sunday", "2025-01-26", "'Sunday's election'")
LEG("undoubted", Q, "putin", note="'the \"undoubted\" backing of the people' (like 'undisputed [public] support'); in Putin's content clause", ctx="\"undoubted\" backing")
S("indirect", "the 70-year-old autocrat winning more than 86 percent of the vote", "Official results", "belarus_cec", "showed", "show", BG,
  "[document-source] official results of a Belarusian election -> belarus_cec (§10.15); 'after having imprisoned …' is the outlet's adjunct, excluded (judgement call: it belongs to the outlet's narration)")
F("70-year", "70", "years", "age", subject="lukashenko", note="'the 70-year-old autocrat'")
PEJ("autocrat", OUT, note="the outlet's label inside the clause the results show (outlet voice); the 'winning' of that clause is not coded (its clause holds a pejorative label)")
F("86 percent", "86", "percent", "vote_share", qual="more than", subject="lukashenko", stage="preliminary", note="official (preliminary) result announced 27 Jan 2025")
DATE("1994", "1994", "'won every presidential election since 1994' (a career fact: no win marker)")
S("indirect", "are rigged", "the opposition and rights groups", "", "say", "say", OPP,
  "relative clause ('in ballots that X say are rigged'): span after the cue (§3); coordinated speakers of two groups in equal numbers: the first named (belarus_opposition), no actor (§1.3)")
DEL("rigged", Q, "belarus_opposition", note="content of the opposition's and rights groups' claim (speaker the first named group's actor; judgement call)")
S("direct", "Your convincing victory in the elections clearly testifies to your high political authority and to the undoubted support of the population for the state policy Belarus is pursuing,",
  "Putin", "putin", "said", "say", RG, "[inverted] 'according to the Kremlin' names Putin's own office as the publisher of his message (no second row; judgement call)")
LEG("convincing victory", Q, "putin", note="'convincing election win' (markers.md §4.1)")
LEG("high political authority", Q, "putin", note="markers.md §4.1 example")
LEG("undoubted support", Q, "putin", note="like 'undisputed [public] support'")
S("direct", "You are always a welcome and dear guest on Russian soil. As agreed, I look forward to seeing you soon in Moscow.",
  "Putin", "putin", "", "", RG, "[continuation] the next paragraph of the same message, no attribution of its own")
DATE("2020", "2020", "'huge protests against him in 2020'")
DEL("campaigned in his favour", OUT, note="the other candidates as the ruler's loyalists (markers.md §4.1: 'his opponents were fiercely loyal', 'hand-picked'): the vote was no contest; judgement call")

# ---------------------------------------------------------------- l14 European Parliament motion (Verts/ALE) 2025-01-17
art("l14_europarl_2025")
DEL("fake elections", OUT, note="document title line (markers are coded in headlines, markers.md §2)", ctx="RESOLUTIONon the need for actions to address the continued oppression and fake elections")
DATE("17.1.2025", "2025-01-17", "date of the motion")
DEL("fake elections", OUT, note="title repeated in the document", ctx="European Ϸվ resolution on the need for actions to address the continued oppression and fake elections")
DATE("1990", "1990", "'the 1990 … Copenhagen Document' (a year as a modifier)")
PEJ("regime", OUT, target="belarus_government", note="'the regime of Aliaksandr Lukashenka'", ctx="the regime of Aliaksandr")
SCARE("‘presidential elections’", "the outlet's (the motion's) single marks around the term for the vote (markers.md §4.6)", ctx="stage ‘presidential elections’")
DATE("26January2025", "2025-01-26", "polling day, glued on the stored page ('26January2025')")
TITLE("president", OUT, note="'extend his term as president' (the contested office)", ctx="term as president")
F("five years", "5", "years", "duration", subject="lukashenko", note="'for another five years' (extension of his tenure)")
DEL("fraudulent", OUT, note="'the fraudulent elections of August2020'", ctx="the fraudulent elections")
DATE("August2020", "2020-08", "glued on the stored page")
DATE("2020", "2020", "'the much contested presidential election held in 2020' ('contested' reports a dispute: not coded)", ctx="held in 2020")
DEL("no genuine opposition candidates", OUT, note="absence of a real contest (set E k09 'absence of genuine political competition')")
F("four", "4", "people", "count", note="other candidates")
DEL("pro forma", OUT, note="token candidates (markers.md §4.1 'token' / 'hand-picked')")
SCARE("‘candidates’", "single marks around the other candidates' status")
SCARE("‘presidential elections’", "second occurrence, recital C", ctx="these ‘presidential elections’")
DEL("not genuine elections", OUT, note="negated verdict; 'the conditions … show that' is evidence, not a speaker (markers.md §3.1.4)")
DEL("orchestrated", OUT, note="'a technical procedure orchestrated by the regime' (like 'engineered'); judgement call")
PEJ("regime", OUT, target="belarus_government", note="'orchestrated by the regime'", ctx="orchestrated by the regime")
PEJ("regime", OUT, target="belarus_government", note="'the Lukashenka regime'", ctx="Lukashenka regime has intensified")
DEL("fraudulent", OUT, note="'the fraudulent 2020 presidential elections'", ctx="the fraudulent 2020")
DATE("2020", "2020", "'the fraudulent 2020 presidential elections'", ctx="fraudulent 2020 presidential elections,")

# ---------------------------------------------------------------- l15 Prensa Latina 2025-01-27 (CEC: turnout, votes)
art("l15_prensalatina_2025")
S("direct", "Five million 916,195 voters participated in the voting, that is, 85.69 percent of the registered voters. Therefore, the election for the Presidency of Belarus is considered valid,",
  "Karpenko", "karpenka", "told the press", "tell", BG, "[inverted]")
F("Five million 916,195", "5916195", "people", "turnout", stage="preliminary", note="number of voters who took part (mixed words and digits as stored)")
F("85.69 percent", "85.69", "percent", "turnout", stage="preliminary", note="CEC, 27 Jan 2025 (the preliminary announcement gave 85.70; 85.69 is the final figure of 3 Feb: stage by publication date, judgement call)")
LEG("considered valid", Q, "karpenka", note="'declared … valid' (markers.md §4.1)")
S("indirect", "current Belarusian head of state Alexander Lukashenko won the elections by obtaining 5,136,293 votes, for 86.82 percent of the total votes",
  "Karpenko", "karpenka", "confirming", "confirm", BG, "participle of the same speaker")
TITLE("head of state", OUT, note="'current Belarusian head of state Alexander Lukashenko': a title on the name outside quotation marks is the outlet's (markers.md §3.1.4)")
LEG("won", Q, "karpenka", note="content clause of 'confirming'", ctx="Lukashenko won the elections")
F("5,136,293", "5136293", "votes", "vote_share", subject="lukashenko", stage="preliminary")
F("86.82 percent", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary")
S("indirect", "the First Secretary of the Central Committee of the Communist Party, Sergei Syrankov, received 189,740 votes, or 3.21 percent; the leader of the Liberal Democratic Party, Oleg Gaidukevich, received 119,272 votes, or 2.02 percent; the independent businesswoman Anna Kanopatskaya received 109,760 votes, or 1.86 percent; and the head of the Republican Party of Labor and Justice, Alexander Kzhizhnyak, received 102,729 votes, or 1.74 percent of the total",
  "The official", "karpenka", "added", "add", BG, "'The official' = Karpenko (description resolved through the earlier mention, §1.1)")
F("189,740", "189740", "votes", "vote_share", subject="syrankou", stage="preliminary")
F("3.21 percent", "3.21", "percent", "vote_share", subject="syrankou", stage="preliminary")
F("119,272", "119272", "votes", "vote_share", subject="gaidukevich", stage="preliminary")
F("2.02 percent", "2.02", "percent", "vote_share", subject="gaidukevich", stage="preliminary")
F("109,760", "109760", "votes", "vote_share", subject="kanopatskaya", stage="preliminary")
F("1.86 percent", "1.86", "percent", "vote_share", subject="kanopatskaya", stage="preliminary")
F("102,729", "102729", "votes", "vote_share", subject="khizhnyak", stage="preliminary", note="'Alexander Kzhizhnyak' = Khizhnyak (misspelling)")
F("1.74 percent", "1.74", "percent", "vote_share", subject="khizhnyak", stage="preliminary")
S("indirect", "“Belarus has never experienced such a peaceful election as the 2025 presidential election.”", "Belarusian Interior Minister Ivan Kubrakov", "kubrakou", "said", "say", BG,
  "the that-clause is a quotation: indirect row with the marks + partial inside (§2)", key="kub")
S("partial", "Belarus has never experienced such a peaceful election as the 2025 presidential election.", "Belarusian Interior Minister Ivan Kubrakov", "kubrakou", "said", "say", BG, "", parent="kub")
LEG("peaceful election", Q, "kubrakou", note="state-media legitimation ('calm atmosphere', markers.md §4.1)")
DATE("2025", "2025", "'the 2025 presidential election'")
