package coder

import (
	"sort"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
)

// Quantities.
//
// A quantity is a number the text layer read (digits or words: "2500",
// "ثلاثة آلاف", "عشرات") with the noun it counts right after it, in any of
// the forms Arabic gives a counted noun: singular after 11 and more
// ("2500 جندي", "15 قتيلا"), plural after 3 to 10 ("ثلاثة جنود"), the
// construct after a plural scale ("آلاف الجنود", "ملايين الدولارات"), or
// partitive من ("عشرات من القتلى"). A number with no such noun (a year, a
// resolution number, a percentage: "50 في المائة", "20%") is no quantity;
// neither is an ordinal ("الجولة الرابعة") nor a fraction of a group
// ("ثلث القتلى"), though a fraction of money is ("نصف مليون دولار" is a
// cardinal anyway).

// units is the unit vocabulary: the English unit a quantity gets, with
// the Arabic nouns that count it, in their singular, plural and dual
// forms. What an analyst of conflict and diplomacy counts: forces (troops
// of states, fighters and militants of armed groups, police), casualties
// and people affected, money, weapons and strikes. "people" counted right
// after a word of killing, wounding, arrest or displacement becomes dead,
// wounded, detainees or displaced ("مقتل 15 شخصا" counts the dead).
// Nouns that count other things as often are left out: إصابة (also a
// case of a disease), آلية (also a mechanism). Forms are written as
// newspapers write them, without the article, and
// without the accusative alef of "جنديا", "دولارا", which the matcher
// strips. Currencies are marked by an ISO 4217 code in lower case; the
// nouns several countries share (ريال، دينار، جنيه، درهم، ليرة) get their
// country's code from the adjective after them (currencyAdjs), and a
// generic name when it is missing.
var units = []struct {
	unit, forms string
}{
	// Forces.
	{"troops", "جندي جنود جنديان جنديين مجند مجندين مجندون عسكري عسكريين عسكريون"},
	{"officers", "ضابط ضباط ضابطين"},
	{"fighters", "مقاتل مقاتلين مقاتلون مقاتلي"},
	{"militants", "مسلح مسلحين مسلحون إرهابي إرهابيين إرهابيون متشدد متشددين جهادي جهاديين انتحاري انتحاريين"},
	{"police", "شرطي شرطيين"},
	{"members", "عنصر عناصر عضو أعضاء"},
	// Casualties and people affected.
	{"dead", "قتيل قتلى قتيلين شهيد شهداء شهيدين"},
	{"wounded", "جريح جرحى جريحين مصاب مصابين مصابون"},
	{"victims", "ضحية ضحايا"},
	{"people", "شخص أشخاص شخصين فرد أفراد مواطن مواطنين مواطنون نسمة آخرين آخرون"},
	{"civilians", "مدني مدنيين مدنيون"},
	{"children", "طفل أطفال طفلة طفلين"},
	{"women", "امرأة نساء سيدة"},
	{"refugees", "لاجئ لاجئين لاجئون لاجئة"},
	{"displaced", "نازح نازحين نازحون مهجر مهجرين"},
	{"migrants", "مهاجر مهاجرين مهاجرون"},
	{"detainees", "معتقل معتقلين معتقلون أسير أسرى سجين سجناء محتجز محتجزين موقوف موقوفين"},
	{"hostages", "رهينة رهائن مختطف مختطفين"},
	{"protesters", "متظاهر متظاهرين متظاهرون محتج محتجين محتجون"},
	{"journalists", "صحفي صحفيين صحفيون صحافي صحافيين"},
	{"settlers", "مستوطن مستوطنين مستوطنون"},
	// Money.
	{"usd", "دولار دولارات"},
	{"eur", "يورو"},
	{"pound", "جنيه جنيهات"},
	{"riyal", "ريال ريالات"},
	{"dinar", "دينار دنانير"},
	{"dirham", "درهم دراهم"},
	{"lira", "ليرة ليرات"},
	{"ils", "شيكل شيقل"},
	{"rub", "روبل"},
	{"cny", "يوان"},
	{"jpy", "ين"},
	{"toman", "تومان"},
	// Weapons and strikes.
	{"missiles", "صاروخ صواريخ"},
	{"shells", "قذيفة قذائف"},
	{"bombs", "قنبلة قنابل عبوة عبوات"},
	{"mines", "لغم ألغام"},
	{"aircraft", "طائرة طائرات مقاتلة مقاتلات مروحية مروحيات"},
	{"drones", "مسيرة مسيرات"},
	{"tanks", "دبابة دبابات"},
	{"vehicles", "مدرعة مدرعات مركبة مركبات عربة عربات"},
	{"ships", "سفينة سفن بارجة بوارج زورق زوارق"},
	{"airstrikes", "غارة غارات"},
	{"attacks", "هجوم هجمات هجوما"},
	// Goods.
	{"barrels", "برميل براميل"},
	{"tons", "طن أطنان"},
	{"homes", "منزل منازل بيت بيوت"},
}

// currencyAdjs gives the code of a currency its country names: "ريال
// سعودي", "الدنانير العراقية", "جنيه إسترليني". Adjectives are keyed
// without the article and the feminine ة.
var currencyAdjs = map[string]string{
	"usd/أمريكي": "usd", "usd/أميركي": "usd", "usd/كندي": "cad", "usd/أسترالي": "aud",
	"pound/مصري": "egp", "pound/إسترليني": "gbp", "pound/استرليني": "gbp", "pound/سوداني": "sdg",
	"riyal/سعودي": "sar", "riyal/قطري": "qar", "riyal/عماني": "omr", "riyal/إيراني": "irr", "riyal/يمني": "yer",
	"dinar/عراقي": "iqd", "dinar/أردني": "jod", "dinar/كويتي": "kwd", "dinar/بحريني": "bhd",
	"dinar/ليبي": "lyd", "dinar/تونسي": "tnd", "dinar/جزائري": "dzd",
	"dirham/إماراتي": "aed", "dirham/مغربي": "mad",
	"lira/لبناني": "lbp", "lira/سوري": "syp", "lira/تركي": "try",
}

// currencyUnits are the units of units that are money.
const currencyUnits = "usd eur pound riyal dinar dirham lira ils rub cny jpy toman"

// droneWords after an aircraft noun make it a drone: "طائرات مسيرة",
// "طائرة بدون طيار".
var droneWords = "مسيرة مسيرات مسير"

// casualtyWords before a count of people say what happened to them.
var casualtyWords = []struct {
	unit, words string
}{
	{"dead", "قتل مقتل قتلت مصرع استشهاد استشهد وفاة توفي قضى"},
	{"wounded", "إصابة أصيب أصيبت جرح جرحت إصابات"},
	{"detainees", "اعتقال اعتقل اعتقلت احتجاز احتجز احتجزت توقيف أوقف أوقفت"},
	{"displaced", "نزوح نزح تهجير تشريد"},
	{"hostages", "اختطاف خطف اختطف اختطفت"},
}

// approxWords may stand between a casualty word and its count: "مقتل
// أكثر من 20 شخصا", "إصابة نحو 30".
var approxWords = "نحو حوالي قرابة زهاء أكثر أقل من ما لا يقل يزيد عن ما يقارب"

type unitInfo struct {
	unit     string
	currency bool
}

var (
	unitTable     = buildUnitTable()
	currencyTable = buildCurrencyTable()
	drones        = newWordSet(droneWords)
	approx        = newWordSet(approxWords)
	casualties    = buildCasualties()
)

func buildUnitTable() map[string]unitInfo {
	t := map[string]unitInfo{}
	for _, u := range units {
		cur := strings.Contains(" "+currencyUnits+" ", " "+u.unit+" ")
		for _, f := range strings.Fields(u.forms) {
			k := arabic.Key(f, 0)
			if _, ok := t[k]; !ok {
				t[k] = unitInfo{unit: u.unit, currency: cur}
			}
		}
	}
	return t
}

func buildCurrencyTable() map[string]string {
	t := make(map[string]string, len(currencyAdjs))
	for k, code := range currencyAdjs {
		unit, adj, _ := strings.Cut(k, "/")
		t[unit+"/"+arabic.Key(adj, 0)] = code
	}
	return t
}

func buildCasualties() map[string]string {
	t := map[string]string{}
	for _, c := range casualtyWords {
		for _, w := range strings.Fields(c.words) {
			t[arabic.Key(w, 0)] = c.unit
		}
	}
	return t
}

// findQuantities finds the counted amounts of an analysed text and the
// actor each belongs to. ms are the text's mentions in text order; they
// are read, never changed.
func findQuantities(an *arabic.Analysis, ms []lexicon.Mention) []marsad.Quantity {
	out := []marsad.Quantity{}
	toks := an.Tokens
	p := 0 // the token a number ends in
	for _, n := range an.Numbers {
		if n.Kind == arabic.Ordinal {
			continue
		}
		for p < len(toks) && toks[p].End < n.End {
			p++
		}
		if p >= len(toks) || toks[p].End != n.End {
			continue
		}
		u := p + 1
		partitive := u < len(toks) && toks[u].Norm == "من"
		if partitive {
			u++ // "عشرات من القتلى"
		}
		if u >= len(toks) || toks[u].Kind != arabic.Word {
			continue
		}
		info, ok := unitOf(toks[u].Norm)
		if !ok && partitive && n.Kind != arabic.Fraction {
			// "200 من قوات التحالف": a count of a force the lexicon names.
			if k := forceAt(ms, u); k >= 0 {
				q := marsad.Quantity{Value: n.Value, Unit: "troops", Start: numberStart(an, n, p), End: ms[k].End}
				if hasCountry(&ms[k]) {
					q.About = actorOf(an.Text, ms[k])
				}
				q.Text = an.Text[q.Start:q.End]
				out = append(out, q)
				continue
			}
		}
		if !ok && n.Kind != arabic.Fraction {
			// "مقتل ثمانية وإصابة عشرة بينهم …": after a word of killing
			// or wounding a bare count is a count of people.
			if c := casualtyBefore(an, n); c != "" {
				q := marsad.Quantity{Value: n.Value, Unit: c, Start: numberStart(an, n, p), End: toks[p].End}
				q.Text = an.Text[q.Start:q.End]
				out = append(out, q)
			}
			continue
		}
		if !ok || n.Kind == arabic.Fraction && !info.currency {
			continue
		}
		q := marsad.Quantity{Value: n.Value, Unit: info.unit, Start: numberStart(an, n, p), End: toks[u].End}
		last := u + 1 // the token after the unit and the words that qualify it
		switch {
		case info.currency:
			if last < len(toks) {
				if code, ok := currencyTable[info.unit+"/"+adjKey(toks[last].Norm)]; ok {
					info.unit = code
					q.Unit = code
					q.End = toks[last].End
					last++
				}
			}
		case info.unit == "aircraft" && last < len(toks):
			if drones[toks[last].Norm] || drones[bareKey(toks[last].Norm, false)] {
				q.Unit, q.End = "drones", toks[last].End
				last++
			} else if last+1 < len(toks) && (toks[last].Norm == "بدون" || toks[last].Norm == "دون" || toks[last].Norm == "بلا") && toks[last+1].Norm == "طيار" {
				q.Unit, q.End = "drones", toks[last+1].End
				last += 2
			}
		case info.unit == "people":
			if c := casualtyBefore(an, n); c != "" {
				q.Unit = c
			}
		}
		if k := aboutOf(an, ms, u, last, info.currency); k >= 0 {
			m := &ms[k]
			q.About = actorOf(an.Text, *m)
			// A nationality or actor glued to the noun is part of the
			// quantity: "2500 جندي أمريكي".
			if m.First <= last && m.First >= u && m.End > q.End {
				q.End = m.End
			}
		}
		q.Text = an.Text[q.Start:q.End]
		out = append(out, q)
	}
	return out
}

// unitOf looks up the counted noun n (a normalized word): as it is, without
// the article of the construct ("آلاف الجنود"), without the accusative
// alef ("جنديا", "دولارا").
func unitOf(n string) (unitInfo, bool) {
	if u, ok := unitTable[n]; ok {
		return u, true
	}
	if len(n) > 6 && strings.HasPrefix(n, "ال") {
		n = n[len("ال"):]
		if u, ok := unitTable[n]; ok {
			return u, true
		}
	}
	if len(n) > 4 && strings.HasSuffix(n, "ا") {
		if u, ok := unitTable[n[:len(n)-len("ا")]]; ok {
			return u, true
		}
	}
	return unitInfo{}, false
}

// adjKey is an adjective's key without the article and the feminine ة:
// "السعودية" → "سعودي".
func adjKey(n string) string {
	n = bareKey(n, false)
	return strings.TrimSuffix(n, "ة")
}

// numberStart is where the number n starts once a conjunction or
// preposition glued to its first word is left out: "وعشرات" counts from
// "عشرات".
func numberStart(an *arabic.Analysis, n arabic.NumberMatch, last int) int {
	first := last
	for first > 0 && an.Tokens[first].Start > n.Start {
		first--
	}
	if an.Tokens[first].Start != n.Start {
		return n.Start
	}
	for _, g := range an.TokenSegments(first) {
		if g.Kind != arabic.SegProclitic {
			return g.Start
		}
	}
	return n.Start
}

// casualtyBefore returns the casualty unit a word of killing, wounding,
// arrest or displacement gives a count of people right before the number
// n, allowing "نحو", "أكثر من" and the like between.
func casualtyBefore(an *arabic.Analysis, n arabic.NumberMatch) string {
	toks := an.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > n.Start }) - 1
	for steps := 0; i >= 0 && steps < 4; i, steps = i-1, steps+1 {
		t := &toks[i]
		if t.Kind != arabic.Word {
			return ""
		}
		k := t.Norm
		if approx[k] {
			continue
		}
		if c, ok := casualties[k]; ok {
			return c
		}
		if len(k) > 2 && (strings.HasPrefix(k, "و") || strings.HasPrefix(k, "ف") || strings.HasPrefix(k, "ب")) {
			if c, ok := casualties[k[len("و"):]]; ok {
				return c
			}
		}
		return ""
	}
	return ""
}

// aboutOf finds the mention a quantity belongs to, given the token u of
// its counted noun and the token last after the noun's qualifiers:
//
//   - a mention that takes in the noun and names a country or a group
//     ("2500 جندي أمريكي" matched as one actor), not a bare role word;
//   - a nationality or actor right after the noun ("300 لاجئ سوري");
//   - من and an actor, country or nationality within two words ("ثلاثة
//     آلاف جندي من قوات التحالف الدولي", "500 لاجئ من سوريا").
//
// For money the adjective after the noun names the currency, not whose it
// is, and only من counts.
func aboutOf(an *arabic.Analysis, ms []lexicon.Mention, u, last int, currency bool) int {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].Last > u })
	if k < len(ms) && ms[k].First <= u && hasCountry(&ms[k]) {
		return k
	}
	toks := an.Tokens
	if !currency && k < len(ms) && ms[k].First == last {
		switch ms[k].Kind {
		case lexicon.MentionNationality, lexicon.MentionActor:
			if hasCountry(&ms[k]) {
				return k
			}
		}
	}
	if last < len(toks) && toks[last].Norm == "من" {
		for ; k < len(ms) && ms[k].First <= last+2; k++ {
			if ms[k].First > last && hasCountry(&ms[k]) {
				return k
			}
		}
	}
	return -1
}

// forceAt returns the mention that starts at token u and names armed
// forces ("قوات التحالف الدولي", "القوات الأمريكية"), or -1.
func forceAt(ms []lexicon.Mention, u int) int {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].First >= u })
	if k == len(ms) || ms[k].First != u {
		return -1
	}
	m := &ms[k]
	if m.Kind != lexicon.MentionActor && m.Kind != lexicon.MentionAgent {
		return -1
	}
	if m.Agent != nil && m.Agent.Agent == "MIL" || strings.HasSuffix(m.Code, "MIL") {
		return k
	}
	return -1
}

// hasCountry reports whether a mention names whose a quantity is: a
// country, nationality or place with a country, or an actor with a code
// beyond a bare role ("USAMIL", "IGOMIL", "IMGSUNISI").
func hasCountry(m *lexicon.Mention) bool {
	switch m.Kind {
	case lexicon.MentionNationality:
		return m.Country != ""
	case lexicon.MentionPlace:
		return m.Country != "" && m.Place != nil && (m.Place.Type == "country" || m.Place.Type == "capital")
	case lexicon.MentionActor, lexicon.MentionAgent:
		return m.Country != "" || len(m.Code) > 3
	}
	return false
}
