package arabic_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/marsad-project/marsad/arabic"
)

// FuzzDates checks that FindDates never panics, that every match slices
// the text it was found in, and that matches are in order, inside the text
// and apart. ParseDate must not panic either.
func FuzzDates(f *testing.F) {
	seeds := []string{
		"23 يوليو 2021", "الجمعة، ١١ يوليو ٢٠١٤", "11\u200f/07\u200f/2014", "14 رمضان 1435 هـ",
		"1435هـ", "تموز (يوليو)", "قبل يومين", "الجمعة الماضية", "منذ ثلاثة أيام",
		"للعام الماضي", "29/2/2021", "31 فبراير", "1 محرم 1500 هـ", "30 ذو الحجة 9999 هـ",
		"وفي 23 تموز/يوليو 2021 قال", "99999999/1/1", "1.1.1", "يوم", "\xff\xfe", "ذو",
	}
	for i, s := range seeds {
		f.Add(s, int64(1627293600+i*86400*400))
	}
	f.Add("رمضان", int64(-62135596800)) // year 1
	f.Add("رمضان", int64(253402300799)) // year 9999
	f.Fuzz(func(t *testing.T, src string, sec int64) {
		ref := time.Unix(sec, 0).UTC()
		checkDates(t, src, ref)
		// The same bytes read as a sentence of date words, so that the
		// fuzzer explores the grammar and not only the byte level.
		var b strings.Builder
		for i := 0; i < len(src); i++ {
			if i > 0 && src[i]%5 != 0 {
				b.WriteByte(' ')
			}
			b.WriteString(fuzzWords[int(src[i])%len(fuzzWords)])
		}
		checkDates(t, b.String(), ref)
	})
}

// fuzzWords are the pieces FuzzDates builds sentences from.
var fuzzWords = []string{
	"1", "12", "23", "29", "30", "31", "0", "99", "2021", "1435", "1500", "1501", "9999", "٢٠٢١", "١٤",
	"/", "-", ".", "(", ")", "،", ",", "هـ", "م", "ميلادي", "هجرية", "ق",
	"يوليو", "تموز", "كانون", "الثاني", "الأول", "تشرين", "فبراير", "شباط", "آب", "مارس", "ماي",
	"رمضان", "ربيع", "الآخر", "جمادى", "الآخرة", "ذو", "ذي", "الحجة", "القعدة", "صفر", "شهر",
	"الجمعة", "الاثنين", "يوم", "أمس", "اليوم", "غدا", "الغد", "أول", "من", "بعد", "قبل", "منذ",
	"الماضي", "المقبل", "الجاري", "هذا", "الأسبوع", "الشهر", "العام", "السنة", "عام", "سنة",
	"يومين", "أيام", "ثلاثة", "الثالث", "والعشرين", "عشرين", "واحد", "ونصف", "في", "وفي", "للعام",
	"بيونيو", "صلاة", "x", "\u200f",
}

func checkDates(t *testing.T, src string, ref time.Time) {
	t.Helper()
	toks := arabic.Tokenize(src)
	last := 0
	for _, m := range arabic.FindDates(src, toks, ref) {
		if m.Start < last || m.End <= m.Start || m.End > len(src) {
			t.Fatalf("bad span [%d:%d] after %d in %q", m.Start, m.End, last, src)
		}
		if m.Text != src[m.Start:m.End] {
			t.Fatalf("Text %q != src[%d:%d] %q", m.Text, m.Start, m.End, src[m.Start:m.End])
		}
		if m.Precision < arabic.Year || m.Precision > arabic.Day {
			t.Fatalf("no precision: %+v", m)
		}
		if d := time.Date(m.Year, time.Month(m.Month), m.Day, 0, 0, 0, 0, time.UTC); d.Year() != m.Year ||
			int(d.Month()) != m.Month || d.Day() != m.Day {
			t.Fatalf("impossible date %+v in %q", m, src)
		}
		if utf8.ValidString(src) && !utf8.ValidString(m.Text) {
			t.Fatalf("match cuts a rune: %q", m.Text)
		}
		_ = m.ISO()
		last = m.End
	}
	if m, ok := arabic.ParseDate(src, ref); ok && m.Text != src[m.Start:m.End] {
		t.Fatalf("ParseDate: Text %q != src[%d:%d]", m.Text, m.Start, m.End)
	}
}
