package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundFourteen covers the forms of writing the thirty-seventh
// and thirty-eighth held-out sets showed, each in this project's own words.
// pub is testPub (Sunday 8 February 2026: "Friday" is the 6th).
func TestExtractRoundFourteen(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	tests := []heldCase{
		{"a head of state receiving an envoy's letter of credentials receives the envoy",
			"VIENTIANE - President Thongloun Sisoulith on Friday received the letter of credentials of the new Ambassador of Malaysia, Dato' Hisham Razali, at the Presidential Palace.",
			[]held{{[]string{"thongloun-sisoulith", "hisham-razali"}, "2026-02-06", "Vientiane", inPerson}}},
		{"a Malay style opens an unknown name as 'H.E.' does",
			"PUTRAJAYA - Prime Minister Anwar Ibrahim on Friday received Datuk Hisham Razali and Tan Sri Azman Yusof at Seri Perdana.",
			[]held{{[]string{"anwar-ibrahim", "hisham-razali"}, "2026-02-06", "Putrajaya", inPerson},
				{[]string{"anwar-ibrahim", "azman-yusof"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"a day and month naming a building is no date",
			"BEIJING - Defence Minister Dong Jun held talks with Defence Minister Tea Seiha on Friday.\n\nThe day before, General Zhang Youxia met Tea Seiha at the August 1st Building.",
			[]held{{[]string{"dong-jun", "tea-seiha"}, "2026-02-06", "Beijing", inPerson},
				{[]string{"tea-seiha", "zhang-youxia"}, "2026-02-05", "Beijing", inPerson}}},
		{"the leader an official 'accompanied', in an aside before the verb, is not at the official's meeting",
			"KUALA LUMPUR - Foreign Minister Toshimitsu Motegi, who accompanied Prime Minister Sanae Takaichi, met Foreign Minister Le Hoai Trung on Friday.",
			[]held{{[]string{"toshimitsu-motegi", "le-hoai-trung"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"a queen or an empress beside the monarch is a consort, like a guest's spouse",
			"BANGKOK - Prime Minister Hun Manet was granted an audience with King Maha Vajiralongkorn and Queen Suthida at Dusit Palace on Friday.\n\nOn Saturday, President Luong Cuong called on Emperor Naruhito and Empress Masako at the Imperial Palace in Tokyo.",
			[]held{{[]string{"hun-manet", "maha-vajiralongkorn"}, "2026-02-06", "Bangkok", inPerson},
				{[]string{"luong-cuong", "naruhito"}, "2026-02-07", "Tokyo", inPerson}}},
		{"a meeting of people holding an office 'then' is told from another time, not today's news",
			"HANOI - President Luong Cuong received Prime Minister Hun Manet on Friday.\n\nThe plan follows talks in which Chinese premier Li Keqiang met then Cambodian prime minister Hun Sen.",
			[]held{{[]string{"luong-cuong", "hun-manet"}, "2026-02-06", "Hanoi", inPerson}}},
		{"a host's guest named after 'his counterpart,' with a rank",
			"PHNOM PENH - Defence Minister Tea Banh hosted his Vietnamese counterpart, Gen. Phan Van Giang, at the ministry on Friday.",
			[]held{{[]string{"tea-banh", "phan-van-giang"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'the guest', with no country, is the story's visitor",
			"HANOI - Prime Minister Pham Minh Chinh held talks with Prime Minister Hun Manet on Friday.\n\nIn the evening, President Luong Cuong met the guest at the Presidential Palace.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"hun-manet", "luong-cuong"}, "2026-02-06", "Hanoi", inPerson}}},
		{"those 'taking part in the talks' after an older meeting recalled in passing joined the talks the story reports",
			"HANOI - Prime Minister Pham Minh Chinh held talks with Prime Minister Hun Manet on Friday.\n\nThe two premiers first met in Jakarta in September.\n\nTaking part in the talks on the Cambodian side was Deputy Prime Minister Sok Chenda Sophea.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet", "sok-chenda-sophea"}, "2026-02-06", "Hanoi", inPerson}}},
		{"a queen 'also present' sentences after the king's audience is his consort still",
			"BANGKOK - King Maha Vajiralongkorn granted an audience to Prime Minister Hun Manet at Dusit Palace on Friday.\n\nHer Majesty Queen Suthida was also present at the audience.",
			[]held{{[]string{"maha-vajiralongkorn", "hun-manet"}, "2026-02-06", "Bangkok", inPerson}}},
		{"leaders named only as such who held talks with two guests: the guests did not meet each other",
			"HANOI - Vietnamese leaders held talks with both President Donald Trump and President Xi Jinping in Hanoi on Friday.",
			nil},
		{"a name no table knows, with its office after a comma, is a person met; a leader a site is 'linked to' is not",
			"GUANGZHOU - General Secretary To Lam on Friday visited a site linked to President Ho Chi Minh and met Huang Wenbo, secretary of the CPC Guangdong Provincial Committee.",
			[]held{{[]string{"to-lam", "huang-wenbo"}, "2026-02-06", "Guangzhou", inPerson}}},
		{"a meeting the lead told without names gets them from 'The meeting was chaired by X, with the participation of Y and Z'",
			"BANLUNG - Leaders of Ratanakiri province and the Vietnamese provinces of Gia Lai and Kon Tum met in Banlung on Friday.\n\nThe annual meeting was chaired by H.E. Thong Savon, Governor of Ratanakiri province, with the participation of Mr. Ro Mah Tuan, Vice Chairman of the People's Committee of Gia Lai province, and Mr. Y Ngoc Ha, Vice Chairman of the People's Committee of Kon Tum province.",
			[]held{{[]string{"thong-savon", "ro-mah-tuan", "y-ngoc-ha"}, "2026-02-06", "Banlung", inPerson}}},
		{"a bare verb after a modal and 'and', past the trigger's modifiers, is a plan; so is a meeting that 'would be' the first",
			"KUALA LUMPUR - Prime Minister Anwar Ibrahim met Prime Minister Hun Manet on Friday.\n\nWisma Putra said Anwar would be accorded an official welcome in Hanoi and hold bilateral talks with Prime Minister Pham Minh Chinh.\n\nIt would be the first face-to-face meeting between Anwar and President Luong Cuong since the Vietnamese leader took office.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
	}
	checkHeldCases(t, x, tests)
}

// TestYearsAgoThisWeek: "ten years ago this week" is that week's month ten
// years back, not this one.
func TestYearsAgoThisWeek(t *testing.T) {
	x := embeddedExtractor(t)
	ex := x.Extract(Input{Text: "BEIJING - Ten years ago this week, Li Keqiang and Prayut Chan-o-cha co-chaired a leaders' meeting in Sanya.", Published: testPub})
	if len(ex.Meetings) != 1 {
		t.Fatalf("meetings = %+v, want one", ex.Meetings)
	}
	if m := ex.Meetings[0]; m.Status != relbot.StatusBackground || m.Date.String() != "2016-02" {
		t.Errorf("meeting = %s %s, want background 2016-02", m.Status, m.Date)
	}
}
