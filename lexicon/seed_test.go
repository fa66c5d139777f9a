package lexicon_test

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad/lexicon"
)

const seedPath = "../../shared/seeds/000_855d7bddcf291e5e.txt"

// TestSeedActors checks that every actor of the model article resolves,
// with its code as of the article's date, inside the real text.
func TestSeedActors(t *testing.T) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article not found (%v): run from a checkout with ../shared beside it", err)
	}
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	date, _ := lexicon.ParseDate("2021-07-26", false)
	an := analyzer(t).Analyze(text, date.Time())
	ms := lx.NewMatcher().Mentions(an, date)

	tests := []struct {
		phrase string // the words of the mention, as in the seed
		code   string // the code wanted; a trailing '*' accepts any code with that prefix
		name   string // the English name wanted, if any
		coord  bool   // a place with coordinates
	}{
		{"الولايات المتحدة", "USA", "", false},
		{"واشنطن", "USA", "", true},
		{"العراق", "IRQ", "", true},
		{"بغداد", "IRQ", "", true},
		{"وزير الخارجية الأمريكي، أنتوني بلينكن", "USAGOV", "Antony Blinken", false},
		{"فؤاد حسين", "IRQGOV", "Fuad Hussein", false},
		{"رئيس الوزراء العراقي مصطفى الكاظمي", "IRQGOV", "Mustafa al-Kadhimi", false},
		{"الحشد الشعبي", "IRQUAF", "", false},
		{"قوى عراقية", "IRQUAF", "", false},
		{"حكومة كردستان العراق", "IRQKURGOV", "", false},
		{"داعش", "IMG*", "", false},
		{"قوات التحالف الدولي", "IGO*", "", false},
		{"أربيل", "", "", true},
		{"قاعدة الحرير", "", "", true},
	}
	for _, tt := range tests {
		at := wordIndex(text, tt.phrase)
		if at < 0 {
			t.Fatalf("%q is not in the seed", tt.phrase)
		}
		var got *lexicon.Mention
		for i := range ms {
			if ms[i].Start == at && ms[i].End == at+len(tt.phrase) {
				got = &ms[i]
				break
			}
		}
		if got == nil {
			var near []string
			for _, m := range ms {
				if m.End > at && m.Start < at+len(tt.phrase) {
					near = append(near, m.Kind.String()+" "+m.Code+" "+text[m.Start:m.End])
				}
			}
			t.Errorf("%q: no mention of exactly these words; overlapping: %q", tt.phrase, near)
			continue
		}
		switch {
		case strings.HasSuffix(tt.code, "*"):
			if !strings.HasPrefix(got.Code, strings.TrimSuffix(tt.code, "*")) {
				t.Errorf("%q: code %q, want %s", tt.phrase, got.Code, tt.code)
			}
		case got.Code != tt.code:
			t.Errorf("%q: code %q, want %q", tt.phrase, got.Code, tt.code)
		}
		if tt.name != "" && got.Name != tt.name {
			t.Errorf("%q: name %q, want %q", tt.phrase, got.Name, tt.name)
		}
		if tt.coord && (got.Place == nil || !got.Place.HasCoord) {
			t.Errorf("%q: want a place with coordinates, got %+v", tt.phrase, got)
		}
	}
}

// TestDatedRole checks that a person's code follows the date: al-Kadhimi
// is prime minister in 2021 and no longer in 2023.
func TestDatedRole(t *testing.T) {
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := analyzer(t)
	for _, tt := range []struct{ date, want string }{{"2021-07-26", "IRQGOV"}, {"2023-05-01", "IRQELI"}} {
		d, _ := lexicon.ParseDate(tt.date, false)
		ms := lx.NewMatcher().Mentions(a.Analyze("وصل الكاظمي إلى واشنطن", d.Time()), d)
		if len(ms) == 0 || ms[0].Code != tt.want {
			t.Errorf("الكاظمي on %s: %+v, want %s", tt.date, ms, tt.want)
		}
	}
}

// wordIndex is strings.Index for a whole word or phrase: the match must
// not run on into more letters ("العراق" is not the start of "العراقية").
func wordIndex(text, phrase string) int {
	for off := 0; ; {
		i := strings.Index(text[off:], phrase)
		if i < 0 {
			return -1
		}
		end := off + i + len(phrase)
		if r, _ := utf8.DecodeRuneInString(text[end:]); end == len(text) || !unicode.IsLetter(r) {
			return off + i
		}
		off = end
	}
}
