package arabic_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/marsad-project/marsad/arabic"
)

const (
	card  = arabic.Cardinal
	ord   = arabic.Ordinal
	frac  = arabic.Fraction
	vague = arabic.Vague
)

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// TestParseNumber reads whole expressions.
func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		kind arabic.NumberKind
	}{
		// digits, alone and with scales
		{"2024", 2024, card},
		{"٢٠٢٤", 2024, card},
		{"2,500", 2500, card},
		{"3 آلاف", 3000, card},
		{"٣ آلاف", 3000, card},
		{"2.5 مليون", 2500000, card},
		{"1.2 مليار", 1200000000, card},
		{"150 ألف", 150000, card},
		{"50 ألفا", 50000, card},
		{"3 ملايين و500 ألف", 3500000, card},
		{"2 مليون و 500 ألف", 2500000, card},
		{"3 ملايين ونصف", 3500000, card},
		// units, teens, tens
		{"صفر", 0, card},
		{"واحد", 1, card},
		{"واحدة", 1, card},
		{"اثنان", 2, card},
		{"إثنان", 2, card},
		{"اثنين", 2, card},
		{"اثنتين", 2, card},
		{"ثلاث", 3, card},
		{"ثلاثة", 3, card},
		{"ثمانٍ", 8, card},
		{"ثماني", 8, card},
		{"خمس", 5, card},
		{"عشر", 10, card},
		{"عشرة", 10, card},
		{"أحد عشر", 11, card},
		{"إحدى عشرة", 11, card},
		{"اثنا عشر", 12, card},
		{"اثني عشر", 12, card},
		{"اثنتا عشرة", 12, card},
		{"ثلاث عشرة", 13, card},
		{"تسعة عشر", 19, card},
		{"عشرون", 20, card},
		{"عشرين", 20, card},
		{"ثلاثين", 30, card},
		{"ثلاثون", 30, card},
		{"خمسة وعشرون", 25, card},
		{"خمسة و عشرون", 25, card},
		{"ثلاث وخمسين", 53, card},
		{"ثمانية وتسعين", 98, card},
		{"وثمانية", 8, card},
		// hundreds
		{"مائة", 100, card},
		{"مئة", 100, card},
		{"مِئَة", 100, card},
		{"مائتان", 200, card},
		{"مئتان", 200, card},
		{"مائتين", 200, card},
		{"مئتين", 200, card},
		{"ثلاثمائة", 300, card},
		{"ثلاثمئة", 300, card},
		{"ثلاث مئة", 300, card},
		{"ثلاثة مائة", 300, card},
		{"تسعمائة", 900, card},
		{"ثمانمئة", 800, card},
		{"خمسمائة وخمسون", 550, card},
		{"مائة وخمسة وعشرون", 125, card},
		{"مئة وإحدى عشرة", 111, card},
		// thousands and up
		{"ألف", 1000, card},
		{"ألفان", 2000, card},
		{"ألفين", 2000, card},
		{"ألفي", 2000, card},
		{"ثلاثة آلاف", 3000, card},
		{"عشرة آلاف", 10000, card},
		{"ثلاثة ألوف", 3000, card},
		{"أحد عشر ألفا", 11000, card},
		{"عشرين ألفاً", 20000, card},
		{"مائة ألف", 100000, card},
		{"ثلاثمائة ألف", 300000, card},
		{"ألف وتسعمائة وتسعة وتسعون", 1999, card},
		{"ألفين وأربعة وعشرين", 2024, card},
		{"ألف ومائة", 1100, card},
		{"مليون", 1000000, card},
		{"مليونان", 2000000, card},
		{"مليونين", 2000000, card},
		{"ثلاثة ملايين", 3000000, card},
		{"مليون ونصف", 1500000, card},
		{"مليونين ونصف", 2500000, card},
		{"مليون وربع", 1250000, card},
		{"خمسة ملايين وخمسمائة ألف", 5500000, card},
		{"مليار", 1e9, card},
		{"ملياران", 2e9, card},
		{"ثلاثة مليارات", 3e9, card},
		{"بليون", 1e9, card},
		{"ترليون", 1e12, card},
		{"تريليون", 1e12, card},
		{"نصف مليون", 500000, card},
		{"ربع مليون", 250000, card},
		{"ثلاثة ونصف", 3.5, card},
		// clitics on the first word
		{"بثلاثة", 3, card},
		{"لألفي", 2000, card},
		{"وخمسون", 50, card},
		{"بثلاثة آلاف", 3000, card},
		{"وبخمسة", 5, card},
		{"للثلاثة", 3, card},
		{"الثلاثة", 3, card},
		{"الخمس", 5, card},
		// ordinals
		{"الأول", 1, ord},
		{"الأولى", 1, ord},
		{"أول", 1, ord},
		{"لأول", 1, ord},
		{"الثاني", 2, ord},
		{"الثانية", 2, ord},
		{"ثاني", 2, ord},
		{"الرابعة", 4, ord},
		{"العاشر", 10, ord},
		{"الحادي عشر", 11, ord},
		{"الحادية عشرة", 11, ord},
		{"الثانية عشرة", 12, ord},
		{"الخامس عشر", 15, ord},
		{"الحادي والعشرين", 21, ord},
		{"الحادي والعشرون", 21, ord},
		{"الخامس والعشرون", 25, ord},
		{"الثالثة والخمسين", 53, ord},
		{"العشرون", 20, ord},
		{"الخمسين", 50, ord},
		{"المائة", 100, ord},
		{"المئة", 100, ord},
		{"الألف", 1000, ord},
		{"المائة وخمسة", 105, ord},
		{"الألف وخمسة مائة", 1500, ord},
		{"الألفي وعشرون", 2020, ord},
		{"المليون", 1e6, ord},
		{"إثنان الألف", 2e6, ord},
		{"مائة الألف", 1e8, ord},
		// fractions
		{"نصف", 0.5, frac},
		{"النصف", 0.5, frac},
		{"ثلث", 1.0 / 3, frac},
		{"ربع", 0.25, frac},
		{"ثلثي", 2.0 / 3, frac},
		{"ثلثا", 2.0 / 3, frac},
		{"سدس", 1.0 / 6, frac},
		{"ثلاثة أرباع", 0.75, frac},
		// vague
		{"عشرات", 10, vague},
		{"مئات", 100, vague},
		{"آلاف", 1000, vague},
		{"الآلاف", 1000, vague},
		{"ملايين", 1e6, vague},
		{"عشرات الآلاف", 10000, vague},
		{"عشرات آلاف", 10000, vague},
		{"مئات الآلاف", 100000, vague},
		{"عشرات الملايين", 1e7, vague},
		{"بعشرات", 10, vague},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%+q", tt.in), func(t *testing.T) {
			m, ok := arabic.ParseNumber(tt.in)
			if !ok {
				t.Fatalf("ParseNumber(%q) = false, want %v %v", tt.in, tt.want, tt.kind)
			}
			if !near(m.Value, tt.want) || m.Kind != tt.kind {
				t.Errorf("ParseNumber(%q) = %v %v, want %v %v", tt.in, m.Value, m.Kind, tt.want, tt.kind)
			}
			if m.Text != tt.in || m.Start != 0 || m.End != len(tt.in) {
				t.Errorf("span = %d:%d %q, want the whole input", m.Start, m.End, m.Text)
			}
		})
	}
}

// TestParseNumberRejects lists inputs that are not one whole number.
func TestParseNumberRejects(t *testing.T) {
	for _, in := range []string{
		"",
		"   ",
		"الدول",
		"أحد",         // one of, not one
		"إحدى",        // one of
		"الاثنين",     // Monday
		"الأحد",       // Sunday
		"ثانية",       // a second of time
		"رابعة",       // a name
		"حادي",        // only in compounds
		"باول",        // Powell
		"لست",         // I am not
		"أرباع",       // a denominator needs its count
		"ثمن",         // a price more often than an eighth
		"ثلاثة أربعة", // two numbers
		"خمسة و",
		"خمسة عشرون",
		"عشرون وخمسة",
		"مائة مائة",
		"ألف ألف",
		"ثلاثة ألفين",
		"الأول عشر",
		"العاشر والعشرون",
		"ثلاثة آلاف جندي",
		"في المائة",
		"بالمئة",
		"3%",
		"abc",
	} {
		t.Run(fmt.Sprintf("%+q", in), func(t *testing.T) {
			if m, ok := arabic.ParseNumber(in); ok {
				t.Errorf("ParseNumber(%q) = %v %v %q, want false", in, m.Value, m.Kind, m.Text)
			}
		})
	}
}

type found struct {
	text  string
	value float64
	kind  arabic.NumberKind
}

// TestFindNumbers reads numbers in running text.
func TestFindNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []found
	}{
		{"قتل ثلاثة جنود وأصيب خمسة عشر آخرون", []found{{"ثلاثة", 3, card}, {"خمسة عشر", 15, card}}},
		{"ارتفعت الأسعار بنسبة 50 في المائة", []found{{"50", 50, card}}},
		{"بنسبة ٢٠ بالمئة", []found{{"٢٠", 20, card}}},
		{"يوم الاثنين الماضي", nil},
		{"يوم الأحد المقبل", nil},
		{"خلال 30 ثانية", []found{{"30", 30, card}}},
		{"الحرب العالمية الثانية", []found{{"الثانية", 2, ord}}},
		{"في القرن الحادي والعشرين", []found{{"الحادي والعشرين", 21, ord}}},
		{"خمس السكان", []found{{"خمس", 0.2, frac}}},
		{"منذ خمس سنوات", []found{{"خمس", 5, card}}},
		{"الدول الخمس الكبرى", []found{{"الخمس", 5, card}}},
		{"قال جيروم باول", nil},
		{"لأول مرة منذ عقد", []found{{"لأول", 1, ord}}},
		{"أحد الجنود وإحدى الدول", nil},
		{"عشرات الآلاف من المتظاهرين", []found{{"عشرات الآلاف", 10000, vague}}},
		{"آلاف اللاجئين", []found{{"آلاف", 1000, vague}}},
		{"ثلاثة وأربعة", []found{{"ثلاثة", 3, card}, {"وأربعة", 4, card}}},
		{"الثاني والثالث", []found{{"الثاني", 2, ord}, {"والثالث", 3, ord}}},
		{"نحو 3 آلاف شخص", []found{{"3 آلاف", 3000, card}}},
		{"بلغ عدد النازحين ٢٫٥ مليون نازح", []found{{"٢٫٥ مليون", 2500000, card}}},
		{"مليون وألف", []found{{"مليون وألف", 1001000, card}}},
		{"الساعة الثانية عشرة ظهرا", []found{{"الثانية عشرة", 12, ord}}},
		{"بثلاثة آلاف وخمسمائة دولار", []found{{"بثلاثة آلاف وخمسمائة", 3500, card}}},
		{"لألفي عام", []found{{"لألفي", 2000, card}}},
		{"ثلثي الأعضاء", []found{{"ثلثي", 2.0 / 3, frac}}},
		{"عام 2024، قتل 12 شخصا", []found{{"2024", 2024, card}, {"12", 12, card}}},
		{"مليون دولار و 3 آلاف", []found{{"مليون", 1e6, card}, {"3 آلاف", 3000, card}}},
		{"خمسة عشر ألفا وثلاثمائة وعشرين", []found{{"خمسة عشر ألفا وثلاثمائة وعشرين", 15320, card}}},
		{"الخمسة و", []found{{"الخمسة", 5, card}}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%+q", tt.in), func(t *testing.T) {
			toks := arabic.Tokenize(tt.in)
			got := arabic.FindNumbers(tt.in, toks)
			if len(got) != len(tt.want) {
				t.Fatalf("FindNumbers(%q) = %d numbers %+v, want %d", tt.in, len(got), got, len(tt.want))
			}
			for k, m := range got {
				w := tt.want[k]
				if m.Text != w.text || !near(m.Value, w.value) || m.Kind != w.kind {
					t.Errorf("number %d = %q %v %v, want %q %v %v", k, m.Text, m.Value, m.Kind, w.text, w.value, w.kind)
				}
				if m.Text != tt.in[m.Start:m.End] {
					t.Errorf("number %d: Text %q != src[%d:%d]", k, m.Text, m.Start, m.End)
				}
			}
		})
	}
}

// TestNumberAt checks the span and token count of a match inside a text.
func TestNumberAt(t *testing.T) {
	tests := []struct {
		in    string
		i     int // token index
		n     int // tokens spanned
		text  string
		value float64
	}{
		{"قتل بثلاثة آلاف جندي", 1, 2, "بثلاثة آلاف", 3000},
		{"بلغ مائة و خمسين ألفا", 1, 4, "مائة و خمسين ألفا", 150000},
		{"بلغ مائة و", 1, 1, "مائة", 100},
		{"الحادي  والعشرون", 0, 2, "الحادي  والعشرون", 21},
		{"قتل 12 شخصا", 0, 0, "", 0},
		{"قتل 12 شخصا", 1, 1, "12", 12},
		{"قتل 12 شخصا", 2, 0, "", 0},
		{"قتل 12 شخصا", 3, 0, "", 0},
		{"قتل 12 شخصا", -1, 0, "", 0},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%+q@%d", tt.in, tt.i), func(t *testing.T) {
			toks := arabic.Tokenize(tt.in)
			m, n := arabic.NumberAt(tt.in, toks, tt.i)
			if n != tt.n {
				t.Fatalf("NumberAt(%q, %d) spans %d tokens (%+v), want %d", tt.in, tt.i, n, m, tt.n)
			}
			if n == 0 {
				if m != (arabic.NumberMatch{}) {
					t.Errorf("no match but %+v", m)
				}
				return
			}
			if m.Text != tt.text || m.Value != tt.value {
				t.Errorf("NumberAt = %q %v, want %q %v", m.Text, m.Value, tt.text, tt.value)
			}
			if m.Start != toks[tt.i].Start || m.End != toks[tt.i+n-1].End || m.Text != tt.in[m.Start:m.End] {
				t.Errorf("span %d:%d %q does not match tokens %d..%d", m.Start, m.End, m.Text, tt.i, tt.i+n-1)
			}
		})
	}
}

// TestNumbersNoAlloc checks that text without numbers costs no allocation.
func TestNumbersNoAlloc(t *testing.T) {
	src := "قال الرئيس في مؤتمر صحفي إن الحكومة ستواصل العمل مع الشركاء الدوليين، يوم الاثنين."
	toks := arabic.Tokenize(src)
	arabic.FindNumbers(src, toks) // build the lexicon
	if a := testing.AllocsPerRun(100, func() { arabic.FindNumbers(src, toks) }); a != 0 {
		t.Errorf("FindNumbers allocates %v times on a text without numbers", a)
	}
}

func TestNumberKindString(t *testing.T) {
	for k, want := range map[arabic.NumberKind]string{card: "cardinal", ord: "ordinal", frac: "fraction", vague: "vague", 0: "?", 99: "?"} {
		if k.String() != want {
			t.Errorf("%d.String() = %q, want %q", k, k.String(), want)
		}
	}
}

func BenchmarkFindNumbers(b *testing.B) {
	src := "أعلنت وزارة الصحة أن عدد القتلى بلغ ثلاثة آلاف وخمسمائة شخص، وأصيب أكثر من 12 ألفا آخرين " +
		"خلال الأيام العشرة الماضية، فيما نزح عشرات الآلاف من السكان إلى المناطق الجنوبية للمرة الثانية منذ عام 2023. " +
		"وقال المتحدث إن الحكومة ستعقد اجتماعها الحادي والعشرين يوم الاثنين المقبل لبحث خطة بقيمة 2.5 مليون دولار."
	toks := arabic.Tokenize(src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		arabic.FindNumbers(src, toks)
	}
}

func BenchmarkFindNumbersProse(b *testing.B) {
	src := "قال الرئيس في مؤتمر صحفي إن الحكومة ستواصل العمل مع الشركاء الدوليين من أجل تحقيق الاستقرار " +
		"في المنطقة، مؤكدا أن المفاوضات مع الأطراف المعنية تسير في الاتجاه الصحيح رغم الصعوبات التي تواجهها."
	toks := arabic.Tokenize(src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		arabic.FindNumbers(src, toks)
	}
}
