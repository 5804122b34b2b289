package meeting

import (
	"testing"

	"github.com/relbot/relbot"
)

// TestExtractRoundThirty covers the forms of writing round thirty's held-out
// sets showed, each in this project's own words.
func TestExtractRoundThirty(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'a delegation led by A … the Cambodian guests were welcomed at the gate by B': the guests are the delegation its head led",
			"DONG THAP - Party Secretary Le Minh Hoan on Friday received a delegation of Prey Veng province led by Governor Sok Dara.\n\nEarlier the same day, the Cambodian guests were welcomed at the Dinh Ba border gate by Tran Thi Ngoc, Vice Chairwoman of the provincial People's Committee.",
			[]held{
				{[]string{"le-minh-hoan", "sok-dara"}, "2026-02-06", "Dong Thap", inPerson},
				{[]string{"sok-dara", "tran-thi-ngoc"}, "2026-02-06", "Dinh Ba", inPerson},
			}},
		{"'Welcoming the guests, the governor …' after the heads of both sides were named: nobody's guests in particular",
			"VIENTIANE - The Vietnamese side was led by Colonel Do Van Tam. The Lao side was headed by Colonel Khamla Vongsa.\n\nOn Friday, Phet Sisomphone, Governor of Savannakhet province, hosted a dinner in Kaysone Phomvihane city. Welcoming the guests, the governor praised their work.",
			nil},
		{"'A paid a courtesy visit to the border post, where he was received by B': a call on a place is no meeting; the clause after it tells one",
			"On Friday Governor Sok Dara paid a courtesy visit to the Dinh Ba Border Guard Station, where he was received by Colonel Vo Thanh Liem.",
			[]held{{[]string{"sok-dara", "vo-thanh-liem"}, "2026-02-06", "", inPerson}}},
		{"'A and his delegation visited the station, where they were received by B': they are A's party",
			"On Friday Governor Sok Dara and his delegation visited the border guard station, where they were received by Colonel Vo Thanh Liem.",
			[]held{{[]string{"sok-dara", "vo-thanh-liem"}, "2026-02-06", "", inPerson}}},
		{"'Also at the reception were A and B': the inverted 'A and B were also at the reception'",
			"Party Secretary Le Minh Hoan received Governor Sok Dara on Friday. Also at the reception were Deputy Governor Chan Sopheap and Colonel Vo Thanh Liem.",
			[]held{{[]string{"le-minh-hoan", "sok-dara", "chan-sopheap", "vo-thanh-liem"}, "2026-02-06", "", inPerson}}},
		{"'The conference was co-chaired by A and B. C, Vice Chairman of …, attended and delivered a speech': C joins",
			"BUON MA THUOT - The conference was co-chaired on Friday by Colonel Tran Cong Hieu and Brigadier General Sam Vichet. Y Khoa Nie, Vice Chairman of the provincial People's Committee, attended and delivered a speech.",
			[]held{{[]string{"tran-cong-hieu", "sam-vichet", "y-khoa-nie"}, "2026-02-06", "Buon Ma Thuot", inPerson}}},
		{"'received A, chairman of Hanul Steel, at the headquarters': the company after the office's 'of' is no one",
			"PHNOM PENH - On Friday, Deputy Prime Minister Sun Chanthol received Park Min-jae, chairman of Daerim Steel, at the CDC headquarters.",
			[]held{{[]string{"sun-chanthol", "park-min-jae"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'received business council chairman Tan Sri Dr A': the Malay style and 'Dr' both come off the name",
			"PHNOM PENH - On Friday, Prime Minister Hun Manet received business council chairman Tan Sri Dr Wong Kah Seng.",
			[]held{{[]string{"hun-manet", "wong-kah-seng"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'received Mr. A, Chairman of Zhongtian New Energy Automobile Co., Ltd., and his delegation': a company's suffix marks it",
			"BANGKOK - At Government House, Deputy Prime Minister Ekniti Nitithanprapas on Friday received Mr. Zhou Lianfeng, Chairman of Huaxing New Energy Automobile Co., Ltd., and his delegation.",
			[]held{{[]string{"ekniti-nitithanprapas", "zhou-lianfeng"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'Premier C held a welcome ceremony for him before the two prime ministers held talks' after a president met the guest: the two heads of government",
			"BEIJING - Chinese President Xi Jinping met with Singaporean Prime Minister Lawrence Wong on Friday.\n\nOn Thursday morning, Premier Li Qiang held a welcome ceremony for him before the two prime ministers held talks.",
			[]held{
				{[]string{"xi-jinping", "lawrence-wong"}, "2026-02-06", "Beijing", inPerson},
				{[]string{"lawrence-wong", "li-qiang"}, "2026-02-05", "Beijing", inPerson},
			}},
		{"'A hosted his counterparts, B and C, for the meeting' after a lead that named none: the three",
			"MANADO - The defence ministers of Indonesia, Malaysia and the Philippines agreed on Friday to expand joint patrols, during a trilateral meeting held in Manado.\n\nIndonesian Defence Minister Sjafrie Sjamsoeddin hosted his counterparts, Malaysian Defence Minister Mohamed Khaled Nordin and Philippine Defense Secretary Gilberto Teodoro Jr., for the meeting.",
			[]held{{[]string{"sjafrie-sjamsoeddin", "mohamed-khaled-nordin", "gilberto-teodoro-jr"}, "2026-02-06", "Manado", inPerson}}},
		{"'The Governor of X, A, and the Governor of Y, H.E. B, met … the Y delegation paid a courtesy call on C': the office before B's name makes B Y's head",
			"PAKSE - The Governor of Champasak province, Mr Vilayvong Budakham, and the Governor of Cambodia's Stung Treng province, H.E. Mr Svay Sam Eang, held an annual meeting at the border checkpoint on Thursday.\n\nOn Friday, the Stung Treng delegation also paid a courtesy call on Mr Khamsay Vilayhong, Deputy Secretary of the Champasak Provincial Party Committee, at the provincial hall in Pakse.",
			[]held{
				{[]string{"vilayvong-budakham", "svay-sam-eang"}, "2026-02-05", "Pakse", inPerson},
				{[]string{"svay-sam-eang", "khamsay-vilayhong"}, "2026-02-06", "Pakse", inPerson},
			}},
		{"photo captions after a first meeting: 'A shakes hands with C before their bilateral meeting', 'A and D share a light moment during their meeting'",
			"CEBU CITY - President Ferdinand Marcos Jr. received Sultan Hassanal Bolkiah on Friday morning.\n\nPBBM shakes hands with Lao Prime Minister Sonexay Siphandone before their bilateral meeting at the summit venue on Friday.\n\nPresident Marcos and Indonesian President Prabowo Subianto share a light moment during their meeting on Friday.",
			[]held{
				{[]string{"ferdinand-marcos-jr", "hassanal-bolkiah"}, "2026-02-06", "Cebu", inPerson},
				{[]string{"ferdinand-marcos-jr", "sonexay-siphandone"}, "2026-02-06", "Cebu", inPerson},
				{[]string{"ferdinand-marcos-jr", "prabowo-subianto"}, "2026-02-06", "Cebu", inPerson},
			}},
		{"'A (right), Chairman of …, receives B': a caption's position between the name and its office",
			"Photo 1: Ha Minh Tri (right), Chairman of the Dong Nai provincial People's Committee, receives H.E. Sar Chamroeun, Governor of Kratie province, in Bien Hoa on Friday.\n\nPhoto 2: Governor Thorn Sovichea (second from left) meets Vice Chairman Y Khoa Nie in Buon Ma Thuot on Thursday.",
			[]held{
				{[]string{"ha-minh-tri", "sar-chamroeun"}, "2026-02-06", "Bien Hoa", inPerson},
				{[]string{"thorn-sovichea", "y-khoa-nie"}, "2026-02-05", "Buon Ma Thuot", inPerson},
			}},
		{"'He noted that A and B had agreed during their talks in Jakarta': a meeting recalled in what was said, not one more",
			"JAKARTA - Speaker Ahmad Muzani received Vietnamese Ambassador Ta Van Thong on Friday.\n\nHe noted that President Prabowo Subianto and General Secretary To Lam had agreed during their talks in Jakarta to raise trade.",
			[]held{{[]string{"ahmad-muzani", "ta-van-thong"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'Receiving A, Chairman of Hengyuan Electric Vehicles, the PM welcomed …': the company of the office is no one, the PM is the host",
			"Receiving Zhao Ming, Chairman of Tianrun Electric Vehicles, Prime Minister Pham Minh Chinh welcomed the company's plan on Friday.",
			[]held{{[]string{"zhao-ming", "pham-minh-chinh"}, "2026-02-06", "", inPerson}}},
		{"'Representing the Vietnamese side was Colonel A. The Cambodian side was led by General B. Before the handover, the two officers held a working meeting'",
			"On Friday, the police of the two provinces held a ceremony to hand over 12 suspects.\n\nRepresenting the Vietnamese side was Colonel Do Van Hai, Deputy Director of the provincial Police. The Cambodian side was led by Brigadier General Keo Sambath. Before the handover, the two officers held a working meeting at the border gate.",
			[]held{{[]string{"do-van-hai", "keo-sambath"}, "2026-02-06", "", inPerson}}},
		{"'… during a meeting between A and B at the checkpoint, police spokesman C told Xinhua': the spokesman told it, was not there",
			"PHNOM PENH - The agreement was reached on Friday during a meeting between provincial police commissioner Major General Chhim Sokha and provincial police director Major General Le Van Tuan at the Bavet checkpoint, provincial police spokesman Lieutenant Colonel Sok Rithy told Xinhua.",
			[]held{{[]string{"chhim-sokha", "le-van-tuan"}, "2026-02-06", "Bavet", inPerson}}},
		{"'What he did not get was a meeting with C': a pseudo-cleft's negation",
			"NAYPYITAW - Foreign Minister Sugiono met Senior General Min Aung Hlaing on Friday.\n\nWhat he did not get was a meeting with Aung San Suu Kyi.",
			[]held{{[]string{"sugiono", "min-aung-hlaing"}, "2026-02-06", "Naypyidaw", inPerson}}},
		{"'What he got was a meeting with C': no negation, a meeting",
			"NAYPYITAW - Foreign Minister Sugiono arrived on Friday. What he got was a meeting with Senior General Min Aung Hlaing.",
			[]held{{[]string{"sugiono", "min-aung-hlaing"}, "2026-02-06", "Naypyidaw", inPerson}}},
		{"'Also attending were A, Chairman of the NA Committee for External Affairs B, and C': an office before its holder in a list is no company",
			"HANOI - National Assembly Chairman Tran Thanh Man held talks with Thai House Speaker Wan Muhamad Noor Matha on Friday.\n\nAlso attending the talks were NA Vice Chairman Nguyen Khac Dinh, Chairman of the NA Committee for External Affairs Vu Hai Ha, and Deputy Speaker Pichet Chuamuangphan.",
			[]held{{[]string{"tran-thanh-man", "wan-muhamad-noor-matha", "nguyen-khac-dinh", "vu-hai-ha", "pichet-chuamuangphan"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'Receiving the guests, Secretary A and Chairman of the provincial People's Committee B thanked …': both hosts",
			"A delegation of Prey Veng province led by Governor Sok Dara visited Dong Thap on Friday.\n\nReceiving the guests, Party Secretary Le Minh Hoan and Chairman of the provincial People's Committee Tran Van Tri thanked the Cambodian side.",
			[]held{{[]string{"sok-dara", "le-minh-hoan", "tran-van-tri"}, "2026-02-06", "Dong Thap", inPerson}}},
	})
}

// TestExtractRoundThirtyCalls covers calls and visits told inside another
// sentence's clauses.
func TestExtractRoundThirtyCalls(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'the delegation travelled to Suong city, where it was welcomed by B': the delegation's head",
			"A delegation from Tay Ninh province led by Party Secretary Le Van Minh has visited Cambodia.\n\nOn Friday, the delegation travelled along National Road 7 to Suong city, where it was welcomed by Governor Chea Sopheak.",
			[]held{{[]string{"le-van-minh", "chea-sopheak"}, "2026-02-06", "", inPerson}}},
		{"'the meeting had been prepared during a phone call between A and B on Monday, in which the two agreed to hold the talks at the border': the call was made",
			"Governor Chea Sopheak and Le Van Minh, chairman of the provincial People's Committee, met at the border on Friday.\n\nThe meeting had been prepared during a phone call between Sopheak and Minh on Monday, in which the two men agreed to hold the talks at the border.",
			[]held{
				{[]string{"chea-sopheak", "le-van-minh"}, "2026-02-06", "", inPerson},
				{[]string{"chea-sopheak", "le-van-minh"}, "2026-02-02", "", relbot.KindPhone},
			}},
		{"'The following morning, the delegation travelled to the district. District Governor C welcomed the guests': a third host, a day after the calls told",
			"A delegation of Kon Tum province led by Vice Chairwoman Y Ngoc visited Ratanakiri.\n\nOn Wednesday, the delegation called on Governor Bou Kimsan. The same afternoon, the delegation visited the provincial military command, where it was received by Major General Chhun Sarith.\n\nThe following morning, the delegation travelled to O Yadav district. District Governor Chan Phalla welcomed the guests.",
			[]held{
				{[]string{"y-ngoc", "bou-kimsan"}, "2026-02-04", "Banlung", inPerson},
				{[]string{"y-ngoc", "chhun-sarith"}, "2026-02-04", "Banlung", inPerson},
				{[]string{"y-ngoc", "chan-phalla"}, "2026-02-05", "Banlung", inPerson},
			}},
		{"'Cambodian Consul General A … On Friday, the diplomat called on C': the one diplomat the article introduced",
			"RACH GIA - Cambodian Consul General Prak Sovann has paid visits to the leaders of An Giang province.\n\nOn Thursday, Sovann was received by Tran Van Lau, Secretary of the An Giang provincial Party Committee. On Friday, the diplomat called on Le Quoc Phong, Chairman of the provincial People's Committee.",
			[]held{
				{[]string{"prak-sovann", "tran-van-lau"}, "2026-02-05", "Rach Gia", inPerson},
				{[]string{"prak-sovann", "le-quoc-phong"}, "2026-02-06", "Rach Gia", inPerson},
			}},
		{"'Colonel C, Commander of the provincial Border Guard Command, welcomed A' a day after A's talks: a new host over the office set off by commas",
			"On Thursday, Lieutenant General Nguyen Van Nam held talks with a delegation led by Lieutenant General Chea Mony.\n\nOn Friday, the delegation visited the Long An Provincial Border Guard Command. Colonel Tran Van Duc, Commander of the Long An Provincial Border Guard Command, welcomed Lt. Gen. Chea Mony and briefed him on joint patrols.",
			[]held{
				{[]string{"nguyen-van-nam", "chea-mony"}, "2026-02-05", "", inPerson},
				{[]string{"chea-mony", "tran-van-duc"}, "2026-02-06", "Tan An", inPerson},
			}},
		{"'The President was accompanied by A and B' after talks, an audience and a courtesy call: his party on the visit, at no one meeting",
			"PHNOM PENH - On Thursday, President Ferdinand R. Marcos Jr. held talks with Prime Minister Hun Manet at the Peace Palace. That evening, he was received in audience by King Norodom Sihamoni.\n\nOn Friday morning, the President received a courtesy call from Senate President Hun Sen.\n\nThe President was accompanied by Foreign Affairs Secretary Ma. Theresa Lazaro and Tourism Secretary Christina Garcia Frasco.",
			[]held{
				{[]string{"ferdinand-marcos-jr", "hun-manet"}, "2026-02-05", "Phnom Penh", inPerson},
				{[]string{"ferdinand-marcos-jr", "norodom-sihamoni"}, "2026-02-05", "Phnom Penh", inPerson},
				{[]string{"ferdinand-marcos-jr", "hun-sen"}, "2026-02-06", "Phnom Penh", inPerson},
			}},
		{"'The President was accompanied by A' after his one meeting: A was at it",
			"PHNOM PENH - On Friday, President Ferdinand R. Marcos Jr. held talks with Prime Minister Hun Manet at the Peace Palace.\n\nThe President was accompanied by Foreign Affairs Secretary Ma. Theresa Lazaro.",
			[]held{{[]string{"ferdinand-marcos-jr", "hun-manet", "theresa-lazaro"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'… was inaugurated on December 3, 2021, when A and B attended the opening ceremony via video link': another year's ceremony, not company at the meeting just told",
			"VIENTIANE - On Friday, Prime Minister Sonexay Siphandone met Chinese Ambassador to Laos Fang Hong at the railway station.\n\nThe railway was inaugurated on December 3, 2021, when President Xi Jinping and then-Lao President Thongloun Sisoulith attended the opening ceremony via video link.",
			[]held{{[]string{"sonexay-siphandone", "fang-hong"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'The meeting was co-chaired by A and B. Governor C also attended and welcomed the delegation': C joins the meeting, no welcome of its own",
			"PAKSE - The 12th meeting of the joint border commission took place on Friday in Pakse.\n\nThe meeting was co-chaired by Deputy Minister Phoxay Khaykhamphithoune and Secretary of State Lam Chea. Champasak Governor Vilayvong Boudakham also attended and welcomed the Cambodian delegation to the province.",
			[]held{{[]string{"phoxay-khaykhamphithoune", "lam-chea", "vilayvong-boudakham"}, "2026-02-06", "Pakse", inPerson}}},
	})
}

// TestExtractRoundThirtyLists covers envoys listed one to a line under a
// ceremony's lead.
func TestExtractRoundThirtyLists(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	checkHeldCases(t, x, []heldCase{
		{"'The envoys who presented their credentials were:' and a bullet line each: one ceremony of the host and all",
			"MANILA - President Ferdinand R. Marcos Jr. received the credentials of three new ambassadors at Malacañang Palace on Friday.\n\nThe envoys who presented their credentials were:\n• H.E. Ouk Sophea, Ambassador of the Kingdom of Cambodia;\n• H.E. Bounmy Keola, Ambassador of the Lao People's Democratic Republic;\n• H.E. Dang Van Khoa, Ambassador of the Socialist Republic of Viet Nam.",
			[]held{{[]string{"ferdinand-marcos-jr", "ouk-sophea", "bounmy-keola", "dang-van-khoa"}, "2026-02-06", "Manila", inPerson}}},
		{"'… were, in order:' and numbered lines, the number split off as a sentence of its own",
			"JAKARTA - President Prabowo Subianto on Friday received the credentials of three ambassadors at the Merdeka Palace.\n\nThe ambassadors who presented their letters of credence to the President were, in order:\n1. H.E. Ouk Sophea, Ambassador of the Kingdom of Cambodia;\n2. H.E. Bounmy Keola, Ambassador of the Lao People's Democratic Republic;\n3. H.E. Dang Van Khoa, Ambassador of the Socialist Republic of Viet Nam.",
			[]held{{[]string{"prabowo-subianto", "ouk-sophea", "bounmy-keola", "dang-van-khoa"}, "2026-02-06", "Jakarta", inPerson}}},
		{"'The ambassadors, received one by one, were:' and a line each: an audience each",
			"JAKARTA - President Prabowo Subianto on Friday received the credentials of three ambassadors at the Merdeka Palace.\n\nThe ambassadors, received one by one, were:\n- H.E. Ouk Sophea, Ambassador of the Kingdom of Cambodia;\n- H.E. Bounmy Keola, Ambassador of the Lao People's Democratic Republic;\n- H.E. Dang Van Khoa, Ambassador of the Socialist Republic of Viet Nam.",
			[]held{
				{[]string{"prabowo-subianto", "ouk-sophea"}, "2026-02-06", "Jakarta", inPerson},
				{[]string{"prabowo-subianto", "bounmy-keola"}, "2026-02-06", "Jakarta", inPerson},
				{[]string{"prabowo-subianto", "dang-van-khoa"}, "2026-02-06", "Jakarta", inPerson},
			}},
		{"'Among the new envoys were A of Brunei, U B of Myanmar and C of Timor-Leste': untitled names of a list of envoys, Myanmar's 'U' a style",
			"BEIJING - President Xi Jinping accepted credentials presented by new ambassadors at the Great Hall of the People on Friday.\n\nAmong the new envoys were Dato Paduka Hamdan Rahim of Brunei Darussalam, U Zaw Min Htike of Myanmar and Lucia Pereira of Timor-Leste.",
			[]held{{[]string{"xi-jinping", "hamdan-rahim", "zaw-min-htike", "lucia-pereira"}, "2026-02-06", "Beijing", inPerson}}},
		{"'The envoys were A of X, B of Y. After the ceremony, the King granted each ambassador a private audience': an audience each",
			"PHNOM PENH - King Norodom Sihamoni on Friday received the letters of credence of two new ambassadors at the Royal Palace.\n\nThe envoys were Lucia Pereira of Timor-Leste and Hamdan Rahim of Brunei.\n\nAfter the formal ceremony, the King granted each ambassador a private audience.",
			[]held{
				{[]string{"norodom-sihamoni", "lucia-pereira"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"norodom-sihamoni", "hamdan-rahim"}, "2026-02-06", "Phnom Penh", inPerson},
			}},
		{"'The agenda covered:' and bullet lines naming people: a list of no envoys joins no one",
			"JAKARTA - President Prabowo Subianto on Friday received the credentials of Ambassador Ouk Sophea at the Merdeka Palace.\n\nThe talks covered:\n• trade with Prime Minister Hun Manet's government;\n• a visit by King Norodom Sihamoni.",
			[]held{{[]string{"prabowo-subianto", "ouk-sophea"}, "2026-02-06", "Jakarta", inPerson}}},
	})
}
