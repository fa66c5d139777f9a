package lexicon

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/ontology"
)

// maxErrors bounds the errors one file reports, so that a file of the
// wrong kind does not print a line for each of its lines.
const maxErrors = 50

// Parse reads the entries of one lexicon file. It reads on past bad lines
// and returns every entry it could read with an error for each bad line
// (a *marsad.PositionError naming file and line).
func Parse(file string, data []byte) ([]*Entry, []error) {
	p := parser{file: file}
	line := 0
	for len(data) > 0 && len(p.errs) < maxErrors {
		line++
		var raw []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			raw, data = data[:i], data[i+1:]
		} else {
			raw, data = data, nil
		}
		p.line(line, raw)
	}
	p.close()
	return p.entries, p.errs
}

type parser struct {
	file    string
	entries []*Entry
	cur     *Entry
	errs    []error
	lineNo  int
}

func (p *parser) errorf(format string, args ...any) {
	p.errs = append(p.errs, &marsad.PositionError{File: p.file, Line: p.lineNo, Offset: -1, Err: fmt.Errorf(format, args...)})
}

func (p *parser) pos() Pos { return Pos{File: p.file, Line: p.lineNo} }

func (p *parser) line(n int, raw []byte) {
	p.lineNo = n
	if !utf8.Valid(raw) {
		p.errorf("invalid UTF-8")
		return
	}
	s := string(bytes.TrimRight(raw, "\r"))
	if n == 1 {
		s = strings.TrimPrefix(s, "\uFEFF")
	}
	s = stripComment(s)
	if strings.TrimSpace(s) == "" {
		return
	}
	if s[0] != ' ' && s[0] != '\t' {
		p.open(s)
		return
	}
	if p.cur == nil {
		p.errorf("field outside an entry: an entry starts with a line at column 0 (actor, place, agent or pattern)")
		return
	}
	field, value, _ := strings.Cut(strings.TrimSpace(s), " ")
	if i := strings.IndexByte(field, '\t'); i >= 0 {
		field, value = field[:i], field[i+1:]+" "+value
	}
	p.field(field, strings.TrimSpace(value))
}

// stripComment cuts a comment: '#' at the start or after a space or tab.
func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return s[:i]
		}
	}
	return s
}

func (p *parser) open(s string) {
	p.close()
	f := strings.Fields(s)
	k, ok := parseKind(f[0])
	if !ok {
		p.errorf("unknown entry kind %q: want actor, place, agent or pattern", f[0])
		return
	}
	if len(f) != 2 {
		p.errorf("%s: want %q followed by one id", f[0], f[0])
		return
	}
	if !validID(f[1]) {
		p.errorf("bad id %q: use letters a-z A-Z, digits, '.', '_' and '-'", f[1])
		return
	}
	p.cur = &Entry{Kind: k, ID: f[1], Pos: p.pos()}
}

func validID(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// close finishes the open entry: it checks the required fields and keeps
// it.
func (p *parser) close() {
	e := p.cur
	if e == nil {
		return
	}
	p.cur = nil
	save := p.lineNo
	p.lineNo = e.Pos.Line
	defer func() { p.lineNo = save }()
	missing := func(field string) { p.errorf("%s %s: missing field %q", e.Kind, e.ID, field) }
	switch e.Kind {
	case KindActor, KindPlace:
		if e.Name == "" {
			missing("name")
		}
		if e.Type == "" {
			missing("type")
		}
		if len(e.Forms) == 0 {
			missing("ar")
		}
		if e.Kind == KindActor && len(e.Codes) == 0 {
			missing("code")
		}
	case KindAgent:
		if e.Agent == "" {
			missing("code")
		}
		if len(e.Forms) == 0 {
			missing("ar")
		}
	case KindPattern:
		if e.Cameo == "" {
			missing("cameo")
		}
		if len(e.Forms) == 0 && len(e.Verbs) == 0 && len(e.Nouns) == 0 {
			missing("verb, noun or ar")
		}
	}
	p.entries = append(p.entries, e)
}

// fieldKinds says which kinds of entry take each field.
var fieldKinds = map[string][]Kind{
	"name":     {KindActor, KindPlace},
	"type":     {KindActor, KindPlace},
	"ar":       {KindActor, KindPlace, KindAgent, KindPattern},
	"code":     {KindActor, KindPlace, KindAgent},
	"country":  {KindActor, KindPlace, KindAgent},
	"wikidata": {KindActor, KindPlace},
	"coord":    {KindPlace},
	"adj":      {KindPlace},
	"office":   {KindAgent},
	"cameo":    {KindPattern},
	"plover":   {KindPattern},
	"verb":     {KindPattern},
	"noun":     {KindPattern},
	"with":     {KindPattern},
	"not":      {KindPattern},
	"test":     {KindActor, KindPlace, KindAgent, KindPattern},
}

func (p *parser) field(field, value string) {
	e := p.cur
	kinds, ok := fieldKinds[field]
	if !ok {
		p.errorf("unknown field %q", field)
		return
	}
	takes := false
	for _, k := range kinds {
		takes = takes || k == e.Kind
	}
	if !takes {
		p.errorf("%s entries have no field %q", e.Kind, field)
		return
	}
	if value == "" {
		p.errorf("field %q: empty value", field)
		return
	}
	single := func(dst *string) {
		if *dst != "" {
			p.errorf("field %q given twice", field)
			return
		}
		*dst = value
	}
	switch field {
	case "name":
		single(&e.Name)
	case "type":
		single(&e.Type)
	case "country":
		single(&e.Country)
	case "wikidata":
		single(&e.Wikidata)
	case "office":
		single(&e.Office)
	case "cameo":
		single(&e.Cameo)
	case "ar":
		e.Forms = p.forms(e.Forms, value)
	case "adj":
		e.Adjs = p.forms(e.Adjs, value)
	case "noun":
		e.Nouns = p.forms(e.Nouns, value)
	case "with":
		e.With = p.forms(e.With, value)
	case "not":
		e.Not = p.forms(e.Not, value)
	case "verb":
		f := strings.Fields(value)
		if len(f) < 1 || len(f) > 2 {
			p.errorf("verb: want PERFECT IMPERFECT (3rd person masculine singular), got %q", value)
			return
		}
		v := [2]string{f[0], ""}
		if len(f) == 2 {
			v[1] = f[1]
		}
		e.Verbs = append(e.Verbs, v)
	case "code":
		if e.Kind == KindAgent {
			single(&e.Agent)
			return
		}
		p.code(e, value)
	case "coord":
		p.coord(e, value)
	case "plover":
		f := strings.Fields(value)
		if len(f) > 3 {
			p.errorf("plover: want TYPE [MODE] [CONTEXT], got %q", value)
			return
		}
		pl := ontology.Plover{Type: f[0]}
		if len(f) > 1 {
			pl.Mode = f[1]
		}
		if len(f) > 2 {
			pl.Context = f[2]
		}
		e.Plover = pl
	case "test":
		if t, err := parseTest(value); err != nil {
			p.errorf("%v", err)
		} else {
			t.Pos = p.pos()
			e.Tests = append(e.Tests, t)
		}
	}
}

func (p *parser) forms(dst []Form, value string) []Form {
	for _, f := range strings.Split(value, "|") {
		f = strings.Join(strings.Fields(f), " ")
		if f == "" {
			p.errorf("empty form in %q", value)
			continue
		}
		dst = append(dst, Form{Text: f, Pos: p.pos()})
	}
	return dst
}

func (p *parser) code(e *Entry, value string) {
	f := strings.Fields(value)
	c := Code{Code: f[0], Pos: p.pos()}
	for _, w := range f[1:] {
		switch {
		case strings.Contains(w, ".."):
			if c.Dated() {
				p.errorf("code %s: two date ranges", c.Code)
				return
			}
			from, to, err := parseRange(w)
			if err != nil {
				p.errorf("code %s: %v", c.Code, err)
				return
			}
			c.From, c.To = from, to
		case c.Office == "":
			c.Office = w
		default:
			p.errorf("code %s: unexpected %q: want CODE [FROM..TO] [OFFICE]", c.Code, w)
			return
		}
	}
	e.Codes = append(e.Codes, c)
}

func (p *parser) coord(e *Entry, value string) {
	f := strings.Fields(strings.ReplaceAll(value, ",", " "))
	if len(f) != 2 {
		p.errorf("coord: want LAT LON, got %q", value)
		return
	}
	lat, err1 := strconv.ParseFloat(f[0], 64)
	lon, err2 := strconv.ParseFloat(f[1], 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		p.errorf("coord: want LAT LON in decimal degrees (-90..90, -180..180), got %q", value)
		return
	}
	if e.HasCoord {
		p.errorf("field \"coord\" given twice")
		return
	}
	e.Coord, e.HasCoord = Coord{lat, lon}, true
}

// parseTest reads SENTENCE [@DATE] => EXPECT ["Name"].
func parseTest(value string) (Test, error) {
	i := strings.LastIndex(value, "=>")
	if i < 0 {
		return Test{}, errors.New(`test: want SENTENCE [@DATE] => EXPECT`)
	}
	var t Test
	sentence, expect := strings.TrimSpace(value[:i]), strings.TrimSpace(value[i+2:])
	if j := strings.LastIndexByte(sentence, '@'); j >= 0 && (j == 0 || sentence[j-1] == ' ') {
		d, err := ParseDate(strings.TrimSpace(sentence[j+1:]), false)
		if err != nil {
			return Test{}, fmt.Errorf("test: %v", err)
		}
		t.Date = d
		sentence = strings.TrimSpace(sentence[:j])
	}
	if sentence == "" {
		return Test{}, errors.New("test: empty sentence")
	}
	t.Sentence = sentence
	code, name, _ := strings.Cut(expect, " ")
	name = strings.TrimSpace(name)
	if name != "" {
		if len(name) < 2 || name[0] != '"' || name[len(name)-1] != '"' {
			return Test{}, fmt.Errorf("test: after the expected code, want a name in double quotes, got %q", name)
		}
		t.Name = name[1 : len(name)-1]
	}
	if code == "" {
		return Test{}, errors.New("test: nothing expected after =>")
	}
	t.Expect = code
	return t, nil
}
