package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundEleven covers the forms of writing the nineteenth and
// twentieth held-out sets showed, each in this project's own words. pub is
// testPub (Sunday 8 February 2026: "Friday" is the 6th).
func TestExtractRoundEleven(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	tests := []heldCase{
		{"a meeting placed before 'was also attended by' keeps its attendees and its place",
			"Hun Manet on Friday received Nguyen Thi Phuong Thao, chief executive of an airline.\n\nThe meeting at the Peace Palace in Phnom Penh was also attended by Ambassador Nguyen Minh Vu.",
			[]held{{[]string{"hun-manet", "nguyen-thi-phuong-thao", "nguyen-minh-vu"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a signing witnessed by two leaders is a meeting of all four",
			"KUALA LUMPUR - Anutin Charnvirakul and Hun Manet on Friday signed a joint declaration in a ceremony witnessed by Donald Trump and Anwar Ibrahim.",
			[]held{{[]string{"anutin-charnvirakul", "hun-manet", "donald-trump", "anwar-ibrahim"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"talks someone was encouraged to engage in are no meeting; calls reported 'hours after' are the same day's",
			"WASHINGTON, Feb. 6 (Reuters) - Marco Rubio spoke by phone on Friday with Prak Sokhonn.\n\nThe Secretary encouraged both sides to engage in direct talks.\n\nThe call came hours after Donald Trump said he had spoken by phone with Hun Manet.",
			[]held{{[]string{"marco-rubio", "prak-sokhonn"}, "2026-02-06", "", relbot.KindPhone},
				{[]string{"donald-trump", "hun-manet"}, "2026-02-06", "", relbot.KindPhone}}},
		{"a participle opening the sentence is no part of the guest's name",
			"TOKYO - Phạm Minh Chính on Friday received leaders of several Japanese corporations.\n\nReceiving Motoya Okada, President and CEO of AEON Group, PM Chính praised the retailer's results.",
			[]held{{[]string{"pham-minh-chinh", "motoya-okada"}, "2026-02-06", "Tokyo", inPerson}}},
		{"a deputy secretary heads the delegation; 'the Bình Thuận delegation' is its head; a province's town is the place",
			"A delegation led by Phạm Vũ Hồng, Deputy Secretary of the provincial Party Committee, paid a working visit to Kampot and Kep from February 5 to 6.\n\nOn Friday, the Bình Thuận delegation was received by Kep Governor Ken Satha in Kep.",
			[]held{{[]string{"pham-vu-hong", "ken-satha"}, "2026-02-06", "Kep", inPerson}}},
		{"a province of two words ends where the name starts; a city visited is the talks' place",
			"Secretary of the Party Committee of the province of An Giang Lê Hồng Quang on Friday visited Kampot and held talks with Governor Mao Thonin.",
			[]held{{[]string{"le-hong-quang", "mao-thonin"}, "2026-02-06", "Kampot", inPerson}}},
		{"those who joined the two leaders are of their meeting; an airport landed at is no place",
			"PUTRAJAYA, Feb 6 (Bernama) -- Prime Minister Anwar Ibrahim and Indonesian President Prabowo Subianto today agreed to instruct their officials to speed up negotiations on the maritime boundary.\n\nThe two leaders held a four-eyes meeting at Perdana Putra before they were joined by Foreign Minister Mohamad Hasan and his Indonesian counterpart Sugiono for the delegation-level talks.\n\nPrabowo, who arrived at the Kuala Lumpur International Airport this morning, was welcomed at a ceremony before the talks.",
			[]held{{[]string{"anwar-ibrahim", "prabowo-subianto", "mohamad-hasan", "sugiono"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'They were joined by' adds to the meeting; a visit paid to a former prime minister is a meeting",
			"Paetongtarn Shinawatra and Anwar Ibrahim on Friday agreed to resume the peace dialogue in Bangkok.\n\nThey were joined by Maris Sangiampongsa and Mohamad Hasan for the second half of the meeting.\n\nOn Friday night, Mr Anwar paid a visit to former prime minister Thaksin Shinawatra at his residence in Bangkok.",
			[]held{{[]string{"paetongtarn-shinawatra", "anwar-ibrahim", "maris-sangiampongsa", "mohamad-hasan"}, "2026-02-06", "Bangkok", inPerson},
				{[]string{"anwar-ibrahim", "thaksin-shinawatra"}, "2026-02-06", "Bangkok", inPerson}}},
		{"a meeting that 'would review' is still to come",
			"SINGAPORE - Lawrence Wong was granted an audience by Sultan Ibrahim at Istana Negara in Kuala Lumpur on Friday.\n\nWisma Putra said on Friday that the meeting between Wong and Anwar Ibrahim would review progress on water and airspace.",
			[]held{{[]string{"lawrence-wong", "sultan-ibrahim"}, "2026-02-06", "Kuala Lumpur", inPerson}}},
		{"one side's leader 'was joined by' his minister at the talks",
			"PUTRAJAYA - Hun Manet and Phumtham Wechayachai held talks hosted by Anwar Ibrahim on Friday.\n\nHun Manet was accompanied by Prak Sokhonn, while Phumtham was joined by Maris Sangiampongsa.",
			[]held{{[]string{"hun-manet", "phumtham-wechayachai", "anwar-ibrahim", "prak-sokhonn", "maris-sangiampongsa"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'Also present at the call were' paragraphs later; Myanmar's 'U' opens a name; an envoy named after his office",
			"NAY PYI TAW, 7 Feb — State Counsellor Daw Aung San Suu Kyi received Mr. Taro Kono, Minister for Foreign Affairs of Japan, here yesterday afternoon.\n\nDuring the meeting, they discussed bilateral cooperation.\n\nThe State Counsellor thanked Japan for its aid.\n\nThe Japanese Foreign Minister said Japan would continue its support.\n\nAlso present at the call were Union Minister for the Office of the State Counsellor U Kyaw Tint Swe, together with the Japanese Ambassador to Myanmar, Mr. Tateshi Higuchi.",
			[]held{{[]string{"aung-san-suu-kyi", "taro-kono", "kyaw-tint-swe", "tateshi-higuchi"}, "2026-02-06", "Naypyidaw", inPerson}}},
		{"'the same afternoon' counts from the day its sentence gave; 'On Thursday, a day before the summit' is one day",
			"Hun Manet returned to Phnom Penh yesterday after a visit to Laos.\n\nManet arrived in Vientiane last Wednesday and held talks the same afternoon with Sonexay Siphandone.\n\nOn Thursday, a day before the summit, Manet met Saleumxay Kommasith.",
			[]held{{[]string{"hun-manet", "sonexay-siphandone"}, "2026-02-04", "Vientiane", inPerson},
				{[]string{"hun-manet", "saleumxay-kommasith"}, "2026-02-05", "Vientiane", inPerson}}},
		{"someone the guest is asked to send wishes to is no guest",
			"PHNOM PENH - King Norodom Sihamoni on Friday received Ambassador Nguyen Minh Vu and asked him to convey his best wishes to General Secretary To Lam.",
			[]held{{[]string{"norodom-sihamoni", "nguyen-minh-vu"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"an outgoing ambassador is 'the ambassador' later, and his full name is known again",
			"VIENTIANE - Thongloun Sisoulith received Mr Nguyen Ba Hung, outgoing Ambassador of Viet Nam to the Lao PDR, on Friday.\n\nOn Thursday, the ambassador paid a farewell call on Prime Minister Sonexay Siphandone.\n\nOn Wednesday, Nguyen Ba Hung met Saleumxay Kommasith.",
			[]held{{[]string{"thongloun-sisoulith", "nguyen-ba-hung"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"nguyen-ba-hung", "sonexay-siphandone"}, "2026-02-05", "Vientiane", inPerson},
				{[]string{"nguyen-ba-hung", "saleumxay-kommasith"}, "2026-02-04", "Vientiane", inPerson}}},
		{"'the Lao legislative leader' is the guest; 'Thái' opens a Vietnamese name after an office",
			"HANOI - Lao National Assembly President Xaysomphone Phomvihane began an official visit to Viet Nam on Wednesday.\n\nOn Thursday, the Lao legislative leader paid a courtesy call on General Secretary Nguyễn Phú Trọng at the Party Central Committee's headquarters.\n\nIn Nghệ An on Friday, the Lao guest was received by Secretary of the provincial Party Committee Thái Thanh Quý.",
			[]held{{[]string{"xaysomphone-phomvihane", "nguyen-phu-trong"}, "2026-02-05", "Hanoi", inPerson},
				{[]string{"xaysomphone-phomvihane", "thai-thanh-quy"}, "2026-02-06", "Vinh", inPerson}}},
		{"a pronoun that opens a sentence keeps its antecedent as the subject",
			"HANOI - Khuon Sudary held talks with Tran Thanh Man on Friday.\n\nShe then called on Luong Cuong at the Presidential Palace.\n\nIn the afternoon, she met Pham Minh Chinh.",
			[]held{{[]string{"khuon-sudary", "tran-thanh-man"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"khuon-sudary", "luong-cuong"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"khuon-sudary", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"a call made 'before leaving Laos' was in Laos; one 'before flying to' a city was where the trip was",
			"Phnom Penh, February 7 (VNA) - Defence Minister Ngo Xuan Lich has concluded visits to Laos and Cambodia.\n\nOn February 4, Lich held talks with Chansamone Chanyalath in Vientiane.\n\nOn February 5, before leaving Laos, General Lich paid a courtesy call on Lao Prime Minister Thongloun Sisoulith.\n\nXi Jinping held talks with To Lam at the Party Central Committee headquarters on Thursday. On Friday, Xi met Pham Minh Chinh before flying to Kuala Lumpur.",
			[]held{{[]string{"ngo-xuan-lich", "chansamone-chanyalath"}, "2026-02-04", "Vientiane", inPerson},
				{[]string{"ngo-xuan-lich", "thongloun-sisoulith"}, "2026-02-05", "Vientiane", inPerson},
				{[]string{"xi-jinping", "to-lam"}, "2026-02-05", "Hanoi", inPerson},
				{[]string{"xi-jinping", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"a second guest spoken to at another time of day, before a comma's other clause",
			"PUTRAJAYA, Feb 7 (Bernama) -- Anwar Ibrahim said he spoke by telephone with Hun Manet last night and with Paetongtarn Shinawatra this morning, following Wednesday's exchange of fire.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet"}, "2026-02-06", "", relbot.KindPhone},
				{[]string{"anwar-ibrahim", "paetongtarn-shinawatra"}, "2026-02-07", "", relbot.KindPhone}}},
		{"an envoy 'also present at the meeting'",
			"HANOI - Nguyen Xuan Phuc on Thursday received Samdech Men Sam An.\n\nAmbassador Prak Nguon Hong was also present at the meeting.",
			[]held{{[]string{"nguyen-xuan-phuc", "men-sam-an", "prak-nguon-hong"}, "2026-02-05", "Hanoi", inPerson}}},
		{"'no need for such a meeting' is none; what the King agreed to in the next clause adds no one",
			"PHNOM PENH - Hun Sen said he had informed King Norodom Sihamoni of his decision during a royal audience at the palace on Friday, and that the monarch had agreed to appoint Hun Manet as prime minister.\n\nAsked whether he would seek a summit with To Lam on the canal, Hun Manet said there was no need for such a meeting.",
			[]held{{[]string{"hun-sen", "norodom-sihamoni"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"initials written without their stops; the defence ministers of two countries by their roles",
			"JAKARTA - Retno LP Marsudi met Prak Sokhonn on Friday.\n\nOn Saturday, the defence ministers of Japan and Australia held talks in Tokyo.",
			[]held{{[]string{"retno-marsudi", "prak-sokhonn"}, "2026-02-06", "Jakarta", inPerson},
				{[]string{"shinjiro-koizumi", "richard-marles"}, "2026-02-07", "Tokyo", inPerson}}},
		{"'in the morning' and a visit planned for later this year that the two discussed; 'Their meeting took place on Tuesday'",
			"CEBU CITY - Theresa Lazaro held bilateral meetings on Friday.\n\nLazaro met Foreign Minister Sugiono in the morning, with the two discussing migrant workers and the planned visit of President Prabowo Subianto to Manila later this year.\n\nEarlier this week, Lazaro also held talks with Bendito dos Santos Freitas. Their meeting took place on Tuesday, shortly after his arrival.",
			[]held{{[]string{"theresa-lazaro", "sugiono"}, "2026-02-06", "Cebu", inPerson},
				{[]string{"theresa-lazaro", "bendito-dos-santos-freitas"}, "2026-02-03", "Cebu", inPerson}}},
		{"a talk 'earlier in the morning' than the afternoon's reception",
			"Phnom Penh, February 8 (AKP) - Hun Sen received Tran Thanh Man at the Senate Palace yesterday afternoon.\n\nEarlier in the morning, Khuon Sudary and Tran Thanh Man held official talks at the National Assembly building.",
			[]held{{[]string{"hun-sen", "tran-thanh-man"}, "2026-02-07", "Phnom Penh", inPerson},
				{[]string{"tran-thanh-man", "khuon-sudary"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"'The Vietnamese delegation included …' right after the visit's first meeting; a province 'in the south'",
			"Phnom Penh, February 6 (VNA) - Bui Thanh Son and Prak Sokhonn co-chaired the meeting of the Joint Committee in Phnom Penh on Friday.\n\nThe Vietnamese delegation included Deputy Foreign Minister Nguyen Minh Hang and Ambassador Nguyen Minh Vu.\n\nChairman of the People's Committee of the southern province of An Giang Ho Van Mung on Friday received Governor Mao Thonin in Rach Gia.",
			[]held{{[]string{"bui-thanh-son", "prak-sokhonn", "nguyen-minh-hang", "nguyen-minh-vu"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"ho-van-mung", "mao-thonin"}, "2026-02-06", "Rach Gia", inPerson}}},
		{"'where they were joined by' two ministers, one of them 'Ma.' Theresa Lazaro",
			"MANILA - Ferdinand Marcos Jr. and Hun Manet on Friday agreed to expand the rice trade.\n\nThe two leaders met at Malacañang Palace, where they were joined by Foreign Affairs Secretary Ma. Theresa Lazaro and Foreign Minister Prak Sokhonn, during Hun Manet's visit.",
			[]held{{[]string{"ferdinand-marcos-jr", "hun-manet", "theresa-lazaro", "prak-sokhonn"}, "2026-02-06", "Manila", inPerson}}},
		{"'The Cambodian delegation was led by …, accompanied by …' names who met the hosts",
			"Tay Ninh, February 7 (VNA) - Secretary of the Tay Ninh provincial Party Committee Nguyen Van Quyet on Friday met with a delegation from Svay Rieng province at the border gate.\n\nThe Cambodian delegation was led by Svay Rieng Governor Chuon Sovann, accompanied by Deputy Governor Kim Rithy.",
			[]held{{[]string{"nguyen-van-quyet", "chuon-sovann", "kim-rithy"}, "2026-02-06", "Tay Ninh", inPerson}}},
		{"talks 'with the participation of' two more; an office after an unknown person's name is theirs",
			"HANOI - Tran Thanh Man held talks on Friday with Samdech Khuon Sudary.\n\nThe two leaders held talks with the participation of Vice Chairman Nguyen Duc Hai and Sok Narin, Chairman of the Cambodian NA's Commission on Foreign Affairs.",
			[]held{{[]string{"tran-thanh-man", "khuon-sudary", "nguyen-duc-hai", "sok-narin"}, "2026-02-06", "Hanoi", inPerson}}},
		{"a courtesy call received from a minister named before his country's office",
			"PHNOM PENH - Hun Manet on Friday received a courtesy call from Wang Wentao, China's Minister of Commerce, at the Peace Palace.",
			[]held{{[]string{"hun-manet", "wang-wentao"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"talks 'which were also attended by' two ministers; a banquet's guests are not",
			"SINGAPORE - Lawrence Wong and To Lam upgraded ties on Friday after talks between Mr Lam and Mr Wong at the Istana, which were also attended by Foreign Minister Vivian Balakrishnan and Deputy Prime Minister Bui Thanh Son.\n\nPresident Tharman Shanmugaratnam later hosted a state banquet for Lam, which was attended by Lee Hsien Loong.",
			[]held{{[]string{"lawrence-wong", "to-lam", "vivian-balakrishnan", "bui-thanh-son"}, "2026-02-06", "Singapore", inPerson},
				{[]string{"to-lam", "tharman-shanmugaratnam"}, "2026-02-06", "Singapore", inPerson}}},
		{"', a year after …' measures from another event; 'also took part in the talks'",
			"NEW YORK, Feb 6 (Reuters) - Joe Biden met To Lam on Friday, a year after the two countries upgraded their ties.\n\nAntony Blinken also took part in the talks, held at a hotel in Manhattan.",
			[]held{{[]string{"joe-biden", "to-lam", "antony-blinken"}, "2026-02-06", "New York", inPerson}}},
		{"', joined by' two ministers",
			"BOGOR - Anthony Albanese promised Indonesia a new chapter after a visit to Joko Widodo.\n\nThe two leaders, both in casual shirts, cycled around the palace gardens on Friday morning before sitting down for formal talks, joined by Foreign Minister Penny Wong and her Indonesian counterpart Retno Marsudi.",
			[]held{{[]string{"anthony-albanese", "joko-widodo", "penny-wong", "retno-marsudi"}, "2026-02-06", "Bogor", inPerson}}},
		{"ministers who 'joined the leaders for the meeting'",
			"CANBERRA - Ferdinand Marcos Jr spoke on Friday after holding talks with Anthony Albanese.\n\nThe foreign minister, Penny Wong, and her Philippine counterpart, Enrique Manalo, joined the leaders for the meeting.",
			[]held{{[]string{"ferdinand-marcos-jr", "anthony-albanese", "penny-wong", "enrique-manalo"}, "2026-02-06", "Canberra", inPerson}}},
		{"a trip's earlier stop, 'arrived … after meeting X', undated, is background",
			"WASHINGTON - Prabowo Subianto met Joe Biden at the White House on Friday.\n\nHe arrived in Washington after meeting Xi Jinping in Beijing, where the two sides issued a joint statement.",
			[]held{{[]string{"prabowo-subianto", "joe-biden"}, "2026-02-06", "Washington", inPerson}}},
		{"'hosted him for lunch, joined by' a third",
			"SINGAPORE: Narendra Modi and Lawrence Wong on Friday signed four agreements.\n\nOn Friday, Mr. Modi also called on President Tharman Shanmugaratnam at the Istana. Later, Senior Minister Lee Hsien Loong hosted him for lunch, joined by Emeritus Senior Minister Goh Chok Tong; the three discussed reforms.",
			[]held{{[]string{"narendra-modi", "lawrence-wong"}, "2026-02-06", "Singapore", inPerson},
				{[]string{"narendra-modi", "tharman-shanmugaratnam"}, "2026-02-06", "Singapore", inPerson},
				{[]string{"narendra-modi", "lee-hsien-loong", "goh-chok-tong"}, "2026-02-06", "Singapore", inPerson}}},
		{"'The call followed a meeting … with' others: the caller met them",
			"WASHINGTON, Feb 7 (Reuters) - Marco Rubio spoke by phone with Wang Yi on Saturday.\n\nThe call followed a meeting in Washington on Friday with the foreign ministers of the Quad grouping - Japan's Takeshi Iwaya, Australia's Penny Wong and India's S. Jaishankar.",
			[]held{{[]string{"marco-rubio", "wang-yi"}, "2026-02-07", "", relbot.KindPhone},
				{[]string{"marco-rubio", "takeshi-iwaya", "penny-wong", "s-jaishankar"}, "2026-02-06", "Washington", inPerson}}},
		{"a host and three guests later called 'the four leaders' are one meeting; taking part in sessions is no meeting",
			"HIROSHIMA - Fumio Kishida hosted Joe Biden, Anthony Albanese and Narendra Modi for about an hour on Friday.\n\nIn a joint statement, the four leaders opposed any change of the status quo by force.\n\nOn Friday, Pham Minh Chinh held talks with Modi. Volodymyr Zelenskyy arrived in Hiroshima on Friday and took part in sessions on Saturday.",
			[]held{{[]string{"fumio-kishida", "joe-biden", "anthony-albanese", "narendra-modi"}, "2026-02-06", "Hiroshima", inPerson},
				{[]string{"narendra-modi", "pham-minh-chinh"}, "2026-02-06", "Hiroshima", inPerson}}},
		{"talks a visit 'is likely to include' are a plan; a mechanism for meetings holds none; Natthaphon is Nattaphon",
			"PHNOM PENH - To Lam received Hun Sen and Hun Manet in Hanoi on Friday.\n\nThe visit is likely to include talks with Hun Sen as well as an audience with King Norodom Sihamoni, sources said.\n\nThe CPP and the Communist Party of Vietnam, together with the Lao party, set up a regular mechanism for meetings of their top leaders last year, and agreed that Cambodia would host the next gathering.\n\nOn Saturday, Gen. Natthaphon Narkphanit met Tea Seiha in Kuala Lumpur.",
			[]held{{[]string{"to-lam", "hun-sen"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"to-lam", "hun-manet"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"nattaphon-narkphanit", "tea-seiha"}, "2026-02-07", "Kuala Lumpur", inPerson}}},
		{"'met X on Friday, a day after holding talks with Y': Y's talks were Thursday",
			"SEOUL, Feb. 6 (Yonhap) -- To Lam met with National Assembly Speaker Woo Won-shik on Friday, a day after holding summit talks with President Lee Jae-myung, as the two countries seek closer ties.",
			[]held{{[]string{"to-lam", "woo-won-shik"}, "2026-02-06", "Seoul", inPerson},
				{[]string{"to-lam", "lee-jae-myung"}, "2026-02-05", "Seoul", inPerson}}},
		{"talks a country 'was prepared to facilitate' are a plan",
			"KUALA LUMPUR: Anwar Ibrahim said he spoke by phone with Phumtham Wechayachai on Friday night.\n\nHe said Malaysia, as this year's ASEAN Chair, was prepared to facilitate talks if the two sides agreed.",
			[]held{{[]string{"anwar-ibrahim", "phumtham-wechayachai"}, "2026-02-06", "", relbot.KindPhone}}},
		{"a courtesy call 'with Lazaro also attending' is of three, the ministers' talks stay their own; President Ferdinand Marcos is the son",
			"MANILA - Toshimitsu Motegi held talks with Theresa Lazaro on Friday.\n\nLater on Friday, Motegi paid a courtesy call on President Ferdinand Marcos at the Malacanang Palace, with Lazaro also attending.",
			[]held{{[]string{"toshimitsu-motegi", "theresa-lazaro"}, "2026-02-06", "Manila", inPerson},
				{[]string{"toshimitsu-motegi", "theresa-lazaro", "ferdinand-marcos-jr"}, "2026-02-06", "Manila", inPerson}}},
		{"a live page's time-stamped entries are of its day",
			"KUALA LUMPUR, Malaysia (AP) — Donald Trump is in Kuala Lumpur for the summit. Here's the latest:\n\n8:40 p.m.\n\nTrump met Brazilian President Luiz Inacio Lula da Silva on the sidelines of the summit.\n\n5:10 p.m.\n\nTrump and Malaysian Prime Minister Anwar Ibrahim held bilateral talks after the summit.",
			[]held{{[]string{"donald-trump", "luiz-inacio-lula-da-silva"}, "2026-02-08", "Kuala Lumpur", inPerson},
				{[]string{"donald-trump", "anwar-ibrahim"}, "2026-02-08", "Kuala Lumpur", inPerson}}},
		{"separate royal audiences, 'The audiences were attended by' a Samdech Kralahom, a guest received again in a later sentence",
			"Phnom Penh, February 7, 2026 AKP -- King Norodom Sihamoni granted on Friday separate Royal Audiences to H.E. Justin Whyatt, outgoing Ambassador of Australia, and to H.E. Somphone Sichaleune, new Ambassador of the Lao PDR, at the Royal Palace.\n\nThe audiences were attended by Samdech Kralahom Kong Sam Ol, Minister of the Royal Palace.\n\nReceiving H.E. Justin Whyatt, His Majesty the King commended the ambassador for his work.",
			[]held{{[]string{"norodom-sihamoni", "justin-whyatt", "kong-sam-ol"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"norodom-sihamoni", "somphone-sichaleune", "kong-sam-ol"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a minister who 'attended the meeting'; those who attended a ceremony did not meet",
			"HANOI - To Lam received Sar Sokha in Hanoi on Friday afternoon.\n\nMinister of Public Security Luong Tam Quang attended the meeting, as did the Cambodian ambassador.\n\nTan See Leng was among those who attended the ceremony.",
			[]held{{[]string{"to-lam", "sar-sokha", "luong-tam-quang"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'was also present and greeted the guests' adds to the visit",
			"BANGKOK - Hun Sen visited former prime minister Thaksin Shinawatra at his residence in Bangkok on Friday.\n\nPheu Thai Party leader Paetongtarn Shinawatra, Thaksin's youngest daughter, was also present and greeted the guests at the door.",
			[]held{{[]string{"hun-sen", "thaksin-shinawatra", "paetongtarn-shinawatra"}, "2026-02-06", "Bangkok", inPerson}}},
		{"the guest of a meeting called off is no one's guest",
			"VIENTIANE, Laos (AP) — Barack Obama canceled a planned meeting with Philippine President Rodrigo Duterte on Friday and instead held talks with South Korean President Park Geun-hye.",
			[]held{{[]string{"barack-obama", "park-geun-hye"}, "2026-02-06", "Vientiane", inPerson}}},
		{"a host's two guests at one table are one meeting of three",
			"PUTRAJAYA, Malaysia, Feb 6 (Reuters) - Anwar Ibrahim hosted Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai at his official residence in Putrajaya on Friday.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet", "phumtham-wechayachai"}, "2026-02-06", "Putrajaya", inPerson}}},
	}
	checkHeldCases(t, x, tests)
}

// TestExtractApposedOffices is dated in June 2024, when a Vietnamese
// "Secretary" alone could be read as an office holder the gazetteer knows.
func TestExtractApposedOffices(t *testing.T) {
	x := embeddedExtractor(t)
	pub := time.Date(2024, 6, 21, 9, 0, 0, 0, ict)
	checkHeld(t, x, "VIENTIANE - Sonexay Siphandone on Thursday received Mr. Nguyen Duc Trung, Member of the Party Central Committee and Secretary of the Party Committee of Nghe An province of Viet Nam.\n\nMr. Trung briefed the Prime Minister on the delegation's work.",
		pub, []held{{[]string{"sonexay-siphandone", "nguyen-duc-trung"}, "2024-06-20", "Vientiane", relbot.KindInPerson}})
}

// TestExtractLearnedActorAttending runs with an actor the gazetteer has
// learned from an earlier article, as collect's does: the attendee, named
// after "Ambassador to Cambodia", is found by name, not by title.
func TestExtractLearnedActorAttending(t *testing.T) {
	g, err := NewGazetteer([]relbot.Actor{{Slug: "nguyen-minh-vu", Name: "Nguyễn Minh Vũ", Country: "VN"}})
	if err != nil {
		t.Fatal(err)
	}
	checkHeld(t, NewExtractor(g), "Hun Manet on Friday received Nguyen Thi Phuong Thao, chief executive of an airline.\n\nThe meeting at the Peace Palace in Phnom Penh was also attended by Vietnamese Ambassador to Cambodia Nguyen Minh Vu.",
		testPub, []held{{[]string{"hun-manet", "nguyen-thi-phuong-thao", "nguyen-minh-vu"}, "2026-02-06", "Phnom Penh", relbot.KindInPerson}})
}

// TestTimeStamp: the lines that make a page a live blog are a time of day
// alone, in the forms wires use.
func TestTimeStamp(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"8:40 p.m.", true}, {"9:05 a.m.", true}, {"17:10", true}, {"5:10 PM", true},
		{"Trump met Lula.", false}, {"12:3", false}, {"Here's the latest:", false}, {"2:1 vote", false},
	} {
		if got := timeStamp(tc.line); got != tc.want {
			t.Errorf("timeStamp(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
