// Package meeting knows who met whom: the actor gazetteer (the embedded
// actors.yaml plus the user's file and the unverified actors found in
// articles), the extraction of the meetings an article reports, merging
// reports of one meeting, the relations query parser and its answer, and the
// evaluation on a labelled corpus.
//
// Extraction is rule-based and built for wire copy in general (VNA, AKP,
// Xinhua, Khmer Times, Nhân Dân). Each sentence is tokenized and folded;
// actors are found by name, alias, short form (once the article has named
// them in full), role phrase resolved by the article's date ("the Cambodian
// Prime Minister" is Hun Manet in 2026, Hun Sen in 2022), title followed by an
// unknown name ("Ambassador Nguyễn Minh Vũ" becomes an unverified actor) and
// reference ("the Vietnamese leader", "his Cambodian counterpart", "the two
// leaders"). A verb or noun of meeting ("held talks", "was received by",
// "paid a courtesy call on", "phone talks", "at the talks") joins them.
//
// Each sentence keeps its own participants: one actor meeting several others
// in one clause ("held separate meetings with", "also met Prime Minister X
// and Chairman Y", phone calls) gives one bilateral per other, while three or
// more named together as subjects, or a trilateral, make a group. Verbs that
// need a person as object ("called on", "visited", "spoke to") count only
// when one follows, negated verbs ("did not receive", "declined to meet") and
// their subjects take no part, and a relative clause ("Ishiba, who also met
// Lâm on Monday, will travel to Manila") bounds the meeting's clause.
//
// A place is a city written as one ("in Hanoi", "at the Kuala Lumpur
// Convention Centre", "before leaving Hanoi", "here"), never a word of a
// person's name or an adjective ("Singapore Prime Minister"); without one
// the meeting takes the place of the article's meeting that day, the capital
// visited, the dateline, or a meeting of the day before.
//
// Status guards the answers: a meeting announced ("is scheduled to meet",
// "next week") is planned, one recalled ("had met", "recalled their talks",
// a date weeks before publication, a month before the month of publication)
// is background, and a letter or message is no meeting at all. A past
// perfect in reported speech about a recent day ("Anwar said he had spoken
// to Phumtham on Thursday") is the reported event, not a recollection. Only
// past meetings are answered.
//
// Dates resolve against the dateline's day when the dateline has one, else
// against the publication date in the outlet's own zone, and never fall
// after publication. A meeting whose sentence gives no date takes the day
// the story has moved to since the last meeting it reported ("arrived on the
// afternoon of July 12. … the King held talks with him"), else the day of a
// meeting the sentence before dated, else the dateline's date, else the date
// the lead gives for the main event; "later in the afternoon" and "on the
// same day" count from that day or from the last meeting held, never from
// one recalled.
//
// A report also sets meetings apart from its own occasion: one dated more
// than a few days before the lead's event, one years away ("a year and a
// half after that of his predecessor"), one on an earlier leg of a tour (in
// another country's capital before the visit the article reports), and the
// chairs of a summit or plenary, are no meetings of the story.
//
// The story's protagonists guide references: "the Cambodian leader" is the
// Cambodian who has been meeting before one greeted in passing, a bare "the
// Prime Minister" goes on with the subject of the last meeting, and "the
// King" on a visit is the host's (the visit's country follows from its
// visitor's: "the Cambodian premier's visit" with Srettha is to Thailand).
// A list of hosts meeting one guest "separately" gives one meeting per
// host; a singular "a meeting he hosted with X and Y" is one meeting of
// three. A refused request ("declined a request for a meeting"), a goal
// met ("to meet the target") and a meeting "to be held" are no meetings
// held; a month-only mention of a pair the article dates to the day is
// background; a call dated loosely by the lead takes the date written
// beside "the call" in the next sentence. The lead's city ("at a ceremony
// in Kuala Lumpur", "left Phnom Penh") beats a newsroom's dateline, and a
// venue that speaks ("a White House official said") is no place.
package meeting
