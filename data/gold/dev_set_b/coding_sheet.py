# -*- coding: utf-8 -*-
# Held-out gold set B coding sheet. S = statement, F = figure, M = polar marker / scare quote / official title.
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

# ---------------------------------------------------------------- b01 TASS 2020-09-23 (inauguration)
art("b01_tass_2020")
S("direct", "Assuming the office of the President of the Republic of Belarus, I solemnly swear to faithfully serve the people of the Republic of Belarus, to respect and protect the rights and freedoms of man and of the citizen, to observe and protect the Constitution of the Republic of Belarus, and to fulfill strictly and conscientiously the lofty duties that have been bestowed upon me,",
  "Lukashenko", "lukashenko", "said", "say", "belarus_government", "[inverted] oath; 'according to BelTA' = relaying medium, not a speaker (§10.13)")
S("indirect", "incumbent President Alexander Lukashenko won by a landslide, garnering 80.10% of the vote", "the Central Election Commission’s official results", "belarus_cec", "According to", "according to", "belarus_government",
  "[document-source] official results of the CEC (§10.15)")
F("hundred", "100", "people", "count", note="'several hundred people' attending; vague, value = scale word (lower bound)")
DATE("August 9", "2020-08-09")
F("80.10%", "80.10", "percent", "vote_share", subject="lukashenko", stage="final", note="CEC official (final) results of 14 Aug 2020")
F("second", "2", "ordinal", "ordinal", subject="tsikhanouskaya", note="'came in second'")
F("10.12%", "10.12", "percent", "vote_share", subject="tsikhanouskaya", stage="final", note="final results (sentence continues the 'According to … official results' paragraph)")
TITLE("incumbent President", OUT, "", "epithet in the clause of 'According to the CEC’s official results' (evidential hedge on results) -> outlet voice")
LEG("won by a landslide", OUT, "", "fixed phrase (cf. 'won in a landslide'); 'According to … official results' = evidential hedge, voice stays outlet")
NONREC("refused to recognize", OUT, "", "Tikhanovskaya's refusal, outlet's characterisation; target the declared winner")

# ---------------------------------------------------------------- b02 Sputnik 2020-08-13 (Pompeo)
art("b02_sputnik_2020")
S("direct", "Oh, I’m sure we’ll look at each of these things, and the important thing to note is the criteria. What is it that we believe that we can do, not just the United States unilaterally, but in a multilateral way to deliver good outcomes for the Belarusian people, whether that turns out to be sanctions or turns out to be making decisions about product deliveries? Those are all things that are yet to be determined. We’re still pretty fresh off this election and we need to see how things settle out here in the near future,",
  "Pompeo", "pompeo", "said", "say", "western_government", "[inverted] several sentences in one pair of marks = one row")
S("indirect", "Washington was disappointed that the Sunday presidential election in Belarus was not free and fair", "He", "pompeo", "pointed out", "point out", "western_government",
  "He = Pompeo; 'was disappointed that …' is an emotion inside the content, not a nested statement")
S("direct", "We’ve seen this behavior before, and we regret that this is how it’s transpired. Then we’ve watched the violence and the aftermath, peaceful protesters being treated in ways that are inconsistent with how they should be treated,",
  "Pompeo", "pompeo", "added", "add", "western_government", "[inverted]")
S("indirect", "incumbent Alexander Lukashenko secured his sixth term with over 80 percent of the vote", "the Belarusian Central Election Commission", "belarus_cec", "According to", "according to", "belarus_government", "named body")
S("indirect", "the authorities of massive falsifications during the voting", "The country’s opposition", "belarus_opposition", "accusing", "accuse", "belarus_opposition",
  "accuse X of Y; 'has challenged the election results' not coded (NP object, no proposition; set A rule)")
DATE("Wednesday", "2020-08-12", "P = 2020-08-13 (URL date); most recent Wednesday on or before P")
DATE("Sunday", "2020-08-09", "'the Sunday presidential election'", ctx="the Sunday presidential")
DATE("Sunday", "2020-08-09", "", ctx="On Sunday, Belarus")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term")
F("80 percent", "80", "percent", "vote_share", qual="over", subject="lukashenko", stage="preliminary", note="CEC figure; article of 13 Aug, before the 14 Aug final results")
DEL("not free and fair", Q, "pompeo", "content of 'pointed out'")
LEG("secured", Q, "belarus_cec", "'secured his sixth term' = won the term (set A rule); content of 'According to the … CEC' (named body -> quoted)")
DEL("falsifications", Q, "belarus_opposition", "accuse X of Y: Y is the opposition's content")

# ---------------------------------------------------------------- b03 Sputnik via Pakistan Point 2020-09-23 (inauguration)
art("b03_sputnik_2020")
S("indirect", "Lukashenko as an illegitimate head of state", "some European nations as well as the country's opposition", "", "decry", "decry", "western_government",
  "coordinated subject (European governments + Belarusian opposition): no collective actor covers both, actor empty; group from the first conjunct")
S("indirect", "the winner of the Belarusian presidential election", "", "", "declared", "declare", "",
  "[unattributed] agentless passive 'Lukashenko was declared the winner of …' (naming small clause); declarer not named (the CEC is meant)")
S("indirect", "Svetlana Tikhanovskaya as the actual winner", "the opposition", "belarus_opposition", "naming", "name", "belarus_opposition", "relative 'that' replaced by its antecedent")
S("indirect", "Lukashenko an illegitimate president", "The European countries and Belarusian opposition figures", "", "calling", "call", "western_government",
  "coordinated subject; 'residing abroad' excluded from speaker; actor empty (no collective covers both), group from the first conjunct")
S("direct", "Alexander #Lukashenko, inaugurated today, has no legitimacy to lead his country. He is responsible for presidential elections in #Belarus which were neither free nor fair. Slovakia stands with citizens of Belarus,",
  "Slovak Foreign Minister Ivan Korcok", "korcok", "tweeted", "tweet", "western_government", "[inverted] tweet quoted in the body (no signature line)")
DATE("23rd September, 2020", "2020-09-23", "dateline (credit line kept as body text, as in set A)")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term")
DATE("Wednesday", "2020-09-23", "", ctx="term on Wednesday")
DATE("August", "2020-08", "", ctx="In August")
F("two months", "2", "months", "duration", note="legal deadline for the swearing-in (no qualifier: 'within' is not in the list)")
DATE("August 9", "2020-08-09")
DATE("October 9", "2020-10-09", "deadline, future context")
DATE("Wednesday", "2020-09-23", "", ctx="hours of Wednesday")
F("Two", "2", "people", "count", note="protesters arrested")
F("700", "700", "people", "count", qual="approximately", note="guests")
F("first", "1", "ordinal", "ordinal", note="'Slovakia was the first to react': ordinal with elided noun")
TITLE("President", OUT, "", "", ctx="Belarusian President Alexander")
DEL("illegitimate", Q, "", "predicative part of 'decry … as'; coordinated speakers, no single actor", ctx="an illegitimate head")
TITLE("head of state", Q, "", "inside the decry-as predicate (title in its own lexicon)")
LEG("winner", Q, "", "'was declared the winner': declared result (quoted), agentless (the CEC is meant)", ctx="declared the winner")
LEG("actual winner", Q, "belarus_opposition", "challenger named winner by the opposition", target="tsikhanouskaya")
TITLE("president", OUT, "", "'the president's working residence'", ctx="the president's")
DEL("illegitimate", Q, "", "predicative part of 'calling'; coordinated speakers", ctx="an illegitimate president")
TITLE("president", Q, "", "inside the calling predicate", ctx="illegitimate president")
DEL("has no legitimacy", Q, "korcok", "tweet")
DEL("neither free nor fair", Q, "korcok", "tweet")

# ---------------------------------------------------------------- b04 Xinhua via China SCIO 2020-08-10 (Xi congratulates)
art("b04_xinhua_2020")
S("indirect", "he highly values the development of China-Belarus ties", "Xi", "xi", "Noting", "note", "other_government", "shared subject of 'said'; fronted participial cue")
S("indirect", "he stands ready to work with President Lukashenko to jointly push forward China-Belarus comprehensive strategic partnership and expand mutually-beneficial cooperation between the two countries in various fields, so as to create new benefits for the two countries and peoples",
  "Xi", "xi", "said", "say", "other_government", "'sent a congratulatory message' / 'extended warm congratulations' not coded (no propositional content; set A rule)")
DATE("Monday", "2020-08-10")
F("two", "2", "items", "count", note="anaphoric: the two countries", ctx="between the two countries")
F("two", "2", "items", "count", note="anaphoric: the two countries", ctx="for the two countries")
REC("congratulatory message", OUT, "", "")
LEG("re-election", OUT, "", "object of the congratulation: the achieved re-election (not the event noun)", ctx="on his re-election as Belarusian")
TITLE("president", OUT, "", "'re-election as Belarusian president'", ctx="Belarusian president.")
REC("congratulations", OUT, "", "NP object of 'extended' -> outlet voice")
TITLE("President", OUT, "", "", ctx="to President Lukashenko on")
LEG("re-election", OUT, "", "object of the congratulation", ctx="on his re-election on behalf")
TITLE("President", Q, "xi", "inside Xi's 'said' clause", ctx="with President Lukashenko to")

# ---------------------------------------------------------------- b05 TASS 2025-01-24 (international observers)
art("b05_tass_2025")
S("indirect", "The presidential election campaign in Belarus is currently being conducted fairly, openly, and in accordance with the established electoral standards",
  "international observers", "", "said", "say", "election_observers", "[inverted] vague collective; 'participating in the election monitoring' excluded from speaker")
S("direct", "As far as the election process is concerned, I am very surprised to see how much Belarus is striving to be inclusive, democratic, and transparent in its election process. It is important that many international observers are participating in the elections,",
  "South Korea’s Kwaak Young Hoon", "kwaak_young_hoon", "stated", "state", "election_observers", "[inverted] " + NIA)
S("indirect", "\"Belarus is a country where openness and democracy flourish, because the people recognize its achievements.\"", "The chairman of the Solidarity for Peace association", "kwaak_young_hoon", "saying", "say", "election_observers",
  "description resolved to the previously quoted Kwaak Young Hoon (the text implies, does not state, the identity); " + NIA + "; 'commented on the campaign' = topic only", key="a")
S("partial", "Belarus is a country where openness and democracy flourish, because the people recognize its achievements.", "The chairman of the Solidarity for Peace association", "kwaak_young_hoon", "saying", "say", "election_observers", NIA, parent="a")
S("indirect", "the election process was \"fully accessible.\"", "Lucas Leiros de Almeida", "lucas_leiros_de_almeida", "emphasized", "emphasize", "election_observers", NIA + "; apposition 'an observer from Brazil' excluded", key="b")
S("partial", "fully accessible.", "Lucas Leiros de Almeida", "lucas_leiros_de_almeida", "emphasized", "emphasize", "election_observers", NIA, parent="b")
S("direct", "We had access to all the polling stations without any issues. The situation contrasts sharply with Western countries, which had already condemned the elections even before they occurred,",
  "he", "lucas_leiros_de_almeida", "noted", "note", "election_observers", "[inverted] he = Leiros de Almeida; " + NIA)
S("indirect", "he had arrived in Minsk only yesterday to monitor the elections, but had already had \"the opportunity to meet with representatives of the Central Electoral Commission to understand how the elections are structured, conducted, and what measures have been taken to ensure that the elections adhere to the highest standards of the electoral process.\"",
  "The observer from Spain, Carlos Uriarte Sanchez", "carlos_uriarte_sanchez", "mentioned", "mention", "election_observers", "title + name in apposition; " + NIA, key="c")
S("partial", "the opportunity to meet with representatives of the Central Electoral Commission to understand how the elections are structured, conducted, and what measures have been taken to ensure that the elections adhere to the highest standards of the electoral process.",
  "The observer from Spain, Carlos Uriarte Sanchez", "carlos_uriarte_sanchez", "mentioned", "mention", "election_observers", NIA, parent="c")
S("direct", "Elections are a cornerstone of democracy, so it is very important that the residents of Minsk and other cities take part in them. I hope the turnout will be significant. I trust this day will unfold in a peaceful, democratic atmosphere,",
  "the observer", "carlos_uriarte_sanchez", "added", "add", "election_observers", "[inverted] 'He also encouraged Belarusians to participate …' not coded (narrated past 'encouraged', §1.1); " + NIA)
DATE("January 24", "2025-01-24", "dateline")
LEG("fairly", Q, "", "content of inverted 'said'; observers not in actors.csv")
LEG("openly", Q, "", "praise of how the campaign is run")
LEG("in accordance with the established electoral standards", Q, "", "cf. 'in compliance with the electoral laws'")
LEG("inclusive, democratic, and transparent", Q, "", "Kwaak's direct quote (" + NIA + "); one coordinated evaluative predicate")
LEG("fully accessible", Q, "", "observers' access praised (cf. 'observers found no violations'); " + NIA)

# ---------------------------------------------------------------- b06 BelTA 2025-02-03 (CIS mission statement)
art("b06_belta_2025")
S("indirect", "the necessary conditions were provided to the international observers for their activities in Belarus", "The Mission", "cis_observers", "noted", "note", "election_observers",
  "'has released a statement on …' = topic only; 'BelTA learned' = cognition, not coded")
S("direct", "The election was held on the basis of the Constitution, the Electoral Code, other legislative acts of the Republic of Belarus, and also the resolutions of the Central Election Commission explaining certain procedures for the organization of the election campaign,",
  "the statement", "cis_observers", "said", "say", "election_observers", "[inverted] [document-source] the CIS mission's statement")
S("direct", "Experts of the Mission and the CIS IPA International Institute for Monitoring Democracy Development analyzed the electoral legislation of the Republic of Belarus and noted that it guarantees the right of a citizen to elect and be elected, ensures freedom of elections on the basis of universal, equal and direct suffrage by secret ballot, judicial and other protection of electoral rights and freedoms, public and international observation of elections.",
  "the statement", "cis_observers", "said", "say", "election_observers", "[document-source] second piece of a quote interrupted by its attribution (§4); 'noted that' inside the quote not coded")
S("indirect", "the electoral legislation of the Republic of Belarus meets the universally recognized principles and norms of international law and is a sufficient legal basis for free and democratic elections",
  "the Mission", "cis_observers", "According to", "according to", "election_observers", "'The Mission noted the systemic and consistent work of the CEC' not coded (NP object)")
DATE("3 February", "2025-02-03", "dateline")
DATE("26 January 2025", "2025-01-26")
F("296", "296", "people", "count", note="accredited observers")
F("40", "40", "people", "count", note="long-term observers")
LEG("the necessary conditions were provided to the international observers", Q, "cis_observers", "content of 'noted'; observability praised (cf. 'observers found no violations')")
LEG("on the basis of the Constitution, the Electoral Code, other legislative acts of the Republic of Belarus", Q, "cis_observers", "cf. 'in compliance with the Constitution and the electoral legislation'")

# ---------------------------------------------------------------- b07 news.by 2025-01-26 (observers vs European Parliament)
art("b07_newsby_2025")
S("indirect", "our elections as \"undemocratic.\"", "the European Parliament", "european_parliament", "labeled", "label", "eu_institution", "naming small clause (label X as Y)", key="a")
S("partial", "undemocratic.", "the European Parliament", "european_parliament", "labeled", "label", "eu_institution", "", parent="a")
S("indirect", "Belarusians treat the electoral campaign as a celebration, and the country itself delights with its beauty and neatness", "Dragan Stanojevic", "dragan_stanojevic", "shared his impressions", "share impressions", "election_observers",
  "colon-introduced clause without marks; the next two sentences ('Meanwhile, the West …') are not clearly his: outlet voice; " + NIA)
S("direct", "When I was in Belarus a few months ago, I already knew that the West was preparing provocations, saying that there is no democracy, elections without choice. Therefore, it is very important to have a large number of international observers who will witness how everything happened,",
  "Dragan Stanojevic", "dragan_stanojevic", "noted", "note", "election_observers", "[inverted] apposition 'an international observer from Serbia' excluded; nested 'saying that …' not coded; " + NIA)
S("direct", "Because, apparently, they see everything better from there than we do here. And we, as witnesses here, will show them what we see, not what they want to see.",
  "Dragan Stanojevic", "dragan_stanojevic", "noted", "note", "election_observers", "second piece of a quote interrupted by its attribution (§4); " + NIA)
S("indirect", "The high quality of the Belarusian electoral process sets a high bar for further work as an electoral expert", "observers from Belgium", "", "admit", "admit", "election_observers", "[inverted] vague collective")
F("486", "486", "people", "count", note="accredited international observers")
DATE("January 26", "2025-01-26")
LEG("as open as possible", OUT, "", "outlet's inference about the electoral process")
DEL("undemocratic", Q, "european_parliament", "predicative part of 'labeled … as'")
LEG("celebration", Q, "", "content of 'shared his impressions' (" + NIA + "); festive atmosphere (cf. 'calm atmosphere')")
LEG("high quality", Q, "", "content of inverted 'admit'; vague speaker")
NONREC("non-recognition", OUT, "", "the European Parliament's act, named by the outlet")

# ---------------------------------------------------------------- b08 BelTA via belarus.by 2025-01-27 (Xi congratulates)
art("b08_belta_2025")
S("direct", "I was happy to learn about your re-election as president of the Republic of Belarus. On behalf of the Government of China and the Chinese people, I extend my sincere congratulations to you,",
  "the congratulatory message", "xi", "reads", "read", "other_government", "[inverted] [document-source] Xi's message; 'has congratulated' not coded (set A rule)")
S("direct", "In recent years, we have maintained close contacts, jointly outlined guidelines for the development of China-Belarus relations. As a result, our bilateral relations have reached the highest level of all-weather and comprehensive strategic partnership in history,",
  "the message", "xi", "reads", "read", "other_government", "[inverted] [document-source]")
S("indirect", "China and Belarus have continuously strengthened political mutual trust, achieved fruitful results in joint construction within the Belt and Road Initiative, and effectively developed multilateral cooperation",
  "Xi Jinping", "xi", "pointed out", "point out", "other_government", "")
S("direct", "I attach great importance to the development of China-Belarus relations. I am ready to join efforts with you to continue the traditional friendship between China and Belarus, deepen bilateral mutually beneficial cooperation, and promote the progressive development of the Chinese-Belarusian relations for the benefit of the peoples of the two countries,",
  "the Chinese president", "xi", "emphasized", "emphasize", "other_government", "[inverted]")
DATE("27 January", "2025-01-27", "dateline")
F("two", "2", "items", "count", note="anaphoric: the two countries (inside Xi's quote)")
REC("congratulated", OUT, "", "")
TITLE("President", OUT, "", "", ctx="Belarusian President Aleksandr")
LEG("victory", OUT, "", "object of the congratulation ('on his election victory'), outlet voice", ctx="election victory")
LEG("re-election", Q, "xi", "direct quote; the achieved re-election")
TITLE("president", Q, "xi", "direct quote", ctx="as president of the Republic")
REC("congratulations", Q, "xi", "direct quote")
REC("congratulatory message", OUT, "", "speaker NP of 'reads'")

# ---------------------------------------------------------------- b09 DW 2020-08-23 (Minsk protest)
art("b09_dw_2020")
S("indirect", "150,000 people took part", "The Associated Press", "associated_press", "estimated", "estimate", "media", "the only named source of the clause; " + NIA)
S("direct", "This is a huge demonstration of something that, frankly, would have been unthinkable in Belarus just a few months ago,",
  "Nick Connolly", "nick_connolly", "said", "say", "media", "[inverted] DW's own correspondent quoted in the third person (not the article's authorial voice); apposition excluded; " + NIA)
S("indirect", "police of torturing and abusing the detainees", "protest organizers", "", "alleging", "allege", "belarus_opposition",
  "'allege X of Y' (accuse frame); vague speaker; 'Video from … Belta showed …' / 'published videos … showing …' not coded (visual evidence, not a report)")
S("indirect", "he was \"shocked\" at Lukashenko's claim of receiving 80% of the vote", "One of the demonstrators", "", "said", "say", "citizen",
  "anonymous demonstrator (former election observer); relative clause excluded from speaker", key="d")
S("partial", "shocked", "One of the demonstrators", "", "said", "say", "citizen", "", parent="d")
S("indirect", "receiving 80% of the vote", "Lukashenko", "lukashenko", "claim", "claim", "belarus_government",
  "nominal cue 'Lukashenko's claim of …' nested in the demonstrator's clause (different speaker inserted by the author)", parent="d")
S("direct", "It [the result] was a blatant lie. The numbers were so off that you couldn't say that the election was fair. I can't forgive that,",
  "he", "", "told DW", "tell", "citizen", "[inverted] [editorial-brackets] he = the anonymous demonstrator")
F("Tens of thousands", "10000", "people", "count", note="protesters; vague plural numeral, value = scale word (lower bound)")
DATE("Sunday", "2020-08-23", "P = 2020-08-23 (a Sunday): same-day news")
DATE("August 9", "2020-08-09")
F("150,000", "150000", "people", "count", note="AP crowd estimate")
F("7,000", "7000", "people", "count", qual="nearly", note="arrested")
F("80%", "80", "percent", "vote_share", subject="lukashenko", stage="final", note="Lukashenko's claimed share; article after the 14 Aug final results")
TITLE("President", OUT, "", "")
LEG("victory", OUT, "", "'who secured victory in a controversial election': win asserted; 'controversial' is descriptive (set A rule), not delegitimising")
DEL("blatant lie", Q, "", "anonymous demonstrator's direct quote (speaker not in actors.csv)")
DEL("couldn't say that the election was fair", Q, "", "negated 'fair' (cf. 'couldn't be considered free nor fair')")

# ---------------------------------------------------------------- b10 Current Time (RFE/RL-VOA) 2020-09-23 (secret inauguration)
art("b10_currenttime_2020")
S("indirect", "he is a president under siege", "Lukashenka", "lukashenko", "maintains", "maintain", "belarus_government", "apposition 'in power since 1994' excluded")
S("indirect", "the day of his inauguration as “the day of our victory, convincing and fateful,” over supposed outside attempts to stage the overthrow of his rule with a so-called “color revolution.”",
  "he", "lukashenko", "described", "describe", "belarus_government", "he = Lukashenka; describe X as Y; span ends with the closing mark", key="v")
S("partial", "the day of our victory, convincing and fateful,", "he", "lukashenko", "described", "describe", "belarus_government", "", parent="v")
S("partial", "color revolution.", "he", "lukashenko", "described", "describe", "belarus_government",
  "fragment inside Lukashenka's reported clause after 'so-called' (§10.9: coded as his partial; an outlet scare-quote reading is possible)", parent="v")
S("direct", "We did not just elect the president of the country - we defended our values, our peaceful life, sovereignty, and independence,",
  "Lukashenka", "lukashenko", "claimed", "claim", "belarus_government", "[inverted] 'according to the official news service BelTA' = relaying medium")
S("indirect", "an international investigation of election “irregularities.”", "The United States", "us_government", "called for", "call for", "western_government",
  "[np-content] request; relative clause excluded from speaker; 'have rejected Lukashenka as … duly elected president' not coded (non-recognition = diplomatic act)", key="u")
S("partial", "irregularities.", "The United States", "us_government", "called for", "call for", "western_government", "", parent="u")
DATE("September 23", "2020-09-23", "", ctx="Belarus on September 23")
F("66-year", "66", "years", "age", subject="lukashenko", note="'66-year-old'")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term")
DATE("August 9", "2020-08-09", "", ctx="Belarus’ August 9 presidential")
F("80 percent", "80", "percent", "vote_share", qual="over", subject="lukashenko", stage="final", note="'allegedly won … with over 80 percent'")
DATE("1994", "1994")
DATE("September 23", "2020-09-23", "'In a September 23 speech'", ctx="In a September 23 speech")
F("two months", "2", "months", "duration", note="legal deadline for the inauguration")
DATE("August 9", "2020-08-09", "", ctx="the August 9 election")
F("first", "1", "ordinal", "ordinal", note="'its first ambassador to Minsk in 12 years' (cf. set A 'The first presidential election since …')")
F("12 years", "12", "years", "duration", note="without a US ambassador")
PEJ("authoritarian leader", OUT, "", "lukashenko", "'long-term, authoritarian leader'")
DEL("election fraud", OUT, "", "'threats of international sanctions over election fraud'")
TITLE("president", Q, "lukashenko", "content of 'maintains'", ctx="a president under siege")
LEG("elect", Q, "lukashenko", "'We did not just elect the president' asserts the election (and more)", ctx="just elect the")
TITLE("president", Q, "lukashenko", "direct quote", ctx="the president of the country")
DEL("voting violations", OUT, "", "'widespread voting violations'")
NONREC("rejected", OUT, "", "'have rejected Lukashenka as Belarus’ duly elected president' (rejecting him as president = non-recognition); 'duly elected' embedded, not coded")
TITLE("president", OUT, "", "inside the non-recognition object (title in its own lexicon)", ctx="duly elected president")
DEL("irregularities", Q, "us_government", "partial quote inside the US request")

# ---------------------------------------------------------------- b11 US Mission to the OSCE 2023-09-08 (anniversary statement)
art("b11_usosce_2023")
S("indirect", "1,502 political prisoners in Belarus – with 17 of the names added to the list on August 29, and ten more added on September 1", "Viasna", "viasna", "counts", "count", "ngo",
  "[np-content] 'Viasna counts N political prisoners' = according to Viasna there are N; the publisher's (US government) own assertions are not statements (§1 exception)")
F("Three years", "3", "years", "duration", note="'Three years ago'")
DATE("August 9", "2020-08-09", "year from the election's polling day (rule 6)")
F("sixth", "6", "ordinal", "ordinal", subject="lukashenko", note="term")
DATE("2020", "2020", "'2020 presidential candidates'")
F("18", "18", "years", "duration", note="range-like coordination '18 and 14 years': prison sentence (Tsikhanouski); first member's span is the number")
F("14 years", "14", "years", "duration", note="prison sentence (Babaryka)")
F("11", "11", "years", "duration", note="prison sentence (Kalesnikava); coordination '11 and 10 years'")
F("10 years", "10", "years", "duration", note="prison sentence (Znak)")
F("ten years", "10", "years", "duration", note="prison sentence (Bialiatski)")
DATE("September 5", "2023-09-05")
F("1,502", "1502", "people", "count", note="political prisoners (Viasna)")
F("17", "17", "people", "count", note="names added to the political-prisoner list")
DATE("August 29", "2023-08-29")
F("ten", "10", "people", "count", note="more names added", ctx="and ten more")
DATE("September 1", "2023-09-01")
DEL("falsified", OUT, "", "publisher (US government) voice")
DEL("stole the election", OUT, "", "stolen election")
DEL("ignoring the will of the people", OUT, "", "")

# ---------------------------------------------------------------- b12 Global Affairs Canada 2024-08-09 (sanctions on the 4th anniversary)
art("b12_canada_2024")
S("indirect", "Canada is imposing sanctions against ten individuals and six entities under the Special Economic Measures (Belarus) Regulations", "The Honourable Mélanie Joly", "joly", "announced", "announce", "western_government",
  "the release reports its minister's announcement; apposition 'Minister of Foreign Affairs' excluded; the release's own assertions are not coded")
F("ten", "10", "people", "count", note="individuals sanctioned", ctx="against ten individuals")
F("six", "6", "items", "count", note="entities sanctioned", ctx="and six entities")
F("fourth", "4", "ordinal", "ordinal", note="anniversary")
DATE("2020", "2020", "'the fraudulent elections of 2020'", ctx="elections of 2020")
DATE("August 2020", "2020-08")
DEL("fraudulent", OUT, "", "publisher (Government of Canada) voice", ctx="the fraudulent presidential")
DEL("fraudulent", OUT, "", "", ctx="the fraudulent elections of 2020")
DEL("fraudulent", OUT, "", "", ctx="the fraudulent elections of August")

# ---------------------------------------------------------------- b13 Polish Radio 2025-01-26 (Polish MFA statement)
art("b13_polskieradio_2025")
S("direct", "The Ministry of Foreign Affairs of the Republic of Poland expresses its disappointment at the presidential elections in Belarus, which were held today in violation of basic democratic procedures,",
  "it", "poland_mfa", "said", "say", "western_government", "[inverted] 'it said a statement' (sic); it = the Polish MFA; " + NIA)
S("direct", "Actions of the authorities prevented independent candidates from taking part in the elections,", "the Polish foreign ministry", "poland_mfa", "added", "add", "western_government", "[inverted] " + NIA)
S("direct", "The campaign was accompanied by repression against political opponents and intimidation of representatives of Belarusian civil society.", "the Polish foreign ministry", "poland_mfa", "added", "add", "western_government",
  "second piece of a quote interrupted by its attribution (§4); " + NIA)
S("direct", "Under widespread censorship and state propaganda, a significant number of Belarusians did not have access to independent and reliable information. As a result, Belarusian society was effectively deprived of its right to vote.",
  "The statement", "poland_mfa", "said", "say", "western_government", "[document-source] " + NIA)
S("direct", "These factors do not allow us to consider the outcome of today’s elections as credible and reflecting the will of the Belarusian people, who have demonstrated their maturity and understanding of democratic processes more than once in recent history.",
  "It", "poland_mfa", "continued", "continue", "western_government", "It = the statement; " + NIA)
S("indirect", "\"only openness to dialogue, willingness to cooperate, and compliance with UN and OSCE standards and the fundamental rights of every human being will ensure development and prosperity for Belarus.\"",
  "The Polish foreign ministry", "poland_mfa", "saying", "say", "western_government", "'concluded its statement by saying that'; " + NIA, key="c")
S("partial", "only openness to dialogue, willingness to cooperate, and compliance with UN and OSCE standards and the fundamental rights of every human being will ensure development and prosperity for Belarus.",
  "The Polish foreign ministry", "poland_mfa", "saying", "say", "western_government", NIA, parent="c")
S("indirect", "the Belarusian authorities \"to initiate a process that will result in a truly free and democratic Belarus without political prisoners and persecution, and a source of pride for all its citizens.\"",
  "It", "poland_mfa", "called on", "call on", "western_government", "request; It = the Polish foreign ministry; " + NIA, key="r")
S("partial", "to initiate a process that will result in a truly free and democratic Belarus without political prisoners and persecution, and a source of pride for all its citizens.",
  "It", "poland_mfa", "called on", "call on", "western_government", NIA, parent="r")
S("indirect", "Lukashenko would take nearly 88 percent of the vote", "An exit poll", "", "projected", "project", "belarus_government",
  "[document-source] the official exit poll broadcast on state TV (pollster not named); 'the Reuters news agency reported' = relaying medium, not a speaker")
S("indirect", "turnout was 85.7 percent", "Officials", "", "said", "say", "belarus_government", "vague (Belarusian election officials meant); 'according to Reuters' = relaying medium")
DATE("Sunday", "2025-01-26", "P = 2025-01-26 (a Sunday): same-day news")
F("88 percent", "88", "percent", "vote_share", qual="nearly", subject="lukashenko", stage="exit_poll", note="exit poll broadcast on state TV (87.6%)")
F("85.7 percent", "85.7", "percent", "turnout", stage="preliminary", note="CEC election-night turnout")
DEL("in violation of basic democratic procedures", Q, "", "Polish MFA (" + NIA + ")")
DEL("deprived of its right to vote", Q, "", "Polish MFA statement (" + NIA + ")")
NONREC("do not allow us to consider", Q, "", "'do not allow us to consider the outcome … as credible' (cf. 'cannot consider … legitimate' = non-recognition); 'credible' embedded, not coded; Polish MFA (" + NIA + ")")

# ---------------------------------------------------------------- b14 EU NEIGHBOURS east 2025-01-28 (joint statement EU/AU/CA/NZ/UK)
art("b14_euneighbours_2025")
S("indirect", "the sham presidential elections in Belarus on 26 January and the ongoing human rights violations perpetrated by the Belarusian regime", "their statement", "western_governments", "condemning", "condemn", "western_government",
  "[np-content] [document-source] the joint statement of the EU, Australia, Canada, New Zealand and the UK")
S("direct", "No election can be considered free, fair or in line with international standards when it is held in a climate of ongoing repression, marked by a clampdown on civil society, arbitrary detentions, and restrictions on genuine political participation,",
  "the statement", "western_governments", "says", "say", "western_government", "[inverted] [document-source] participial 'released on 27 January' excluded")
S("indirect", "the ongoing human rights violations committed by the Lukashenko regime", "The partners", "western_governments", "condemned", "condemn", "western_government", "[np-content]")
S("indirect", "Belarus to release the over 1,250 political prisoners who remain unjustly detained", "The partners", "western_governments", "called on", "call on", "western_government", "request; shared subject")
S("direct", "We urge Belarus to follow its international human rights obligations and OSCE commitments in all respects, including restoring an open civil society, to create an environment in which new elections which meet international standards can be held,",
  "the statement", "western_governments", "said", "say", "western_government", "[inverted] [document-source]")
S("indirect", "they would continue to support the aspirations of the Belarusian people for a free, democratic and independent Belarus", "The EU, Australia, Canada, New Zealand and the UK", "western_governments", "said", "say", "western_government",
  "coordinated subject -> collective actor (EU and four states)")
DATE("26 January", "2025-01-26")
DATE("27 January", "2025-01-27")
F("1,250", "1250", "people", "count", qual="over", note="political prisoners")
DEL("sham", OUT, "", "NP object of 'condemning' -> outlet voice (markers.md §3.1)")
PEJ("regime", OUT, "", "belarus_government", "NP object of 'condemning'", ctx="Belarusian regime")
DEL("No election can be considered free, fair", Q, "western_governments", "joint statement (seed span form)")
PEJ("regime", OUT, "", "belarus_government", "NP object of 'condemned'", ctx="Lukashenko regime")

# ---------------------------------------------------------------- b15 Kyiv Post 2020-09-23 (secret inauguration)
art("b15_kyivpost_2020")
S("indirect", "the winner of presidential elections widely viewed as forged", "", "", "declared", "declare", "",
  "[unattributed] agentless passive 'who was declared the winner of …' (naming small clause); declarer not named (the CEC); syntactic complement incl. the reduced relative")
S("indirect", "he had no clue about the event and that a Russian delegation wasn’t invited", "Dmitry Peskov", "peskov", "told", "tell", "russian_government", "apposition excluded; cue 'told' (+ the RBC news agency)")
S("indirect", "Lukashenko leave the office", "over 100,000 people", "belarus_protesters", "demanding", "demand", "citizen", "request; 'consider to be forged' = belief, not coded")
S("direct", "Today we witnessed an unprecedented situation,", "Pavel Latushko", "latushka", "wrote", "write", "belarus_opposition", "[inverted] 'in his Telegram channel' excluded")
S("direct", "The president, who claims to have won more than 80% of the vote, conducted a special operation to inaugurate himself, under the protection of riot police, in an atmosphere of secrecy, within a narrow circle of hastily organized officials,",
  "Latushko", "latushka", "said", "say", "belarus_opposition", "[inverted]")
S("direct", "Where are the jubilant citizens?", "he", "latushka", "added", "add", "belarus_opposition", "[inverted] he = Latushko")
TITLE("President", OUT, "", "", ctx="Belarusian President Alexander")
DEL("forged", OUT, "", "'widely viewed as forged': belief, not speech -> outlet voice (set A rule); 'declared the winner' not coded (its clause holds the delegitimising term)", ctx="viewed as forged")
DATE("Sept. 23", "2020-09-23")
DATE("Aug. 9", "2020-08-09")
DEL("forged", OUT, "", "'which the international community … consider to be forged': belief -> outlet voice", ctx="to be forged")
F("100,000", "100000", "people", "count", qual="over", note="protesters")
DATE("Sunday", "", "unresolved: recurring weekday ('each Sunday')")
DATE("Sept. 2", "2020-09-02", "", ctx="on Sept. 2 after")
TITLE("president", Q, "latushka", "Latushko's direct quote", ctx="The president, who")
F("80%", "80", "percent", "vote_share", qual="more than", subject="lukashenko", stage="final", note="claimed share in Latushko's quote")
DEL("inaugurate himself", Q, "latushka", "cf. 'self-inauguration' (set A); 'claims to have won' = distancing, win not coded")

# ---------------------------------------------------------------- b16 European Pravda 2025-01-26 (Kallas/Kos statement)
art("b16_europeanpravda_2025")
S("indirect", "the 26 January \"elections\" in Belarus a sham", "a joint statement", "eu", "declaring", "declare", "eu_institution",
  "[document-source] the joint statement of Kallas and Kos (EU HR/VP and Commissioner -> eu); naming small clause", key="j")
S("partial", "elections", "a joint statement", "eu", "declaring", "declare", "eu_institution",
  "[quote-mark-oddity] quoted fragment inside the statement's clause = partial by the rule of §10.9; probably the outlet's house-style scare quote (it writes so-called \"elections\" elsewhere)", parent="j", ctx="January \"elections\" in")
S("indirect", "the elections held in Belarus today were neither free nor fair, with ruthless and unprecedented repression of human rights, restrictions on political participation, and limitations on access to independent media completely stripping the electoral process of any legitimacy",
  "Kallas and Kos", "eu", "stated", "state", "eu_institution", "coordinated subject -> eu (HR/VP and Commissioner)")
S("indirect", "the Lukashenko regime’s decision to invite the Organisation for Security and Cooperation in Europe / Office for Democratic Institutions and Human Rights only 10 days before the elections deprived this independent body of access to key stages of the electoral process",
  "They", "eu", "noted", "note", "eu_institution", "They = Kallas and Kos")
S("direct", "This is yet another proof of a total absence of credibility of these elections,", "Kallas and Kos", "eu", "asserted", "assert", "eu_institution", "[inverted]")
S("direct", "For these reasons, as well as the involvement of the Belarusian regime in Russia's war of aggression against Ukraine and its hybrid attacks against its neighbours, the EU will continue imposing restrictive and targeted measures against the regime, while financially supporting civil society, Belarusian democratic forces in exile, and Belarusian culture. Once Belarus embarks on a democratic transition, the EU is ready to support the country, stabilise its economy and reform its institutions.",
  "Kallas and Kos", "eu", "", "", "eu_institution", "[continuation] introduced by the label 'Quote:' (not a cue); speaker from the preceding paragraphs")
DATE("26 January", "2025-01-26", "", ctx="the 26 January")
DEL("sham", Q, "eu", "predicative part of 'declaring X a sham'")
DEL("neither free nor fair", Q, "eu", "content of 'stated'")
DEL("stripping the electoral process of any legitimacy", Q, "eu", "")
PEJ("regime", Q, "eu", "belarus_government", "content of 'noted'", ctx="Lukashenko regime’s")
F("10 days", "10", "days", "duration", qual="only", note="invitation to ODIHR before the election")
DEL("total absence of credibility", Q, "eu", "direct quote")
PEJ("regime", Q, "eu", "belarus_government", "continuation quote", ctx="the Belarusian regime in")
PEJ("regime", Q, "eu", "belarus_government", "continuation quote", ctx="against the regime,")
DATE("26 January", "2025-01-26", "Background bullet", ctx="elections on 26 January")
PEJ("self-proclaimed Belarusian president", OUT, "", "lukashenko", "'self-proclaimed president' with the nationality adjective inside (contiguous span); no separate title row (same lexicon, no overlap)")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="term")

# ---------------------------------------------------------------- b17 Politico Europe 2025-01-27 (Putin congratulates)
art("b17_politico_2025")
S("direct", "Dear Aleksandr Grigorievich, I sincerely congratulate you on your reelection as President of the Republic of Belarus,", "Putin", "putin", "said", "say", "russian_government",
  "[inverted] 'congratulated … on winning a sham presidential election' (lead) not coded: NP object")
S("direct", "Your convincing victory in the elections clearly demonstrates your high political authority, as well as the undoubted support of the population for the state course that Belarus follows,",
  "he", "putin", "added", "add", "russian_government", "[inverted] he = Putin")
S("indirect", "Lukashenko, who has ruled Belarus for more than 30 years, won a presidential election on Sunday with 86.82 percent of vote", "Belarusian state media", "", "according to", "according to", "media",
  "[inverted] vague collective (state media; BelTA not named); 'marking his seventh term …' excluded")
S("indirect", "Chinese President Xi Jinping also congratulated Lukashenko on Monday", "Chinese state media", "", "according to", "according to", "media", "[inverted] vague collective (Xinhua not named)")
REC("congratulated", OUT, "", "", ctx="Putin congratulated")
DEL("sham", OUT, "", "'winning a sham presidential election': win word not coded (its clause holds the delegitimising term)")
REC("congratulate", Q, "putin", "direct quote", ctx="I sincerely congratulate")
LEG("reelection", Q, "putin", "object of the congratulation")
TITLE("President", Q, "putin", "direct quote", ctx="as President of the Republic")
DATE("Monday", "2025-01-27", "", ctx="said Monday")
LEG("convincing victory", Q, "putin", "")
LEG("high political authority", Q, "putin", "")
LEG("undoubted support", Q, "putin", "cf. 'undisputed [public] support', 'unwavering support' (set A)")
F("30 years", "30", "years", "duration", qual="more than", subject="lukashenko", note="tenure")
LEG("won", Q, "", "content of 'according to Belarusian state media' (a named source -> quoted; speaker not a single listed actor)", ctx="won a presidential election on Sunday")
DATE("Sunday", "2025-01-26")
F("86.82 percent", "86.82", "percent", "vote_share", subject="lukashenko", stage="preliminary", note="CEC preliminary result of 27 Jan as reported by state media")
F("seventh", "7", "ordinal", "ordinal", subject="lukashenko", note="term")
F("half a million", "500000", "people", "count", qual="more than", note="fled Belarus; fraction with scale word")
DEL("rigged", OUT, "", "'last rigged election victory': 'victory' not coded (delegitimising modifier)")
DATE("2020", "2020")
PEJ("regime", OUT, "", "belarus_government", "'Lukashenko’s regime'")
F("thousands", "1000", "people", "count", note="political prisoners jailed; vague plural numeral, value = scale word (lower bound)")
REC("congratulated", Q, "", "content of 'according to Chinese state media' (named source -> quoted; speaker not a single listed actor); the act is Xi's", ctx="also congratulated")
DATE("Monday", "2025-01-27", "", ctx="Lukashenko on Monday")
