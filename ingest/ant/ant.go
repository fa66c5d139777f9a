// Package ant reads the ANT corpus of Arabic news (Chouigui, Ben Khiroun and
// Elayeb, AICCSA 2017): TREC-style XML files, one article each,
//
//	<DOC><DOCNO>…</DOCNO><URL>…</URL><SRC>…</SRC><CAT>…</CAT><TITLE>…</TITLE>
//	<TIME>Thu, 14 Jun 2018 22:36:50 +0400</TIME><ABSTRACT>…</ABSTRACT><TEXT>…</TEXT></DOC>
//
// straight from the .tar.xz archives the corpus is distributed in, without
// unpacking them.
package ant

import (
	"archive/tar"
	"bufio"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/ulikunitz/xz"
)

// MaxFileSize caps the size of one article file; a larger file is an error.
const MaxFileSize = 16 << 20

// Reader iterates over the articles of an archive:
//
//	r, err := ant.Open(path)
//	…
//	defer r.Close()
//	for r.Next() {
//		doc := r.Doc()
//	}
//	if err := r.Err(); err != nil { … }
type Reader struct {
	path string
	f    *os.File
	tr   *tar.Reader
	doc  marsad.Document
	err  error
}

// Open opens a .tar.xz archive of ANT articles.
func Open(path string) (*Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	xr, err := xz.NewReader(bufio.NewReaderSize(f, 1<<16))
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &Reader{path: path, f: f, tr: tar.NewReader(xr)}, nil
}

// Next reads the next article. It returns false at the end of the archive
// or at the first error, which Err then returns.
func (r *Reader) Next() bool {
	if r.err != nil {
		return false
	}
	for {
		h, err := r.tr.Next()
		if err == io.EOF {
			return false
		}
		if err != nil {
			r.err = fmt.Errorf("%s: %w", r.path, err)
			return false
		}
		if h.Typeflag != tar.TypeReg || !strings.HasSuffix(h.Name, ".txt") {
			continue
		}
		if h.Size > MaxFileSize {
			r.err = fmt.Errorf("%s: %s: %d bytes, more than %d", r.path, h.Name, h.Size, MaxFileSize)
			return false
		}
		b, err := io.ReadAll(r.tr)
		if err != nil {
			r.err = fmt.Errorf("%s: %s: %w", r.path, h.Name, err)
			return false
		}
		doc, err := Parse(string(b))
		if err != nil {
			r.err = fmt.Errorf("%s: %s: %w", r.path, h.Name, err)
			return false
		}
		if doc.ID == "" {
			doc.ID = h.Name
		}
		r.doc = doc
		return true
	}
}

// Doc returns the article Next read.
func (r *Reader) Doc() marsad.Document { return r.doc }

// Err returns the first error met, or nil at the end of the archive.
func (r *Reader) Err() error { return r.err }

// Close closes the archive.
func (r *Reader) Close() error { return r.f.Close() }

// ErrNoText is returned by Parse for a file without a <TEXT> element.
var ErrNoText = errors.New("no <TEXT> element")

// Parse reads one article. The elements are found by their tags, not by
// an XML parser, because the corpus leaves & and < unescaped in its text.
func Parse(s string) (marsad.Document, error) {
	text, ok := element(s, "TEXT")
	if !ok {
		return marsad.Document{}, ErrNoText
	}
	id, _ := element(s, "DOCNO")
	title, _ := element(s, "TITLE")
	src, _ := element(s, "SRC")
	url, _ := element(s, "URL")
	doc := marsad.Document{ID: id, Title: title, Source: src, URL: url, Text: text}
	if t, ok := element(s, "TIME"); ok {
		doc.Published = parseTime(t)
	}
	return doc, nil
}

// element returns the trimmed, unescaped content of the first <tag>…</tag>.
func element(s, tag string) (string, bool) {
	open, close := "<"+tag+">", "</"+tag+">"
	i := strings.Index(s, open)
	if i < 0 {
		return "", false
	}
	s = s[i+len(open):]
	j := strings.Index(s, close)
	if j < 0 {
		j = len(s)
	}
	v := strings.TrimSpace(s[:j])
	if strings.IndexByte(v, '&') >= 0 {
		v = html.UnescapeString(v)
	}
	return v, true
}

var timeLayouts = []string{time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", time.RFC3339, "2006-01-02 15:04:05", "2006-01-02"}

// parseTime returns the ISO date-time of an article's TIME, or "" when no
// layout fits.
func parseTime(s string) string {
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(time.RFC3339)
		}
	}
	return ""
}
