package arabic_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/arabic"
)

func TestTokenize(t *testing.T) {
	for i, tt := range []struct {
		group, in string
		want      string // tokens as kind:text separated by " | "
	}{
		{"words", "وقال الرئيس", "word:وقال | word:الرئيس"},
		{"numbers", "نحو 2,500 جندي", "word:نحو | number:2,500 | word:جندي"},
		{"numbers", "٢٥٠٠ و3.5%", "number:٢٥٠٠ | word:و | number:3.5 | symbol:%"},
		{"numbers", "٣٫٥٪", "number:٣٫٥ | symbol:٪"},
		{"numbers", "عام 2003.", "word:عام | number:2003 | punct:."},
		{"date", "١١\u200f/٠٧\u200f/٢٠١٤", "number:١١ | punct:/ | number:٠٧ | punct:/ | number:٢٠١٤"},
		{"punct", "قال: «نعم»، ثم؟!", "word:قال | punct:: | punct:« | word:نعم | punct:» | punct:، | word:ثم | punct:؟!"},
		{"latin", "تنظيم ISIS-K الإرهابي", "word:تنظيم | latin:ISIS | punct:- | latin:K | word:الإرهابي"},
		{"marks", "أيًّا كانَ الحـــل", "word:أيًّا | word:كانَ | word:الحـــل"},
		{"presentation", "ﺍﻟﺴﻼﻢ", "word:ﺍﻟﺴﻼﻢ"},
		{"invalid", "a\xffب", "latin:a | symbol:\xff | word:ب"},
		{"zwnj", "\u200c ب\u200cت", "word:ب\u200cت"},
		{"ellipsis", "العراقي .. السياق", "word:العراقي | punct:.. | word:السياق"},
	} {
		t.Run(fmt.Sprintf("%s:%d:%+q", tt.group, i, tt.in), func(t *testing.T) {
			toks := arabic.Tokenize(tt.in)
			var got []string
			for _, tok := range toks {
				got = append(got, tok.Kind.String()+":"+tok.Text)
				if tok.In(tt.in) != tok.Text {
					t.Errorf("token %+q at [%d,%d) does not slice the input", tok.Text, tok.Start, tok.End)
				}
				if tok.Norm != arabic.Key(tok.Text, 0) {
					t.Errorf("token %+q: Norm %+q, want %+q", tok.Text, tok.Norm, arabic.Key(tok.Text, 0))
				}
			}
			if g := strings.Join(got, " | "); g != tt.want {
				t.Errorf("got  %+q\nwant %+q", g, tt.want)
			}
		})
	}
}

func TestParseDigits(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"2500", 2500, true},
		{"2,500", 2500, true},
		{"1,234,567", 1234567, true},
		{"3.5", 3.5, true},
		{"3,5", 3.5, true},
		{"٢٥٠٠", 2500, true},
		{"٣٫٥", 3.5, true},
		{"٢٬٥٠٠", 2500, true},
		{"۲۵", 25, true},
		{"2.500.000", 2500000, true},
		{"1,2,3", 0, false},
		{"", 0, false},
	} {
		got, ok := arabic.ParseDigits(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseDigits(%+q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// FuzzTokenize checks that tokens always slice the input, in order and
// without overlap, and that sentences cover their tokens.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"وقال الرئيس: «نعم». ثم؟! 2,500 جندي ٣٫٥٪",
		"د. محمد\nعنوان بلا نقطة\n\"قال: ذهبنا.\" ثم",
		"\x00\xff\u064e\u200f ﻷ",
		strings.Repeat("ب", 100),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := arabic.Tokenize(s)
		prev := 0
		for _, tok := range toks {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("token %+q at [%d,%d) after %d in %d bytes", tok.Text, tok.Start, tok.End, prev, len(s))
			}
			if s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %+q does not slice the input", tok.Text)
			}
			prev = tok.End
		}
		sents := arabic.Sentences(s, toks)
		next := 0
		for _, se := range sents {
			if se.First != next || se.Last <= se.First || se.Last > len(toks) {
				t.Fatalf("sentence tokens [%d,%d), want to start at %d", se.First, se.Last, next)
			}
			if se.Start != toks[se.First].Start || se.End != toks[se.Last-1].End {
				t.Fatalf("sentence span [%d,%d) does not match its tokens", se.Start, se.End)
			}
			next = se.Last
		}
		if next != len(toks) {
			t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
		}
	})
}
