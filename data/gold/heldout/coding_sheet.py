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
