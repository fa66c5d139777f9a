package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// fuzzTimeout is how long a reader may take on one fuzz input.
const fuzzTimeout = 10 * time.Second

// fuzzRead runs one reader on data and checks what every reader promises:
// no panic, documents with valid UTF-8 text and an ID, errors that are
// position errors.
func fuzzRead(t *testing.T, data []byte, read func(w *walker, in *input) error) {
	w := &walker{ctx: context.Background(),
		fn: func(doc marsad.Document, origin string) error {
			if !utf8.ValidString(doc.Text) {
				t.Errorf("%s: text is not valid UTF-8: %+q", origin, doc.Text)
			}
			if doc.ID == "" || origin == "" {
				t.Errorf("document without ID or origin: %q %q", doc.ID, origin)
			}
			return nil
		},
		onErr: func(err error) error {
			var pe *marsad.PositionError
			if !errors.As(err, &pe) {
				t.Errorf("error %q is a %T, not a *marsad.PositionError", err, err)
			}
			return nil
		},
	}
	in := &input{name: "fuzz", r: bufio.NewReaderSize(bytes.NewReader(data), peekSize)}
	done := make(chan error, 1)
	go func() { done <- read(w, in) }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("reader returned %v with an onErr that goes on", err)
		}
	case <-time.After(fuzzTimeout):
		t.Fatalf("no answer after %v on %d bytes: %+q", fuzzTimeout, len(data), data)
	}
}

// seed adds testdata files to a fuzz target's corpus.
func seed(f *testing.F, names ...string) {
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("testdata", n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// FuzzWalk reads anything as Walk does, by content.
func FuzzWalk(f *testing.F) {
	seed(f, "plain.txt", "mapped.jsonl", "feed.rss")
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"))
	f.Add([]byte("PK\x03\x04junk"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, func(w *walker, in *input) error { return w.read(in, true) })
	})
}

func FuzzText(f *testing.F) {
	seed(f, "plain.txt")
	f.Add([]byte("na\xefve"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, data, (*walker).text) })
}

func FuzzJSONL(f *testing.F) {
	seed(f, "mapped.jsonl", "bad.jsonl")
	f.Add([]byte("{\n \"text\": \"x\"\n}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, func(w *walker, in *input) error {
			w.opts.Fields = map[string]string{"text": "content", "published": "meta.date"}
			return w.jsonl(in)
		})
	})
}

func FuzzJSONArray(f *testing.F) {
	f.Add([]byte("[{\"content\": \"أول\", \"date_extracted\": \"2015-07-21 02:51:32\"}, {\"text\": 5}]"))
	f.Add([]byte("[{\"text\": [\"a\", \"b\"]}, null, 3]"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, data, (*walker).jsonArray) })
}

func FuzzHTML(f *testing.F) {
	seed(f, "page.html", "page-windows-1256.html")
	f.Add([]byte("<html><body><p>نص قصير"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, data, (*walker).html) })
}

func FuzzFeed(f *testing.F) {
	seed(f, "feed.rss", "feed.atom")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, data, (*walker).feed) })
}

func FuzzWARC(f *testing.F) {
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2021-07-24T10:00:00Z\r\nWARC-Target-URI: https://example.org/a\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: 92\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 43\r\n\r\n<html><body><p>خبر قصير جدا</p></body></html>\r\n\r\n"))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 5\r\n\r\nabcde\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, data, (*walker).warc) })
}

func FuzzTREC(f *testing.F) {
	f.Add([]byte("<DOC>\n<DOCNO>A-1</DOCNO>\n<TIME>Thu, 01 Mar 2018 10:20:30 +0400</TIME>\n<TEXT>\nنص\n</TEXT>\n</DOC>\n<DOC><TEXT>ثان</TEXT></DOC>"))
	f.Add([]byte("<DOC><TITLE>x</TITLE></DOC>"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, data, (*walker).trec) })
}
