package ingest

import (
	"bytes"
	"fmt"

	"github.com/marsad-project/marsad/ingest/ant"
)

// trec reads TREC-style XML, the format of the ANT corpus: one or more
// <DOC> elements, each read by ant.Parse. A file of one article has the
// file (or archive member) as its origin; in a file of several, each
// article's origin is the line its <DOC> starts on.
func (w *walker) trec(in *input) error {
	b, err := readAll(in.r)
	if err != nil {
		return w.report(bad(in.name, 0, -1, err))
	}
	open, close := []byte("<DOC>"), []byte("</DOC>")
	n := bytes.Count(b, open)
	line, off := 1, 0
	for rest := b; len(rest) > 0; {
		i := bytes.Index(rest, open)
		if i < 0 {
			break
		}
		j := bytes.Index(rest[i:], close)
		end := len(rest)
		if j >= 0 {
			end = i + j + len(close)
		}
		line += bytes.Count(rest[:i], []byte("\n"))
		start := off + i
		chunk := rest[i:end]
		origin := in.name
		if n > 1 {
			origin = fmt.Sprintf("%s:%d", in.name, line)
		}
		doc, err := ant.Parse(string(chunk))
		if err == nil && !validUTF8(doc.Text) {
			err = fmt.Errorf("invalid UTF-8 in <TEXT>")
		}
		if err != nil {
			if err := w.report(bad(in.name, line, int64(start), err)); err != nil {
				return err
			}
		} else if err := w.emit(doc, origin); err != nil {
			return err
		}
		line += bytes.Count(rest[i:end], []byte("\n"))
		off += end
		rest = rest[end:]
	}
	return nil
}
