package arabic_test

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/marsad-project/marsad/arabic"
)

func newSegmenter(t testing.TB) *arabic.Segmenter {
	t.Helper()
	s, err := arabic.NewSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// pieces renders the segments of one word as "a+b+c".
func pieces(segs []arabic.Segment) string {
	var b strings.Builder
	for i, g := range segs {
		if i > 0 {
			b.WriteByte('+')
		}
		b.WriteString(g.Text)
	}
	return b.String()
}

// wordToken returns the single token of w.
func wordToken(t *testing.T, w string) arabic.Token {
	t.Helper()
	toks := arabic.Tokenize(w)
	if len(toks) != 1 {
		t.Fatalf("Tokenize(%+q) = %d tokens, want 1", w, len(toks))
	}
	return toks[0]
}

func TestSegment(t *testing.T) {
	seg := newSegmenter(t)
	tests := []struct {
		word string
		want string // pieces, SchemeUD
		full string // pieces, SchemeFull; "" when the same as want
		stem string // Norm of the stem piece; "" to skip
	}{
		// proclitics
		{"وبحلول", "و+ب+حلول", "", "حلول"},
		{"وقال", "و+قال", "", "قال"},
		{"فإن", "ف+إن", "", "ان"},
		{"لأوباما", "ل+أوباما", "", "اوباما"},
		{"سيكون", "س+يكون", "", "يكون"},
		{"وسيكون", "و+س+يكون", "", "يكون"},
		{"بالنسبة", "ب+النسبة", "ب+ال+نسبة", ""},
		{"والحكومة", "و+الحكومة", "و+ال+حكومة", ""},
		{"للسلطة", "ل+لسلطة", "ل+ل+سلطة", "السلطة"},
		{"لله", "ل+له", "", "الله"},
		// enclitics, with the stem restored in Norm
		{"نشرتها", "نشرت+ها", "", "نشرت"},
		{"حكومته", "حكومت+ه", "", "حكومة"},
		{"عليه", "علي+ه", "", "علي"},
		{"مستواه", "مستوا+ه", "", "مستوي"},
		{"أنه", "أن+ه", "", "ان"},
		{"لكنه", "لكن+ه", "", "لكن"},
		{"إنني", "إن+ني", "", "ان"},
		{"لدينا", "لدي+نا", "", "لدي"},
		{"منها", "من+ها", "", "من"},
		{"وغيرها", "و+غير+ها", "", "غير"},
		// a preposition and its pronoun, no stem
		{"له", "ل+ه", "", ""},
		{"بها", "ب+ها", "", ""},
		{"ولهم", "و+ل+هم", "", ""},
		// words that only look cut
		{"بلينكن", "بلينكن", "", ""},
		{"لبنان", "لبنان", "", ""},
		{"كوري", "كوري", "", ""},
		{"بوتين", "بوتين", "", ""},
		{"فلسطين", "فلسطين", "", ""},
		{"كما", "كما", "", ""},
		{"لكن", "لكن", "", ""},
		{"كان", "كان", "", ""},
		{"فيما", "فيما", "", ""},
		{"الذي", "الذي", "الذي", ""},
		{"ألمانيا", "ألمانيا", "ألمانيا", ""},
		{"وزير", "وزير", "", ""},
		{"سنة", "سنة", "", ""},
		{"الوطني", "الوطني", "ال+وطني", ""},
		// diacritics and tatweel stay with their letter
		{"وَبِحُلُولِ", "وَ+بِ+حُلُولِ", "", "حلول"},
		{"نشرتـها", "نشرتـ+ها", "", ""},
		{"وَالحُكُومَةُ", "وَ+الحُكُومَةُ", "وَ+ال+حُكُومَةُ", ""},
	}
	full := seg.WithScheme(arabic.SchemeFull)
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%+q", tt.word), func(t *testing.T) {
			tok := wordToken(t, tt.word)
			got := seg.Segment(tok)
			if p := pieces(got); p != tt.want {
				t.Errorf("Segment(%+q) = %+q, want %+q", tt.word, p, tt.want)
			}
			if tt.stem != "" {
				var stem string
				for _, g := range got {
					if g.Kind == arabic.SegStem {
						stem = g.Norm
					}
				}
				if stem != tt.stem {
					t.Errorf("Segment(%+q): stem Norm = %+q, want %+q", tt.word, stem, tt.stem)
				}
			}
			wantFull := tt.full
			if wantFull == "" {
				wantFull = tt.want
			}
			if p := pieces(full.Segment(tok)); p != wantFull {
				t.Errorf("SchemeFull Segment(%+q) = %+q, want %+q", tt.word, p, wantFull)
			}
		})
	}
}

func TestSegmentKinds(t *testing.T) {
	seg := newSegmenter(t).WithScheme(arabic.SchemeFull)
	got := seg.Segment(wordToken(t, "وبالحكومة"))
	want := []struct {
		text, norm string
		kind       arabic.SegKind
	}{
		{"و", "و", arabic.SegProclitic},
		{"ب", "ب", arabic.SegProclitic},
		{"ال", "ال", arabic.SegDeterminer},
		{"حكومة", "حكومة", arabic.SegStem},
	}
	if len(got) != len(want) {
		t.Fatalf("Segment(%+q) = %+q, want 4 pieces", "وبالحكومة", pieces(got))
	}
	for i, w := range want {
		if got[i].Text != w.text || got[i].Norm != w.norm || got[i].Kind != w.kind {
			t.Errorf("piece %d = %+q %+q %v, want %+q %+q %v", i, got[i].Text, got[i].Norm, got[i].Kind, w.text, w.norm, w.kind)
		}
	}
	enc := newSegmenter(t).Segment(wordToken(t, "حكومتهم"))
	if len(enc) != 2 || enc[1].Kind != arabic.SegEnclitic || enc[0].Kind != arabic.SegStem {
		t.Errorf("Segment(%+q) kinds = %v", "حكومتهم", enc)
	}
}

// TestSegmentOffsets checks that the pieces of every token tile it and
// slice the original text.
func TestSegmentOffsets(t *testing.T) {
	seg := newSegmenter(t)
	for _, scheme := range []arabic.Scheme{arabic.SchemeUD, arabic.SchemeFull} {
		s := seg.WithScheme(scheme)
		toks := arabic.Tokenize(newsText)
		var buf []arabic.Segment
		for _, tok := range toks {
			buf = s.AppendSegments(buf[:0], tok)
			checkTiling(t, newsText, tok, buf)
		}
	}
}

func checkTiling(t *testing.T, src string, tok arabic.Token, segs []arabic.Segment) {
	t.Helper()
	if len(segs) == 0 {
		t.Fatalf("token %+q: no pieces", tok.Text)
	}
	at := tok.Start
	for _, g := range segs {
		if g.Start != at || g.End <= g.Start || g.End > tok.End {
			t.Fatalf("token %+q [%d,%d): piece %+q at [%d,%d), want start %d", tok.Text, tok.Start, tok.End, g.Text, g.Start, g.End, at)
		}
		if src[g.Start:g.End] != g.Text {
			t.Fatalf("token %+q: piece %+q != src[%d:%d] %+q", tok.Text, g.Text, g.Start, g.End, src[g.Start:g.End])
		}
		at = g.End
	}
	if at != tok.End {
		t.Fatalf("token %+q: pieces end at %d, token at %d", tok.Text, at, tok.End)
	}
}

func TestSegmentNonWords(t *testing.T) {
	seg := newSegmenter(t)
	for _, tok := range arabic.Tokenize("2024 ، COVID-19 ٪ ؟") {
		got := seg.Segment(tok)
		if len(got) != 1 || got[0].Text != tok.Text || got[0].Start != tok.Start || got[0].End != tok.End || got[0].Norm != tok.Norm {
			t.Errorf("Segment(%+q) = %+v, want the token whole", tok.Text, got)
		}
	}
}

func TestSegmentLine(t *testing.T) {
	seg := newSegmenter(t)
	tests := []struct {
		line   string
		scheme arabic.Scheme
		want   string
	}{
		{"وبحلول  يوم الإثنين، نشرتها", arabic.SchemeUD, "و+ب+حلول يوم الإثنين ، نشرت+ها"},
		{"وبحلول يوم الإثنين، نشرتها", arabic.SchemeFull, "و+ب+حلول يوم ال+إثنين ، نشرت+ها"},
		{"فإن الانتقال السلمي للسلطة سبق له أن حدث.", arabic.SchemeUD, "ف+إن الانتقال السلمي ل+لسلطة سبق ل+ه أن حدث ."},
		{"", arabic.SchemeUD, ""},
		{"  2024  ", arabic.SchemeUD, "2024"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%+q/%v", tt.line, tt.scheme), func(t *testing.T) {
			if got := seg.SegmentLine(tt.line, tt.scheme); got != tt.want {
				t.Errorf("SegmentLine(%+q, %v) = %+q, want %+q", tt.line, tt.scheme, got, tt.want)
			}
		})
	}
}

func TestParseScheme(t *testing.T) {
	tests := []struct {
		name string
		want arabic.Scheme
		err  bool
	}{
		{"ud", arabic.SchemeUD, false},
		{"ATB", arabic.SchemeUD, false},
		{"", arabic.SchemeUD, false},
		{"full", arabic.SchemeFull, false},
		{"bogus", 0, true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%+q", tt.name), func(t *testing.T) {
			got, err := arabic.ParseScheme(tt.name)
			if (err != nil) != tt.err || got != tt.want {
				t.Errorf("ParseScheme(%+q) = %v, %v; want %v, error %v", tt.name, got, err, tt.want, tt.err)
			}
			if err == nil && tt.name != "" && strings.ToLower(tt.name) != "atb" && got.String() != strings.ToLower(tt.name) {
				t.Errorf("%v.String() = %q", got, got.String())
			}
		})
	}
}

// TestAppendSegmentsAllocs checks that segmenting allocates nothing beyond
// the slice it appends to.
func TestAppendSegmentsAllocs(t *testing.T) {
	seg := newSegmenter(t)
	// Unknown words too, whose cut is worked out on the spot.
	toks := arabic.Tokenize(newsText + " والشولمانيين وبشولمان حكومتهم مستواها وبالحكومة وبحكومتهم فبمستواها وسيكتبونها")
	buf := make([]arabic.Segment, 0, 8)
	for _, s := range []*arabic.Segmenter{seg, seg.WithScheme(arabic.SchemeFull)} {
		allocs := testing.AllocsPerRun(20, func() {
			for _, tok := range toks {
				buf = s.AppendSegments(buf[:0], tok)
			}
		})
		if allocs != 0 {
			t.Errorf("%v: %.1f allocations per run over %d tokens, want 0", s.Scheme(), allocs, len(toks))
		}
	}
}

func TestSegmenterConcurrent(t *testing.T) {
	seg := newSegmenter(t)
	want := seg.SegmentLine(newsText, arabic.SchemeUD)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s2, err := arabic.NewSegmenter()
			if err != nil {
				t.Error(err)
				return
			}
			if got := s2.SegmentLine(newsText, arabic.SchemeUD); got != want {
				t.Error("concurrent SegmentLine differs")
			}
		}()
	}
	wg.Wait()
}

// newsText is news-style Arabic written for these tests.
const newsText = `قال وزير الخارجية في بيان نشرته الوزارة يوم الإثنين إن حكومته ستواصل العمل مع شركائها في المنطقة، وأضاف أن المحادثات التي جرت في العاصمة كانت بنّاءة. 
وبحلول نهاية الأسبوع سيجتمع الوفدان مجددا لبحث الملفات العالقة، ومنها ملف الحدود وملف اللاجئين الذين فرّوا من القتال خلال السنوات الماضية.
وأكد المتحدث باسم الرئاسة أن الرئيس سيستقبل نظيره اللبناني في القصر الجمهوري، وأنه سيبحث معه سبل تعزيز التعاون بين البلدين في مجالات الطاقة والتجارة والأمن.
وفي سياق متصل، أعلنت السلطات الفلسطينية أن قوات الاحتلال اعتقلت عشرات الشبان في الضفة الغربية، بينما دعا المجلس التشريعي المجتمع الدولي إلى التدخل لوقف الانتهاكات.
من جهتها، قالت الأمم المتحدة إن مستوى المساعدات الإنسانية لا يكفي، وإن المنظمة تحتاج إلى مزيد من الدعم لتلبية احتياجات السكان، مشيرة إلى أن الأزمة تتفاقم يوما بعد يوم.
وكتبت كوري شولمان، المساعدة الخاصة لأوباما، في تدوينة نشرتها على موقع البيت الأبيض: «إن الانتقال السلمي للسلطة سبق له أن حدث».
وأضافت أن بلينكن سيزور لبنان وفلسطين الأسبوع المقبل، ولم يستبعد أن يلتقي بوتين على هامش القمة.
وبالنسبة إلى الاقتصاد، فقد ارتفعت أسعار النفط بنسبة ٣٫٥٪ بعد قرار المنظمة خفض الإنتاج، وهو ما رحبت به الدول المصدرة بينما انتقدته الدول المستهلكة بشدة.
ويرى محللون أن الحكومة الجديدة ستواجه تحديات كبيرة، لكنها تملك فرصة لإصلاح مؤسساتها وكسب ثقة مواطنيها إذا التزمت بوعودها.
وَقَالَ الْمُتَحَدِّثُ إِنَّ الْجَيْشَ سَيَنْسَحِبُ مِنَ الْمَدِينَةِ خِلَالَ أَيَّامٍ، وَإِنَّ الْمُفَاوَضَاتِ مُسْتَمِرَّةٌ.
`

func BenchmarkSegment(b *testing.B) {
	seg := newSegmenter(b)
	text := strings.Repeat(newsText, 4)
	toks := arabic.Tokenize(text)
	buf := make([]arabic.Segment, 0, 8)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, tok := range toks {
			buf = seg.AppendSegments(buf[:0], tok)
		}
	}
}

// BenchmarkTokenizeSegment measures tokenizing and segmenting together.
func BenchmarkTokenizeSegment(b *testing.B) {
	seg := newSegmenter(b)
	text := strings.Repeat(newsText, 4)
	toks := make([]arabic.Token, 0, len(text)/4)
	buf := make([]arabic.Segment, 0, 8)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		toks = arabic.AppendTokens(toks[:0], text)
		for _, tok := range toks {
			buf = seg.AppendSegments(buf[:0], tok)
		}
	}
}

// lexiconMap reads the embedded lexicon's source file into a plain map,
// key → frequency, as the segmenter loads it: keys normalized with Key,
// the frequencies of words with the same key summed.
func lexiconMap(t *testing.T) map[string]uint32 {
	t.Helper()
	f, err := os.Open("data/stems.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]uint32{}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		w, fs, ok := strings.Cut(line, "\t")
		n, err := strconv.ParseUint(fs, 10, 32)
		if !ok || err != nil {
			t.Fatalf("bad lexicon line %q", line)
		}
		m[arabic.Key(w, 0)] += uint32(n)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestKnownMatchesMap checks the segmenter's word table against a plain
// map: every lexicon word, with its frequency, and words near them that
// are in the lexicon or not: with a letter more or less, a letter changed
// into another, into one outside the letters keys are made of, or into
// bytes that are no letter at all; words too long to pack; empty and odd
// strings.
func TestKnownMatchesMap(t *testing.T) {
	seg := newSegmenter(t)
	m := lexiconMap(t)
	check := func(w string) {
		t.Helper()
		f, ok := seg.Known(w)
		wf, wok := m[w]
		if ok != wok || f != wf {
			t.Fatalf("Known(%q) = %d, %v; the map has %d, %v", w, f, ok, wf, wok)
		}
	}
	others := []string{
		"\u0622", "\u0620", "\u065f", "\u0660", "\u0671", "\u06c0", "\u0649", // آ, U+0620, U+065F, ٠, ٱ, ۀ, ى
		"\xd8", "\x80", "\xd8\x00", "\xd9\xc0", "\xda\x88", "a", "ab", "\x00\x00",
	}
	words := slices.Sorted(maps.Keys(m))
	absent := 0
	for i, w := range words {
		vs := []string{w, "و" + w, "ال" + w, w + "ه", w + "ها", w + w}
		if len(w) >= 2 {
			last := []byte(w)
			last[len(last)-1] ^= 1 // the next or previous letter
			vs = append(vs, w[2:], w[:len(w)-2], w[:len(w)-1], w[1:], string(last))
			for _, o := range []string{others[i%len(others)], others[i/len(others)%len(others)]} {
				vs = append(vs, w[:len(w)-2]+o, o+w[2:], w[:len(w)/2&^1]+o+w[len(w)/2&^1:])
			}
		}
		for _, v := range vs {
			check(v)
			if _, ok := m[v]; !ok {
				absent++
			}
		}
	}
	for _, w := range append([]string{"", "و", "في", "a", "ab", "abcdefgh", "abcdefghijklmnopqrstuvwxyz"}, others...) {
		check(w)
	}
	if len(m) < 100000 || absent < 1000000 {
		t.Errorf("checked %d words and %d words not in the lexicon, want more", len(m), absent)
	}
}

// TestSegmentNewsErrors holds words of the error classes met in running
// news that the treebank barely has, with words like them that are still
// to be cut.
func TestSegmentNewsErrors(t *testing.T) {
	seg := newSegmenter(t)
	tests := []struct {
		class string
		word  string
		want  string
	}{
		// Names and words of their own that end in what looks like a
		// pronoun, mostly the second person, rare outside quotes.
		{"name", "مايك", "مايك"},
		{"name", "إريك", "إريك"},
		{"name", "ماسك", "ماسك"},
		{"name", "تاسك", "تاسك"},
		{"name", "ديليك", "ديليك"},
		{"name", "جيه", "جيه"},
		{"name", "أبها", "أبها"},
		{"name", "فلبيني", "فلبيني"},
		{"name", "بلاك", "بلاك"},
		{"word", "يتمكن", "يتمكن"},
		{"word", "سيتمكن", "س+يتمكن"},
		{"word", "أمسك", "أمسك"},
		{"word", "التهم", "التهم"},
		{"word", "المهم", "المهم"},
		{"word", "ساهم", "ساهم"},
		// نا, the subject of a verb in the perfect, stays on it.
		{"subject", "بدأنا", "بدأنا"},
		{"subject", "أكدنا", "أكدنا"},
		{"subject", "قررنا", "قررنا"},
		{"subject", "اتفقنا", "اتفقنا"},
		{"subject", "حصلنا", "حصلنا"},
		{"subject", "نجحنا", "نجحنا"},
		{"subject", "وجدنا", "وجدنا"},
		{"subject", "أصبحنا", "أصبحنا"},
		{"subject", "فقدنا", "فقدنا"},
		// ـنا that is no pronoun after a stem that is no noun.
		{"no-na", "أمانا", "أمانا"},
		{"no-na", "جوانا", "جوانا"},
		{"no-na", "دينا", "دينا"},
		{"no-na", "سافانا", "سافانا"},
		{"no-na", "إيرنا", "إيرنا"},
		// ب before a word in أ.
		{"ba-hamza", "بأهم", "ب+أهم"},
		{"ba-hamza", "بأول", "ب+أول"},
		{"ba-hamza", "بأكبر", "ب+أكبر"},
		// Still cut.
		{"cut", "نشرتها", "نشرت+ها"},
		{"cut", "لدينا", "لدي+نا"},
		{"cut", "علينا", "علي+نا"},
		{"cut", "شعبنا", "شعب+نا"},
		{"cut", "قواتنا", "قوات+نا"},
		{"cut", "بلادنا", "بلاد+نا"},
		{"cut", "مراسلنا", "مراسل+نا"},
		{"cut", "يمكننا", "يمكن+نا"},
		{"cut", "يهاجموننا", "يهاجمون+نا"},
		{"cut", "وبحلول", "و+ب+حلول"},
		{"cut", "للسلطة", "ل+لسلطة"},
		{"cut", "يمكنكم", "يمكن+كم"},
		{"cut", "عليكم", "علي+كم"},
		{"cut", "أنك", "أن+ك"},
		{"cut", "بلدكم", "بلد+كم"},
		{"cut", "حكومتكم", "حكومت+كم"},
		{"cut", "مساعدتك", "مساعدت+ك"},
		{"cut", "رأيك", "رأي+ك"},
		{"cut", "بدأها", "بدأ+ها"},
		{"cut", "شنها", "شن+ها"},
		{"cut", "ضمها", "ضم+ها"},
		{"cut", "دمه", "دم+ه"},
		{"cut", "حقهم", "حق+هم"},
		{"cut", "وسطها", "وسط+ها"},
		{"cut", "سأله", "سأل+ه"},
		{"cut", "بلديهما", "بلدي+هما"},
		{"cut", "منازلهم", "منازل+هم"},
		{"cut", "وغيرها", "و+غير+ها"},
	}
	for _, tt := range tests {
		t.Run(tt.class+"/"+tt.word, func(t *testing.T) {
			if got := pieces(seg.Segment(wordToken(t, tt.word))); got != tt.want {
				t.Errorf("Segment(%+q) = %+q, want %+q", tt.word, got, tt.want)
			}
		})
	}
}
