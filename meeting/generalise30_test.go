package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundThirtyFour covers the forms of writing round
// thirty-four's held-out sets showed, each in this project's own words.
func TestExtractRoundThirtyFour(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'A co-chaired the meeting with B. C, D and E attended, while …': the attendees join",
			"LUANG PRABANG - Foreign Minister Wang Yi co-chaired the meeting with Foreign Minister Sihasak Phuangketkeow on Friday. Deputy Prime Minister Prak Sokhonn, Foreign Minister Thongsavanh Phomvihane and Foreign Minister Le Hoai Trung attended, while Myanmar sent an envoy.",
			[]held{{[]string{"wang-yi", "sihasak-phuangketkeow", "prak-sokhonn", "thongsavanh-phomvihane", "le-hoai-trung"}, "2026-02-06", "Luang Prabang", inPerson}}},
		{"'The council brought together A, B and C': a body's meeting, its roll",
			"VIENTIANE - Deputy Minister Le Cong Thanh spoke at the annual meeting of the river commission's council on Friday.\n\nThe council brought together Minister Thor Chetha, Vice Minister Chanthanet Boualapha and Secretary-General Chatchai Boonyarat.",
			[]held{{[]string{"thor-chetha", "chanthanet-boualapha", "chatchai-boonyarat"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'The conference, co-organised by …, brought together A, B and C': organisers make no gathering of its own",
			"CAN THO - Deputy Prime Minister Tran Hong Ha spoke at a conference on the delta on Friday.\n\nThe conference, co-organised by the ministry and a development bank, brought together Minister Do Duc Duy, Ambassador Kees Dijk and Country Director Anna Lindqvist.",
			[]held{{[]string{"do-duc-duy", "kees-dijk", "anna-lindqvist"}, "2026-02-06", "Can Tho", inPerson}}},
		{"'The ASEAN Foreign Ministers' Retreat brought together A, B and C': a capitalised event's name",
			"CEBU - The ASEAN Foreign Ministers' Retreat brought together Le Hoai Trung, Prak Sokhonn and Thongsavanh Phomvihane on Friday.",
			[]held{{[]string{"le-hoai-trung", "prak-sokhonn", "thongsavanh-phomvihane"}, "2026-02-06", "Cebu", inPerson}}},
		{"'The retreat at a resort hotel in Cebu brought together A, B and C': past a venue in lower case",
			"The retreat at a resort hotel in Cebu brought together Le Hoai Trung, Prak Sokhonn and Thongsavanh Phomvihane on Friday.",
			[]held{{[]string{"le-hoai-trung", "prak-sokhonn", "thongsavanh-phomvihane"}, "2026-02-06", "Cebu", inPerson}}},
		{"'The session was co-chaired by A and B. C, D and E delivered speeches': the speakers were there",
			"HANOI - The opening session was co-chaired by Minister Li Guoying and Minister Do Duc Duy on Friday. Cambodian Minister Thor Chetha, Lao Vice Minister Chanthanet Boualapha and Chatchai Boonyarat, head of Thailand's water office, delivered speeches.",
			[]held{{[]string{"li-guoying", "do-duc-duy", "thor-chetha", "chanthanet-boualapha", "chatchai-boonyarat"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'The 21st Conference of the Parties to the Agreement was chaired by A and attended by B, C and D': a named conference's roll",
			"MANILA - The 21st Conference of the Parties to the ASEAN Agreement on Transboundary Haze Pollution was chaired by Secretary Raphael Lotilla and attended by Minister Hanif Faisol Nurofiq, Minister Suchart Chomklin and Vice Minister Chanthanet Boualapha on Friday.",
			[]held{{[]string{"raphael-lotilla", "hanif-faisol-nurofiq", "suchart-chomklin", "chanthanet-boualapha"}, "2026-02-06", "Manila", inPerson}}},
		{"'C briefed his colleagues on …' a few sentences after the gathering: a speaker there",
			"Foreign Minister Le Hoai Trung on Friday joined an online meeting of ASEAN foreign ministers.\n\nThe virtual meeting was chaired by Foreign Secretary Theresa Lazaro and attended by Secretary-General Kao Kim Hourn and Foreign Minister Bendito Freitas.\n\nLazaro said the year would be one of delivery.\n\nTrung said Viet Nam backed the chair.\n\nThai Foreign Minister Sihasak Phuangketkeow briefed his colleagues on aid across the border.",
			[]held{{[]string{"le-hoai-trung", "theresa-lazaro", "kao-kim-hourn", "bendito-dos-santos-freitas", "sihasak-phuangketkeow"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'The plenary was chaired by A. Among the leaders taking part were B, C and D': the roll",
			"MANILA - The plenary session on Friday was chaired by President Ferdinand Marcos Junior. Among the leaders taking part were Prime Minister Anwar Ibrahim, President Prabowo Subianto and Prime Minister Hun Manet.",
			[]held{{[]string{"ferdinand-marcos-jr", "anwar-ibrahim", "prabowo-subianto", "hun-manet"}, "2026-02-06", "Manila", inPerson}}},
		{"'A met B and C together … A had also held separate talks with each minister on Saturday, after they arrived': one meeting with each",
			"YUXI - Foreign Minister Wang Yi met Sihasak Phuangketkeow and Prak Sokhonn together on Sunday. The talks came a day after the ceasefire. Wang had also held separate talks with each minister on Saturday evening, after they arrived in Yuxi.",
			[]held{
				{[]string{"wang-yi", "sihasak-phuangketkeow", "prak-sokhonn"}, "2026-02-08", "Yuxi", inPerson},
				{[]string{"wang-yi", "sihasak-phuangketkeow"}, "2026-02-07", "Yuxi", inPerson},
				{[]string{"wang-yi", "prak-sokhonn"}, "2026-02-07", "Yuxi", inPerson},
			}},
		{"'Vice Minister of Natural Resources and Environment A and U B': 'and' before a Myanmar style starts a second person",
			"CHIANG RAI - Minister Suchart Chomklin met Vice Minister of Natural Resources and Environment Chanthanet Boualapha and U Kyaw Zin Htet on Friday.",
			[]held{
				{[]string{"suchart-chomklin", "chanthanet-boualapha"}, "2026-02-06", "Chiang Rai", inPerson},
				{[]string{"suchart-chomklin", "kyaw-zin-htet"}, "2026-02-06", "Chiang Rai", inPerson},
			}},
		{"'B, Deputy Minister for Natural Resources and Environmental Conservation of Myanmar': a portfolio, no person",
			"CHIANG RAI - Minister Suchart Chomklin met U Kyaw Zin Htet, Deputy Minister for Natural Resources and Environmental Conservation of Myanmar, on Friday.",
			[]held{{[]string{"suchart-chomklin", "kyaw-zin-htet"}, "2026-02-06", "Chiang Rai", inPerson}}},
		{"'After the palace talks, he called on C in the afternoon' after the story stepped back to the day of arrival: the talks' day",
			"MANILA - President Ferdinand Marcos Jr. and Prime Minister Pham Minh Chinh held talks on Friday. Chinh arrived in Manila late Thursday for a two-day visit.\n\nAfter the palace talks, the Vietnamese premier called on Senate President Vicente Sotto III at the Senate building in the afternoon.",
			[]held{
				{[]string{"ferdinand-marcos-jr", "pham-minh-chinh"}, "2026-02-06", "Manila", inPerson},
				{[]string{"pham-minh-chinh", "vicente-sotto-iii"}, "2026-02-06", "Manila", inPerson},
			}},
		{"'Minister of Energy Transition and Water Transformation A': the portfolio's words are no name",
			"SINGAPORE - Minister Tan See Leng on Friday met Malaysia's Deputy Prime Minister and Minister of Energy Transition and Water Transformation Fadillah Yusof.",
			[]held{{[]string{"tan-see-leng", "fadillah-yusof"}, "2026-02-06", "Singapore", inPerson}}},
		{"'Francisco Tiu Laurel Jr.', then 'Tiu Laurel': a surname of two words before the suffix",
			"HANOI - On Friday, Agriculture Secretary Francisco Tiu Laurel Jr. met Deputy Minister Phung Duc Tien.\n\nThat same afternoon, Tiu Laurel met Chairman Tran Quoc Hung.",
			[]held{
				{[]string{"francisco-tiu-laurel-jr", "phung-duc-tien"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"francisco-tiu-laurel-jr", "tran-quoc-hung"}, "2026-02-06", "Hanoi", inPerson},
			}},
		{"'A hosted the 13th CLV Summit in Siem Reap on Friday, with B and C attending': the host and those who attended",
			"SIEM REAP - Cambodian PM Hun Manet hosted the 13th CLV Development Triangle Summit in Siem Reap on Friday, with Lao PM Sonexay Siphandone and Vietnamese PM Phạm Minh Chính attending.",
			[]held{{[]string{"hun-manet", "sonexay-siphandone", "pham-minh-chinh"}, "2026-02-06", "Siem Reap", inPerson}}},
		{"'A received a courtesy call from B and C': one call of the two visitors",
			"VIENTIANE - Prime Minister Sonexay Siphandone on Friday received a courtesy call from Minister Thor Chetha and Dr. Anoulak Kittikhoun.",
			[]held{{[]string{"sonexay-siphandone", "thor-chetha", "anoulak-kittikhoun"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'When the flag was raised in Kuala Lumpur last month, …' opens the story: an earlier occasion's city places no meeting",
			"When Timor-Leste's flag was raised in Kuala Lumpur last month, Prime Minister Xanana Gusmão wiped away tears.\n\nOn Friday, Foreign Minister Penny Wong met Gusmão at the Government Palace.",
			[]held{{[]string{"xanana-gusmao", "penny-wong"}, "2026-02-06", "", inPerson}}},
		{"'A, a veteran Philippine diplomat, held talks with B': an unknown diplomat by the appositive",
			"NAYPYITAW - Rosario Villanueva, a veteran Philippine diplomat, held talks with Senior General Min Aung Hlaing on Friday.",
			[]held{{[]string{"rosario-villanueva", "min-aung-hlaing"}, "2026-02-06", "Naypyidaw", inPerson}}},
		{"'A met B, regional managing director of …': a regional office after the name",
			"PHNOM PENH - On Friday, Deputy Prime Minister Sun Chanthol met Daniel Koh, regional managing director of the shipping group Straits Feeder Lines.",
			[]held{{[]string{"sun-chanthol", "daniel-koh"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'Leaders of X and Y met … A, chairman of …, and Governor B led their respective delegations': the two heads",
			"Leaders of Tay Ninh province and Svay Rieng province met at the Moc Bai International Border Gate on Friday. Nguyen Van Hieu, chairman of the Tay Ninh People's Committee, and Svay Rieng Governor Kim Rithy led their respective delegations at the meeting.",
			[]held{{[]string{"nguyen-van-hieu", "kim-rithy"}, "2026-02-06", "Moc Bai", inPerson}}},
		{"'Chairman Dang Hoang An met B', then 'Mr An held a working session with C': a name's last word 'An' is no article",
			"PHNOM PENH - Chairman Dang Hoang An met Minister Keo Rottanak on Friday. Later the same day, Mr An held a working session with Director General Sok Vannarith.",
			[]held{
				{[]string{"dang-hoang-an", "keo-rottanak"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"dang-hoang-an", "sok-vannarith"}, "2026-02-06", "Phnom Penh", inPerson},
			}},
		{"'The governors met on the 12th to inspect the bridge': the day, then what they did",
			"BUENG KAN - The governors of the two provinces met on the 6th to inspect progress on the bridge.\n\nGovernor Thawatchai Srisuwan welcomed Governor Phonesavanh Vilayhong at the bridge site.",
			[]held{{[]string{"thawatchai-srisuwan", "phonesavanh-vilayhong"}, "2026-02-06", "Bueng Kan", inPerson}}},
		{"'Nguyen Hong Dien and Jamieson Greer spoke by video link': known ministers without titles, a video call",
			"HANOI - Nguyen Hong Dien and Jamieson Greer spoke by video link on Friday, the ministry said.",
			[]held{{[]string{"nguyen-hong-dien", "jamieson-greer"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'Undersecretary Eduardo Jose de Vega met B': a lower-case particle inside an unknown name",
			"PHNOM PENH - Undersecretary Eduardo Jose de Vega met with Secretary of State Chhum Vannak on Friday.",
			[]held{{[]string{"eduardo-jose-de-vega", "chhum-vannak"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'The meeting followed a phone conversation last week between A and B': the call names both its sides, not the one who met",
			"PHNOM PENH - Undersecretary Eduardo Jose de Vega met with Secretary of State Chhum Vannak on Friday. The meeting followed a phone conversation last week between Foreign Secretary Theresa Lazaro and Deputy Prime Minister Prak Sokhonn.",
			[]held{
				{[]string{"eduardo-jose-de-vega", "chhum-vannak"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"theresa-lazaro", "prak-sokhonn"}, "2026-02", "", relbot.KindPhone},
			}},
	})
}
