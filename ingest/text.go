package ingest

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// text reads a plain UTF-8 text: one document, its ID the file name. A
// text with an invalid UTF-8 sequence is a bad record naming its line and
// byte; an empty one yields nothing.
func (w *walker) text(in *input) error {
	b, err := readAll(in.r)
	if err != nil {
		return w.report(bad(in.name, 0, -1, err))
	}
	b = bytes.TrimPrefix(b, bom)
	if !utf8.Valid(b) {
		i := invalidAt(b)
		return w.report(&marsad.PositionError{File: in.name, Line: 1 + bytes.Count(b[:i], []byte("\n")), Offset: int64(i), Err: fmt.Errorf("invalid UTF-8 at byte %d (text must be UTF-8)", i)})
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil
	}
	return w.emit(marsad.Document{ID: in.name, Text: string(b)}, in.name)
}

// invalidAt returns the byte index of the first invalid UTF-8 sequence.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}
