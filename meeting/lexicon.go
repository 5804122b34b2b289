package meeting

import (
	"fmt"
	"strings"
	"time"

	"github.com/relbot/relbot"
)

// The word lists below are the extractor's knowledge of news language. They
// are written for wire copy in general (VNA, AKP, Xinhua, Khmer Times, Nhân
// Dân), not for any one article.

// honorifics precede names and carry no role: "Samdech Techo Hun Sen",
// "H.E. Prak Sokhonn", "Lt. Gen. Tea Seiha".
var honorifics = func() *phrases[bool] {
	p := newPhrases[bool]()
	for _, s := range []string{
		"samdech", "samdech techo", "samdech moha bovor thipadei", "samdech moha borvor thipadei", "samdech thipadei",
		"samdech akka moha sena padei techo", "samdech akka moha thamma pothisal",
		"samdech vibol sena pheakdei", "samdech moha rajabandit", "samdech pichey sena", "samdech kittiprittbindit", "samdech kittipritbandit",
		"preah bat samdech preah boromneath", "samdech preah mahaksatreiy", "preah mahaksatreiy", "his majesty", "her majesty", "his royal highness",
		"h.e.", "h. e.", "h.h.", "h. h.", "his highness", "her highness", "his excellency", "her excellency", "excellency", "lok chumteav", "neak oknha", "oknha",
		"mr.", "mr", "ms.", "ms", "mrs.", "mrs", "madam", "madame", "dr.", "dr", "prof.", "prof", "professor",
		// Singapore's "Mdm Ngan", French "Mme"
		"mdm", "mdm.", "mme", "mme.",
		"associate professor", "assoc. prof.", "assoc prof", "assoc. prof. dr.", "assoc prof dr", "prof. dr.", "prof dr",
		"comrade", "gen.", "gen", "lt.", "lt. gen.", "lt gen", "maj. gen.", "sen. lt. gen.", "sen. gen.",
		"lieutenant general", "major general", "senior lieutenant general", "general", "colonel", "admiral",
		"senior general", "mr. president", "lady",
		"maj gen", "maj gen.", "maj. gen", "pol gen", "pol. gen.", "pol gen.", "pol lt gen", "pol. lt. gen.", "pol maj gen",
		"brig gen", "brig. gen.", "col", "col.", "lt col", "lt. col.", "rear admiral", "vice admiral", "air chief marshal",
		"senior colonel", "sr. col.", "sr col", "senior captain", "sr. lt. gen.", "sr lt gen", "sr. gen.", "sr gen",
		"senior lt gen", "senior lt. gen.", "senior lt-gen", "sen lt gen", "snr lt gen", "senior maj gen", "senior maj. gen.",
		"brigadier general", "lieutenant colonel", "major", "captain", "police general", "police lieutenant general",
		"police major general", "pol. col.", "pol col", "air marshal", "air vice marshal",
		// Singapore's and Britain's hyphens: "Senior Lieutenant-General
		// Hoang Xuan Chien", "Lt-Gen".
		"lieutenant-general", "senior lieutenant-general", "major-general", "lieutenant-colonel", "brigadier-general",
		"lt-gen", "sr lt-gen", "maj-gen", "lt-col", "rear-admiral", "vice-admiral",
		"adm", "adm.", "capt", "capt.", "cdr", "cdr.", "cmdr", "cmdr.", "maj", "maj.",
		"first admiral", "commodore", "brigadier", "air commodore",
		// Indonesia writes its forces after the rank: "Admiral TNI Muhammad
		// Ali", "Marshal TNI …".
		"admiral tni", "general tni", "marshal tni", "air chief marshal tni", "first admiral tni", "rear admiral tni",
		"vice admiral tni", "major general tni", "lieutenant general tni", "air marshal tni",
		// Monks' styles: "the Most Venerable Thich Nhat Tam", "Samdech
		// Preah Vanaratt Ouk Chandara".
		"most venerable", "venerable", "ven.", "most ven.", "samdech preah", "samdech preah vanaratt", "preah vanaratt",
		"samdech preah sumedhadhipati", "samdech preah agga maha sangharajadhipati",
		// Theravada styles elsewhere: "Phra Maha Somchai Kittipanyo",
		// "Pha Ajarn Sisavath Vongphachanh", "Sayadaw Bhaddanta Indaka"; and
		// India's "Shri" and Tibetan "Khensur Rinpoche".
		"phra", "phra maha", "phra ajarn", "phra ajahn", "pha ajarn", "pha ajahn", "ajahn", "ajarn", "phra khru",
		"sayadaw", "bhaddanta", "sayadaw bhaddanta", "shri", "smt.", "shrimati", "khensur rinpoche", "rinpoche", "geshe",
		// Churches' styles: "Cardinal Pietro Parolin", "Archbishop Marek
		// Zalewski", "Msgr. Miroslaw Wachowski", "Pope Leo XIV".
		"pope", "cardinal", "archbishop", "bishop", "auxiliary bishop", "monsignor", "msgr.", "msgr", "mgr.", "reverend", "rev.", "the rev.",
		"father", "fr.", "patriarch", "supreme patriarch", "great supreme patriarch", "sangharaja",
		// Professional styles: Saudi and Gulf releases' "Eng. Ahmed bin
		// Sulaiman Al-Rajhi", the Philippines' "Engr." and "Atty.".
		"eng.", "engr.", "engr", "atty.", "atty",
		// South Asia's and Indonesia's: "Minister for Science and
		// Technology Architect Yeafesh Osman", "Barrister Anisul Huq",
		// "Ir. Basuki Hadimuljono", Nigeria's "Alhaji".
		"architect", "barrister", "advocate", "adv.", "engineer", "ir.", "alhaji", "alhaja",
		// Bhutan's ministers' and officials' styles: "Lyonpo Gem Tshering",
		// "Dasho Karma Tshering".
		"lyonpo", "dasho", "lyonchhen",
		// "Swedish centre-right MEP Jörgen Warborn, a member of the
		// committee": the office's acronym before a name is no part of it.
		"mep",
		// Britain's privy counsellors: "Rt Hon Jonathan Reynolds MP".
		"rt hon", "rt. hon.", "rt hon.", "the rt hon", "the rt. hon.", "right honourable", "the right honourable",
		// Australia's ministers: "the Hon Peter Dutton MP"
		"hon", "hon.", "the hon", "the hon.", "honourable", "the honourable",
		// Samoa's: "The Prime Minister, Afioga Fiamē Naomi Mata'afa",
		// "Susuga Tuimalealiifano".
		"afioga", "susuga",
		// Thailand's royal descent and decorations: "M.R. Chatumongol
		// Sonakul", "M.L. Kathathong Thongyai", "Khunying Kalaya".
		"m.r.", "m. r.", "m.l.", "m. l.", "mom rajawongse", "mom luang", "khunying", "thanpuying",
	} {
		p.add(s, true)
	}
	return p
}()

// countries maps adjectives and names to ISO codes.
var countries = phraseTable(map[string][]string{
	"KH": {"cambodian", "cambodia", "khmer", "kingdom of cambodia"},
	"VN": {"vietnamese", "vietnam", "viet nam", "việt nam", "socialist republic of viet nam", "socialist republic of vietnam"},
	"LA": {"lao", "laos", "laotian", "lao pdr", "lao people's democratic republic"},
	"CN": {"chinese", "china", "people's republic of china"},
	"TH": {"thai", "thailand", "kingdom of thailand"},
	"SG": {"singaporean", "singapore", "republic of singapore"},
	"MY": {"malaysian", "malaysia"},
	"ID": {"indonesian", "indonesia", "republic of indonesia"},
	"PH": {"philippine", "filipino", "philippines", "republic of the philippines"},
	"MM": {"myanmar", "burmese", "republic of the union of myanmar"},
	"BN": {"bruneian", "brunei", "brunei darussalam"},
	"TL": {"timorese", "timor-leste", "east timor"},
	"JP": {"japanese", "japan"},
	"KR": {"korean", "south korean", "republic of korea", "south korea", "korea"},
	"IN": {"indian", "india", "republic of india"},
	"US": {"american", "u.s.", "us", "united states"},
	"RU": {"russian", "russia", "russian federation"},
	"AU": {"australian", "australia", "commonwealth of australia"},
	"FR": {"french", "france", "french republic"},
	"GB": {"british", "britain", "united kingdom", "u.k.", "uk"},
	"DE": {"german", "germany", "federal republic of germany"},
	"IT": {"italian", "italy", "italian republic"},
	"ES": {"spanish", "spain", "kingdom of spain"},
	"BE": {"belgian", "belgium", "kingdom of belgium"},
	"CA": {"canadian", "canada"},
	"NZ": {"new zealand"},
	"KP": {"north korean", "north korea", "dprk"},
	"TW": {"taiwanese", "taiwan"},
	"MN": {"mongolian", "mongolia"},
	"BD": {"bangladeshi", "bangladesh"},
	"LK": {"sri lankan", "sri lanka"},
	"PK": {"pakistani", "pakistan"},
	"UA": {"ukrainian", "ukraine"},
	"TR": {"turkish", "turkey", "türkiye", "republic of türkiye", "republic of turkey"},
	"AE": {"emirati", "united arab emirates", "uae"},
	"SA": {"saudi", "saudi arabia", "kingdom of saudi arabia"},
	"QA": {"qatari", "qatar", "state of qatar"},
	"IR": {"iranian", "iran", "islamic republic of iran"},
	"EG": {"egyptian", "egypt", "arab republic of egypt"},
	"ZA": {"south african", "south africa", "republic of south africa"},
	"BR": {"brazilian", "brazil", "federative republic of brazil"},
	"PE": {"peruvian", "peru"},
	"CU": {"cuban", "cuba", "republic of cuba"},
	"FI": {"finnish", "finland"},
	"SE": {"swedish", "sweden", "kingdom of sweden"},
	"NO": {"norwegian", "norway", "kingdom of norway"},
	"DK": {"danish", "denmark", "kingdom of denmark"},
	"NL": {"dutch", "netherlands", "the netherlands", "kingdom of the netherlands"},
	"AT": {"austrian", "austria"},
	"CH": {"swiss", "switzerland", "swiss confederation"},
	"PL": {"polish", "poland", "republic of poland"},
	"CZ": {"czech", "czech republic", "czechia"},
	"HU": {"hungarian", "hungary"},
	"GR": {"greek", "greece", "hellenic", "hellenic republic"},
	"PT": {"portuguese", "portugal"},
	"IE": {"irish", "ireland"},
	"IL": {"israeli", "israel", "state of israel"},
	"IQ": {"iraqi", "iraq"},
	"KW": {"kuwaiti", "kuwait", "state of kuwait"},
	"NP": {"nepali", "nepalese", "nepal"},
	"KZ": {"kazakh", "kazakhstan", "republic of kazakhstan"},
	"UZ": {"uzbek", "uzbekistan", "republic of uzbekistan"},
	"BY": {"belarusian", "belarus"},
	"AR": {"argentine", "argentinian", "argentina"},
	"CL": {"chilean", "chile"},
	"MX": {"mexican", "mexico", "united mexican states"},
	"CO": {"colombian", "colombia"},
	"VE": {"venezuelan", "venezuela"},
	"NG": {"nigerian", "nigeria", "federal republic of nigeria"},
	"KE": {"kenyan", "kenya", "republic of kenya"},
	"ET": {"ethiopian", "ethiopia"},
	"MA": {"moroccan", "morocco", "kingdom of morocco"},
	"DZ": {"algerian", "algeria"},
	"MZ": {"mozambican", "mozambique"},
	"FJ": {"fijian", "fiji"},
	"GH": {"ghanaian", "ghana"},
	"TZ": {"tanzanian", "tanzania"},
	"UG": {"ugandan", "uganda"},
	"SN": {"senegalese", "senegal"},
	"AO": {"angolan", "angola"},
	"RW": {"rwandan", "rwanda"},
	"ZM": {"zambian", "zambia"},
	"ZW": {"zimbabwean", "zimbabwe"},
	"TN": {"tunisian", "tunisia"},
	"LY": {"libyan", "libya"},
	"SD": {"sudanese", "sudan"},
	"CM": {"cameroonian", "cameroon"},
	"JO": {"jordanian", "jordan", "hashemite kingdom of jordan"},
	"OM": {"omani", "oman", "sultanate of oman"},
	"BH": {"bahraini", "bahrain", "kingdom of bahrain"},
	"LB": {"lebanese", "lebanon"},
	"SY": {"syrian", "syria"},
	"PS": {"palestinian", "palestine", "state of palestine"},
	"AZ": {"azerbaijani", "azerbaijan", "republic of azerbaijan"},
	"AM": {"armenian", "armenia"},
	"KG": {"kyrgyz", "kyrgyzstan"},
	"TJ": {"tajik", "tajikistan"},
	"TM": {"turkmen", "turkmenistan"},
	"AF": {"afghan", "afghanistan"},
	"MV": {"maldivian", "maldives"},
	"BT": {"bhutanese", "bhutan"},
	"RO": {"romanian", "romania"},
	"BG": {"bulgarian", "bulgaria"},
	"RS": {"serbian", "serbia"},
	"HR": {"croatian", "croatia"},
	"SI": {"slovenian", "slovenia"},
	"SK": {"slovak", "slovakia"},
	"LT": {"lithuanian", "lithuania"},
	"LV": {"latvian", "latvia"},
	"EE": {"estonian", "estonia"},
	"IS": {"icelandic", "iceland"},
	"CY": {"cypriot", "cyprus"},
	"MT": {"maltese", "malta"},
	"EC": {"ecuadorian", "ecuador"},
	"BO": {"bolivian", "bolivia"},
	"UY": {"uruguayan", "uruguay"},
	"PY": {"paraguayan", "paraguay"},
	"PA": {"panamanian", "panama"},
	"CR": {"costa rican", "costa rica"},
	"NI": {"nicaraguan", "nicaragua"},
	"GT": {"guatemalan", "guatemala"},
	"LU": {"luxembourg"},
	// The Union signs and talks as one party: "EU Trade Commissioner A",
	// "European Council President B".
	"EU": {"eu", "european"},
	"PG": {"papua new guinea"},
	// The Pacific Islands Forum's members.
	"TO": {"tongan", "tonga"},
	"WS": {"samoan", "samoa"},
	"SB": {"solomon islands"},
	"VU": {"vanuatu", "ni-vanuatu"},
	"TV": {"tuvaluan", "tuvalu"},
	"NR": {"nauruan", "nauru"},
	"KI": {"kiribati"},
	"PW": {"palauan", "palau"},
	// Africa, the Caribbean, Central America and the Balkans
	"TD": {"chadian", "chad"},
	"NE": {"nigerien", "niger"},
	"ML": {"malian", "mali"},
	"BF": {"burkinabe", "burkinabè", "burkina faso"},
	"SS": {"south sudanese", "south sudan"},
	"ER": {"eritrean", "eritrea"},
	"SO": {"somali", "somalia"},
	"CF": {"central african republic"},
	"CD": {"democratic republic of the congo", "democratic republic of congo", "dr congo", "drc", "congolese"},
	"CG": {"republic of the congo", "congo-brazzaville"},
	"GA": {"gabonese", "gabon"},
	"CI": {"ivorian", "côte d'ivoire", "cote d'ivoire", "ivory coast"},
	"BJ": {"beninese", "benin"},
	"TG": {"togolese", "togo"},
	"GN": {"guinean", "guinea"},
	"SL": {"sierra leonean", "sierra leone"},
	"LR": {"liberian", "liberia"},
	"MR": {"mauritanian", "mauritania"},
	"NA": {"namibian", "namibia"},
	"BW": {"botswana"},
	"MW": {"malawian", "malawi"},
	"MG": {"malagasy", "madagascar"},
	"MU": {"mauritian", "mauritius"},
	"BI": {"burundian", "burundi"},
	"GM": {"gambian", "the gambia", "gambia"},
	"HN": {"honduran", "honduras"},
	"SV": {"salvadoran", "el salvador"},
	"DO": {"dominican republic"},
	"HT": {"haitian", "haiti"},
	"JM": {"jamaican", "jamaica"},
	"GY": {"guyanese", "guyana"},
	"SR": {"surinamese", "suriname"},
	"TT": {"trinidad and tobago", "trinidadian"},
	"BB": {"barbadian", "barbados"},
	"YE": {"yemeni", "yemen"},
	"MD": {"moldovan", "moldova"},
	"AL": {"albanian", "albania"},
	"MK": {"north macedonian", "north macedonia", "macedonian"},
	"BA": {"bosnian", "bosnia and herzegovina", "bosnia"},
	"ME": {"montenegrin", "montenegro"},
	"XK": {"kosovar", "kosovo"},
})

// viceHyphenated adds the hyphenated spelling of each "vice …" form
// ("vice-chairman", "Vice-President"), which tokenizes as one word.
func viceHyphenated(forms map[string][]string) map[string][]string {
	for value, fs := range forms {
		for _, f := range fs {
			if strings.HasPrefix(f, "vice ") {
				forms[value] = append(forms[value], "vice-"+strings.TrimPrefix(f, "vice "))
			}
		}
	}
	return forms
}

// phraseTable builds a phrase table from each value's written forms.
// A form listed under two values would make matches depend on map order, so
// it panics at start-up rather than answer differently from run to run.
func phraseTable(forms map[string][]string) *phrases[string] {
	p := newPhrases[string]()
	owner := map[string]string{}
	for value, fs := range forms {
		for _, f := range fs {
			k := strings.Join(keys(f), " ")
			if prev, ok := owner[k]; ok && prev != value {
				panic(fmt.Sprintf("phrase table: %q is listed under both %q and %q", f, prev, value))
			}
			owner[k] = value
			p.add(f, value)
		}
	}
	return p
}

// capitals places an in-person meeting held during a visit to a country.
var capitals = map[string]string{
	"KH": "Phnom Penh", "VN": "Hanoi", "LA": "Vientiane", "CN": "Beijing", "TH": "Bangkok",
	"SG": "Singapore", "MY": "Kuala Lumpur", "ID": "Jakarta", "PH": "Manila", "MM": "Naypyidaw",
	"BN": "Bandar Seri Begawan", "TL": "Dili", "JP": "Tokyo", "KR": "Seoul", "IN": "New Delhi",
	"RU": "Moscow", "US": "Washington", "AU": "Canberra", "FR": "Paris",
	"GB": "London", "DE": "Berlin", "IT": "Rome", "ES": "Madrid", "BE": "Brussels", "CA": "Ottawa", "NZ": "Wellington",
	"KP": "Pyongyang", "TW": "Taipei", "MN": "Ulaanbaatar", "BD": "Dhaka", "LK": "Colombo", "PK": "Islamabad", "UA": "Kyiv",
	"TR": "Ankara", "AE": "Abu Dhabi", "SA": "Riyadh", "QA": "Doha", "IR": "Tehran", "EG": "Cairo", "ZA": "Pretoria",
	"BR": "Brasília", "PE": "Lima", "CU": "Havana",
	"FI": "Helsinki", "SE": "Stockholm", "NO": "Oslo", "DK": "Copenhagen", "NL": "Amsterdam", "AT": "Vienna", "CH": "Bern",
	"PL": "Warsaw", "CZ": "Prague", "HU": "Budapest", "GR": "Athens", "PT": "Lisbon", "IE": "Dublin", "IL": "Jerusalem",
	"IQ": "Baghdad", "KW": "Kuwait City", "NP": "Kathmandu", "KZ": "Astana", "UZ": "Tashkent", "BY": "Minsk",
	"AR": "Buenos Aires", "CL": "Santiago", "MX": "Mexico City", "CO": "Bogotá", "VE": "Caracas", "NG": "Abuja",
	"KE": "Nairobi", "ET": "Addis Ababa", "MA": "Rabat", "DZ": "Algiers", "MZ": "Maputo", "FJ": "Suva", "PG": "Port Moresby",
	"TO": "Nuku'alofa", "WS": "Apia", "SB": "Honiara", "VU": "Port Vila", "TV": "Funafuti", "NR": "Yaren", "KI": "Tarawa", "PW": "Ngerulmud",
	"GH": "Accra", "TZ": "Dodoma", "UG": "Kampala", "SN": "Dakar", "AO": "Luanda", "RW": "Kigali", "ZM": "Lusaka", "ZW": "Harare",
	"TN": "Tunis", "LY": "Tripoli", "SD": "Khartoum", "CM": "Yaoundé", "JO": "Amman", "OM": "Muscat", "BH": "Manama", "LB": "Beirut",
	"SY": "Damascus", "PS": "Ramallah", "AZ": "Baku", "AM": "Yerevan", "KG": "Bishkek", "TJ": "Dushanbe", "TM": "Ashgabat", "AF": "Kabul",
	"MV": "Malé", "BT": "Thimphu", "RO": "Bucharest", "BG": "Sofia", "RS": "Belgrade", "HR": "Zagreb", "SI": "Ljubljana", "SK": "Bratislava",
	"LT": "Vilnius", "LV": "Riga", "EE": "Tallinn", "IS": "Reykjavík", "CY": "Nicosia", "MT": "Valletta", "EC": "Quito", "BO": "La Paz",
	"UY": "Montevideo", "PY": "Asunción", "PA": "Panama City", "CR": "San José", "NI": "Managua", "GT": "Guatemala City", "LU": "Luxembourg",
	"TD": "N'Djamena", "NE": "Niamey", "ML": "Bamako", "BF": "Ouagadougou", "SS": "Juba", "ER": "Asmara", "SO": "Mogadishu", "CF": "Bangui", "CD": "Kinshasa", "CG": "Brazzaville", "GA": "Libreville", "CI": "Abidjan", "BJ": "Cotonou", "TG": "Lomé", "GN": "Conakry", "SL": "Freetown", "LR": "Monrovia", "MR": "Nouakchott", "NA": "Windhoek", "BW": "Gaborone", "MW": "Lilongwe", "MG": "Antananarivo", "MU": "Port Louis", "BI": "Gitega", "GM": "Banjul", "HN": "Tegucigalpa", "SV": "San Salvador", "DO": "Santo Domingo", "HT": "Port-au-Prince", "JM": "Kingston", "GY": "Georgetown", "SR": "Paramaribo", "TT": "Port of Spain", "BB": "Bridgetown", "YE": "Sanaa", "MD": "Chișinău", "AL": "Tirana", "MK": "Skopje", "BA": "Sarajevo", "ME": "Podgorica", "XK": "Pristina",
}

// orgs maps party and institution names to a short key; roles name the
// organisation in full, compared through the same table.
var orgs = phraseTable(map[string][]string{
	"CPV":   {"cpv", "communist party of vietnam", "communist party of viet nam", "vietnamese communist party", "vcp"},
	"CPP":   {"cpp", "cambodian people's party", "cambodian peoples party"},
	"LPRP":  {"lprp", "lao people's revolutionary party", "lao peoples revolutionary party"},
	"CPC":   {"cpc", "communist party of china", "chinese communist party", "ccp"},
	"NA":    {"national assembly", "na"},
	"SEN":   {"senate"},
	"PARTY": {"party"},
})

// orgCountry gives the country of an organisation key, when it has one.
var orgCountry = map[string]string{"CPV": "VN", "CPP": "KH", "LPRP": "LA", "CPC": "CN"}

// titles are offices written before a name or used alone as a role phrase.
// The value is the canonical title compared with Role.Title.
var titles = phraseTable(viceHyphenated(map[string][]string{
	"prime minister":        {"prime minister", "pm", "prime minister of the kingdom of cambodia", "chairman of the cabinet of ministers", "chairwoman of the cabinet of ministers", "chair of the cabinet of ministers"},
	"deputy prime minister": {"deputy prime minister", "deputy pm", "permanent deputy prime minister", "vice prime minister", "deputy premier"},
	"premier":               {"premier", "chinese premier"},
	// The EU's foreign policy chief: "the High Representative held a
	// bilateral meeting with …"
	"high representative": {"high representative", "high representative for foreign affairs and security policy"},
	// The head of an agency (WHO, IAEA, WTO): "the Director-General held
	// talks with …" later is the one the story named so.
	"director-general":            {"director-general", "director general"},
	"vice premier":                {"vice premier"},
	"president":                   {"president", "state president", "chairman", "chairwoman", "chair", "party president", "head of state"},
	"vice president":              {"vice president", "vice-president", "vice state president"},
	"general secretary":           {"general secretary", "secretary general", "secretary-general", "party general secretary", "party chief", "top leader"},
	"king":                        {"king", "monarch", "sovereign"},
	"pope":                        {"pope", "pontiff", "holy father", "supreme pontiff"}, // "The Pope then met …": the one the story titled so
	"emperor":                     {"emperor"},
	"emir":                        {"emir", "amir"},
	"crown prince":                {"crown prince"},
	"state counsellor":            {"state counsellor", "state counselor"},
	"minister of foreign affairs": {"minister of foreign affairs", "foreign minister", "fm", "minister of foreign affairs and international cooperation", "foreign secretary"},
	// India's, whose press releases write "EAM" for him alone.
	"minister of external affairs":       {"minister of external affairs", "external affairs minister", "eam"},
	"foreign adviser":                    {"foreign adviser", "foreign affairs adviser"}, // Bangladesh's interim government names its ministers advisers
	"chief adviser":                      {"chief adviser", "chief advisor"},             // and its head "the Chief Adviser"
	"president of the national assembly": {"national assembly chairman", "national assembly chairwoman", "national assembly president", "na chairman", "na chairwoman", "national assembly chairperson", "na president", "president of the national assembly", "chairman of the national assembly", "chairwoman of the national assembly", "chairperson of the national assembly"},
	"president of the senate":            {"senate president", "president of the senate"},
	"minister of national defence":       {"defence minister", "defense minister", "minister of national defence", "minister of national defense", "minister of defence", "secretary of defense", "secretary of defence", "defense secretary", "defence secretary"},
	"ambassador":                         {"ambassador", "ambassador extraordinary and plenipotentiary", "ambassador-at-large", "ambassador at large"},
	// Indonesia's releases keep the ministries' short titles: "Menaker
	// Yassierli", "Menlu Retno".
	"minister": {"minister", "minister without portfolio", "senior minister", "deputy minister", "vice minister", "assistant minister", "assistant foreign minister", "assistant secretary", "secretary", "governor", "gov.", "mayor", "deputy foreign minister", "vice foreign minister", "first vice foreign minister", "second vice foreign minister", "first vice minister", "second vice minister", "secretary of state", "chief executive", "speaker", "deputy speaker", "envoy", "special envoy", "chief of staff", "commander", "senator", "sen.", "rep.", "vice chairman", "vice chairwoman", "permanent secretary", "party secretary", "undersecretary", "under secretary", "under-secretary", "under-secretary-general", "vice-minister", "deputy-minister", "head", "deputy secretary", "deputy chairman", "deputy chairwoman", "deputy governor", "vice governor", "deputy mayor", "vice mayor", "senate president pro tempore", "president pro tempore", "menteri", "menaker", "menlu", "menhan", "mendag", "menkeu", "menkes", "menko", "menparekraf", "menkominfo", "menkomdigi"},
}))

// personOffices come before the name of a person the gazetteer may lack
// ("Standing Member of the Secretariat Trần Quốc Vượng", "Opposition Leader
// Peter Dutton"), but name no office an actor is found by: a title of
// titles would make every "Member of the Politburo" a minister.
var personOffices = func() *phrases[bool] {
	p := newPhrases[bool]()
	for _, s := range []string{"standing member", "politburo member", "member", "opposition leader", "leader of the opposition", "governor-general",
		"marshal", "deputy marshal", // "the Marshal of the Polish Sejm, Szymon Hołownia"
		"majority leader", "minority leader", "majority floor leader", "minority floor leader", "deputy majority leader", "deputy minority leader",
		"governor general", "police chief", "chief", "chairperson", "vice chairperson", "deputy chairperson", "commandant", "deputy commandant", "regent", "deputy regent", "district head", "chief justice", "attorney general", "attorney-general", "solicitor general", "solicitor-general", "ceo",
		"procurator general", "procurator-general", "prosecutor general", "prosecutor-general", "chief prosecutor", "inspector general", "inspector-general",
		"prosecutor", "public prosecutor", "chief public prosecutor", "special prosecutor", "deputy prosecutor", "deputy prosecutor general", "deputy prosecutor-general", "judge", "presiding judge",
		"auditor general", "auditor-general", "chief auditor", "administrator", "vice administrator", "deputy administrator", "founder", "co-founder",
		// a foundation's heads: "received Bill Gates, Co-Chair of the Gates Foundation"
		"co-chair", "co-chairman", "co-chairwoman", "co-chairperson",
		"director", "deputy director", "director-general", "director general", "deputy director-general", "deputy head",
		// "Stefania Giannini, assistant director-general for education of
		// UNESCO,"
		"assistant director", "assistant director-general", "assistant director general", "assistant secretary-general", "assistant secretary general",
		"commissioner", "assistant commissioner", "senior assistant commissioner", "deputy commissioner", "commissioner-general", "commissioner general", "police commissioner", "police commissioner-general", "european commissioner", "representative", "trade representative", "special representative", "permanent representative",
		"national security adviser", "national security advisor", "security adviser", "senior adviser", "senior advisor", "adviser", "advisor",
		// "received Takebe Tsutomu, special advisor to the Japan-Vietnam
		// Friendship Parliamentary Alliance"
		"special adviser", "special advisor", "special assistant",
		// Bangladesh's interim government: "Foreign Adviser Md Touhid Hossain", "Chief Adviser Muhammad Yunus"
		"foreign adviser", "foreign affairs adviser", "chief adviser",
		"country director", "country manager", "regional director", "mission chief", "senior mission chief", "deputy mission chief", "resident representative", "chief representative",
		// "UN Resident Coordinator in Viet Nam Pauline Tamesis"
		"resident coordinator", "humanitarian coordinator", "coordinator",
		"country representative", "assistant resident representative", "deputy resident representative", "managing director", "president director", "president commissioner", "chief executive officer", "general manager", "chief economist",
		// a company's other officers: "Alphabet and Google president and
		// chief investment officer Ruth Porat"
		"chief investment officer", "chief operating officer", "chief financial officer", "chief technology officer", "chief strategy officer",
		"general director", "deputy general director", "executive director", "senior vice president", "executive vice president",
		"consul general", "consul-general", "consul", "counsellor", "counselor", "trade counsellor", "commercial counsellor", "minister-counsellor", "minister-counselor", "minister counsellor", "minister counselor",
		"defence attache", "defense attache", "military attache", "attache", "charge d'affaires", "chargé d'affaires", "charge d'affaires a.i.",
		"mp", "mep", "meps", "member of parliament", "member of the european parliament", "lawmaker", "legislator", "parliamentarian", "deputy", "congressman", "congresswoman", "mps", "lawmakers", "deputies", "senators", "sens.",
		// Malaysia's state governments: "Johor state executive councillor
		// for environment Raven Kumar", "exco member"
		"councillor", "councilor", "executive councillor", "state executive councillor", "exco member", "assemblyman", "assemblywoman",
		// universities: "welcomed at the University of Otago by
		// vice-chancellor Grant Robertson"
		"vice-chancellor", "vice chancellor", "chancellor", "deputy vice-chancellor", "provost",
		// Britain's finance minister: "Chancellor of the Exchequer George Osborne"
		"chancellor of the exchequer",
		// Malaysia's and India's state heads: "Perlis Menteri Besar Mohd
		// Shukri Ramli", "Sabah Chief Minister Hajiji Noor"
		"menteri besar", "chief minister", "deputy chief minister",
		// the forces' heads: "Chief of the General Staff Nguyen Tan Cuong",
		// "Chief of Defence Force Vice Admiral David Johnston"
		"chief of the general staff", "chief of general staff", "deputy chief of the general staff", "deputy chief of general staff",
		"chief of the defence force", "chief of defence force", "chief of the defence forces", "chief of defence forces",
		"chief of the army", "chief of army", "chief of the navy", "chief of navy", "chief of the air force", "chief of air force",
		// Taiwan's counties: "Hualien County Magistrate Hsu Chen-wei"
		"magistrate", "county magistrate", "deputy magistrate",
		// "Mae Sai district chief Wichai Kaewmanee"
		"district chief", "deputy district chief", "village chief", "county chief",
		// sport: "received head coach Park Hang-seo and the team"
		"coach", "head coach", "assistant coach", "team captain",
		// "received gymnast Carlos Yulo", "interacted with shooter Manu
		// Bhaker", "astronaut Rayyanah Barnawi": the guests a leader
		// honours are named by their calling.
		"athlete", "olympian", "paralympian", "medallist", "medalist", "gold medallist", "gold medalist", "champion", "world champion",
		"gymnast", "shooter", "wrestler", "boxer", "weightlifter", "sprinter", "swimmer", "cyclist", "golfer", "footballer", "cricketer", "goalkeeper", "striker", "javelin thrower", "tennis player",
		"astronaut", "cosmonaut", "taikonaut", "scientist",
		// "senior North Korean official Kim Yong-chol", "chief negotiator A"
		"official", "senior official", "negotiator", "chief negotiator",
		// unions: "Rachel Harrison, the national secretary of the GMB"
		"national secretary", "national officer", "national organiser", "national organizer", "assistant general secretary", "general president", "national president",
		"diplomat"} { // "Rosario Villanueva, a veteran Philippine diplomat, held talks with …"
		p.add(s, true)
	}
	return p
}()

// lowerOnlyOffices are person offices only when written in lower case:
// "Vietnamese deputy Nguyen Thi Viet Nga", while "Deputy Supreme
// Commissioner" and "Deputy PMs" open a longer title.
var lowerOnlyOffices = set("deputy", "deputies", "chief")

// listedOffices name the two people listed after them: "Thai MPs Kannika
// Sricharoen and Weerapong Taweesak".
var listedOffices = map[string]string{"mps": "mp", "lawmakers": "lawmaker", "deputies": "deputy", "senators": "senator", "sens": "senator"}

// corefNouns name an actor already mentioned: "the Cambodian leader", "his host".
var corefNouns = set("leader", "leaders", "host", "guest", "chief", "visitor", "counterpart", "premier", "monarch",
	"legislator", "lawmaker", "diplomat", "official", "envoy", "dignitary", "statesman", "politician", "minister", "ambassador", "governor", "mayor")

// groupRefs name the participants of the meeting just reported, or the two
// people just mentioned.
var groupRefs = func() *phrases[bool] {
	p := newPhrases[bool]()
	for _, s := range []string{
		"the two leaders", "both leaders", "the two men", "the two sides", "both sides", "the leaders",
		"the two prime ministers", "the two presidents", "the two general secretaries", "the two party chiefs",
		"the two party leaders", "the two ministers", "the two foreign ministers", "the two heads of government",
		"the two heads of state", "they", "the pair", "the two officials", "the two women",
		"both men", "both women",
		// "The two Cabinet members met President Peña Nieto": the two the
		// lead named travelling together.
		"the two cabinet members", "the two cabinet secretaries", "the two secretaries", "the two envoys", "the two visitors", "the two chiefs", "the two dignitaries",
	} {
		p.add(s, true)
	}
	return p
}()

// kindHint is a word that makes the meeting of a sentence a phone or virtual one.
var kindHint = func() *phrases[string] {
	p := newPhrases[string]()
	for _, s := range []string{"by phone", "by telephone", "over the phone", "phone call", "phone talks", "telephone talks", "phone conversation", "telephone conversation", "telephone call",
		"phone calls", "phone conversations", "telephone conversations", "telephone calls", "phoned", "telephoned", "on the phone",
		"telephonic conversation", "telephonic talks", "telephonic call", "telephonic conversations"} {
		p.add(s, string(kindPhone))
	}
	for _, s := range []string{"online talks", "online meeting", "via videoconference", "via video conference", "by videoconference", "videoconference", "video conference", "video call", "video link", "virtual meeting", "virtual talks", "virtual summit", "virtual ceremony", "virtual format", "online format", "online", "virtually", "via video",
		"video calls", "video conferences", "videoconferences", "online meetings", "virtual meetings",
		"virtual consultation", "virtual consultations", "virtual session", "virtual dialogue", "virtual conference", "virtual ministerial meeting", "virtual discussion", "virtual discussions", "virtual exchange",
		// "a virtual leaders' session co-chaired by A and B"
		"virtual leaders' session", "virtual leaders' meeting", "virtual leaders' summit", "virtual ministers' meeting", "virtual ministers' session",
		"online leaders' session", "online leaders' meeting", "online leaders' summit",
		"virtual bilateral meeting", "virtual bilateral talks", "online bilateral meeting", "online bilateral talks", "virtual bilateral call"} {
		p.add(s, string(kindVirtual))
	}
	return p
}()

const (
	kindPhone   = "phone"
	kindVirtual = "virtual"
)

// triggerKind tells how a trigger reports a meeting.
type triggerKind int

const (
	trigVerb    triggerKind = iota // "met", "held talks with"
	trigPassive                    // "was received by"
	trigNoun                       // "talks between", "the meeting"
)

type trigger struct {
	form  triggerKind
	kind  string // "" (in person unless the sentence says otherwise), phone, virtual
	group bool   // co-chaired: every actor named is a participant
	recv  bool   // received: a letter may follow
	speak bool   // "spoke to": by phone unless the sentence or the article's last meeting says otherwise
	meal  bool   // "hosted a lunch for": a meeting between host and guest of honour
	// summit: a meeting only between two leaders ("the summit between
	// Trump and Kim", "Trump and Kim held a summit"); a gathering's summit
	// is no meeting of its members.
	summit bool
	// event: a ceremony or a forum, a meeting only with the roll of who
	// took part in its own sentence ("presided over the opening ceremony
	// together with A and B"); many attend one who never meet.
	event bool
	// opening: a participle that reports a meeting only when it opens the
	// sentence, its subject being the main clause's: "Receiving the
	// ambassador, the President said …".
	opening bool
}

var triggers = func() *phrases[trigger] {
	p := newPhrases[trigger]()
	verb := trigger{form: trigVerb}
	for _, s := range []string{
		"met", "met with", "meets", "meets with", "meet", "meet with",
		"held talks", "holds talks", "hold talks", "had talks", "has held talks", "have held talks", "held a meeting", "holds a meeting", "hold a meeting",
		"had a meeting", "held a bilateral meeting", "had a working session", "held a working session", "has met", "have met",
		"paid a courtesy call", "pays a courtesy call", "pay a courtesy call", "paid a courtesy visit", "pays a courtesy visit",
		"paid a farewell call", "pays a farewell call", "paid a farewell visit", "pays a farewell visit",
		"hosted", "hosts", "host", "hosting", "talked with", "talks with", "held bilateral talks", "had a bilateral meeting", "had a talk",
		"greeted", "paid a call on", "paid a visit to", "paid a courtesy visit to",
		"called on", "calls on", "call on",
		// "after calling on President Marcos at the palace"; read only
		// after such a word (matchTrigger), as "calling on X to act"
		// urges.
		"calling on",
		"visited", "visits", "to visit", "went to see",
		// "Foreign Secretary A summoned Ambassador B to protest …": the
		// envoy called in is met.
		"summoned", "summons",
		// "called in Ambassador B to the Foreign Ministry": summoned; read
		// only with a person right after (acceptTrigger).
		"called in",
		"sat down with", "sits down with", "sit down with", "sitting down with", "had a sit-down with", "held a working session with", "held working sessions with", "had a working session with", "had working sessions with",
		"sat down for talks", "sit down for talks", "sits down for talks", "sat at the table with", "sat at the same table with",
		"had a working lunch with", "had a working dinner with", "had a working breakfast with", "had lunch with", "had dinner with", "had breakfast with",
		"dined with", "lunched with", "breakfasted with", "had a private dinner with",
		// "dined on Sunday evening with Minister B": the day between.
		"dined", "lunched", "breakfasted",
		// "sat down in the Salvadoran capital on Thursday with A": where
		// and when between the verb and its "with".
		"sat down", "sits down",
		// "Abe and Modi traveled together aboard a bullet train to Kobe"
		"traveled together", "travelled together", "rode together", "toured together",
		"sat down for breakfast with", "sat down for lunch with", "sat down for dinner with", "sat down to breakfast with", "sat down to lunch with", "sat down to dinner with",
		"exchanged views with", "conferred with", "held consultations with", "held consultations", "held a consultation", "held political consultations",
		"had a brief exchange with", "had an exchange with", "had a brief meeting with", "held a brief meeting with", "had a short meeting with",
		"held a summit with", "hold a summit with", "holds a summit with", "had a summit with",
		"welcomed", "welcomes",
		// "had a bilateral with Wong"
		"had a bilateral with", "held a bilateral with", "had bilaterals with", "held bilaterals with",
		// "the three held a closed-door discussion", "held discussions with
		// his counterpart"
		"held a closed-door discussion", "held closed-door discussions", "held a discussion with", "held discussions with",
		"had a discussion with", "had discussions with",
		// "the issues he discussed with his Thai counterpart Srettha at Seri
		// Perdana on Wednesday"
		"discussed with",
		// "interacted at length with the medallists", as Indian outlets
		// write of a leader receiving guests.
		"interacted with", "interacts with", "interacted at length with",
		// "held a two-plus-two security dialogue with", only after its
		// light verb (detect.go): "the Shangri-La Dialogue" is a forum.
		"dialogue",
	} {
		p.add(s, verb)
	}
	for _, s := range []string{"received", "receives", "receive", "has received",
		// "accepted the credentials of three new ambassadors": the
		// ceremony receives each envoy.
		"accepted the credentials", "accepts the credentials", "accepted the letters of credence", "accepts the letters of credence",
		"accepted the letter of credence", "accepted letters of credence", "accepted credentials"} {
		p.add(s, trigger{form: trigVerb, recv: true})
	}
	for _, s := range []string{"receiving", "talking with", "talking to", "welcoming"} {
		p.add(s, trigger{form: trigVerb, opening: true})
	}
	for _, s := range []string{"co-chaired", "co-chairs", "co-chair", "co-hosted", "co-hosts", "attended a summit", "held a trilateral meeting", "held a tripartite meeting",
		"joined his counterparts", "joined her counterparts", "joined their counterparts", "joined counterparts", "brought together", "joined", "drew"} {
		p.add(s, trigger{form: trigVerb, group: true})
	}
	for _, s := range []string{"phoned", "phones", "telephoned", "held phone talks", "held a phone call", "had a phone call", "held phone conversations", "held a phone conversation", "had phone talks", "had a phone conversation", "spoke by phone", "spoke on the phone", "held telephone talks", "held a telephone conversation", "spoke by telephone",
		"exchanged views over the phone", "exchanged views by phone", "exchanged views by telephone", "exchanged views on the phone",
		"spoke over the phone", "spoke by phone to", "spoke by phone with", "spoken by phone", "spoken by telephone", "talked by phone", "talked on the phone", "talked over the phone",
		"talked by telephone", "talked on the telephone", "spoke on the telephone", "spoken on the telephone", "spoke over the telephone",
		"held a phone conversation", "made a phone call", "called", "calls", "phone",
		"spoke separately by phone", "spoke separately by phone with", "spoke separately on the phone", "spoke separately by telephone",
		"spoken separately by phone", "spoken separately by telephone", "spoken separately on the phone", "spoke separately over the phone",
		"held separate phone calls", "held separate phone talks", "had separate phone calls", "held separate telephone talks",
		"had separate telephone conversations", "had separate phone conversations", "held separate telephone conversations", "held separate phone conversations",
		"had telephone conversations", "had phone conversations", "held telephone conversations",
		"held separate calls", "had separate calls", "made separate calls", "held a call", "had a call", "held calls", "had calls",
		// "had a separate call with Retno Marsudi", "had a brief phone call"
		"had a separate call", "held a separate call", "had a separate phone call", "held a separate phone call",
		"had a brief call", "had a brief phone call", "held a brief phone call", "had a short call", "had a short phone call",
		"had a telephone call", "held a telephone call",
		"received a call from", "took a call from", "took a phone call from", "received a telephone call from", "took a telephone call from"} {
		p.add(s, trigger{form: trigVerb, kind: kindPhone})
	}
	for _, s := range []string{"spoke to", "spoke with", "spoken to", "spoken with", "speaks to", "speaks with", "talked to", "spoke",
		"had separate conversations with", "had a conversation with", "held a conversation with", "held separate conversations with"} {
		p.add(s, trigger{form: trigVerb, speak: true})
	}
	for _, s := range []string{"held online talks", "held an online meeting", "held an online talk", "had an online talk", "held a virtual talk", "held virtual talks", "held a virtual meeting", "held talks via videoconference", "held a videoconference", "held a video call", "had online talks", "had a video call",
		"held a video conference", "held a video meeting", "held video talks", "held an online conference", "held a virtual conference",
		"had a video conference", "had video talks", "joined a video call with",
		"held a virtual summit", "held an online summit", "held a video summit", "held a virtual bilateral summit",
		"held an online consultation", "held online consultations", "held a virtual consultation",
		"spoke by video link", "spoke via video link", "spoke by video", "spoke via video", "spoke by videoconference", "talked by video link", "talked via video link"} {
		p.add(s, trigger{form: trigVerb, kind: kindVirtual})
	}
	for _, s := range []string{"was received by", "were received by", "was granted an audience by", "were granted an audience by", "was received in audience by", "were received in audience by", "was welcomed by", "where they were welcomed by", "was hosted by", "were hosted by", "was greeted by", "were greeted by", "was met by",
		// "held talks with A, before being received by B in the afternoon"
		"being received by", "being welcomed by", "being hosted by", "being greeted by",
		// "during an inspection of the port, where he was briefed by director-general A"
		"was briefed by", "were briefed by",
		// "was accorded a ceremonial welcome by Prime Minister Chinh"
		"was accorded a ceremonial welcome by", "was accorded a welcome by", "was accorded a state welcome by", "was accorded a warm welcome by",
		"was given a ceremonial welcome by", "was given a state welcome by", "were accorded a ceremonial welcome by",
		// "Mohamed Khaled was called on by Thai Defence Minister Sutin"
		"was called on by", "were called on by", "was visited by", "were visited by", "was paid a courtesy call by", "was paid a courtesy visit by"} {
		p.add(s, trigger{form: trigPassive})
	}
	// "Chinh was joined on stage by A, B and C": one table of them all.
	for _, s := range []string{"was joined on stage by", "were joined on stage by", "was joined onstage by", "were joined onstage by"} {
		p.add(s, trigger{form: trigPassive, group: true})
	}
	// "the leaders were joined online by A, B and C for a special summit"
	for _, s := range []string{"was joined online by", "were joined online by", "was joined virtually by", "were joined virtually by"} {
		p.add(s, trigger{form: trigPassive, group: true, kind: kindVirtual})
	}
	// A noun of meeting is written once, in the group whose flags it has.
	nouns := func(tr trigger, forms ...string) {
		tr.form = trigNoun
		for _, s := range forms {
			p.add(s, tr)
		}
	}
	nouns(trigger{}, "talks", "meeting", "summit talks", "summit meeting", "courtesy call", "farewell call", "courtesy visit", "reception", "audience", "tête-à-tête", "tete-a-tete",
		"bilateral meeting", "working session", "review session", "review meeting", "working meeting",
		"meetings", "bilateral meetings", "bilateral summit", "bilateral summits", "courtesy calls", "audiences", "meeting-plus", "ministerial session",
		"roundtable", "round-table", "round table", "roundtable meeting", "roundtable discussion",
		"pull-aside", "pull-aside meeting", "pull-asides", "discussion", "discussions",
		// "Don hosted an informal dialogue in Pattaya on Sunday, attended by
		// A, B and C"
		"informal dialogue", "closed-door dialogue",
		"informal consultations", "conference", "congress",
		// "The announcement was made at a joint press conference by A and B"
		"joint press conference", "joint news conference")
	nouns(trigger{summit: true}, "summit", "retreat", "plenary", "plenary session", "plenary meeting", "opening session", "first session", "closing session", "inaugural session", "session")
	nouns(trigger{summit: true, event: true}, "ceremony", "opening ceremony", "signing ceremony", "forum", "business forum")
	nouns(trigger{kind: kindPhone}, "phone call", "phone calls", "phone talks", "phone conversation", "telephone conversation", "telephone talks", "telephone talk", "phone talk",
		"telephone call", "telephone calls", "phone conversations", "telephone conversations",
		// India's official English: "held a telephonic conversation with"
		"telephonic conversation", "telephonic talks", "telephonic call", "telephonic conversations")
	nouns(trigger{kind: kindVirtual}, "online talks", "video call", "online dialogue", "video conference", "videoconference", "online meeting", "virtual meeting",
		"video calls", "video conferences", "videoconferences", "online meetings", "virtual meetings",
		"virtual call", "virtual calls", "video-conference", "video-conferences", "teleconference", "teleconferences", "tele-conference",
		"e-meeting", "zoom meeting", "zoom call", "video meeting", "video meetings")
	nouns(trigger{group: true}, "trilateral meeting", "tripartite meeting")
	nouns(trigger{meal: true}, "breakfast", "working breakfast", "lunch", "working lunch", "luncheon", "state luncheon", "dinner", "working dinner", "state dinner", "banquet", "state banquet")
	return p
}()

// chineseProvinces are China's provinces and autonomous regions, which end
// an office written before a name: "Party Secretary of Guangdong Huang
// Kunming".
var chineseProvinces = phraseTable(map[string][]string{
	"Guangdong": {"guangdong"}, "Guangxi": {"guangxi", "guangxi zhuang autonomous region"}, "Yunnan": {"yunnan"},
	"Sichuan": {"sichuan"}, "Hainan": {"hainan"}, "Fujian": {"fujian"}, "Zhejiang": {"zhejiang"}, "Jiangsu": {"jiangsu"},
	"Shandong": {"shandong"}, "Hubei": {"hubei"}, "Hunan": {"hunan"}, "Henan": {"henan"}, "Hebei": {"hebei"},
	"Shanxi": {"shanxi"}, "Shaanxi": {"shaanxi"}, "Gansu": {"gansu"}, "Qinghai": {"qinghai"}, "Guizhou": {"guizhou"},
	"Jiangxi": {"jiangxi"}, "Anhui": {"anhui"}, "Heilongjiang": {"heilongjiang"}, "Jilin": {"jilin"}, "Liaoning": {"liaoning"},
	"Inner Mongolia": {"inner mongolia"}, "Xinjiang": {"xinjiang"}, "Tibet": {"tibet"}, "Ningxia": {"ningxia"},
})

// cities maps the forms of a city's name to its common English form.
var cities = phraseTable(map[string][]string{
	"Hanoi":               {"hanoi", "ha noi", "hà nội"},
	"Ho Chi Minh City":    {"ho chi minh city", "hcm city", "hcmc", "tp hồ chí minh", "tp. hồ chí minh", "tp hcm", "tp. hcm", "thành phố hồ chí minh", "saigon", "sài gòn", "ho chi minh-city"},
	"Da Nang":             {"da nang", "danang", "đà nẵng"},
	"Hai Phong":           {"hai phong", "haiphong", "hải phòng"},
	"Can Tho":             {"can tho", "cần thơ"},
	"Hue":                 {"hue", "huế"},
	"Ha Long":             {"ha long", "halong", "hạ long"},
	"Nha Trang":           {"nha trang"},
	"Phnom Penh":          {"phnom penh"},
	"Siem Reap":           {"siem reap"},
	"Sihanoukville":       {"sihanoukville", "preah sihanouk"},
	"Battambang":          {"battambang"},
	"Kampot":              {"kampot"},
	"Vientiane":           {"vientiane", "viêng chăn"},
	"Luang Prabang":       {"luang prabang"},
	"Beijing":             {"beijing", "bắc kinh"},
	"Shanghai":            {"shanghai"},
	"Kunming":             {"kunming"},
	"Nanning":             {"nanning"},
	"Guangzhou":           {"guangzhou"},
	"Shenzhen":            {"shenzhen"},
	"Xiamen":              {"xiamen"},
	"Hangzhou":            {"hangzhou"},
	"Tianjin":             {"tianjin"},
	"Qingdao":             {"qingdao"},
	"Bangkok":             {"bangkok"},
	"Kuala Lumpur":        {"kuala lumpur"},
	"Singapore":           {"singapore"},
	"Jakarta":             {"jakarta"},
	"Bali":                {"bali"},
	"Manila":              {"manila"},
	"Yangon":              {"yangon"},
	"Naypyidaw":           {"nay pyi taw", "naypyitaw", "naypyidaw", "nay pyi daw"},
	"Bandar Seri Begawan": {"bandar seri begawan"},
	"Dili":                {"dili"},
	"Tokyo":               {"tokyo"},
	"Seoul":               {"seoul"},
	"New Delhi":           {"new delhi"},
	"Moscow":              {"moscow"},
	"Washington":          {"washington", "washington d.c.", "washington dc", "washington, d.c.", "washington, dc"},
	"New York":            {"new york"},
	"Paris":               {"paris"},
	"London":              {"london"},
	"Geneva":              {"geneva"},
	"Brussels":            {"brussels"},
	"Canberra":            {"canberra"},
	"Kazan":               {"kazan"},
	"Rio de Janeiro":      {"rio de janeiro"},
	"Putrajaya":           {"putrajaya"},
	"Penang":              {"penang", "george town"},
	"Johor Bahru":         {"johor bahru", "johor baru"},
	"Kota Kinabalu":       {"kota kinabalu"},
	"Kuching":             {"kuching"},
	"Langkawi":            {"langkawi"},
	"Surabaya":            {"surabaya"},
	"Medan":               {"medan"},
	"Batam":               {"batam"},
	"Bintan":              {"bintan"},
	"Labuan Bajo":         {"labuan bajo"},
	"Nusa Dua":            {"nusa dua"},
	"Bandung":             {"bandung"},
	"Yogyakarta":          {"yogyakarta"},
	"Chiang Mai":          {"chiang mai"},
	"Perth":               {"perth"},
	"Darwin":              {"darwin"},
	"Auckland":            {"auckland"},
	"Saint Petersburg":    {"saint petersburg", "st petersburg", "st. petersburg"},
	"Honolulu":            {"honolulu"},
	"Los Angeles":         {"los angeles"},
	"Chiang Rai":          {"chiang rai"},
	"Phuket":              {"phuket"},
	"Pattaya":             {"pattaya"},
	"Hua Hin":             {"hua hin"},
	"Nong Khai":           {"nong khai"},
	"Mandalay":            {"mandalay"},
	"Sittwe":              {"sittwe"},
	"Bagan":               {"bagan"},
	"Maungdaw":            {"maungdaw"},
	"Cox's Bazar":         {"cox's bazar", "coxs bazar", "cox’s bazar"},
	"Chattogram":          {"chattogram", "chittagong"},
	"Sylhet":              {"sylhet"},
	"Teknaf":              {"teknaf"},
	"Pakse":               {"pakse"},
	"Savannakhet":         {"savannakhet"},
	"Cebu":                {"cebu", "cebu city"},
	"Davao":               {"davao", "davao city"},
	"Quang Ninh":          {"quang ninh", "quảng ninh"},
	"Lao Cai":             {"lao cai", "lào cai"},
	"Phu Quoc":            {"phu quoc", "phú quốc"},
	"Vung Tau":            {"vung tau", "vũng tàu"},
	"Da Lat":              {"da lat", "dalat", "đà lạt"},
	"Quy Nhon":            {"quy nhon", "quy nhơn"},
	"Tay Ninh":            {"tay ninh", "tây ninh"},
	"Chengdu":             {"chengdu"},
	"Chongqing":           {"chongqing"},
	"Wuhan":               {"wuhan"},
	"Xi'an":               {"xi'an", "xian"},
	"Nanjing":             {"nanjing"},
	"Dalian":              {"dalian"},
	"Haikou":              {"haikou"},
	"Sanya":               {"sanya"},
	"Boao":                {"boao"},
	"Hong Kong":           {"hong kong"},
	"Macao":               {"macao", "macau"},
	"Osaka":               {"osaka"},
	"Kyoto":               {"kyoto"},
	"Hiroshima":           {"hiroshima"},
	"Busan":               {"busan"},
	"Incheon":             {"incheon"},
	"Gyeongju":            {"gyeongju"},
	"Jeju":                {"jeju"},
	"Sejong":              {"sejong", "sejong city"},
	"Suwon":               {"suwon"},
	"Ulsan":               {"ulsan"},
	"Changwon":            {"changwon"},
	"Pohang":              {"pohang"},
	"Yeosu":               {"yeosu"},
	"Gangneung":           {"gangneung"},
	"Pyeongchang":         {"pyeongchang"},
	"Chuncheon":           {"chuncheon"},
	"Jeonju":              {"jeonju"},
	"Goyang":              {"goyang"},
	"Andong":              {"andong"},
	"Mumbai":              {"mumbai"},
	"Vladivostok":         {"vladivostok"},
	"Pyongyang":           {"pyongyang"},
	"Ulaanbaatar":         {"ulaanbaatar", "ulan bator"},
	"Sydney":              {"sydney"},
	"Melbourne":           {"melbourne"},
	"Wellington":          {"wellington"},
	"Berlin":              {"berlin"},
	"Rome":                {"rome"},
	"Vatican City":        {"vatican city", "vatican"},
	"Madrid":              {"madrid"},
	"Vienna":              {"vienna"},
	"Ottawa":              {"ottawa"},
	"Davos":               {"davos"},
	"The Hague":           {"the hague"},
	"Cairo":               {"cairo"},
	"Doha":                {"doha"},
	"Dubai":               {"dubai"},
	"Abu Dhabi":           {"abu dhabi"},
	"Riyadh":              {"riyadh"},
	"Astana":              {"astana", "nur-sultan", "nursultan"}, // its name from 2019 to 2022
	"Lima":                {"lima"},
	"San Francisco":       {"san francisco"},
	"Kep":                 {"kep"},
	"Takeo":               {"takeo", "takéo"},
	"Kampong Cham":        {"kampong cham"},
	"Svay Rieng":          {"svay rieng"},
	"Prey Veng":           {"prey veng"},
	"Kratie":              {"kratie"},
	"Stung Treng":         {"stung treng", "stoeng treng"},
	"Ratanakiri":          {"ratanakiri", "ratanak kiri"},
	"Mondulkiri":          {"mondulkiri"},
	"Poipet":              {"poipet"},
	"Bavet":               {"bavet"},
	"Koh Kong":            {"koh kong"},
	"Kampong Chhnang":     {"kampong chhnang"},
	"Kampong Speu":        {"kampong speu"},
	"Kampong Thom":        {"kampong thom"},
	"Pursat":              {"pursat"},
	"Pailin":              {"pailin"},
	"Ta Khmau":            {"ta khmau"},
	"Banteay Meanchey":    {"banteay meanchey"},
	"Rach Gia":            {"rach gia", "rạch giá"},
	"Kien Giang":          {"kien giang", "kiên giang"},
	"An Giang":            {"an giang"},
	"Chau Doc":            {"chau doc", "châu đốc"},
	"Ha Tien":             {"ha tien", "hà tiên"},
	"Long An":             {"long an"},
	"Dong Thap":           {"dong thap", "đồng tháp"},
	"Binh Phuoc":          {"binh phuoc", "bình phước"},
	"Dak Lak":             {"dak lak", "đắk lắk", "daklak"},
	"Buon Ma Thuot":       {"buon ma thuot", "buôn ma thuột"},
	"Gia Lai":             {"gia lai"},
	"Pleiku":              {"pleiku"},
	"Kon Tum":             {"kon tum"},
	"Lang Son":            {"lang son", "lạng sơn"},
	"Dien Bien":           {"dien bien", "điện biên"},
	"Nghe An":             {"nghe an", "nghệ an"},
	"Bac Ninh":            {"bac ninh", "bắc ninh"},
	"Ninh Binh":           {"ninh binh", "ninh bình"},
	"Dong Nai":            {"dong nai", "đồng nai"},
	"Hoi An":              {"hoi an", "hội an"},
	"Ca Mau":              {"ca mau", "cà mau"},
	"Ben Tre":             {"ben tre", "bến tre"},
	"Tra Vinh":            {"tra vinh", "trà vinh"},
	"Mong Cai":            {"mong cai", "móng cái"},
	"Son La":              {"son la", "sơn la"},
	"Cao Bang":            {"cao bang", "cao bằng"},
	"Quang Nam":           {"quảng nam"},
	"Quang Tri":           {"quảng trị"},
	"Luang Namtha":        {"luang namtha"},
	"Oudomxay":            {"oudomxay", "oudomxai"},
	"Champasak":           {"champasak", "champasack"},
	"Xieng Khouang":       {"xieng khouang"},
	"Attapeu":             {"attapeu"},
	"Sekong":              {"sekong"},
	"Salavan":             {"salavan", "saravane"},
	"Bokeo":               {"bokeo"},
	"Paksan":              {"paksan", "paksane"},
	"Thakhek":             {"thakhek", "thakek"},
	"Phonsavan":           {"phonsavan"},
	"Vang Vieng":          {"vang vieng"},
	"Khon Kaen":           {"khon kaen"},
	"Udon Thani":          {"udon thani"},
	"Sa Kaeo":             {"sa kaeo"},
	"Aranyaprathet":       {"aranyaprathet"},
	"Trat":                {"trat"},
	"Chanthaburi":         {"chanthaburi"},
	"Songkhla":            {"songkhla"},
	"Hat Yai":             {"hat yai"},
	"Ubon Ratchathani":    {"ubon ratchathani"},
	"Nakhon Phanom":       {"nakhon phanom"},
	"Mukdahan":            {"mukdahan"},
	"Krabi":               {"krabi"},
	"Malacca":             {"malacca", "melaka"},
	"Ipoh":                {"ipoh"},
	"Kota Bharu":          {"kota bharu"},
	"Alor Setar":          {"alor setar"},
	"Shah Alam":           {"shah alam"},
	"Kuantan":             {"kuantan"},
	"Bogor":               {"bogor"},
	"Semarang":            {"semarang"},
	"Makassar":            {"makassar"},
	"Denpasar":            {"denpasar"},
	"Balikpapan":          {"balikpapan"},
	"Manado":              {"manado"},
	"Pontianak":           {"pontianak"},
	"Kupang":              {"kupang"},
	"Quezon City":         {"quezon city"},
	"Pasay":               {"pasay", "pasay city"},
	"Makati":              {"makati", "makati city"},
	"Subic Bay":           {"subic bay", "subic"},
	"Iloilo":              {"iloilo", "iloilo city"},
	"Zamboanga":           {"zamboanga", "zamboanga city"},
	"Baguio":              {"baguio", "baguio city"},
	"Tagaytay":            {"tagaytay"},
	"Mawlamyine":          {"mawlamyine"},
	"Taunggyi":            {"taunggyi"},
	"Fuzhou":              {"fuzhou"},
	"Harbin":              {"harbin"},
	"Changsha":            {"changsha"},
	"Zhengzhou":           {"zhengzhou"},
	"Jinan":               {"jinan"},
	"Hefei":               {"hefei"},
	"Guiyang":             {"guiyang"},
	"Lanzhou":             {"lanzhou"},
	"Urumqi":              {"urumqi"},
	"Lhasa":               {"lhasa"},
	"Suzhou":              {"suzhou"},
	"Ningbo":              {"ningbo"},
	"Zhuhai":              {"zhuhai"},
	"Dongxing":            {"dongxing"},
	"Pingxiang":           {"pingxiang"},
	"Fangchenggang":       {"fangchenggang"},
	"Beihai":              {"beihai"},
	"Jinghong":            {"jinghong"},
	"Nagoya":              {"nagoya"},
	"Yokohama":            {"yokohama"},
	"Fukuoka":             {"fukuoka"},
	"Sapporo":             {"sapporo"},
	"Kobe":                {"kobe"},
	"Nagasaki":            {"nagasaki"},
	"Sendai":              {"sendai"},
	"Daegu":               {"daegu"},
	"Gwangju":             {"gwangju"},
	"Bengaluru":           {"bengaluru", "bangalore"},
	"Kolkata":             {"kolkata"},
	"Chennai":             {"chennai"},
	"Ahmedabad":           {"ahmedabad"},
	"Tashkent":            {"tashkent"},
	"Samarkand":           {"samarkand"},
	"Baku":                {"baku"},
	"Ankara":              {"ankara"},
	"Istanbul":            {"istanbul"},
	"Tehran":              {"tehran"},
	"Islamabad":           {"islamabad"},
	"Dhaka":               {"dhaka"},
	"Colombo":             {"colombo"},
	"Kathmandu":           {"kathmandu"},
	"Thimphu":             {"thimphu"},
	"Tel Aviv":            {"tel aviv"},
	"Jerusalem":           {"jerusalem"},
	"Amman":               {"amman"},
	"Muscat":              {"muscat"},
	"Kuwait City":         {"kuwait city"},
	"Manama":              {"manama"},
	"Riffa":               {"riffa"},
	"Sakhir":              {"sakhir"},
	"Panmunjom":           {"panmunjom"},
	"Jeddah":              {"jeddah"},
	"Sharm el-Sheikh":     {"sharm el-sheikh", "sharm el sheikh"},
	"Nairobi":             {"nairobi"},
	"Addis Ababa":         {"addis ababa"},
	"Johannesburg":        {"johannesburg"},
	"Pretoria":            {"pretoria"},
	"Cape Town":           {"cape town"},
	"Abuja":               {"abuja"},
	"Brasilia":            {"brasilia", "brasília"},
	"Buenos Aires":        {"buenos aires"},
	"Mexico City":         {"mexico city"},
	"Havana":              {"havana"},
	"Santiago de Cuba":    {"santiago de cuba"},
	"Santiago":            {"santiago", "santiago de chile"},
	"Bogotá":              {"bogotá", "bogota"},
	"Caracas":             {"caracas"},
	"Quito":               {"quito"},
	"Montevideo":          {"montevideo"},
	"Asunción":            {"asunción", "asuncion"},
	"La Paz":              {"la paz"},
	"Panama City":         {"panama city"},
	"Managua":             {"managua"},
	"Santo Domingo":       {"santo domingo"},
	"Guatemala City":      {"guatemala city"},
	"São Paulo":           {"são paulo", "sao paulo"},
	"Toronto":             {"toronto"},
	"Vancouver":           {"vancouver"},
	"Montreal":            {"montreal"},
	"Chicago":             {"chicago"},
	"Houston":             {"houston"},
	"Seattle":             {"seattle"},
	"Warsaw":              {"warsaw"},
	"Prague":              {"prague"},
	"Budapest":            {"budapest"},
	"Bucharest":           {"bucharest"},
	"Athens":              {"athens"},
	"Lisbon":              {"lisbon"},
	"Dublin":              {"dublin"},
	"Amsterdam":           {"amsterdam"},
	"Stockholm":           {"stockholm"},
	"Oslo":                {"oslo"},
	"Copenhagen":          {"copenhagen"},
	"Helsinki":            {"helsinki"},
	"Bern":                {"bern"},
	"Zurich":              {"zurich"},
	"Munich":              {"munich"},
	"Frankfurt":           {"frankfurt"},
	"Hamburg":             {"hamburg"},
	"Milan":               {"milan"},
	"Kyiv":                {"kyiv", "kiev"},
	"Minsk":               {"minsk"},
	"Belgrade":            {"belgrade"},
	"Strasbourg":          {"strasbourg"},
	"Brisbane":            {"brisbane"},
	"Adelaide":            {"adelaide"},
	"Cairns":              {"cairns"},
	"Christchurch":        {"christchurch"},
	"Port Moresby":        {"port moresby"},
	"Suva":                {"suva"},
	"Nuku'alofa":          {"nuku'alofa", "nuku’alofa", "nukualofa"},
	"Apia":                {"apia"},
	"Honiara":             {"honiara"},
	"Port Vila":           {"port vila"},
	"Funafuti":            {"funafuti"},
	"Tarawa":              {"tarawa", "south tarawa"},
	"Ngerulmud":           {"ngerulmud"},
	// Africa and Latin America, whose capitals and big cities the news of
	// their leaders' visits gives
	"Dar es Salaam":              {"dar es salaam"},
	"Lagos":                      {"lagos"},
	"Casablanca":                 {"casablanca"},
	"Marrakech":                  {"marrakech", "marrakesh"},
	"Tangier":                    {"tangier"},
	"Mombasa":                    {"mombasa"},
	"Alexandria":                 {"alexandria"},
	"New Administrative Capital": {"new administrative capital"},
	"Durban":                     {"durban"},
	"Kinshasa":                   {"kinshasa"},
	"Abidjan":                    {"abidjan"},
	"Lomé":                       {"lomé", "lome"},
	"Cotonou":                    {"cotonou"},
	"Windhoek":                   {"windhoek"},
	"Gaborone":                   {"gaborone"},
	"Antananarivo":               {"antananarivo"},
	"Port Louis":                 {"port louis"},
	"Djibouti":                   {"djibouti"},
	"Mogadishu":                  {"mogadishu"},
	"Juba":                       {"juba"},
	"Niamey":                     {"niamey"},
	"Bamako":                     {"bamako"},
	"Ouagadougou":                {"ouagadougou"},
	"Conakry":                    {"conakry"},
	"Freetown":                   {"freetown"},
	"Monrovia":                   {"monrovia"},
	"Banjul":                     {"banjul"},
	"Nouakchott":                 {"nouakchott"},
	"Libreville":                 {"libreville"},
	"Brazzaville":                {"brazzaville"},
	"Malabo":                     {"malabo"},
	"N'Djamena":                  {"n'djamena", "ndjamena"},
	"Lilongwe":                   {"lilongwe"},
	"Maseru":                     {"maseru"},
	"Guadalajara":                {"guadalajara"},
	"Monterrey":                  {"monterrey"},
	"Cancún":                     {"cancún", "cancun"},
	"Valparaíso":                 {"valparaíso", "valparaiso"},
	"Cusco":                      {"cusco", "cuzco"},
	"Cartagena":                  {"cartagena"},
	"Medellín":                   {"medellín", "medellin"},
	"San Salvador":               {"san salvador"},
	"Tegucigalpa":                {"tegucigalpa"},
	"Kingston":                   {"kingston"},
	"Port of Spain":              {"port of spain"},
	"Bridgetown":                 {"bridgetown"},
	"Paramaribo":                 {"paramaribo"},
	"Punta del Este":             {"punta del este"},
	"Córdoba":                    {"córdoba", "cordoba"},
	"Arequipa":                   {"arequipa"},
	"Guayaquil":                  {"guayaquil"},
	"Santa Cruz de la Sierra":    {"santa cruz de la sierra"},
	"Dodoma":                     {"dodoma"},
	"Accra":                      {"accra"},
	"Kampala":                    {"kampala"},
	"Kigali":                     {"kigali"},
	"Lusaka":                     {"lusaka"},
	"Harare":                     {"harare"},
	"Luanda":                     {"luanda"},
	"Maputo":                     {"maputo"},
	"Dakar":                      {"dakar"},
	"Algiers":                    {"algiers"},
	"Rabat":                      {"rabat"},
	"Tunis":                      {"tunis"},
	"Yaoundé":                    {"yaoundé", "yaounde"},
	"Banda Aceh":                 {"banda aceh"},
	"Padang":                     {"padang"},
	"Pekanbaru":                  {"pekanbaru"},
	"Jambi":                      {"jambi"},
	"Palembang":                  {"palembang"},
	"Bengkulu":                   {"bengkulu"},
	"Bandar Lampung":             {"bandar lampung"},
	"Pangkal Pinang":             {"pangkal pinang"},
	"Tanjung Pinang":             {"tanjung pinang"},
	"Serang":                     {"serang"},
	"Mataram":                    {"mataram"},
	"Palangka Raya":              {"palangka raya"},
	"Banjarmasin":                {"banjarmasin"},
	"Samarinda":                  {"samarinda"},
	"Palu":                       {"palu"},
	"Kendari":                    {"kendari"},
	"Gorontalo":                  {"gorontalo"},
	"Mamuju":                     {"mamuju"},
	"Ambon":                      {"ambon"},
	"Jayapura":                   {"jayapura"},
	"Manokwari":                  {"manokwari"},
	"Sorong":                     {"sorong"},
	"Surakarta":                  {"surakarta"},
	"Malang":                     {"malang"},
	"Cirebon":                    {"cirebon"},
	"Tangerang":                  {"tangerang"},
	"Bekasi":                     {"bekasi"},
	"Depok":                      {"depok"},
	"Bacolod":                    {"bacolod"},
	"Cagayan de Oro":             {"cagayan de oro"},
	"Tacloban":                   {"tacloban"},
	"Legazpi":                    {"legazpi"},
	"Puerto Princesa":            {"puerto princesa"},
	"Tagbilaran":                 {"tagbilaran"},
	"Cotabato City":              {"cotabato city"},
	"Butuan":                     {"butuan"},
	"Dumaguete":                  {"dumaguete"},
	"Laoag":                      {"laoag"},
	"Vigan":                      {"vigan"},
	"Taguig":                     {"taguig"},
	"Mandaluyong":                {"mandaluyong"},
	"Niigata":                    {"niigata"},
	"Kumamoto":                   {"kumamoto"},
	"Kagoshima":                  {"kagoshima"},
	"Naha":                       {"naha"},
	"Kitakyushu":                 {"kitakyushu"},
	"Saitama":                    {"saitama"},
	"Shizuoka":                   {"shizuoka"},
	"Kochi":                      {"kochi"},
	"Oita":                       {"oita"},
	"Gifu":                       {"gifu"},
	"Wakayama":                   {"wakayama"},
	"Tottori":                    {"tottori"},
	"Matsue":                     {"matsue"},
	"Aomori":                     {"aomori"},
	"Maebashi":                   {"maebashi"},
	"Kofu":                       {"kofu"},
	"Otsu":                       {"otsu"},
	"Wajima":                     {"wajima"},
	"Karachi":                    {"karachi"},
	"Lahore":                     {"lahore"},
	"Peshawar":                   {"peshawar"},
	"Quetta":                     {"quetta"},
	"Rawalpindi":                 {"rawalpindi"},
	"Multan":                     {"multan"},
	"Faisalabad":                 {"faisalabad"},
	"Gwadar":                     {"gwadar"},
	"Sukkur":                     {"sukkur"},
	"Pokhara":                    {"pokhara"},
	"Nepalgunj":                  {"nepalgunj"},
	"Biratnagar":                 {"biratnagar"},
	"Lalitpur":                   {"lalitpur"},
	"Bhaktapur":                  {"bhaktapur"},
	"Khulna":                     {"khulna"},
	"Rajshahi":                   {"rajshahi"},
	"Pune":                       {"pune"},
	"Lucknow":                    {"lucknow"},
	"Bhubaneswar":                {"bhubaneswar"},
	"Guwahati":                   {"guwahati"},
	"Thiruvananthapuram":         {"thiruvananthapuram"},
	"Jaipur":                     {"jaipur"},
	"Patna":                      {"patna"},
	"Bhopal":                     {"bhopal"},
	"Chandigarh":                 {"chandigarh"},
	"Shimla":                     {"shimla"},
	"Dehradun":                   {"dehradun"},
	"Srinagar":                   {"srinagar"},
	"Imphal":                     {"imphal"},
	"Shillong":                   {"shillong"},
	"Gandhinagar":                {"gandhinagar"},
	"Raipur":                     {"raipur"},
	"Ranchi":                     {"ranchi"},
	"Panaji":                     {"panaji"},
	"Varanasi":                   {"varanasi"},
	"Amritsar":                   {"amritsar"},
	"Visakhapatnam":              {"visakhapatnam"},
	"Agra":                       {"agra"},
	"Kandy":                      {"kandy"},
	"Galle":                      {"galle"},
	"Jaffna":                     {"jaffna"},
	"Trincomalee":                {"trincomalee"},
	"Hambantota":                 {"hambantota"},
	"Sagaing":                    {"sagaing"},
	"Magway":                     {"magway"},
	"Bago":                       {"bago"},
	"Myitkyina":                  {"myitkyina"},
	"Pathein":                    {"pathein"},
	"Dawei":                      {"dawei"},
	"Lashio":                     {"lashio"},
	"Hpa-an":                     {"hpa-an"},
	"Nakhon Ratchasima":          {"nakhon ratchasima"},
	"Mae Sot":                    {"mae sot"},
	"Surat Thani":                {"surat thani"},
	"Kuala Terengganu":           {"kuala terengganu"},
	"Seremban":                   {"seremban"},
	"Sandakan":                   {"sandakan"},
	"Tawau":                      {"tawau"},
	// Cities away from capitals where ministers and leaders meet: summits,
	// conferences and company headquarters.
	"Aarhus":        {"aarhus"},
	"AlUla":         {"alula"},
	"Almaty":        {"almaty"},
	"Anchorage":     {"anchorage"},
	"Antalya":       {"antalya"},
	"Antwerp":       {"antwerp"},
	"Aqaba":         {"aqaba"},
	"Atlanta":       {"atlanta"},
	"Banff":         {"banff"},
	"Barcelona":     {"barcelona"},
	"Belfast":       {"belfast"},
	"Biarritz":      {"biarritz"},
	"Bologna":       {"bologna"},
	"Bonn":          {"bonn"},
	"Bordeaux":      {"bordeaux"},
	"Boston":        {"boston"},
	"Brno":          {"brno"},
	"Calgary":       {"calgary"},
	"Cali":          {"cali"},
	"Cannes":        {"cannes"},
	"Cardiff":       {"cardiff"},
	"Cologne":       {"cologne", "köln"},
	"Cupertino":     {"cupertino"},
	"Denver":        {"denver"},
	"Detroit":       {"detroit"},
	"Dresden":       {"dresden"},
	"Dubrovnik":     {"dubrovnik"},
	"Düsseldorf":    {"düsseldorf", "dusseldorf", "duesseldorf"},
	"Edinburgh":     {"edinburgh"},
	"Edmonton":      {"edmonton"},
	"Erbil":         {"erbil"},
	"Gdansk":        {"gdansk", "gdańsk"},
	"Genoa":         {"genoa", "genova"},
	"Glasgow":       {"glasgow"},
	"Gothenburg":    {"gothenburg"},
	"Granada":       {"granada"},
	"Isfahan":       {"isfahan"},
	"Izmir":         {"izmir"},
	"Kaohsiung":     {"kaohsiung"},
	"Katowice":      {"katowice"},
	"Kharkiv":       {"kharkiv", "kharkov"},
	"Krakow":        {"krakow", "kraków", "cracow"},
	"Lausanne":      {"lausanne"},
	"Leipzig":       {"leipzig"},
	"Liverpool":     {"liverpool"},
	"Lviv":          {"lviv", "lvov"},
	"Lyon":          {"lyon"},
	"Manchester":    {"manchester"},
	"Marseille":     {"marseille"},
	"Mecca":         {"mecca"},
	"Menlo Park":    {"menlo park"},
	"Miami":         {"miami"},
	"Mountain View": {"mountain view"},
	"Málaga":        {"málaga", "malaga"},
	"Naples":        {"naples", "napoli"},
	"Nice":          {"nice"},
	"Novosibirsk":   {"novosibirsk"},
	"Odesa":         {"odesa", "odessa"},
	"Palo Alto":     {"palo alto"},
	"Philadelphia":  {"philadelphia"},
	"Porto":         {"porto"},
	"Quebec City":   {"quebec city"},
	"Rotterdam":     {"rotterdam"},
	"Santa Clara":   {"santa clara"},
	"Seville":       {"seville", "sevilla"},
	"Sintra":        {"sintra"},
	"Sochi":         {"sochi"},
	"Stuttgart":     {"stuttgart"},
	"Tampere":       {"tampere"},
	"Thessaloniki":  {"thessaloniki"},
	"Toulouse":      {"toulouse"},
	"Turin":         {"turin", "torino"},
	"Turku":         {"turku"},
	"Utrecht":       {"utrecht"},
	"Venice":        {"venice", "venezia"},
	"Winnipeg":      {"winnipeg"},
	"Wroclaw":       {"wroclaw", "wrocław"},
	"Yekaterinburg": {"yekaterinburg"},
	"Zanzibar":      {"zanzibar"},
	"Kananaskis":    {"kananaskis"},
})

// The capitals are cities a meeting may be placed in too, though the table
// above was written for the region first: "travelled to Nicosia for talks".
// A few are also given names or the country's own name and stay out.
func init() {
	for _, c := range capitals {
		if capitalsNotCities[c] {
			continue
		}
		toks := tokenize(c)
		if _, end, ok := cities.match(toks, 0); ok && end == len(toks) {
			continue
		}
		cities.add(c, c)
	}
}

var capitalsNotCities = set("Santiago", "Lima", "Sofia", "Malé", "Luxembourg")

// venues places a meeting in a city when the sentence names only the building.
type venue struct{ name, city string }

var venues = func() *phrases[venue] {
	p := newPhrases[venue]()
	for _, v := range []struct {
		forms      []string
		name, city string
	}{
		{[]string{"royal palace"}, "Royal Palace", "Phnom Penh"},
		{[]string{"peace palace"}, "Peace Palace", "Phnom Penh"},
		{[]string{"ittihadiya palace", "al-ittihadiya palace", "heliopolis palace"}, "Ittihadiya Palace", "Cairo"},
		{[]string{"chamkar mon palace", "chamcar mon palace"}, "Chamkar Mon Palace", "Phnom Penh"},
		{[]string{"presidential palace"}, "Presidential Palace", "Hanoi"},
		{[]string{"party central committee headquarters", "party central committee's headquarters", "party central committee head office", "headquarters of the party central committee"}, "Party Central Committee headquarters", "Hanoi"},
		{[]string{"government headquarters", "government office"}, "Government headquarters", "Hanoi"},
		{[]string{"national assembly house"}, "National Assembly House", "Hanoi"},
		{[]string{"great hall of the people"}, "Great Hall of the People", "Beijing"},
		{[]string{"diaoyutai state guesthouse"}, "Diaoyutai State Guesthouse", "Beijing"},
		{[]string{"zhongnanhai"}, "Zhongnanhai", "Beijing"},
		{[]string{"government house"}, "Government House", "Bangkok"},
		// The Gulf's palaces where rulers receive their guests.
		{[]string{"bayan palace"}, "Bayan Palace", "Kuwait City"},
		{[]string{"seif palace"}, "Seif Palace", "Kuwait City"},
		{[]string{"qasr al watan"}, "Qasr Al Watan", "Abu Dhabi"},
		{[]string{"al yamamah palace", "al-yamamah palace"}, "Al Yamamah Palace", "Riyadh"},
		{[]string{"lusail palace"}, "Lusail Palace", "Doha"},
		{[]string{"gudaibiya palace"}, "Gudaibiya Palace", "Manama"},
		{[]string{"riffa palace"}, "Riffa Palace", "Riffa"},
		{[]string{"sakhir palace"}, "Sakhir Palace", "Sakhir"},
		// The truce village's halls where the two Koreas meet.
		{[]string{"peace house"}, "Peace House", "Panmunjom"},
		// The European Commission's and the Council's seats.
		{[]string{"berlaymont"}, "Berlaymont", "Brussels"},
		{[]string{"europa building"}, "Europa building", "Brussels"},
		{[]string{"al salam palace", "al-salam palace"}, "Al Salam Palace", "Jeddah"},
		{[]string{"istana"}, "Istana", "Singapore"},
		{[]string{"istana negara"}, "Istana Negara", "Kuala Lumpur"},
		{[]string{"perdana putra"}, "Perdana Putra", "Putrajaya"},
		{[]string{"seri perdana"}, "Seri Perdana", "Putrajaya"},
		{[]string{"istana nurul iman"}, "Istana Nurul Iman", "Bandar Seri Begawan"},
		{[]string{"blue house"}, "Blue House", "Seoul"},
		{[]string{"kantei"}, "Kantei", "Tokyo"},
		{[]string{"kremlin"}, "Kremlin", "Moscow"},
		{[]string{"white house"}, "White House", "Washington"},
		{[]string{"mar-a-lago"}, "Mar-a-Lago", "Palm Beach"},
		{[]string{"camp david"}, "Camp David", ""},
		{[]string{"oval office"}, "Oval Office", "Washington"},
		{[]string{"pentagon"}, "Pentagon", "Washington"},
		{[]string{"naval observatory"}, "Naval Observatory", "Washington"},
		{[]string{"rashtrapati bhavan"}, "Rashtrapati Bhavan", "New Delhi"},
		{[]string{"hyderabad house"}, "Hyderabad House", "New Delhi"},
		{[]string{"malacañang palace", "malacanang palace", "malacañang", "malacanang"}, "Malacañang Palace", "Manila"},
		{[]string{"merdeka palace"}, "Merdeka Palace", "Jakarta"},
		{[]string{"ho chi minh mausoleum", "hồ chí minh mausoleum"}, "Ho Chi Minh Mausoleum", "Hanoi"},
		{[]string{"senate palace"}, "Senate Palace", "Phnom Penh"},
		// The seats of government the region's leaders visit abroad.
		{[]string{"élysée palace", "elysee palace", "élysée", "elysee"}, "Élysée Palace", "Paris"},
		{[]string{"10 downing street", "downing street"}, "Downing Street", "London"},
		{[]string{"lancaster house"}, "Lancaster House", "London"},
		{[]string{"hôtel de matignon", "hotel de matignon", "hôtel matignon", "hotel matignon", "matignon"}, "Hôtel de Matignon", "Paris"},
		{[]string{"luxembourg palace", "palais du luxembourg"}, "Luxembourg Palace", "Paris"},
		{[]string{"quai d'orsay"}, "Quai d'Orsay", "Paris"},
		{[]string{"buckingham palace"}, "Buckingham Palace", "London"},
		{[]string{"palazzo chigi"}, "Palazzo Chigi", "Rome"},
		{[]string{"quirinal palace", "quirinale palace", "quirinale"}, "Quirinal Palace", "Rome"},
		{[]string{"apostolic palace"}, "Apostolic Palace", "Vatican City"},
		{[]string{"moncloa palace", "la moncloa"}, "Moncloa Palace", "Madrid"},
		{[]string{"bellevue palace", "schloss bellevue"}, "Bellevue Palace", "Berlin"},
		{[]string{"akasaka palace"}, "Akasaka Palace", "Tokyo"},
		{[]string{"cheong wa dae"}, "Blue House", "Seoul"},
		{[]string{"the lodge"}, "The Lodge", "Canberra"},
		{[]string{"rideau hall"}, "Rideau Hall", "Ottawa"},
		{[]string{"planalto palace", "palácio do planalto", "palacio do planalto"}, "Planalto Palace", "Brasília"},
		{[]string{"casa rosada"}, "Casa Rosada", "Buenos Aires"},
		{[]string{"itamaraty palace", "palácio do itamaraty", "palacio do itamaraty", "itamaraty"}, "Itamaraty Palace", "Brasilia"},
		{[]string{"alvorada palace", "palácio da alvorada", "palacio da alvorada"}, "Alvorada Palace", "Brasilia"},
		{[]string{"san carlos palace", "palacio de san carlos"}, "San Carlos Palace", "Bogotá"},
		{[]string{"casa de nariño", "casa de narino", "nariño palace", "narino palace"}, "Casa de Nariño", "Bogotá"},
		{[]string{"miraflores palace", "palacio de miraflores"}, "Miraflores Palace", "Caracas"},
		{[]string{"carondelet palace", "palacio de carondelet"}, "Carondelet Palace", "Quito"},
		{[]string{"torre tagle palace", "palacio de torre tagle"}, "Torre Tagle Palace", "Lima"},
		{[]string{"la moneda", "la moneda palace"}, "La Moneda Palace", "Santiago"},
		{[]string{"palacio nacional"}, "Palacio Nacional", "Mexico City"},
		{[]string{"revolution palace"}, "Revolution Palace", "Havana"},
		{[]string{"union buildings"}, "Union Buildings", "Pretoria"},
		{[]string{"imperial palace"}, "Imperial Palace", "Tokyo"},
		{[]string{"akasaka estate"}, "Akasaka Estate", "Tokyo"},
		// Districts the press names for the offices they hold: "at the
		// parliament in Yeouido", "at the ministry in Kasumigaseki".
		{[]string{"yeouido"}, "Yeouido", "Seoul"},
		{[]string{"yongsan"}, "Yongsan", "Seoul"},
		{[]string{"kasumigaseki"}, "Kasumigaseki", "Tokyo"},
		{[]string{"nagatacho", "nagata-cho"}, "Nagatacho", "Tokyo"},
		{[]string{"baluwatar"}, "Baluwatar", "Kathmandu"},
		{[]string{"singha durbar"}, "Singha Durbar", "Kathmandu"},
		// Named alike in several countries: placed by seatOf.
		{[]string{"prime minister's office", "prime minister’s office", "office of the prime minister"}, "Prime Minister's Office", ""},
		{[]string{"parliament house"}, "Parliament House", ""},
	} {
		for _, f := range v.forms {
			p.add(f, venue{v.name, v.city})
		}
	}
	return p
}()

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

func isWeekday(k string) bool {
	_, ok := weekdays[k]
	return ok
}

// plannedWords before a trigger make the meeting a plan: "will meet", "is
// scheduled to hold talks".
var plannedWords = set("will", "shall", "'ll", "ll", "i'll", "we'll", "he'll", "she'll", "they'll", "scheduled", "expected", "slated", "set", "due", "plans", "plan", "planned", "planning",
	"intends", "going", "would", "upcoming", "forthcoming", "next", "prepare", "preparing", "preparation", "preparations", "ahead", "invited", "invitation", "proposed", "propose", "hopes", "hope", "hoped", "hoping", "looks", "look", "looked", "looking", "exploring", "considering", "mulling", "weighing", "await", "awaits", "agreed",
	"arranging", "arranges", "arrange", "aiming", "aims", "aim", "intend", "intending", "intended", "intention", "ready", "willing", "wants", "want", "wanted", "wish", "wishes", "eager", "keen", "seeks", "seek", "seeking", "sought", "could", "might", "should", "expects", "expect", "offered", "offer", "asked", "requested", "prepared", "urged", "urge", "urges", "urging", "encouraged", "encourage", "encourages", "encouraging",
	"tasked", "instructed", "assigned")

// backgroundWords mark a recalled meeting: "had met", "recalled their talks".
var backgroundWords = set("had", "recalled", "recalling", "recall", "previous", "earlier", "last", "former", "outcomes", "outcome", "results", "result",
	"implementing", "implement", "implementation", "since", "first", "past", "prior", "remembered", "reviewed", "follow-up", "following", "agreements", "anniversary", "commemorating", "history", "historic", "ago", "once", "years")

// letterWords make a "received" or "sent" sentence a letter, not a meeting.
var letterWords = set("letter", "letters", "message", "messages", "cable", "congratulatory", "congratulations", "condolences", "condolence", "greetings", "credentials", "invitation", "note", "telegram", "gift", "award", "medal")

// exclusionBefore words before a name make it no participant: "at the
// invitation of King Sihamoni", "led by General Secretary Tô Lâm".
var exclusionBefore = func() *phrases[bool] {
	p := newPhrases[bool]()
	for _, s := range []string{
		"invitation of", "invited by", "on behalf of", "greetings from", "greetings of", "greetings to",
		"regards to", "regards from", "wishes to", "best wishes to", "message from", "letter from", "wishes from", "the late", "late", "under the leadership of", "on the occasion of",
		"founded by", "built by", "appointed by", "appointment by", "nominated by", "nomination by", "successor to", "son of", "father of", "wife of", "widow of",
		"predecessor", "predecessor,", "predecessors", "successor", "successor,", // "ties achieved under his predecessor, Fumio Kishida"
		"the leadership of", "tribute to", "portrait of", "statue of", "mausoleum", "named after",
		"condolences to", "according to", "administration of", "government of", "cabinet of", "era of", "presidency of",
		"passing of", "passing away of", "death of", "demise of", "funeral of", "funeral for", "memory of", "loss of",
		"credentials to", "letter to", "letters to", "message to", "messages to", "congratulations to", "cable to", "sent to", "thanks to", "gratitude to",
		"written to", "wrote to", "writes to", "write to",
		"linked to", "associated with", "dedicated to", "named for", "legacy of", "teachings of", "thought of", "ideology of",
		"standing in for", "stood in for", "filling in for", "on the instructions of",
		// "led the Thai delegation in place of Prime Minister A": A stayed
		// away.
		"in place of", "in lieu of", "instead of",
		// "Aside from Hun Manet, Marcos also held bilateral meetings with
		// …": the one met before, not at these meetings.
		"aside from", "apart from",
		// "a posting that spanned the handover of power to Prime Minister
		// Hun Manet": who took office, not who was met.
		"power to",
		// "received Tran Cam Tu, special envoy of General Secretary To
		// Lam": the one who sent him stayed at home.
		"envoy of", "emissary of", "personal representative of",
		// "as tensions escalated following the visit of House Speaker
		// Nancy Pelosi to Taiwan": a trip elsewhere, told as a cause.
		"following the visit of", "following the visit by", "after the visit of", "after the visit by",
	} {
		p.add(s, true)
	}
	return p
}()

// provinceSeats are the seats of provinces whose capital has another name:
// a province's leaders receive guests there, and a meeting placed by the
// province ("KHÁNH HÒA —", "in Kien Giang") is placed in its seat.
var provinceSeats = map[string]string{
	"an giang":         "Long Xuyen",
	"binh dinh":        "Quy Nhon",
	"binh duong":       "Thu Dau Mot",
	"binh phuoc":       "Dong Xoai",
	"binh thuan":       "Phan Thiet",
	"dak lak":          "Buon Ma Thuot",
	"dak nong":         "Gia Nghia",
	"dien bien":        "Dien Bien Phu",
	"dong nai":         "Bien Hoa",
	"gia lai":          "Pleiku",
	"hau giang":        "Vi Thanh",
	"khanh hoa":        "Nha Trang",
	"kien giang":       "Rach Gia",
	"lam dong":         "Da Lat",
	"long an":          "Tan An",
	"nghe an":          "Vinh",
	"phu tho":          "Viet Tri",
	"phu yen":          "Tuy Hoa",
	"quang binh":       "Dong Hoi",
	"quang nam":        "Tam Ky",
	"quang ninh":       "Ha Long",
	"quang tri":        "Dong Ha",
	"thua thien hue":   "Hue",
	"tien giang":       "My Tho",
	"vinh phuc":        "Vinh Yen",
	"banteay meanchey": "Sisophon",
	"kandal":           "Ta Khmau",
	"mondulkiri":       "Sen Monorom",
	"oddar meanchey":   "Samraong",
	"preah sihanouk":   "Sihanoukville",
	"ratanakiri":       "Banlung",
	"tbong khmum":      "Suong",
	"bolikhamxay":      "Paksan",
	"champasak":        "Pakse",
	"houaphanh":        "Xam Neua",
	"khammouane":       "Thakhek",
	"xieng khouang":    "Phonsavan",
}

// provinceSeat returns the seat of the province named place, or "" when
// place names no such province.
func provinceSeat(place string) string {
	return provinceSeats[strings.ReplaceAll(relbot.Fold(place), "-", " ")]
}
