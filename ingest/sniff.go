package ingest

import (
	"bytes"
	"path"
	"strings"
	"unicode/utf8"
)

// kind is an input format.
type kind int

const (
	kindUnknown kind = iota
	kindGzip
	kindXz
	kindBzip2
	kindTar
	kindZip
	kindWARC
	kindJSONL
	kindJSONArray
	kindTREC
	kindFeed
	kindHTML
	kindText
)

var kindNames = [...]string{"unknown", "gzip", "xz", "bzip2", "tar", "zip", "WARC", "JSON Lines", "JSON array", "TREC XML", "feed", "HTML", "text"}

func (k kind) String() string { return kindNames[k] }

var bom = []byte("\uFEFF")

// sniff tells the format of an input from its first bytes, and from its
// name only where the content leaves a choice (a page of markup that is
// neither clearly a feed nor clearly HTML, text in a legacy charset).
func sniff(name string, head []byte) kind {
	switch {
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
		return kindGzip
	case bytes.HasPrefix(head, []byte{0xfd, '7', 'z', 'X', 'Z', 0}):
		return kindXz
	case bytes.HasPrefix(head, []byte("BZh")) && len(head) >= 10 && head[3] >= '1' && head[3] <= '9' && bytes.HasPrefix(head[4:], []byte{0x31, 0x41, 0x59, 0x26, 0x53, 0x59}):
		return kindBzip2
	case bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return kindZip
	case len(head) >= 262 && string(head[257:262]) == "ustar":
		return kindTar
	case bytes.HasPrefix(head, []byte("WARC/")):
		return kindWARC
	}
	ext := strings.ToLower(path.Ext(name))
	s := bytes.TrimPrefix(head, bom)
	s = bytes.TrimLeft(s, " \t\r\n")
	if len(s) == 0 {
		if len(head) == 0 || utf8.Valid(head) {
			return kindText
		}
		return kindUnknown
	}
	switch s[0] {
	case '{':
		return kindJSONL
	case '[':
		if ext == ".txt" || ext == ".md" {
			break
		}
		return kindJSONArray
	case '<':
		if k := sniffMarkup(s, ext); k != kindUnknown {
			return k
		}
	}
	switch ext {
	case ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx":
		return kindHTML
	}
	if binary(head) {
		return kindUnknown
	}
	return kindText
}

// sniffMarkup tells feeds, TREC XML and HTML apart. s starts with '<'.
func sniffMarkup(s []byte, ext string) kind {
	if len(s) > 4096 {
		s = s[:4096]
	}
	l := make([]byte, len(s))
	for i, c := range s { // ASCII only: the tags looked for are ASCII
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		l[i] = c
	}
	html := firstIndex(l, "<html", "<!doctype html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<article", "<script", "<link", "<!--")
	feed := firstIndex(l, "<rss", "<feed", "<rdf:rdf", "<channel")
	if feed >= 0 && (html < 0 || feed < html) {
		return kindFeed
	}
	if bytes.HasPrefix(l, []byte("<doc>")) || bytes.HasPrefix(l, []byte("<doc ")) {
		return kindTREC
	}
	if html >= 0 {
		return kindHTML
	}
	switch ext {
	case ".rss", ".atom", ".xml":
		return kindFeed
	}
	if bytes.HasPrefix(l, []byte("<?xml")) {
		return kindFeed
	}
	return kindUnknown
}

// firstIndex returns the first index of any of the substrings, or -1.
func firstIndex(s []byte, subs ...string) int {
	best := -1
	for _, sub := range subs {
		if i := bytes.Index(s, []byte(sub)); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// binary reports whether head looks like binary data: a NUL byte, or many
// control characters.
func binary(head []byte) bool {
	if len(head) > 4096 {
		head = head[:4096]
	}
	ctl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b:
			ctl++
		}
	}
	return ctl > len(head)/16
}
