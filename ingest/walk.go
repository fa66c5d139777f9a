package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/marsad-project/marsad"
)

// Options control reading.
type Options struct {
	// Fields maps marsad's document fields (id, title, published, source,
	// url, text) onto the fields of JSON input: {"text": "content",
	// "published": "date"}. A dotted name reaches into nested objects
	// ("meta.date").
	Fields map[string]string
	// Strict stops at the first bad record instead of reporting it and
	// going on.
	Strict bool
}

// MaxDocSize caps the bytes of one document (a text or HTML file, a JSON
// line, an archive member read whole); a larger one is a bad record.
const MaxDocSize = 64 << 20

// ErrTooLarge is the error of a record larger than MaxDocSize.
var ErrTooLarge = fmt.Errorf("record larger than %d bytes", MaxDocSize)

// ErrUnknownFormat is the error of an input that is none of the formats
// ingest reads (binary data that is no known archive).
var ErrUnknownFormat = errors.New("unrecognised input: not text, JSON, HTML, a feed, WARC or a known archive")

// StdinName is the name standard input goes by in origins and errors.
const StdinName = "<stdin>"

// Walk reads every document under paths ("-" is stdin), recursively for
// directories, choosing the reader by content (not only by extension), and
// calls fn for each. Origin names where a document came from: "file",
// "file:line", "file.warc.gz#offset", "archive.tar.xz:member". A bad record
// is reported to onErr as a *marsad.PositionError (file and line, or byte
// offset) and reading goes on unless Strict or onErr returns an error.
//
// An error fn returns stops Walk and is returned as is. With a nil onErr,
// the first bad record stops Walk and is returned. Documents that carry no
// ID get a stable one: "file:line" for JSON lines, the URL or GUID of web
// pages and feed items, the origin otherwise.
func Walk(ctx context.Context, paths []string, opts Options, stdin io.Reader, fn func(doc marsad.Document, origin string) error, onErr func(error) error) error {
	if err := CheckFields(opts.Fields); err != nil {
		return err
	}
	w := &walker{ctx: ctx, opts: opts, fn: fn, onErr: onErr}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if p == "-" {
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			err = w.read(&input{name: StdinName, r: bufio.NewReaderSize(stdin, peekSize)}, true)
		} else {
			err = w.path(p)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// walker carries the state of one Walk.
type walker struct {
	ctx   context.Context
	opts  Options
	fn    func(marsad.Document, string) error
	onErr func(error) error
}

// stop wraps an error that must end the walk (from fn, onErr or the
// context), so that readers pass it up instead of reporting it.
type stop struct{ err error }

func (s stop) Error() string { return s.err.Error() }
func (s stop) Unwrap() error { return s.err }

// emit hands a document to fn.
func (w *walker) emit(doc marsad.Document, origin string) error {
	if err := w.ctx.Err(); err != nil {
		return stop{err}
	}
	if doc.ID == "" {
		doc.ID = origin
	}
	if err := w.fn(doc, origin); err != nil {
		return stop{err}
	}
	return nil
}

// report passes a bad record to onErr. It returns nil to go on, or a stop.
func (w *walker) report(err error) error {
	if err == nil {
		return nil
	}
	var s stop
	if errors.As(err, &s) {
		return err
	}
	if w.opts.Strict || w.onErr == nil {
		return stop{err}
	}
	if err := w.onErr(err); err != nil {
		return stop{err}
	}
	return nil
}

// bad returns a *marsad.PositionError for a record of file name.
func bad(name string, line int, offset int64, err error) error {
	var pe *marsad.PositionError
	if errors.As(err, &pe) {
		return err
	}
	return &marsad.PositionError{File: name, Line: line, Offset: offset, Err: err}
}

// path reads one path named on the command line.
func (w *walker) path(p string) error {
	st, err := os.Stat(p)
	if err != nil {
		return unstop(w.report(bad(p, 0, -1, unwrapPath(err))))
	}
	if !st.IsDir() {
		return unstop(w.file(p, true))
	}
	var files []string
	err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
		if err != nil {
			if err := w.report(bad(q, 0, -1, unwrapPath(err))); err != nil {
				return err
			}
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if q != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, q)
		}
		return nil
	})
	if err != nil {
		return unstop(err)
	}
	sort.Strings(files)
	for _, f := range files {
		if err := w.file(f, false); err != nil {
			return unstop(err)
		}
	}
	return nil
}

// unstop returns the error inside a stop.
func unstop(err error) error {
	var s stop
	if errors.As(err, &s) {
		return s.err
	}
	return err
}

// unwrapPath drops the *fs.PathError around err: the position error names
// the file already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// file reads one file. explicit is false for files found in a directory,
// which are skipped, not reported, when they are in no known format.
func (w *walker) file(p string, explicit bool) error {
	f, err := os.Open(p)
	if err != nil {
		return w.report(bad(p, 0, -1, unwrapPath(err)))
	}
	defer f.Close()
	in := &input{name: p, r: bufio.NewReaderSize(f, peekSize), ra: f}
	if st, err := f.Stat(); err == nil {
		in.size = st.Size()
	}
	return w.read(in, explicit)
}

// peekSize is how much of an input is looked at to tell its format.
const peekSize = 64 << 10

// input is one stream to read: a file, stdin, an archive member or a
// decompressed stream.
type input struct {
	name string // for errors and origins
	r    *bufio.Reader
	ra   io.ReaderAt // the raw file when it can be read at random, else nil
	size int64
	// raw is true when r reads the bytes of a file as stored (no
	// decompression in between), so that byte offsets are file offsets.
	// ra is set only then.
}

// read reads every document of one input, choosing the reader by content.
func (w *walker) read(in *input, explicit bool) error {
	head, _ := in.r.Peek(peekSize)
	k := sniff(in.name, head)
	if !explicit && (k == kindUnknown || k == kindText && !textName(in.name)) {
		return nil
	}
	var err error
	switch k {
	case kindGzip, kindXz, kindBzip2:
		return w.decompress(in, k, explicit)
	case kindTar:
		return w.tar(in)
	case kindZip:
		return w.zip(in)
	case kindWARC:
		return w.warc(in)
	case kindJSONL:
		return w.jsonl(in)
	case kindJSONArray:
		return w.jsonArray(in)
	case kindTREC:
		return w.trec(in)
	case kindFeed:
		return w.feed(in)
	case kindHTML:
		return w.html(in)
	case kindText:
		return w.text(in)
	default:
		err = bad(in.name, 0, 0, ErrUnknownFormat)
	}
	return w.report(err)
}

// readAll reads the rest of r, at most MaxDocSize bytes.
func readAll(r io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(r, MaxDocSize+1))
	if err != nil {
		return nil, err
	}
	if n > MaxDocSize {
		return nil, ErrTooLarge
	}
	return buf.Bytes(), nil
}

// textName reports whether a file found in a directory or an archive is
// read as plain text: one ending in .txt or .text, or without an
// extension (README, LICENSE and the like excepted).
func textName(name string) bool {
	base := filepath.Base(name)
	if i := strings.LastIndexByte(name, ':'); i >= 0 {
		base = path.Base(name[i+1:])
	}
	switch strings.ToLower(path.Ext(base)) {
	case ".txt", ".text":
		return true
	case "":
		up := strings.ToUpper(base)
		for _, p := range []string{"README", "LICENSE", "LICENCE", "NOTICE", "COPYING", "AUTHORS", "CHANGELOG", "MAKEFILE"} {
			if strings.HasPrefix(up, p) {
				return false
			}
		}
		return true
	}
	return false
}
