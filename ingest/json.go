package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/marsad-project/marsad"
)

// docFields are the fields of a marsad.Document, in the order they are
// filled.
var docFields = []string{"id", "title", "published", "source", "url", "text"}

// fieldAlternatives are the input fields a document field is looked up
// under when Options.Fields does not map it, in order.
var fieldAlternatives = map[string][]string{
	"id":        {"id", "_id", "doc_id", "docid", "docno", "guid"},
	"title":     {"title", "headline"},
	"published": {"published", "date", "published_at", "pubdate", "pubDate", "date_published", "datetime", "date_extracted", "time", "timestamp"},
	"source":    {"source", "site", "sitename", "site_name", "publisher", "domain"},
	"url":       {"url", "link", "href", "uri"},
	"text":      {"text", "content", "body", "article", "maintext", "main_text"},
}

// CheckFields returns an error for a mapping that names a field a document
// does not have.
func CheckFields(fields map[string]string) error {
	for k, v := range fields {
		if _, ok := fieldAlternatives[k]; !ok {
			return marsad.Errorf(marsad.EINVALID, "field mapping %s=%s: a document has no field %q (want one of %s)", k, v, k, strings.Join(docFields, ", "))
		}
		if v == "" {
			return marsad.Errorf(marsad.EINVALID, "field mapping %s=: empty input field", k)
		}
	}
	return nil
}

// ErrNoText is the error of a record without a text field. A record whose
// text field is there but empty (a cartoon's page) is a document with an
// empty Text.
var ErrNoText = errors.New("document without text")

// docFromJSON makes a document of one JSON object.
func docFromJSON(raw []byte, fields map[string]string) (marsad.Document, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			return marsad.Document{}, fmt.Errorf("not a JSON object but %s", ute.Value)
		}
		return marsad.Document{}, fmt.Errorf("bad JSON: %v", err)
	}
	if obj == nil {
		return marsad.Document{}, errors.New("not a JSON object but null")
	}
	var doc marsad.Document
	dst := map[string]*string{"id": &doc.ID, "title": &doc.Title, "published": &doc.Published, "source": &doc.Source, "url": &doc.URL, "text": &doc.Text}
	hasText := false
	for _, f := range docFields {
		names := fieldAlternatives[f]
		mapped := fields[f]
		if mapped != "" {
			names = []string{mapped}
		}
		for _, name := range names {
			v, ok := lookup(obj, name)
			if !ok {
				continue
			}
			s, err := jsonString(v)
			if err != nil {
				return marsad.Document{}, fmt.Errorf("field %q: %v", name, err)
			}
			*dst[f] = s
			if f == "text" {
				hasText = true
			}
			if s != "" {
				break
			}
		}
	}
	if !hasText {
		if m := fields["text"]; m != "" {
			return doc, fmt.Errorf("%w: no field %q", ErrNoText, m)
		}
		return doc, fmt.Errorf(`%w: no "text" field (nor content, body, article …; map one with a field mapping text=NAME)`, ErrNoText)
	}
	doc.Published = normDate(doc.Published)
	return doc, nil
}

// lookup finds a field by name, reaching into nested objects with dots.
func lookup(obj map[string]json.RawMessage, name string) (json.RawMessage, bool) {
	if v, ok := obj[name]; ok {
		return v, true
	}
	head, rest, ok := strings.Cut(name, ".")
	if !ok {
		return nil, false
	}
	v, ok := obj[head]
	if !ok {
		return nil, false
	}
	var sub map[string]json.RawMessage
	if json.Unmarshal(v, &sub) != nil {
		return nil, false
	}
	return lookup(sub, rest)
}

// jsonString turns a JSON value into a field's string: strings as they
// are, numbers and booleans as written, null as "", an array of strings
// joined by blank lines (paragraphs).
func jsonString(v json.RawMessage) (string, error) {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return "", nil
	}
	switch v[0] {
	case '"':
		var s string
		err := json.Unmarshal(v, &s)
		return s, err
	case 'n':
		return "", nil
	case '[':
		var ss []string
		if err := json.Unmarshal(v, &ss); err != nil {
			return "", errors.New("an array of non-strings")
		}
		return strings.Join(ss, "\n\n"), nil
	case '{':
		return "", errors.New("an object, not a string (name a field inside it: a.b)")
	}
	if n, err := strconv.ParseFloat(string(v), 64); err == nil && !strings.ContainsAny(string(v), "eE.") {
		return strconv.FormatFloat(n, 'f', -1, 64), nil
	}
	return string(v), nil
}

// jsonl reads JSON Lines: one object a line, blank lines skipped. A file
// whose first object spans several lines is read as a stream of objects.
func (w *walker) jsonl(in *input) error {
	var off int64
	line := 0
	first := true
	var consumed bytes.Buffer // the lines read before the first object, kept for the fallback
	for {
		raw, err := readLine(in.r)
		if len(raw) == 0 && err == io.EOF {
			return nil
		}
		line++
		start := off
		off += int64(len(raw))
		if err != nil && err != io.EOF {
			if errors.Is(err, ErrTooLarge) {
				if err := w.report(bad(in.name, line, start, err)); err != nil {
					return err
				}
				continue
			}
			return w.report(bad(in.name, line, start, err))
		}
		body := bytes.TrimSpace(raw)
		if line == 1 {
			body = bytes.TrimPrefix(body, bom)
		}
		if len(body) == 0 {
			if first {
				consumed.Write(raw)
			}
			if err == io.EOF {
				return nil
			}
			continue
		}
		if first {
			first = false
			if !json.Valid(body) && !bytes.Contains(body, []byte("\n")) {
				var v any
				if e := json.Unmarshal(body, &v); e != nil && e.Error() == "unexpected end of JSON input" {
					// A pretty-printed object: read the whole input as a stream.
					consumed.Write(raw)
					return w.jsonStream(in.name, io.MultiReader(&consumed, in.r), false)
				}
			}
		}
		origin := fmt.Sprintf("%s:%d", in.name, line)
		doc, derr := docFromJSON(body, w.opts.Fields)
		if derr != nil {
			pe := &marsad.PositionError{File: in.name, Line: line, Offset: start, Err: derr}
			var se *json.SyntaxError
			if e := json.Unmarshal(body, new(any)); errors.As(e, &se) && se.Offset > 0 {
				pe.Column = int(se.Offset) + bytes.Index(raw, body)
			}
			if err := w.report(pe); err != nil {
				return err
			}
		} else if err := w.emit(doc, origin); err != nil {
			return err
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line with its newline. A line longer than MaxDocSize
// is skipped to its end and returned empty with ErrTooLarge.
func readLine(r *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		b, err := r.ReadSlice('\n')
		if len(buf)+len(b) > MaxDocSize {
			for err == bufio.ErrBufferFull {
				_, err = r.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return []byte{'\n'}, ErrTooLarge
		}
		if err == bufio.ErrBufferFull {
			buf = append(buf, b...)
			continue
		}
		if buf != nil {
			b = append(buf, b...)
		} else {
			b = append([]byte(nil), b...)
		}
		return b, err
	}
}

// jsonArray reads a JSON array of objects (SaudiNewsNet's files), or a
// stream of objects.
func (w *walker) jsonArray(in *input) error {
	return w.jsonStream(in.name, in.r, true)
}

// jsonStream reads JSON values one after the other; with array, the input
// is one array whose elements are the documents. A syntax error ends the
// input (a JSON stream cannot be resynchronised); a bad document is
// reported and reading goes on.
func (w *walker) jsonStream(name string, r io.Reader, array bool) error {
	lc := &lineCounter{r: r}
	dec := json.NewDecoder(lc)
	if array {
		if _, err := dec.Token(); err != nil {
			return w.report(lc.bad(name, dec.InputOffset(), jsonErr(err)))
		}
	}
	for array && dec.More() || !array {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			if err == io.EOF && !array {
				return nil
			}
			return w.report(lc.bad(name, errOffset(err, dec.InputOffset()), jsonErr(err)))
		}
		start := dec.InputOffset() - int64(len(raw))
		line := lc.line(start)
		doc, err := docFromJSON(raw, w.opts.Fields)
		if err != nil {
			if err := w.report(&marsad.PositionError{File: name, Line: line, Offset: start, Err: err}); err != nil {
				return err
			}
			continue
		}
		if err := w.emit(doc, fmt.Sprintf("%s:%d", name, line)); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil {
		return w.report(lc.bad(name, errOffset(err, dec.InputOffset()), jsonErr(err)))
	}
	return nil
}

// jsonErr words a decoder's error.
func jsonErr(err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return errors.New("bad JSON: unexpected end of input")
	}
	var pe *marsad.PositionError
	if errors.As(err, &pe) {
		return err
	}
	return fmt.Errorf("bad JSON: %w", err)
}

// errOffset returns the offset a syntax error names, else def.
func errOffset(err error, def int64) int64 {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return se.Offset
	}
	return def
}

// lineCounter records where the lines of a stream start, so that offsets
// the JSON decoder reports can be turned into line numbers.
type lineCounter struct {
	r  io.Reader
	n  int64
	nl []int64 // offsets of the newlines seen
}

func (c *lineCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\n' {
			c.nl = append(c.nl, c.n+int64(i))
		}
	}
	c.n += int64(n)
	return n, err
}

// line returns the 1-based line of byte offset off.
func (c *lineCounter) line(off int64) int {
	return 1 + sort.Search(len(c.nl), func(i int) bool { return c.nl[i] >= off })
}

// bad returns a position error at byte offset off.
func (c *lineCounter) bad(name string, off int64, err error) error {
	var pe *marsad.PositionError
	if errors.As(err, &pe) {
		return err
	}
	return &marsad.PositionError{File: name, Line: c.line(off), Offset: off, Err: err}
}
