package ingest

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http/httputil"
	"strings"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// warc reads a WARC file, plain or compressed record by record (.warc.gz):
// every response with HTTP status 200 and an HTML content type, and every
// resource record of HTML, goes through ParseHTML, with the record's
// WARC-Target-URI as the page's URL and its WARC-Date as the publication
// date when the page gives none. The origin of a document is
// "file.warc.gz#offset", the byte offset of its record in the file. Pages
// in which no main text is found (index pages, error pages) are skipped
// without a report: a crawl is full of them.
func (w *walker) warc(in *input) error {
	wr, err := gowarc.NewWarcFileReaderFromStream(in.r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithAddMissingDigest(false),
	)
	if err != nil {
		return w.report(bad(in.name, 0, 0, fmt.Errorf("WARC: %w", err)))
	}
	defer wr.Close()
	for {
		rec, err := wr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			rec.Close()
			if errors.Is(err, io.ErrUnexpectedEOF) {
				err = errors.New("truncated record")
			}
			return w.report(bad(in.name, 0, rec.Offset, fmt.Errorf("WARC: %w", err)))
		}
		err = w.warcRecord(in.name, rec)
		rec.Close()
		if err != nil {
			return err
		}
	}
}

// warcRecord reads one WARC record.
func (w *walker) warcRecord(name string, rec gowarc.Record) error {
	r := rec.WarcRecord
	if r == nil {
		return nil
	}
	h := r.WarcHeader()
	var payload io.Reader
	var contentType, encoding, transfer string
	switch r.Type() {
	case gowarc.Response:
		b, ok := r.Block().(gowarc.HttpResponseBlock)
		if !ok || b.HttpStatusCode() != 200 {
			return nil
		}
		hh := b.HttpHeader()
		if hh != nil {
			contentType = hh.Get("Content-Type")
			encoding = hh.Get("Content-Encoding")
			transfer = hh.Get("Transfer-Encoding")
		}
		p, err := b.PayloadBytes()
		if err != nil {
			return w.report(bad(name, 0, rec.Offset, fmt.Errorf("WARC: %w", err)))
		}
		payload = p
	case gowarc.Resource:
		contentType = h.Get(gowarc.ContentType)
		p, err := r.Block().RawBytes()
		if err != nil {
			return w.report(bad(name, 0, rec.Offset, fmt.Errorf("WARC: %w", err)))
		}
		payload = p
	default:
		return nil
	}
	if mt, _, _ := mime.ParseMediaType(contentType); mt != "text/html" && mt != "application/xhtml+xml" {
		return nil
	}
	if strings.EqualFold(transfer, "chunked") {
		payload = httputil.NewChunkedReader(payload)
	}
	switch strings.ToLower(encoding) {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bufio.NewReader(payload))
		if err != nil {
			return w.report(bad(name, 0, rec.Offset, fmt.Errorf("WARC: gzip payload: %w", err)))
		}
		payload = zr
	case "", "identity":
	default:
		return nil // br, deflate …: not read
	}
	body, err := readAll(payload)
	if err != nil {
		return w.report(bad(name, 0, rec.Offset, fmt.Errorf("WARC: payload: %w", err)))
	}
	target := strings.Trim(h.Get(gowarc.WarcTargetURI), "<>")
	doc, err := ParseHTML(body, contentType, target)
	if errors.Is(err, ErrNoMainText) {
		return nil
	}
	if err != nil {
		return w.report(bad(name, 0, rec.Offset, err))
	}
	if doc.Published == "" {
		if t, err := time.Parse(time.RFC3339, h.Get(gowarc.WarcDate)); err == nil {
			doc.Published = t.UTC().Format(time.RFC3339)
		}
	}
	if doc.ID == "" {
		doc.ID = target
	}
	return w.emit(doc, fmt.Sprintf("%s#%d", name, rec.Offset))
}
