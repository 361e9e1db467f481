# -*- coding: utf-8 -*-
# Held-out gold coding sheet. S = statement, F = figure, M = polar marker / scare quote / official title.
L, OUT, Q = "legitimacy", "outlet", "quoted"
def DEL(t, voice, spk="", note="", ctx=None, target="lukashenko"): M(t, L, "delegitimising", -1, voice, spk, target, note, ctx)
def LEG(t, voice, spk="", note="", ctx=None, target="lukashenko"): M(t, L, "legitimising", 1, voice, spk, target, note, ctx)
def NONREC(t, voice, spk="", note="", ctx=None): M(t, "recognition", "non_recognition", -1, voice, spk, "lukashenko", note, ctx)
def REC(t, voice, spk="", note="", ctx=None): M(t, "recognition", "recognition", 1, voice, spk, "lukashenko", note, ctx)
def PEJ(t, voice, spk="", target="lukashenko", note="", ctx=None): M(t, "actor_label", "pejorative_label", -1, voice, spk, target, note, ctx)
def TITLE(t, voice, spk="", note="", ctx=None): M(t, "actor_label", "official_title", 0, voice, spk, "lukashenko", note, ctx)
def SCARE(t, note="", ctx=None, voice=OUT, spk=""): M(t, "scare_quote", "scare_quote", 0, voice, spk, "", note, ctx)
def DATE(t, iso, note="", ctx=None): F(t, "", "date", "date", iso=iso, note=note, ctx=ctx)

# ---------------------------------------------------------------- h01 TASS 2025-01-26
art("h01_tass_2025")
S("indirect", "The final voter turnout at Belarus’ presidential election as of 8:00 p.m. local time (5:00 p.m. GMT) was 85.7%",
  "head of the country’s Central Election Commission (CEC) Igor Karpenko", "karpenka", "said", "say", "belarus_government", "[inverted]")
S("direct", "The voter turnout at the presidential election in Belarus was 85.7%,", "he", "karpenka", "said", "say", "belarus_government", "he = Karpenko")
S("indirect", "the turnout in Minsk was 69.72%, in the Brest Region - 90.56%, in the Vitebsk Region - 86.391%, in the Gomel Region - 91.54%, in the Grodno Region - 89.28%, in the Minsk Region - 86.71%, and in the Mogilev Region - 92.64%",
  "the CEC", "belarus_cec", "According to", "according to", "belarus_government", "")
DATE("January 26", "2025-01-26", "dateline", ctx="MINSK, January 26.")
F("8:00 p.m.", "20", "hours", "other", note="clock time 20:00 local (no unit in the closed list; value = hour of day)")
F("5:00 p.m.", "17", "hours", "other", note="clock time 17:00 GMT")
F("85.7%", "85.7", "percent", "turnout", stage="preliminary", note="CEC election-night turnout before the 3 Feb final results", ctx="GMT) was 85.7%")
F("85.7%", "85.7", "percent", "turnout", stage="preliminary", note="inside Karpenko's direct quote", ctx="Belarus was 85.7%")
DATE("January 21", "2025-01-21", "range lower (early voting)")
F("25", "", "date", "date", iso="2025-01-25", note="range upper: 'from January 21 through 25'", ctx="through 25 and")
DATE("January 26", "2025-01-26", "main voting day", ctx="and January 26 was")
for v, c in [("69.72%", "Minsk was"), ("90.56%", "Brest Region"), ("86.391%", "Vitebsk"), ("91.54%", "Gomel"), ("89.28%", "Grodno"), ("86.71%", "Minsk Region"), ("92.64%", "Mogilev")]:
    F(v, v[:-1], "percent", "turnout", stage="preliminary", note=f"regional turnout ({c})")
F("half", "50", "percent", "vote_share", qual="more than", note="legal threshold: elected if more than half of participating citizens vote for him; fraction", thr="1")
F("Five", "5", "people", "count", note="candidates")
DATE("1994", "1994")
TITLE("incumbent President", OUT)

# ---------------------------------------------------------------- h02 TASS 2025-01-23
art("h02_tass_2025")
S("indirect", "The Belarusian presidential election is underway, and voting is going off without a hitch",
  "Chairman of the Belarusian Central Election Commission (CEC) Igor Karpenko", "karpenka", "told reporters", "tell", "belarus_government", "[inverted]")
S("direct", "People are very actively participating in the electoral process, and the turnout is quite high. This shows that citizens are coming to the polls of their own free will, to make their deliberate choice,",
  "he", "karpenka", "said", "say", "belarus_government", "he = Karpenko")
S("direct", "I want to emphasize that today our polling stations are working normally,", "Karpenko", "karpenka", "added", "add", "belarus_government", "[inverted]")
S("indirect", "\"there are a lot of complaints that polling stations abroad do not exist.\"", "The CEC chairman", "karpenka", "noted", "note", "belarus_government",
  "complement is wholly a quotation; contains partial", key="n1")
S("partial", "there are a lot of complaints that polling stations abroad do not exist.", "The CEC chairman", "karpenka", "noted", "note", "belarus_government", "", parent="n1")
S("direct", "I can tell you that as of now, 15 of our citizens who live abroad have cast their ballots at six polling stations [for voters living abroad] in the regions and the city of Minsk. I remind you that on the single day of voting (February 25, 2024, when members of parliament and local councils were elected - TASS) there were only six such citizens,",
  "he", "karpenka", "continued", "continue", "belarus_government", "[inverted] [editorial-brackets] bracketed insertion and a parenthetical editorial note ending '- TASS' inside the quote")
S("direct", "That's why we say that while we did not set up any polling stations abroad, we have created conditions for our citizens, who are not registered in the territory of the Republic of Belarus, but have consular status, to vote at these polling stations. We hope that the border crossings in Brest and Grodno will not create obstacles for our citizens to vote in these regional centers,",
  "he", "karpenka", "concluded", "conclude", "belarus_government", "[inverted]")
DATE("January 23", "2025-01-23", "dateline")
F("15", "15", "people", "count", note="citizens living abroad who voted; in quote")
F("six", "6", "items", "count", note="polling stations; in quote", ctx="at six polling")
DATE("February 25, 2024", "2024-02-25", "editorial note inside quote")
F("six", "6", "people", "count", qual="only", note="citizens who voted on 25 Feb 2024; in quote", ctx="only six such")
DATE("January 25", "2025-01-25", "future context")
DATE("January 26", "2025-01-26", "main voting day")
F("Five", "5", "people", "count", note="candidates")
LEG("without a hitch", Q, "karpenka", "content of inverted 'told reporters'; praises how voting is run")
LEG("turnout is quite high", Q, "karpenka", "high turnout presented as evidence of free will (next sentence: 'This shows that…')")
LEG("of their own free will", Q, "karpenka", "free expression of will")
LEG("deliberate choice", Q, "karpenka", "")
TITLE("incumbent President", OUT)

# ---------------------------------------------------------------- h03 news.by 2025
art("h03_newsby_2025")
S("indirect", "them as interference in the internal affairs of a sovereign state", "The Russian Foreign Ministry", "", "characterizing", "characterize", "russian_government",
  "describe-type small clause; Russian MFA not in actors.csv. 'condemned the baseless statements made by the West' not coded (NP object, no proposition); 'as reported by BELTA' = relaying medium")
S("direct", "The Russian side condemns the unfounded and biased statements of the official representatives of the European Union, the OSCE ODIHR, and certain Western countries, who attempt to portray the recent elections as 'fictitious' and 'invalid.'",
  "the Russian Foreign Ministry", "", "stated", "state", "russian_government",
  "[inverted] first paragraph of a two-paragraph quote; the marks close at the end of the next paragraph, attribution 'stated the Russian Foreign Ministry' follows it; nested single-quoted words stay inside")
S("direct", "Moscow shares the opinion of the Belarusian Central Election Commission that comments from those who did not participate in observing the organization and conduct of the voting (an invitation was extended to the OSCE ODIHR, but it was ignored) cannot be taken seriously. This contradicts not only professional ethics but also common sense. Such insinuations are yet another manifestation of the double standards of the collective West and attempts to interfere in the internal affairs of a sovereign state, aimed at destabilizing the situation in the republic,",
  "the Russian Foreign Ministry", "", "stated", "state", "russian_government", "[inverted] second paragraph, no opening mark; nested reporting ('Moscow shares the opinion of the CEC that') stays inside the quote")
S("direct", "Moscow welcomes the successful conduct of the presidential elections in the Republic of Belarus on January 26, in which, according to preliminary data from the Belarusian Central Election Commission, the incumbent head of state Alexander Lukashenko won with a more than convincing result,",
  "the Russian Foreign Ministry", "", "noted", "note", "russian_government", "[inverted]")
S("direct", "Russia respects the sovereign will of the citizens of the brotherly republic,", "the Russian Foreign Ministry", "", "emphasized", "emphasize", "russian_government", "[inverted]")
DATE("January 26", "2025-01-26", "in quote")
REC("welcomes", Q, "", "Russian MFA (not in actors.csv) welcomes the conduct and result = acceptance of the result")
LEG("successful conduct", Q, "", "Russian MFA quote")
TITLE("incumbent head of state", Q, "", "Russian MFA quote")
LEG("won", Q, "", "asserted in the MFA quote; 'according to preliminary data' hedge does not block", ctx="Lukashenko won with")
LEG("convincing result", Q, "", "'more than convincing result'; Russian MFA quote")
LEG("sovereign will of the citizens", Q, "", "sovereign choice of the people; Russian MFA quote")

# ---------------------------------------------------------------- h04 Shanghai Daily 2025-02-03
art("h04_shanghaidaily_2025")
DATE("Monday", "2025-02-03", "final results day")
F("86.82 percent", "86.82", "percent", "vote_share", subject="lukashenko", stage="final")
F("3.21 percent", "3.21", "percent", "vote_share", subject="syrankou", stage="final")
F("2.02 percent", "2.02", "percent", "vote_share", subject="gaidukevich", stage="final")
F("1.86 percent", "1.86", "percent", "vote_share", subject="kanopatskaya", stage="final")
F("1.74 percent", "1.74", "percent", "vote_share", subject="khizhnyak", stage="final")
F("3.60 percent", "3.60", "percent", "against_all", qual="around", stage="final")
DATE("January 26", "2025-01-26")
F("85.69 percent", "85.69", "percent", "turnout", stage="final")
F("50 percent", "50", "percent", "vote_share", qual="more than", thr="1", note="legal threshold to be declared the winner")
for y in ["1994", "2001", "2006", "2010", "2015", "2020"]:
    DATE(y, y, "year of an earlier presidential election")
LEG("victory", OUT, "", "'officially declared Alexander Lukashenko's victory': NP object of a speech-act verb -> outlet voice; not a statement (NP, no proposition)")

# ---------------------------------------------------------------- h05 RFE/RL 2025-01-17
art("h05_rferl_2025")
S("indirect", "The presidential election in Belarus later this month cannot be free or fair because of a \"repressive environment\" in the country",
  "U.S. Secretary of State Antony Blinken", "blinken", "said", "say", "western_government", "[inverted] adjuncts 'on January 17 in a statement' excluded", key="a")
S("partial", "repressive environment", "U.S. Secretary of State Antony Blinken", "blinken", "said", "say", "western_government", "", parent="a")
S("direct", "The United States joins many of our European allies in assessing that elections cannot be credible in an environment where censorship is ubiquitous and independent media outlets no longer exist,",
  "Blinken", "blinken", "said", "say", "western_government", "[inverted]")
S("indirect", "The election will take place in an environment in which only regime-approved candidates can appear on the ballot and members of the opposition are either imprisoned or in exile",
  "Blinken", "blinken", "said", "say", "western_government", "[inverted]")
S("indirect", "The United States condemns the regime’s attempts to \"legitimize an election that cannot be free or fair,”", "he", "blinken", "added", "add", "western_government",
  "[inverted] [quote-mark-oddity] partial opens with straight \" and closes with ”; 'The United States condemns' is Blinken's own institutional voice, not a separate speaker", key="b")
S("partial", "legitimize an election that cannot be free or fair,", "he", "blinken", "added", "add", "western_government", "[quote-mark-oddity] \" … ”", parent="b")
S("indirect", "the regime’s “systematic efforts to silence any dissent have determined the outcome of the election long before any ballots are cast, depriving the Belarusian people of the opportunity to choose their own leaders and determine their own future.”",
  "Blinken", "blinken", "saying", "say", "western_government", "'The statement … quoted Blinken as saying': the statement relays, Blinken is the speaker", key="c")
S("partial", "systematic efforts to silence any dissent have determined the outcome of the election long before any ballots are cast, depriving the Belarusian people of the opportunity to choose their own leaders and determine their own future.",
  "Blinken", "blinken", "saying", "say", "western_government", "", parent="c")
S("indirect", "the regime’s failure to issue a timely invitation to the Organization for Security and Cooperation in Europe (OSCE) to observe the election “underscores its disregard for a transparent electoral process, as well as for its obligations as an OSCE participating state.”",
  "The outgoing top U.S. diplomat", "blinken", "noted", "note", "western_government", "bare content clause (no 'that'); description resolved to Blinken", key="d")
S("partial", "underscores its disregard for a transparent electoral process, as well as for its obligations as an OSCE participating state.",
  "The outgoing top U.S. diplomat", "blinken", "noted", "note", "western_government", "", parent="d")
DATE("January 17", "2025-01-17")
DATE("January 26", "2025-01-26", "future context: scheduled election")
DATE("1994", "1994")
F("fourth", "4", "ordinal", "ordinal", note="part of a film series")
DEL("cannot be free or fair", Q, "blinken", "content of inverted 'said'", ctx="month cannot be free or fair")
DEL("cannot be credible", Q, "blinken", "direct quote")
PEJ("authoritarian leader", OUT, note="outlet's own sentence")
PEJ("regime", Q, "blinken", "belarus_government", "'regime-approved candidates' in Blinken's reported clause", ctx="only regime-approved")
PEJ("regime", Q, "blinken", "belarus_government", "content of inverted 'added'", ctx="condemns the regime’s")
DEL("cannot be free or fair", Q, "blinken", "inside partial quote", ctx="election that cannot be free or fair")
PEJ("regime", Q, "blinken", "belarus_government", "content of 'saying'", ctx="saying the regime’s")
DEL("determined the outcome of the election long before any ballots are cast", Q, "blinken", "predetermined outcome (cf. 'engineered')")
PEJ("regime", Q, "blinken", "belarus_government", "content of 'noted'", ctx="noted the regime’s")
DEL("disregard for a transparent electoral process", Q, "blinken", "negated transparency")

# ---------------------------------------------------------------- h06 DW 2025-01-27
art("h06_dw_2025")
S("indirect", "as fraudulent a presidential election that saw Belarusian leader Alexander Lukashenko declared the winner",
  "Exiled opposition figurehead Sviatlana Tsikhanouskaya", "tsikhanouskaya", "dismissed", "dismiss", "belarus_opposition",
  "'dismissed as Z Y' (heavy object shifted): naming/evaluating small clause, span from 'as'; the lead's 'has dismissed … election win' is not coded (NP object)")
S("indirect", "Sunday's vote was neither free nor fair, with independent media in the former Soviet state banned and prominent opposition figures imprisoned or forced into exile",
  "Western observers", "", "say", "say", "election_observers", "vague collective; new group code election_observers")
S("direct", "To all the Belarusians who stood together yesterday against the regime's fake elections—in Warsaw, Vilnius, Berlin, Kyiv and so many other cities — I cannot thank you enough.",
  "Tsikhanouskaya", "tsikhanouskaya", "", "", "belarus_opposition", "[continuation] no cue of its own; attributed by the preceding sentence 'Tsikhanouskaya … thanked demonstrators' (not itself coded: no propositional content)")
S("direct", "Your courage and solidarity are a powerful reminder that Belarusians will never stop fighting for freedom, democracy and a European future.",
  "Tsikhanouskaya", "tsikhanouskaya", "", "", "belarus_opposition", "[continuation]")
S("indirect", "it had slapped new sanctions on six Belarusians and three defense sector entities following what is called a \"sham election.\"",
  "the UK", "uk_government", "said", "say", "western_government", "span ends with the closing mark; agentless 'what is called' not coded separately", key="u")
S("partial", "sham election.", "the UK", "uk_government", "said", "say", "western_government",
  "fragment inside the UK's reported clause (guide §10.9); the UK statement quoted next uses 'sham election'", parent="u")
S("direct", "Following Lukashenko's brutal crackdown, in which critical voices within Belarus have been silenced, yesterday's sham election failed to meet international standards and has been condemned by international partners,",
  "the UK Foreign Office", "uk_government", "said", "say", "western_government", "[inverted]")
S("indirect", "the sanctions were being imposed in coordination with Canada", "the UK Foreign Office", "uk_government", "adding", "add", "western_government", "shared subject of 'said'")
DATE("Monday", "2025-01-27", "", ctx="on Monday dismissed")
DATE("Sunday", "2025-01-26", "", ctx="Sunday's vote")
DATE("2020", "2020", "", ctx="election in 2020")
DATE("2020", "2020", "", ctx="run in 2020")
DATE("Monday", "2025-01-27", "", ctx="Later Monday")
F("six", "6", "people", "count", note="sanctioned Belarusians")
F("three", "3", "items", "count", note="defence sector entities")
DEL("fraudulent", Q, "tsikhanouskaya", "predicative part of 'dismissed as'; 'declared the winner' inside it is embedded under the delegitimising predicate -> not coded")
DEL("neither free nor fair", Q, "", "content of 'Western observers say'; speaker not in actors.csv")
LEG("real winner", OUT, "", "'regarded by many in the West as the real winner of the election in 2020': belief, not speech -> outlet voice; target the challenger", target="tsikhanouskaya")
PEJ("regime", Q, "tsikhanouskaya", "belarus_government", "direct quote")
DEL("fake elections", Q, "tsikhanouskaya", "direct quote")
DEL("sham", Q, "uk_government", "partial quote in the UK's reported clause", ctx="a \"sham election")
DEL("sham", Q, "uk_government", "UK Foreign Office direct quote", ctx="yesterday's sham")
DEL("failed to meet international standards", Q, "uk_government", "")

# ---------------------------------------------------------------- h07 Kyiv Independent 2025
art("h07_kyivindependent_2025")
S("indirect", "the so-called vote a sham", "the West", "western_governments", "calling", "call", "western_government", "small clause of 'calling'")
S("indirect", "Lukashenko faces uncertain future after the vote", "Belarusian political observer Artsiom Shraibman", "", "told", "tell", "analyst", "analyst not in actors.csv")
S("indirect", "himself president for his seventh consecutive term", "Belarusian dictator Alexander Lukashenko", "lukashenko", "declared", "declare", "belarus_government",
  "naming act (declare X Y); the digest's teaser lines 3-7 ('Hungary refuses …, RFE/RL reports', 'Belarus ‘unilaterally releases’ …, Washington reports', subheading) are treated as headlines and not coded for statements")
S("indirect", "as neither free nor fair", "", "", "decried", "decry", "", "[unattributed] agentless passive 'that was decried as …'; span after the cue as for relative clauses")
S("indirect", "there was a record-high turnout of 85.7%", "The commission", "belarus_cec", "claimed", "claim", "belarus_government", "")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="term", ctx="himself a seventh term")
F("Fifteen", "15", "people", "count", note="prisoners pardoned; teaser line (headline-like, coded per figures.md §1)")
F("tenth", "10", "ordinal", "ordinal", note="round of pardons; teaser line")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="subheading", ctx="claims seventh term")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="consecutive term", ctx="his seventh consecutive")
DATE("Jan. 26", "2025-01-26")
F("first", "1", "ordinal", "ordinal", note="'The first presidential election since the contested 2020 vote': ordinal modifying a noun", ctx="The first presidential")
DATE("2020", "2020", "the contested 2020 vote")
F("1,250", "1250", "people", "count", qual="over", note="political prisoners")
F("four", "4", "items", "count", note="political parties not banned ('all but four')")
F("1,800", "1800", "items", "count", note="NGOs shut down")
DATE("Jan. 27", "2025-01-27")
F("86.82%", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="'a record' not a qualifier")
F("3.21%", "3.21", "percent", "vote_share", qual="just", subject="syrankou", stage="preliminary")
F("3.6%", "3.6", "percent", "against_all", stage="preliminary")
F("2%", "2", "percent", "vote_share", subject="gaidukevich", stage="preliminary", note="'reportedly' is an evidential, not a numeric qualifier", ctx="landed 2%")
F("1.86%", "1.86", "percent", "vote_share", subject="kanopatskaya", stage="preliminary")
F("1.47%", "1.47", "percent", "vote_share", subject="khizhnyak", stage="preliminary", note="as written; CEC figure was 1.74")
F("85.7%", "85.7", "percent", "turnout", stage="preliminary", note="claimed by the commission")
DEL("awarded himself", OUT, "", "self-awarded term: denies an electoral mandate")
TITLE("president", OUT, "", "'a seventh term as president of Belarus'", ctx="term as president")
DEL("sham", Q, "western_governments", "small clause of 'the West calling'")
SCARE("‘pardons’", "outlet scare quote in teaser line")
DEL("declared himself", OUT, "", "self-declaration framing (cf. self-proclaimed); outlet's own verb choice")
PEJ("dictator", OUT)
TITLE("president", Q, "lukashenko", "content of Lukashenko's declaring act", ctx="himself president")
DEL("neither free nor fair", Q, "", "agentless 'decried as' -> quoted, no speaker")
DEL("token", OUT, "", "'token “challengers”': candidates not genuine -> contest not real")
SCARE("“challengers”", "outlet scare quote")
SCARE("“constructive opposition”", "outlet scare quote (label used by the regime); “against all candidates,” is the name of a ballot option and not coded")
LEG("record-high turnout", Q, "belarus_cec", "content of 'The commission also claimed'")

# ---------------------------------------------------------------- h08 Sweden Herald 2025
art("h08_swedenherald_2025")
S("direct", "Your convincing victory in the election clearly testifies to your political authority and the people's unwavering support for Belarus' policy",
  "Putin", "putin", "says", "say", "russian_government", "[inverted] closing mark precedes the comma")
S("direct", "As agreed, I look forward to seeing you in Moscow soon.", "Putin", "putin", "continues", "continue", "russian_government", "block after 'and continues:'")
S("indirect", "to have received over 86 percent of the votes in Sunday's so-called election", "", "", "said", "say", "",
  "[unattributed] agentless 'is said to'; source not named (the CEC results)")
S("indirect", "as rigged", "the opposition and human rights organizations", "", "condemned", "condemn", "",
  "passive 'has been condemned by X as Y'; coordinated speakers belarus_opposition + rights_groups, no covering collective -> actor and group empty")
S("indirect", "the whole thing as \"a bluff\"", "The EU", "eu", "described", "describe", "eu_institution", "", key="b")
S("partial", "a bluff", "The EU", "eu", "described", "describe", "eu_institution", "the subheading '\"A bluff\"' repeats it and is not coded", parent="b", ctx="as \"a bluff\"")
S("indirect", "\"only\" nearly 90 percent voted for the dictator", "Poland's Foreign Minister", "", "expressed", "express surprise", "western_government",
  "'expressed sarcastic surprise that …': attitude noun belongs to the cue; Radoslaw Sikorski not in actors.csv", key="s")
S("partial", "only", "Poland's Foreign Minister", "", "expressed", "express surprise", "western_government", "", parent="s", ctx="\"only\"")
S("direct", "Will the rest be imprisoned?", "Radoslaw Sikorski", "", "wrote on X", "write", "western_government", "[inverted]")
S("indirect", "he felt no remorse over the decision to let Russia invade Ukraine from his territory", "the Belarusian leader", "lukashenko", "said", "say", "belarus_government", "")
S("direct", "I regret nothing", "the president", "lukashenko", "said", "say", "belarus_government", "[inverted] [quote-mark-oddity] first-person direct speech without quotation marks")
S("indirect", "his patron Vladimir Putin as his \"older brother\"", "Lukashenko", "lukashenko", "referred", "refer to", "belarus_government",
  "'referred to X as Y' = describe; 'writes The Guardian' is a relaying medium, not coded", key="o")
S("partial", "older brother", "Lukashenko", "lukashenko", "referred", "refer to", "belarus_government", "", parent="o")
S("indirect", "Congratulations to Lukashenko also come from China's leader Xi Jinping", "the state news agency New China", "", "reports", "report", "media",
  "[inverted] the agency is the only source named for the clause; Xi's congratulation itself has no propositional content")
F("70-year", "70", "years", "age", subject="lukashenko")
F("86 percent", "86", "percent", "vote_share", qual="over", subject="lukashenko", stage="preliminary")
DATE("Sunday", "2025-01-26", "", ctx="Sunday's so-called")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="term")
DATE("1994", "1994")
F("four", "4", "people", "count", note="hand-picked candidates", ctx="the four hand-picked")
F("90 percent", "90", "percent", "vote_share", qual="nearly", subject="lukashenko", stage="preliminary", note="in Sikorski's reported clause")
F("four-hour", "4", "hours", "duration", note="press conference; '-long' excluded")
DATE("Sunday", "2025-01-26", "", ctx="conference on Sunday")
DATE("February 2022", "2022-02")
LEG("convincing victory", Q, "putin", "")
LEG("political authority", Q, "putin", "")
LEG("unwavering support", Q, "putin", "")
TITLE("president", OUT, "", "'continues as president'", ctx="continues as president")
DEL("rigged", Q, "", "content of 'condemned … as'; speakers (opposition, rights groups) not a single actor")
DEL("hand-picked", OUT, "", "candidates chosen by the regime: contest not genuine")
DEL("a bluff", Q, "eu", "partial quote of the EU", ctx="as \"a bluff\"")
PEJ("dictator", Q, "", note="inside Sikorski's reported clause; Sikorski not in actors.csv")
TITLE("president", OUT, "", "'said the president'", ctx="said the president")
REC("Congratulations", Q, "", "content of 'reports the state news agency New China' (not in actors.csv)")
REC("congratulates", OUT, "", "subheading 'Xi congratulates'")

# ---------------------------------------------------------------- h09 Sputnik 2020-08-10
art("h09_sputnik_2020")
S("indirect", "Belarus' incumbent President Alexander Lukashenko secured 80.23 percent of votes in the presidential election, according to preliminary results",
  "the head of the country's Central Election Commission", "", "said", "say", "belarus_government",
  "[inverted] CEC chair Lidia Yermoshina (named later; not in actors.csv, institution belarus_cec); the fronted clause includes its own 'according to' adjunct", key="y")
S("indirect", "Belarus' incumbent President Alexander Lukashenko secured 80.23 percent of votes in the presidential election", "preliminary results", "belarus_cec", "according to", "according to", "belarus_government",
  "[document-source] [inverted] nested inside the chair's reported clause", parent="y")
S("direct", "Total of 4,652,000 people, or 80.23 percent, voted for Alexander Lukashenko,", "Lidia Yermoshina", "", "said", "say", "belarus_government", "[inverted] CEC chair 2020, not in actors.csv")
S("indirect", "Opposition candidate Svetlana Tikhanovskaya secured 9.90 percent of votes, and 6.02 percent voted against all candidates", "Yermoshina", "", "went on to say", "say", "belarus_government", "[inverted]")
S("indirect", "the preliminary results are unlikely to change", "the head of the Belarusian Central Election Commission", "", "According to", "according to", "belarus_government", "Yermoshina")
DATE("10th August, 2020", "2020-08-10", "credit line / dateline")
F("80.23 percent", "80.23", "percent", "vote_share", subject="lukashenko", stage="preliminary", ctx="secured 80.23 percent")
DATE("Monday", "2020-08-10")
F("5,790,000", "5790000", "people", "turnout", qual="as many as", stage="preliminary", note="absolute number of voters who cast ballots")
F("84.23 percent", "84.23", "percent", "turnout", stage="preliminary")
F("4,652,000", "4652000", "votes", "vote_share", subject="lukashenko", stage="preliminary", note="absolute votes ('people … voted for'); in quote")
F("80.23 percent", "80.23", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="in quote", ctx="or 80.23 percent")
F("9.90 percent", "9.90", "percent", "vote_share", subject="tsikhanouskaya", stage="preliminary")
F("6.02 percent", "6.02", "percent", "against_all", stage="preliminary")
TITLE("incumbent President", Q, "", "inside the clause reported by the CEC chair (inverted 'said'); Yermoshina not in actors.csv")

# ---------------------------------------------------------------- h10 Sputnik 2020-08-14
art("h10_sputnik_2020")
NA = "Gitanas Nauseda, President of Lithuania, not in actors.csv"
S("indirect", "Alexander Lukashenko's legitimacy as a Belarusian leader was under question after a controversial election", "Lithuanian President Gitanas Nauseda", "", "said", "say", "western_government", NA)
S("indirect", "the Belarusian authorities to form using force against the protesters, release all detainees and form a national council for a dialogue with the society", "Nauseda", "", "urged", "urge", "western_government", "request; 'form using force' sic (for 'refrain from')")
S("direct", "We can not call mister Lukashenko legitimate because there were no free democratic elections in Belarus,", "the Lithuanian president", "", "told Sky news", "tell", "western_government", "[inverted] " + NA)
S("direct", "If it will fail, then we will probably start to look for other alternatives, and sanctions that could be imposed on Belarus are also possible,", "Nauseda", "", "added", "add", "western_government", "[inverted]")
S("indirect", "his country cannot have normal relations with Belarus until Minsk holds free and fair elections", "The president", "", "said", "say", "western_government", "The president = Nauseda")
S("indirect", "the international community to play a more active role in resolving ongoing issues in Belarus", "Nauseda", "", "called on", "call on", "western_government", "request")
S("indirect", "Kremlin was interested in having Belarus as a satellite state", "Nauseda", "", "said", "say", "western_government", "'When asked about …' not coded")
S("indirect", "Belarus \"would be probably fully integrated into Russia\" if the world stayed passive", "Nauseda", "", "adding", "add", "western_government", "", key="i")
S("partial", "would be probably fully integrated into Russia", "Nauseda", "", "adding", "add", "western_government", "", parent="i")
S("indirect", "Lithuania in particular, and the European Union in general, are interested in a stable, democratic and independent Belarus", "the president", "", "According to", "according to", "western_government", "the president = Nauseda")
S("indirect", "any attempts to find a \"Russian trace\" in the organization of unrest in Belarus are groundless, while any efforts to deteriorate Moscow-Minsk relations will fail",
  "The Russian Foreign Ministry", "", "said", "say", "russian_government", "Russian MFA not in actors.csv", key="r")
S("partial", "Russian trace", "The Russian Foreign Ministry", "", "said", "say", "russian_government", "", parent="r")
S("indirect", "Lukashenko secured his sixth term with over 80 percent of the ballots in the August 9 vote", "the Belarusian Central Election Commission", "belarus_cec", "According to", "according to", "belarus_government", "")
DATE("14th August, 2020", "2020-08-14", "credit line / dateline")
DATE("Thursday", "2020-08-13")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term")
F("80 percent", "80", "percent", "vote_share", qual="over", subject="lukashenko", note="stage not stated in the text (CEC final results were announced on 14 Aug 2020, the article's date)")
DATE("August 9", "2020-08-09")
DEL("legitimacy as a Belarusian leader was under question", Q, "", "content of 'said' (Nauseda, not in actors.csv)")
DEL("can not call mister Lukashenko legitimate", Q, "", "negated legitimacy; Nauseda's direct quote")
DEL("no free democratic elections", Q, "", "Nauseda's direct quote")
LEG("secured", Q, "belarus_cec", "'secured his sixth term' = won the term, content of 'According to the CEC' (a named body -> quoted)", ctx="Lukashenko secured his")

# ---------------------------------------------------------------- h11 CGTN 2020-09-23
art("h11_cgtn_2020")
S("indirect", "Alexander Lukashenko was sworn in as the president of Belarus Wednesday in the Palace of Independence", "the official news agency Belta", "", "said", "say", "media", "[inverted] BelTA (Belarusian state agency) not in actors.csv")
S("indirect", "the swearing-in ceremony took place in the capital of Minsk with several hundred top government officials, lawmakers, representatives of media organizations and other prominent figures present",
  "The report", "", "said", "say", "media", "[document-source] the BelTA report")
S("direct", "Assuming the office of the President of the Republic of Belarus, I solemnly swear to faithfully serve the people of the Republic of Belarus, to respect and protect the rights and freedoms of man and of the citizen, to observe and protect the Constitution of the Republic of Belarus, and to fulfill strictly and conscientiously the lofty duties that have been bestowed upon me.",
  "Lukashenko", "lukashenko", "", "", "belarus_government", "oath text; no cue, attributed by the preceding sentence 'Lukashenko took the oath in Belarusian'")
S("indirect", "Lukashenko, who has run the ex-Soviet nation of 9.5 million, won 80 percent of the vote", "the official results", "belarus_cec", "According to", "according to", "belarus_government", "[document-source]")
S("indirect", "she won the election", "His main opposition rival Tikhanovskaya", "tsikhanouskaya", "claimed", "claim", "belarus_opposition", "'promised him … a loan' (Putin) not coded: NP object")
DATE("Wednesday", "2020-09-23")
F("hundred", "100", "people", "count", note="'several hundred' officials; vague, value = scale word (lower bound)")
F("66-year", "66", "years", "age", subject="lukashenko", note="'66-year-old'")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term")
DATE("August 9", "2020-08-09")
F("80 percent", "80", "percent", "vote_share", subject="lukashenko", stage="final", note="official results")
F("9.5 million", "9500000", "people", "count", note="population")
F("10 percent", "10", "percent", "vote_share", subject="tsikhanouskaya", stage="final", note="official results (sentence continues the 'According to the official results' paragraph)")
F("1.5 billion U.S. dollars", "1500000000", "USD", "money", note="Russian loan")
TITLE("president", Q, "", "content of 'the official news agency Belta said' (not in actors.csv)", ctx="as the president of Belarus")
TITLE("incumbent President", OUT)
LEG("won", OUT, "", "", ctx="Lukashenko won a sixth")
NONREC("refusing to recognize", OUT, "", "the opposition's refusal, outlet's characterisation")
LEG("won", OUT, "", "'According to the official results' = evidential hedge, voice stays outlet", ctx="million, won 80")
LEG("won", Q, "tsikhanouskaya", "challenger's claimed win", ctx="she won the", target="tsikhanouskaya")

# ---------------------------------------------------------------- h12 Lithuanian MFA 2020-09-23
art("h12_mfalt_2020")
LT = "publisher is the Lithuanian MFA: explicit performative speech act of the outlet-actor coded (statements.md §1 exception); actor not in actors.csv"
S("indirect", "the presidential election held in Belarus on 9 August did not comply with the international commitments of Belarus and globally recognized standards of democracy",
  "the Ministry of Foreign Affairs of Lithuania", "", "reaffirms", "reaffirm", "western_government", LT + "; 'It was not free and fair.' and 'recognizes neither …' are the outlet's assertion / a diplomatic act, not coded")
S("indirect", "the de-facto Belarusian authorities to hear the voice of the citizens calling for organising a new democratic election in Belarus, ending the repression against the nation, and releasing all detainees, including political prisoners",
  "We", "", "urge", "urge", "western_government", "first-person performative of the publisher (Lithuanian MFA)", key="w")
S("indirect", "organising a new democratic election in Belarus, ending the repression against the nation, and releasing all detainees, including political prisoners",
  "the citizens", "", "calling for", "call for", "citizen", "request nested in the MFA's urge-clause, different speaker (Belarusian citizens)", parent="w")
S("indirect", "the current crisis in Belarus can only be resolved by engaging in dialogue with the civil society, which is represented by the elected leader of the people of Belarus – Sviatlana Tsikhanouskaya – and the Coordination Council that has been established at her initiative",
  "Lithuania", "", "highlights", "highlight", "western_government", LT)
DATE("23 September", "2020-09-23")
DATE("9 August", "2020-08-09")
DEL("self-inauguration", OUT, "", "inauguration not conferred by a valid election")
DEL("did not comply with the international commitments of Belarus and globally recognized standards of democracy", OUT, "", "publisher's own (government) voice")
DEL("not free and fair", OUT)
NONREC("recognizes neither", OUT, "", "'legitimate leader' under the non-recognition not coded")
DEL("self-inaugurated", OUT)
DEL("does not legally have any rights to represent the people of Belarus", OUT, "", "denies the mandate")
PEJ("de-facto", OUT, "", "belarus_government", "'the de-facto Belarusian authorities': label denying de-jure status; NP object of 'urge' -> outlet")
LEG("elected leader", OUT, "", "Tsikhanouskaya as the elected leader of the people", target="tsikhanouskaya")

# ---------------------------------------------------------------- h13 EEAS declaration 2020-08-11
art("h13_eeas_2020")
S("indirect", "the Belarusian authorities to release immediately and unconditionally all detained", "We", "eu", "call on", "call on", "eu_institution",
  "publisher is the EU (HR declaration on behalf of the EU): first-person performative coded; 'the elections were neither free nor fair' is the outlet's assertion, not coded")
S("indirect", "the electoral process did not meet the international standards expected of an OSCE participating State", "credible reports of domestic observers", "", "show", "show", "election_observers",
  "[document-source] domestic observers not in actors.csv; new group code election_observers")
S("indirect", "Belarusian political leadership to initiate a genuine and inclusive dialogue with broader society to avoid further violence", "We", "eu", "call on", "call on", "eu_institution", "")
DATE("9 August", "2020-08-09")
F("one", "1", "people", "count", qual="at least", note="death", ctx="at least one death")
F("Thousands", "1000", "people", "count", note="detained; vague plural numeral, value = scale word (lower bound)")
DATE("2015", "2015")
DEL("neither free nor fair", OUT, "", "EU's own voice")
DEL("did not meet the international standards", Q, "", "content of 'reports of domestic observers show' (speaker not in actors.csv)")
DEL("falsification", OUT, "", "'falsification of election results'")

# ---------------------------------------------------------------- h14 GOV.UK 2020-08-17
art("h14_govuk_2020")
S("indirect", "the UK does not accept the results of the Belarusian Presidential elections", "The Foreign Secretary Dominic Raab", "raab", "stated", "state", "western_government", "")
S("direct", "The world has watched with horror at the violence used by the Belarusian authorities to suppress the peaceful protests that followed this fraudulent Presidential election. The UK does not accept the results. We urgently need an independent investigation through the OSCE into the flaws that rendered the election unfair, as well as the grisly repression that followed. The UK will work with our international partners to sanction those responsible, and hold the Belarusian authorities to account.",
  "Foreign Secretary Dominic Raab", "raab", "said", "say", "western_government", "block after 'said:' without quotation marks (press-release format)")
DATE("9 August", "2020-08-09")
NONREC("does not accept", Q, "raab", "content of 'has stated'", ctx="the UK does not accept the results of")
DEL("fraudulent", Q, "raab", "Raab's block quote")
NONREC("does not accept", Q, "raab", "Raab's block quote", ctx="The UK does not accept the results.")
DEL("unfair", Q, "raab", "'rendered the election unfair'")

# ---------------------------------------------------------------- h15 AFP 2020-09-23
art("h15_afp_2020")
S("indirect", "it did not consider Alexander Lukashenko the legitimate president of Belarus after he was secretly inaugurated following contested elections", "The United States", "us_government", "said", "say", "western_government", "adjunct 'Wednesday' excluded")
S("indirect", "it did not believe the August 9 elections in Belarus were free or fair", "The State Department", "us_government", "reiterated", "reiterate", "western_government", "")
S("direct", "The announced results were fraudulent and did not convey legitimacy,", "a State Department spokesperson", "us_government", "said", "say", "western_government", "[inverted] unnamed spokesperson speaking for the State Department")
S("direct", "The United States cannot consider Alexander Lukashenko the legitimately elected leader of Belarus.", "a State Department spokesperson", "us_government", "", "", "western_government", "[continuation]")
S("direct", "The path forward should be a national dialogue leading to the Belarusian people enjoying their right to choose their leaders in a free and fair election under independent observation,",
  "the State Department spokesperson", "us_government", "said", "say", "western_government", "[inverted]")
S("direct", "Release of those unjustly detained and an end of repression against peacefully protesting citizens is a first step toward genuine national dialogue.", "the State Department spokesperson", "us_government", "", "", "western_government", "[continuation]")
DATE("Wednesday", "2020-09-23", "", ctx="said Wednesday")
DATE("August 9", "2020-08-09")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term")
DATE("Wednesday", "2020-09-23", "", ctx="Police on Wednesday")
F("thousand", "1000", "people", "count", note="'several thousand demonstrators'; vague, value = scale word (lower bound)")
NONREC("did not consider", Q, "us_government", "'legitimate president' under the non-recognition not coded")
DEL("did not believe the August 9 elections in Belarus were free or fair", Q, "us_government", "negated legitimacy")
DEL("fraudulent", Q, "us_government", "")
DEL("did not convey legitimacy", Q, "us_government", "")
NONREC("cannot consider", Q, "us_government", "'legitimately elected leader' under the non-recognition not coded")
DEL("fraud", Q, "", "'wide claims of fraud': content of the noun 'claims', no speaker named", ctx="claims of fraud")

# ---------------------------------------------------------------- h16 LBC 2020-08-17
art("h16_lbc_2020")
S("indirect", "the UK does not accept the results of the \"fraudulent\" presidential election in Belarus", "Foreign Secretary Dominic Raab", "raab", "said", "say", "western_government",
  "trailing 'following days of protests …' belongs to the reporting clause", key="r")
S("partial", "fraudulent", "Foreign Secretary Dominic Raab", "raab", "said", "say", "western_government", "", parent="r", ctx="\"fraudulent\"")
S("indirect", "an independent investigation by the Organisation for Security and Co-operation in Europe (OSCE)", "He", "raab", "called for", "call for", "western_government", "[np-content] request")
S("indirect", "authoritarian President Alexander Lukashenko to resign after 26 years in power", "Thousands of demonstrators", "belarus_protesters", "calling for", "call for", "citizen", "request")
S("indirect", "Mr Lukashenko won a sixth term in office", "election officials", "belarus_cec", "say", "say", "belarus_government",
  "'Opposition supporters believe …' not coded (belief, not speech)")
S("direct", "The world has watched with horror at the violence used by the Belarusian authorities to suppress the peaceful protests that followed this fraudulent presidential election.",
  "Mr Raab", "raab", "said", "say", "western_government", "paragraph opens a quotation that is not closed; continues in the next paragraphs")
S("direct", "The UK does not accept the results. We urgently need an independent investigation through the OSCE into the flaws that rendered the election unfair, as well as the grisly repression that followed.",
  "Mr Raab", "raab", "", "", "western_government", "[continuation]")
S("direct", "The UK will work with our international partners to sanction those responsible, and hold the Belarusian authorities to account.",
  "Mr Raab", "raab", "", "", "western_government", "[continuation]")
F("Thousands", "1000", "people", "count", note="demonstrators; vague plural numeral")
F("26 years", "26", "years", "duration", subject="lukashenko", note="tenure in power")
DATE("August 9", "2020-08-09")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term")
NONREC("does not accept", Q, "raab", "content of 'said'", ctx="the UK does not accept the results of")
DEL("fraudulent", Q, "raab", "partial quote in Raab's reported clause (attributed, not a scare quote)", ctx="\"fraudulent\"")
PEJ("authoritarian", OUT, note="'authoritarian President Alexander Lukashenko': the object of 'calling for' is the outlet's referring expression")
TITLE("President", OUT, "", "'authoritarian President'", ctx="authoritarian President")
LEG("won", Q, "belarus_cec", "content of 'election officials say'")
DEL("manipulated", OUT, "", "'Opposition supporters believe the figures have been manipulated': belief, not speech -> outlet voice")
DEL("fraudulent", Q, "raab", "direct quote", ctx="this fraudulent presidential")
NONREC("does not accept", Q, "raab", "direct quote", ctx="The UK does not accept the results.")
DEL("unfair", Q, "raab", "direct quote")

# ---------------------------------------------------------------- h17 Panorama 2020-08-10
art("h17_panorama_2020")
S("indirect", "Russian President Vladimir Putin has congratulated his Belarusian colleague Alexander Lukashenko on his victory in Sunday’s presidential election", "TASS", "tass", "reported", "report", "media",
  "[inverted] 'citing the Kremlin press service' excluded; Putin's congratulation itself (NP 'on his victory') is not a separate statement")
S("direct", "I expect that your statesmanship will facilitate the further development of mutually beneficial Russian-Belarusian relations in all spheres, as well as the further enhancement of cooperation within the Union State, the strengthening of integration processes within the Eurasian Economic Union and the CIS and of military-political ties within the Collective Security Treaty Organization,",
  "the message published by the Kremlin press service", "putin", "says", "say", "russian_government", "[inverted] [document-source] Putin's congratulatory message; “Union State” etc. are names")
S("direct", "Without a doubt, this serves the core interests of the brotherly nations of Russia and Belarus,", "Putin", "putin", "stated", "state", "russian_government", "[inverted]")
S("indirect", "Lukashenko has won with 80.23% of the vote", "the preliminary results", "belarus_cec", "According to", "according to", "belarus_government",
  "[document-source] 'published on Monday by the Belarusian Election Commission' excluded from speaker")
DATE("Sunday", "2020-08-09")
DATE("Monday", "2020-08-10", "", ctx="reported on Monday")
DATE("August 9", "2020-08-09")
DATE("Monday", "2020-08-10", "", ctx="published on Monday")
F("80.23%", "80.23", "percent", "vote_share", subject="lukashenko", stage="preliminary")
F("second", "2", "ordinal", "ordinal", subject="tsikhanouskaya", note="place")
F("9.90%", "9.90", "percent", "vote_share", subject="tsikhanouskaya", stage="preliminary")
REC("congratulated", Q, "tass", "inside the clause reported by TASS (inverted 'reported'); the act is Putin's")
LEG("victory", Q, "tass", "object of the congratulation, inside TASS's reported clause")
LEG("won", OUT, "", "'According to the preliminary results' = evidential hedge, voice stays outlet")

# ---------------------------------------------------------------- h18 GOV.UK 2023-08-09
art("h18_govuk_2023")
D = "Leo Docherty, UK Minister for Europe, not in actors.csv"
S("indirect", "the immediate and unconditional release of political prisoners in Belarus", "Minister for Europe Leo Docherty", "", "calls for", "call for", "western_government", "[np-content] request; " + D)
S("direct", "Three years ago, the Belarusian regime unleashed violence on peaceful protesters, civil society groups, journalists and political opponents for seeking to pursue their desire for freedom and democracy.",
  "Minister for Europe Leo Docherty", "", "said", "say", "western_government", "block after 'said:' without quotation marks; " + D)
S("direct", "Alexander Lukashenko continues a repressive campaign against his own people, aimed at depriving ordinary Belarusian citizens from exercising their fundamental democratic rights. His regime’s support for Putin’s illegal war in Ukraine further demonstrates its complete disregard for international norms.",
  "Minister for Europe Leo Docherty", "", "said", "say", "western_government", "[continuation] block paragraph 2")
S("direct", "The UK Government has already introduced sanctions targeting those responsible for the suppression of human rights in Belarus and will continue to work alongside our international partners to hold Lukashenko’s regime to account for its appalling actions.",
  "Minister for Europe Leo Docherty", "", "said", "say", "western_government", "[continuation] block paragraph 3")
S("direct", "The close to 1,500 political prisoners who remain detained in Belarus today must be released immediately and unconditionally. We stand in solidarity with the Belarusian people.",
  "Minister for Europe Leo Docherty", "", "said", "say", "western_government", "[continuation] block paragraph 4")
DATE("2020", "2020")
F("Three years", "3", "years", "duration", note="'Three years ago' (time since the 2020 election); in block quote")
F("1,500", "1500", "people", "count", qual="close to", note="political prisoners; in block quote")
DEL("flawed", OUT, "", "'the flawed 2020 presidential election': publisher's (UK government) own narration")
PEJ("regime", Q, "", "belarus_government", "Docherty (not in actors.csv)", ctx="Belarusian regime")
PEJ("regime", Q, "", "belarus_government", "Docherty", ctx="His regime")
PEJ("regime", Q, "", "belarus_government", "Docherty", ctx="Lukashenko’s regime")
