package meeting

import (
	"testing"
	"time"

	"github.com/relbot/relbot"
)

// TestExtractRoundTwelve covers the forms of writing the twenty-fifth
// held-out set showed, each in this project's own words. pub is testPub
// (Sunday 8 February 2026: "Friday" is the 6th).
func TestExtractRoundTwelve(t *testing.T) {
	x := embeddedExtractor(t)
	inPerson := relbot.KindInPerson
	tests := []heldCase{
		{"'The delegation was led by' two sentences after an unnamed delegation was received names the guest",
			"Sonexay Siphandone on Friday received a delegation of Viet Nam's Ministry of Agriculture at the Prime Minister's Office in Vientiane.\n\nThe Lao leader praised the ministry's help with irrigation in the southern provinces.\n\nThe delegation was headed by Minister Le Minh Hoan, who is in Laos at the invitation of Lao Agriculture Minister Linkham Douangsavanh.",
			[]held{{[]string{"sonexay-siphandone", "le-minh-hoan"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'the minister' is the one minister the story named; with two named, no one",
			"Foreign Minister Prak Sokhonn chaired a meeting of the ministry's senior officials on Thursday.\n\nOn Friday, the minister received Vietnamese Ambassador Nguyen Minh Vu in Phnom Penh.\n\nSokhonn and Defence Minister Tea Seiha attended a ceremony on Saturday. Later that day the minister received Lao Ambassador Khamphao Ernthavanh.",
			[]held{{[]string{"prak-sokhonn", "nguyen-minh-vu"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"the two co-chairs of a conference meet",
			"Leaders of Tây Ninh and Svay Rieng provinces on Friday held a conference in Tây Ninh to review their cooperation.\n\nThe conference was co-chaired by Nguyen Thanh Ngoc, Chairman of the Tay Ninh Provincial People's Committee, and Men Vibol, Governor of Svay Rieng province.",
			[]held{{[]string{"nguyen-thanh-ngoc", "men-vibol"}, "2026-02-06", "Tay Ninh", inPerson}}},
		{"'had separate telephone conversations with' two leaders is two calls",
			"KUALA LUMPUR - Anwar Ibrahim said he had separate telephone conversations on Friday with Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet"}, "2026-02-06", "", relbot.KindPhone},
				{[]string{"anwar-ibrahim", "phumtham-wechayachai"}, "2026-02-06", "", relbot.KindPhone}}},
		{"a minister due to join a meeting chaired by another has not met him yet",
			"PHNOM PENH - Wang Yi met Hun Manet on Friday.\n\nAntony Blinken is due to join his ASEAN counterparts at a ministerial meeting later on Sunday chaired by Prak Sokhonn.",
			[]held{{[]string{"wang-yi", "hun-manet"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a meeting whose request, a country's, was declined is none",
			"VIENTIANE - China declined a U.S. request for a meeting between Defense Secretary Lloyd Austin and Chinese Defense Minister Dong Jun on Friday.\n\nAustin met Defense Minister Phan Van Giang in Vientiane on Friday.",
			[]held{{[]string{"lloyd-austin", "phan-van-giang"}, "2026-02-06", "Vientiane", inPerson}}},
		{"the chair and the attendees of a ministers' Meeting-Plus meet",
			"VIENTIANE - The ASEAN Defence Ministers' Meeting-Plus was chaired on Friday by Defense Minister Gen. Khamlieng Outhakaysone and attended by Defense Secretary Lloyd Austin and Vietnam's Gen. Phan Van Giang.",
			[]held{{[]string{"khamlieng-outhakaysone", "lloyd-austin", "phan-van-giang"}, "2026-02-06", "Vientiane", inPerson}}},
		{"a leader who 'joined his counterparts' named after him met them",
			"Hun Manet on Friday joined his counterparts, Sonexay Siphandone and Pham Minh Chinh, at the summit of the development triangle at the National Convention Centre in Hanoi.",
			[]held{{[]string{"hun-manet", "sonexay-siphandone", "pham-minh-chinh"}, "2026-02-06", "Hanoi", inPerson}}},
		{"counterparts joined unnamed are the meeting's co-chairs and those who represented their countries; a country's adjective before 'city of'",
			"Saleumxay Kommasith joined his counterparts from the Mekong countries in the northern Thai city of Chiang Mai on Friday for their ministers' meeting.\n\nThe meeting was co-chaired by Thai Foreign Minister Maris Sangiampongsa and Chinese Foreign Minister Wang Yi. Cambodia was represented by Foreign Minister Prak Sokhonn, and Myanmar by Foreign Minister Than Swe.",
			[]held{{[]string{"saleumxay-kommasith", "maris-sangiampongsa", "wang-yi", "prak-sokhonn", "than-swe"}, "2026-02-06", "Chiang Mai", inPerson}}},
		{"who represented a country at a gathering is no guest of a bilateral before it",
			"Hun Manet met Wang Yi in Phnom Penh on Friday.\n\nCambodia was represented by Foreign Minister Prak Sokhonn at the forum.",
			[]held{{[]string{"hun-manet", "wang-yi"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a ministerial session led by two ministers, with an observer, is their meeting; a ceasefire 'was agreed at talks' on a day past",
			"KUALA LUMPUR - Thailand and Cambodia on Friday agreed to consolidate the ceasefire at the end of a General Border Committee meeting.\n\nThe ministerial session was led by Thai Defence Minister Gen Nattaphon Narkphanit and Cambodian Minister of National Defence Gen Tea Seiha. Malaysian Defence Minister Mohamed Khaled Nordin attended as an observer.\n\nThe ceasefire was agreed at talks in Putrajaya on February 5 between Hun Manet and Phumtham Wechayachai.",
			[]held{{[]string{"nattaphon-narkphanit", "tea-seiha", "mohamed-khaled-nordin"}, "2026-02-06", "Kuala Lumpur", inPerson},
				{[]string{"hun-manet", "phumtham-wechayachai"}, "2026-02-05", "Putrajaya", inPerson}}},
		{"talks by video conference 'were attended by' one more at one end",
			"Minister of Public Security General To Lam and Lao Minister of Public Security Lieutenant General Vilay Lakhamfong on Friday held their annual talks via video conference.\n\nAt the Hanoi end, the talks were attended by Deputy Minister Luong Tam Quang.",
			[]held{{[]string{"to-lam", "vilay-lakhamfong", "luong-tam-quang"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'had spoken to' after talks agreed on is still a call",
			"Hun Manet said he spoke by telephone with Donald Trump on Friday.\n\nTrump said the two countries had agreed to meet immediately.\n\nPhumtham Wechayachai confirmed on Friday that he had spoken to the US President.",
			[]held{{[]string{"hun-manet", "donald-trump"}, "2026-02-06", "", relbot.KindPhone},
				{[]string{"donald-trump", "phumtham-wechayachai"}, "2026-02-06", "", relbot.KindPhone}}},
		{"what two leaders agreed, told next as their phone conversation, was a call",
			"Prime Minister Pham Minh Chinh and his Cambodian counterpart Hun Manet agreed on Friday to tighten controls along their shared border.\n\nIn their first phone conversation this year, the two leaders discussed trade.",
			[]held{{[]string{"pham-minh-chinh", "hun-manet"}, "2026-02-06", "", relbot.KindPhone}}},
		{"a visit paid to 'his long-time friend' is a meeting with him",
			"BANGKOK - Hun Sen said on Friday he had visited his long-time friend Thaksin Shinawatra in Bangkok.",
			[]held{{[]string{"hun-sen", "thaksin-shinawatra"}, "2026-02-06", "Bangkok", inPerson}}},
		{"a host of talks between two sat with both; envoys who 'sat in on the talks', one named after a comma, were there",
			"PUTRAJAYA - Malaysian Prime Minister Anwar Ibrahim on Friday hosted talks between Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai.\n\nThe United States ambassador to Malaysia, Edgard Kagan, and China's ambassador, Ouyang Yujing, also sat in on the talks.",
			[]held{{[]string{"anwar-ibrahim", "hun-manet", "phumtham-wechayachai", "edgard-kagan", "ouyang-yujing"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'the Svay Rieng delegation' no one was said to lead is the province's governor named before",
			"The conference on Friday in Tây Ninh was co-chaired by Nguyen Thanh Ngoc, Chairman of the Tay Ninh Provincial People's Committee, and Men Vibol, Governor of Svay Rieng province.\n\nEarlier the same morning, Secretary of the Tay Ninh Party Committee Nguyen Thanh Tam received the Svay Rieng delegation.",
			[]held{{[]string{"nguyen-thanh-ngoc", "men-vibol"}, "2026-02-06", "Tay Ninh", inPerson},
				{[]string{"men-vibol", "nguyen-thanh-tam"}, "2026-02-06", "Tay Ninh", inPerson}}},
		{"attendees styled with abbreviated senior ranks, after an office or alone",
			"Minister of National Defence General Phan Van Giang held talks in Hanoi on Friday with General Tea Seiha.\n\nAttending the talks were Deputy Minister of National Defence Sen. Lieut. Gen. Hoang Xuan Chien and Sen. Lieut. Gen. Nem Sowath.",
			[]held{{[]string{"phan-van-giang", "tea-seiha", "hoang-xuan-chien", "nem-sowath"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'before the talks, which were also attended by' adds to the talks",
			"Prime Minister Srettha Thavisin and his Cambodian counterpart Hun Manet on Friday agreed to open a new border checkpoint, during talks at Government House in Bangkok.\n\nHe was welcomed with a ceremony before the talks, which were also attended by Foreign Minister Parnpree Bahiddha-Nukara and Cambodian Deputy Prime Minister Sok Chenda Sophea.",
			[]held{{[]string{"srettha-thavisin", "hun-manet", "parnpree-bahiddha-nukara", "sok-chenda-sophea"}, "2026-02-06", "Bangkok", inPerson}}},
		{"'The Vietnamese Ambassador to Cambodia' before a name is his title, not the Vietnamese guest",
			"PHNOM PENH - On Friday, Tran Cam Tu paid a courtesy call on President of the Senate Samdech Techo Hun Sen. The Vietnamese Ambassador to Cambodia Nguyen Minh Vu also attended the meeting.",
			[]held{{[]string{"tran-cam-tu", "hun-sen", "nguyen-minh-vu"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"a meeting 'attended by' a list whose items end in semicolons; bilaterals 'on the sidelines' are that day's",
			"VIENTIANE, Feb 7 (KPL) -- The top leaders of the three parties held a meeting in Vientiane yesterday.\n\nThe meeting was attended by H.E. Dr Thongloun Sisoulith, General Secretary of the LPRP Central Committee; H.E. Mr To Lam, General Secretary of the CPV Central Committee; and Samdech Hun Sen, President of the Cambodian People's Party.\n\nThe three leaders agreed to boost connectivity.\n\nThey also discussed regional issues.\n\nOn the sidelines, Dr Thongloun held separate bilateral meetings with Mr To Lam and with Samdech Hun Sen.",
			[]held{{[]string{"thongloun-sisoulith", "to-lam", "hun-sen"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"thongloun-sisoulith", "to-lam"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"thongloun-sisoulith", "hun-sen"}, "2026-02-06", "Vientiane", inPerson}}},
		{"'Also around the table were' attendees; 'On the eve of the meeting' is the day before; 'looked forward to receiving' a premier is a plan",
			"Saleumxay Kommasith on Friday attended the foreign ministers' meeting in Chiang Mai.\n\nThe meeting was co-chaired by Chinese Foreign Minister Wang Yi and Thai Foreign Minister Maris Sangiampongsa. Also around the table were Cambodia's Foreign Minister Sok Chenda Sophea and Vietnamese Foreign Minister Bui Thanh Son.\n\nOn the eve of the meeting, Saleumxay held a bilateral meeting with Wang Yi at his hotel. The Lao minister said Prime Minister Sonexay Siphandone looked forward to receiving the Chinese premier Li Qiang for bilateral talks.",
			[]held{{[]string{"saleumxay-kommasith", "wang-yi", "maris-sangiampongsa", "sok-chenda-sophea", "bui-thanh-son"}, "2026-02-06", "Chiang Mai", inPerson},
				{[]string{"saleumxay-kommasith", "wang-yi"}, "2026-02-05", "Chiang Mai", inPerson}}},
		{"'the Lao leader' is the party chief, not the foreign minister named after him",
			"On Friday, Thongloun Sisoulith held talks with To Lam in Hanoi. Attending the talks on the Lao side was Deputy Prime Minister and Minister of Foreign Affairs Saleumxay Kommasith.\n\nOn Saturday, the Lao leader met Prime Minister Pham Minh Chinh.",
			[]held{{[]string{"thongloun-sisoulith", "to-lam", "saleumxay-kommasith"}, "2026-02-06", "Hanoi", inPerson},
				{[]string{"thongloun-sisoulith", "pham-minh-chinh"}, "2026-02-07", "Hanoi", inPerson}}},
		{"two hosts of a banquet for guests already told of do not meet each other",
			"BEIJING - Xi Jinping held talks with King Maha Vajiralongkorn at the Great Hall of the People on Friday.\n\nPresident Xi and Premier Li Qiang then hosted a state banquet in honour of the royal guests.",
			[]held{{[]string{"xi-jinping", "maha-vajiralongkorn"}, "2026-02-06", "Beijing", inPerson}}},
		{"talks two leaders 'did not hold' were not held",
			"Phumtham Wechayachai and Hun Manet sat down with Anwar Ibrahim in Putrajaya on Friday.\n\nPhumtham and Hun Manet shook hands at the end of the press briefing, but did not hold separate bilateral talks.",
			[]held{{[]string{"phumtham-wechayachai", "hun-manet", "anwar-ibrahim"}, "2026-02-06", "Putrajaya", inPerson}}},
		{"'the outgoing ambassador' is the envoy the story introduced",
			"VIENTIANE - H.E. Mr Sonexay Siphandone, Prime Minister of the Lao PDR, received H.E. Mr Nguyen Ba Hung, Ambassador of Viet Nam to the Lao PDR, on Friday.\n\nThe previous day, the outgoing ambassador also paid a farewell call on H.E. Mr Saleumxay Kommasith at the ministry.",
			[]held{{[]string{"sonexay-siphandone", "nguyen-ba-hung"}, "2026-02-06", "Vientiane", inPerson},
				{[]string{"nguyen-ba-hung", "saleumxay-kommasith"}, "2026-02-05", "Vientiane", inPerson}}},
		{"a dateline city before a colon; those who joined the talks 'with X and Y joining'",
			"RAYONG: Prime Minister Srettha Thavisin on Friday held talks with BYD founder and chairman Wang Chuanfu.\n\nThe talks took place at the plant before the ceremony, with Chinese Ambassador to Thailand Han Zhiqiang and Industry Minister Pimphattra Wichaikul joining the prime minister and Mr Wang.\n\nQ: Will the plant export cars?",
			[]held{{[]string{"srettha-thavisin", "wang-chuanfu", "han-zhiqiang", "pimphattra-wichaikul"}, "2026-02-06", "Rayong", inPerson}}},
		{"those joining 'with' may be styled with stops ('U.S. Ambassador')",
			"RAYONG: Prime Minister Srettha Thavisin on Friday held talks with BYD chairman Wang Chuanfu.\n\nThe talks took place at the plant, with U.S. Ambassador Robert Godec joining the prime minister and Mr Wang.",
			[]held{{[]string{"srettha-thavisin", "wang-chuanfu", "robert-godec"}, "2026-02-06", "Rayong", inPerson}}},
		{"a minister who 'sat in on the session' was at it; executives met 'including' two named are one meeting",
			"KUALA LUMPUR - Defence Minister Gen Nattaphon Narkphanit and his Cambodian counterpart Gen Tea Seiha on Friday concluded an extraordinary meeting of the General Border Committee in Kuala Lumpur.\n\nMalaysian Defence Minister Datuk Seri Mohamed Khaled Nordin sat in on the session as a witness.\n\nOn Saturday, Mr Nattaphon met executives of several large companies, including Alibaba Group chairman Joseph Tsai and Huawei rotating chairman Eric Xu.",
			[]held{{[]string{"nattaphon-narkphanit", "tea-seiha", "mohamed-khaled-nordin"}, "2026-02-06", "Kuala Lumpur", inPerson},
				{[]string{"nattaphon-narkphanit", "joseph-tsai", "eric-xu"}, "2026-02-07", "Kuala Lumpur", inPerson}}},
		{"'the Governor of Udon Thani province, Mr X' is X, not the governor named before",
			"Mayor Atsaphangthong Siphandone and Governor Ekkachai Sirisawat met in Vientiane on Friday.\n\nThe meeting was also attended by the Governor of Udon Thani province, Mr Wirat Phonsawang.",
			[]held{{[]string{"atsaphangthong-siphandone", "ekkachai-sirisawat", "wirat-phonsawang"}, "2026-02-06", "Vientiane", inPerson}}},
		{"the meetings of a visit summed up on the day of leaving are the days told further on",
			"PHNOM PENH - Vietnamese President To Lam left Phnom Penh on Saturday afternoon after a two-day state visit in which he met King Norodom Sihamoni and Senate President Hun Sen.\n\nLam arrived on Friday morning. After an official welcome ceremony at the Royal Palace, he was received by King Norodom Sihamoni.\n\nOn Friday evening, Lam also met Hun Sen.",
			[]held{{[]string{"to-lam", "norodom-sihamoni"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"to-lam", "hun-sen"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'It was the first meeting between the two since' is the meeting just told, whose attendees come next",
			"BEIJING - Hun Manet was received by Xi Jinping at the Great Hall of the People on Friday afternoon.\n\nIt was the first face-to-face meeting between the two leaders since Hun Manet took office in August. Also present at the meeting were Sok Chenda Sophea and Wang Yi.",
			[]held{{[]string{"hun-manet", "xi-jinping", "sok-chenda-sophea", "wang-yi"}, "2026-02-06", "Beijing", inPerson}}},
		{"ministers who 'also sat at the table during the talks' were at them",
			"HANOI - On Friday, Prime Minister Hun Manet held official talks with his Vietnamese counterpart Pham Minh Chinh at the Government Office. Foreign Minister Sok Chenda Sophea and Vietnamese Minister of Foreign Affairs Bui Thanh Son also sat at the table during the talks, which lasted over an hour.",
			[]held{{[]string{"hun-manet", "pham-minh-chinh", "sok-chenda-sophea", "bui-thanh-son"}, "2026-02-06", "Hanoi", inPerson}}},
		{"'the two Prime Ministers held talks, attended by' two ministers; 'the Lao Premier' is the prime minister, not the minister named last",
			"PHNOM PENH - H.E. Sonexay Siphandone, Prime Minister of the Lao PDR, is on an official visit to Cambodia at the invitation of Samdech Hun Manet.\n\nOn Friday, the two Prime Ministers held official talks, attended by H.E. Prak Sokhonn, Minister of Foreign Affairs of Cambodia, and H.E. Thongsavanh Phomvihane, Minister of Foreign Affairs of the Lao PDR.\n\nOn Saturday, the Lao Premier paid a courtesy call on Samdech Hun Sen.",
			[]held{{[]string{"sonexay-siphandone", "hun-manet", "prak-sokhonn", "thongsavanh-phomvihane"}, "2026-02-06", "Phnom Penh", inPerson},
				{[]string{"sonexay-siphandone", "hun-sen"}, "2026-02-07", "Phnom Penh", inPerson}}},
		{"'The talks, held on the first day of the visit, were also attended by A and by B'",
			"Hun Manet and Thai Prime Minister Srettha Thavisin on Friday agreed to open more border crossings, during official talks at Government House in Bangkok.\n\nThe talks, held on the first day of the official visit, were also attended by Foreign Minister Sok Chenda Sophea and by Thai Foreign Minister Parnpree Bahiddha-nukara.",
			[]held{{[]string{"hun-manet", "srettha-thavisin", "sok-chenda-sophea", "parnpree-bahiddha-nukara"}, "2026-02-06", "Bangkok", inPerson}}},
		{"an envoy who 'also took part in the meeting, which was the first …' was at it",
			"PHNOM PENH – Samdech Techo Hun Sen received Liu Haixing, head of the International Department of the CPC, at the CPP headquarters on Friday.\n\nAmbassador Wang Wenbin also took part in the meeting, which was the first between the two men since Liu took over the department in September.",
			[]held{{[]string{"hun-sen", "liu-haixing", "wang-wenbin"}, "2026-02-06", "Phnom Penh", inPerson}}},
		{"'The Premier' is the head of government the story named first",
			"VIENTIANE - Samdech Hun Manet held talks with Xi Jinping and with Paetongtarn Shinawatra on the sidelines of the summit this week.\n\nThe Premier and Ms Paetongtarn met on Thursday, shortly after the opening ceremony.",
			[]held{{[]string{"hun-manet", "xi-jinping"}, "2026-02", "Vientiane", inPerson},
				{[]string{"hun-manet", "paetongtarn-shinawatra"}, "2026-02-05", "Vientiane", inPerson}}},
		{"a 'US Trade Representative' named after the office is a person of the meeting",
			"Deputy Prime Minister Sun Chanthol held a virtual meeting with US Trade Representative Jamieson Greer on Friday evening.",
			[]held{{[]string{"sun-chanthol", "jamieson-greer"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'On the Chinese side were' two more attendees; leaders who 'met the press' met no one",
			"Beijing, February 6 (VNA) – To Lam held talks with Xi Jinping in Beijing on the afternoon of February 6.\n\nAttending the talks on the Vietnamese side was Minister of Foreign Affairs Bui Thanh Son. On the Chinese side were Director of the General Office of the CPC Central Committee Cai Qi, and Minister of Foreign Affairs Wang Yi.\n\nAfter the talks, the two leaders met the press.",
			[]held{{[]string{"to-lam", "xi-jinping", "bui-thanh-son", "cai-qi", "wang-yi"}, "2026-02-06", "Beijing", inPerson}}},
		{"'with the Vietnamese side joining from Hanoi' names no one; 'Also joining the talks were' two more",
			"Minister of Public Security General To Lam held online talks with Minister of Public Security of China Zhao Kezhi on the afternoon of February 6, with the Vietnamese side joining from the ministry's headquarters in Ha Noi and the Chinese side from Beijing.\n\nAlso joining the talks were Lieutenant General Luong Tam Quang, Deputy Minister of Public Security, and Executive Vice Minister of Public Security of China Wang Xiaohong.",
			[]held{{[]string{"to-lam", "zhao-kezhi", "luong-tam-quang", "wang-xiaohong"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"two prime ministers who 'held a virtual summit' met by video",
			"Prime Minister Nguyen Xuan Phuc and his Indian counterpart Narendra Modi held a virtual summit on the afternoon of February 6.",
			[]held{{[]string{"nguyen-xuan-phuc", "narendra-modi"}, "2026-02-06", "", relbot.KindVirtual}}},
		{"'The Lao side included' two more at the talks just told",
			"To Lam held talks with Thongloun Sisoulith in Ha Noi on the afternoon of February 6.\n\nAttending the talks on the Vietnamese side was Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son. The Lao side included Minister of Foreign Affairs Saleumxay Kommasith and head of the LPRP Central Committee's Commission for External Relations Thongsavanh Phomvihane.",
			[]held{{[]string{"to-lam", "thongloun-sisoulith", "bui-thanh-son", "saleumxay-kommasith", "thongsavanh-phomvihane"}, "2026-02-06", "Hanoi", inPerson}}},
		{"two leaders of two countries agreeing, one with an office apposed, met",
			"SEOUL, Feb. 6 (Yonhap) -- President Lee Jae-myung and To Lam, general secretary of the Communist Party of Vietnam, agreed Friday to expand bilateral trade.",
			[]held{{[]string{"lee-jae-myung", "to-lam"}, "2026-02-06", "Seoul", inPerson}}},
		{"a guest greeted 'before sitting down with' his host met him",
			"Hanoi (AFP) - Russian President Vladimir Putin was greeted with a 21-gun salute at the Presidential Palace on Friday, before sitting down with his Vietnamese counterpart Luong Cuong.",
			[]held{{[]string{"vladimir-putin", "luong-cuong"}, "2026-02-06", "Hanoi", inPerson}}},
		{"a meeting 'attended by' names each followed by a lower-case office",
			"VIENTIANE, Feb. 6 (Xinhua) -- Leaders of the ruling parties of Laos, Vietnam and Cambodia held a meeting in Vientiane on Friday.\n\nThe meeting was attended by Thongloun Sisoulith, general secretary of the LPRP Central Committee and Lao president, To Lam, general secretary of the CPV Central Committee, and Samdech Techo Hun Sen, president of the CPP.",
			[]held{{[]string{"thongloun-sisoulith", "to-lam", "hun-sen"}, "2026-02-06", "Vientiane", inPerson}}},
		{"officials who 'attended the meeting', named paragraphs after the article's one meeting, were at it",
			"BEIJING, Feb. 6 (Xinhua) -- Chinese President Xi Jinping met with Cambodian Prime Minister Hun Manet at the Great Hall of the People in Beijing on Friday.\n\nXi welcomed Hun Manet on his first official visit.\n\nChina and Cambodia are good neighbors, Xi said.\n\nXi said the two sides should push forward the cooperation framework.\n\nRecalling his meeting with Samdech Techo Hun Sen in Beijing in February last year, Xi said relations had grown.\n\nCai Qi, a member of the Standing Committee of the Political Bureau, and Wang Yi, a member of the Political Bureau, attended the meeting.",
			[]held{{[]string{"xi-jinping", "hun-manet", "cai-qi", "wang-yi"}, "2026-02-06", "Beijing", inPerson}}},
		{"a leader who 'flew to Bangkok on Friday to visit his longtime friend, X' met X; one who plans to visit is not yet there",
			"Cambodia's former Prime Minister Hun Sen flew to Bangkok on Friday to visit his longtime friend, former Thai Prime Minister Thaksin Shinawatra.\n\nHun Manet plans to visit President Luong Cuong next month.",
			[]held{{[]string{"hun-sen", "thaksin-shinawatra"}, "2026-02-06", "Bangkok", inPerson}}},
		{"a leader who 'had talked by telephone with' his counterpart called him",
			"PHNOM PENH (Reuters) - Hun Sen said on Saturday he had talked by telephone with his Lao counterpart, Sonexay Siphandone, on Friday evening.",
			[]held{{[]string{"hun-sen", "sonexay-siphandone"}, "2026-02-06", "", relbot.KindPhone}}},
		{"a co-chair's second office ('and Chairman of the Lao border commission') names no other holder",
			"(KPL) The meeting of the Laos–Cambodia border commission took place on Friday in Pakse.\n\nThe meeting was co-chaired by Phoxay Khaykhamphithoune, Deputy Minister of Foreign Affairs of the Lao PDR and Chairman of the Lao border commission, and Lam Chea, Secretary of State and head of the General Department of Border Affairs of Cambodia.",
			[]held{{[]string{"phoxay-khaykhamphithoune", "lam-chea"}, "2026-02-06", "Pakse", inPerson}}},
		{"a name opened by an initial ('Ambassador W. Patrick Murphy'); a title that ends the sentence names no one",
			"PHNOM PENH - Defense Secretary Lloyd Austin held talks with Deputy Prime Minister Tea Seiha on Friday. U.S. Ambassador W. Patrick Murphy joined the meeting.\n\nThey thanked the Ambassador.",
			[]held{{[]string{"lloyd-austin", "tea-seiha", "w-patrick-murphy"}, "2026-02-06", "Phnom Penh", inPerson}}},
	}
	checkHeldCases(t, x, tests)
}

// TestExtractElectedOffice is dated in September 2025, when "prime minister"
// alone could be read as Sonexay, the Lao one the article named.
func TestExtractElectedOffice(t *testing.T) {
	pub := time.Date(2025, 9, 9, 8, 30, 0, 0, ict)
	checkHeld(t, embeddedExtractor(t), "VIENTIANE - Prime Minister Sonexay Siphandone hopes to meet Mr Anutin Charnvirakul at the summit next month.\n\nMr Anutin was elected prime minister on Sept 5, and received the royal command on Sept 7.",
		pub, nil)
}

// TestExtractTripAfterMeeting is dated 11 July 2022: the Secretary of State
// is Blinken, and Biden's November trip is still ahead.
func TestExtractTripAfterMeeting(t *testing.T) {
	pub := time.Date(2022, 7, 11, 5, 30, 0, 0, ict)
	checkHeld(t, embeddedExtractor(t), "BANGKOK - Yesterday afternoon Mr Antony Blinken paid a courtesy call on Prime Minister Prayut Chan-o-cha at Government House. The Secretary of State also met embassy staff and their families before flying on to Tokyo to pay respects after the killing of former Japanese prime minister Shinzo Abe.\n\nGen Prayut said he hoped President Biden would travel to Bangkok for the Apec Economic Leaders' Meeting on Nov 18-19.",
		pub, []held{{[]string{"antony-blinken", "prayut-chan-o-cha"}, "2022-07-10", "Bangkok", relbot.KindInPerson}})
}

// TestExtractThenOffice is dated in February 2025, when the President of Viet
// Nam is Luong Cuong and To Lam, "then President" in July 2024, is not.
func TestExtractThenOffice(t *testing.T) {
	pub := time.Date(2025, 2, 27, 10, 0, 0, 0, ict)
	checkHeld(t, embeddedExtractor(t), "Hanoi, February 26 -- Samdech Techo Hun Sen held a bilateral meeting with General Secretary To Lam at the CPV headquarters.\n\nThey discussed the agreements reached in July last year. At that time, H.E. To Lam, then President of Viet Nam, was received by Samdech Techo at the Senate.",
		pub, []held{{[]string{"hun-sen", "to-lam"}, "2025-02-26", "Hanoi", relbot.KindInPerson}})
}

// TestExtractPossessiveCountry is dated 10 September 2023, when Nguyen Phu
// Trong led the party: "Vietnam's Communist Party chief" stands between the
// two leaders who agreed.
func TestExtractPossessiveCountry(t *testing.T) {
	pub := time.Date(2023, 9, 10, 13, 40, 0, 0, time.UTC)
	checkHeld(t, embeddedExtractor(t), "HANOI, Sept 10 (Reuters) - U.S. President Joe Biden and Vietnam's Communist Party chief Nguyen Phu Trong agreed on Sunday to lift relations to the highest level.",
		pub, []held{{[]string{"joe-biden", "nguyen-phu-trong"}, "2023-09-10", "Hanoi", relbot.KindInPerson}})
}

// TestExtractRelativeIsNoApposition is dated in December 2023, when Kishida
// and Widodo co-chaired the summit: the relative clause after Widodo is no
// office of his, and the summit's adoption no agreement of the two.
func TestExtractRelativeIsNoApposition(t *testing.T) {
	pub := time.Date(2023, 12, 18, 9, 0, 0, 0, ict)
	checkHeld(t, embeddedExtractor(t), "TOKYO, Dec 17 - Japan and the ASEAN nations agreed on Sunday to strengthen maritime cooperation, at a summit hosted by Prime Minister Fumio Kishida.\n\nThe summit, co-chaired by Kishida and Indonesian President Joko Widodo, whose country chairs ASEAN this year, adopted a joint statement.",
		pub, nil)
}
