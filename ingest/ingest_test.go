package ingest_test

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/ingest"
	"github.com/ulikunitz/xz"
)

// read is one document Walk read.
type read struct {
	doc    marsad.Document
	origin string
}

// walk runs Walk and returns what it read, the errors it reported and the
// error it returned.
func walk(tb testing.TB, paths []string, opts ingest.Options, stdin string) ([]read, []error, error) {
	tb.Helper()
	var docs []read
	var errs []error
	err := ingest.Walk(context.Background(), paths, opts, strings.NewReader(stdin), func(doc marsad.Document, origin string) error {
		docs = append(docs, read{doc, origin})
		return nil
	}, func(err error) error {
		errs = append(errs, err)
		return nil
	})
	return docs, errs, err
}

// mustFile reads a fixture.
func mustFile(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// writeFile writes a file under dir and returns its path.
func writeFile(tb testing.TB, dir, name string, b []byte) string {
	tb.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}

// want is what a test expects of one document; empty fields are not
// checked, Contains and Lacks are substrings of the text.
type want struct {
	origin, id, title, published, source, url string
	contains, lacks                           []string
}

func check(t *testing.T, got []read, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		for _, g := range got {
			t.Logf("read %s: %+q", g.origin, g.doc)
		}
		t.Fatalf("read %d documents, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		g := got[i]
		for _, c := range []struct{ name, got, want string }{
			{"origin", g.origin, w.origin}, {"id", g.doc.ID, w.id}, {"title", g.doc.Title, w.title},
			{"published", g.doc.Published, w.published}, {"source", g.doc.Source, w.source}, {"url", g.doc.URL, w.url},
		} {
			if c.want != "" && c.got != c.want {
				t.Errorf("doc %d (%s): %s = %+q, want %+q", i, g.origin, c.name, c.got, c.want)
			}
		}
		for _, s := range w.contains {
			if !strings.Contains(g.doc.Text, s) {
				t.Errorf("doc %d (%s): text lacks %+q:\n%s", i, g.origin, s, g.doc.Text)
			}
		}
		for _, s := range w.lacks {
			if strings.Contains(g.doc.Text, s) {
				t.Errorf("doc %d (%s): text has %+q:\n%s", i, g.origin, s, g.doc.Text)
			}
		}
		if g.doc.ID == "" {
			t.Errorf("doc %d (%s): no ID", i, g.origin)
		}
	}
}

// pageWant is what every version of testdata/page.html reads as.
func pageWant(origin, url string) want {
	return want{origin: origin, id: url, url: url, title: "بلينكن يلتقي فؤاد حسين في واشنطن", published: "2021-07-23", source: "صحيفة المرصد",
		contains: []string{"التقى وزير الخارجية الأمريكي أنتوني بلينكن", "ألفان وخمسمئة جندي أمريكي"},
		lacks:    []string{"تعليق القارئ", "جميع الحقوق محفوظة", "الرئيسية"}}
}

func TestWalk(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paths []string
		opts  ingest.Options
		stdin string
		want  []want
	}{
		{"Text", []string{"testdata/plain.txt"}, ingest.Options{}, "", []want{{origin: "testdata/plain.txt", id: "testdata/plain.txt", contains: []string{"خبر عادي"}}}},
		{"JSONLFields", []string{"testdata/mapped.jsonl"}, ingest.Options{Fields: map[string]string{"id": "uid", "text": "content", "published": "meta.date", "source": "meta.site"}}, "", []want{
			{origin: "testdata/mapped.jsonl:1", id: "m1", title: "قمة ثلاثية في عمان", published: "2021-07-23T10:00:00", source: "المرصد", contains: []string{"قمة ثلاثية"}},
			{origin: "testdata/mapped.jsonl:3", id: "testdata/mapped.jsonl:3", title: "بلا معرف", published: "2021-07-24"},
		}},
		{"JSONLDefaultFields", []string{"testdata/mapped.jsonl"}, ingest.Options{}, "", []want{
			{origin: "testdata/mapped.jsonl:1", id: "testdata/mapped.jsonl:1", contains: []string{"قمة ثلاثية"}},
			{origin: "testdata/mapped.jsonl:3"},
		}},
		{"Stdin", []string{"-"}, ingest.Options{}, "{\"text\": \"نص من الدخل القياسي\"}\n", []want{{origin: "<stdin>:1", id: "<stdin>:1", contains: []string{"الدخل القياسي"}}}},
		{"StdinText", []string{"-"}, ingest.Options{}, "نص عادي", []want{{origin: "<stdin>", contains: []string{"نص عادي"}}}},
		{"JSONArray", []string{"-"}, ingest.Options{}, "[\n {\"content\": \"أول\", \"date_extracted\": \"2015-07-21 02:51:32\"},\n {\"content\": \"ثان\"}\n]\n", []want{
			{origin: "<stdin>:2", published: "2015-07-21T02:51:32", contains: []string{"أول"}}, {origin: "<stdin>:3", contains: []string{"ثان"}},
		}},
		{"PrettyJSON", []string{"-"}, ingest.Options{}, "{\n  \"id\": \"p\",\n  \"text\": \"كائن على عدة أسطر\"\n}\n", []want{{origin: "<stdin>:1", id: "p"}}},
		{"RSS", []string{"testdata/feed.rss"}, ingest.Options{}, "", []want{
			{origin: "testdata/feed.rss#0", id: "marsad-rss-1", title: "وزير الخارجية يصل إلى بغداد", url: "https://example.org/news/1", published: "2018-03-01T10:20:30+04:00", source: "صحيفة المرصد - العالم",
				contains: []string{"صباح الخميس في زيارة تستمر يومين.\n\nويلتقي"}, lacks: []string{"<p>"}},
			{origin: "testdata/feed.rss#1", id: "https://example.org/news/2", published: "2018-03-02T08:00:00Z", contains: []string{"بالأغلبية & رفعت"}},
		}},
		{"Atom", []string{"testdata/feed.atom"}, ingest.Options{}, "", []want{
			{origin: "testdata/feed.atom#0", id: "urn:marsad:atom:1", url: "https://example.org/atom/1", published: "2021-07-23T12:30:00+03:00", source: "وكالة المرصد للأنباء",
				contains: []string{"برئاسة المبعوث الخاص"}, lacks: []string{"<p>"}},
			{origin: "testdata/feed.atom#1", published: "2021-07-24T08:00:00Z", contains: []string{"وقف إطلاق النار"}},
		}},
		{"HTML", []string{"testdata/page.html"}, ingest.Options{}, "", []want{pageWant("testdata/page.html", "https://example.org/news/2021/blinken-hussein")}},
		{"HTMLWindows1256", []string{"testdata/page-windows-1256.html"}, ingest.Options{}, "", []want{pageWant("testdata/page-windows-1256.html", "https://example.org/news/2021/blinken-hussein-1256")}},
		{"HTMLUndeclared1256", []string{"testdata/page-undeclared-1256.htm"}, ingest.Options{}, "", []want{pageWant("testdata/page-undeclared-1256.htm", "https://example.org/news/2021/blinken-hussein-nodecl")}},
		{"HTMLStdin", []string{"-"}, ingest.Options{}, string(mustFile(t, "page.html")), []want{pageWant("<stdin>", "https://example.org/news/2021/blinken-hussein")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, errs, err := walk(t, tc.paths, tc.opts, tc.stdin)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range errs {
				t.Errorf("reported: %v", e)
			}
			check(t, got, tc.want)
		})
	}
}

// TestArabicDateOnly checks that a page whose only date is written in
// Arabic words gets it from marsad's date parser, and that a page without
// any date gets none rather than a guess (the © year, the URL's year).
func TestArabicDateOnly(t *testing.T) {
	page := string(mustFile(t, "page.html"))
	for _, tc := range []struct{ name, date, want string }{
		{"Gregorian", "الجمعة 23 يوليو 2021", "2021-07-23"},
		{"Levantine", "الخميس ٢٢ تموز/يوليو ٢٠٢١", "2021-07-22"},
		{"Hijri", "14 ذو الحجة 1442 هـ", "2021-07-24"},
		{"None", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := strings.Replace(page, "الجمعة 23 يوليو 2021", tc.date, 1)
			doc, err := ingest.ParseHTML([]byte(p), "text/html", "")
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Published; got != tc.want {
				t.Errorf("published %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a/one.txt", []byte("النص الأول"))
	writeFile(t, dir, "a/b/two.jsonl", []byte("{\"text\": \"النص الثاني\"}\n{\"text\": \"النص الثالث\"}\n"))
	writeFile(t, dir, "a/b/page.html", mustFile(t, "page.html"))
	writeFile(t, dir, "a/.hidden/x.txt", []byte("مخفي"))
	writeFile(t, dir, "a/README", []byte("not a document"))
	writeFile(t, dir, "a/notes.md", []byte("not a document"))
	writeFile(t, dir, "a/image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	got, errs, err := walk(t, []string{filepath.Join(dir, "a")}, ingest.Options{}, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		t.Errorf("reported: %v", e)
	}
	var origins []string
	for _, g := range got {
		origins = append(origins, strings.TrimPrefix(g.origin, dir+"/"))
	}
	if got, want := strings.Join(origins, " "), "a/b/page.html a/b/two.jsonl:1 a/b/two.jsonl:2 a/one.txt"; got != want {
		t.Errorf("origins %q, want %q", got, want)
	}
}

// archive builds the archives of the test: tar.gz, tar.xz, zip, and a
// gzipped JSONL file.
func TestArchives(t *testing.T) {
	dir := t.TempDir()
	members := []struct{ name, body string }{
		{"news/plain.txt", string(mustFile(t, "plain.txt"))},
		{"news/mapped.jsonl", string(mustFile(t, "mapped.jsonl"))},
		{"news/feed.rss", string(mustFile(t, "feed.rss"))},
		{"news/.DS_Store", "\x00\x00\x00\x01Bud1"},
	}
	var tarBuf bytes.Buffer
	tw := tar.NewWriter(&tarBuf)
	for _, m := range members {
		if err := tw.WriteHeader(&tar.Header{Name: m.name, Mode: 0o644, Size: int64(len(m.body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		tw.Write([]byte(m.body))
	}
	tw.Close()
	var zipBuf bytes.Buffer
	zw := zip.NewWriter(&zipBuf)
	for _, m := range members {
		f, _ := zw.Create(m.name)
		f.Write([]byte(m.body))
	}
	zw.Close()
	tgz := writeFile(t, dir, "news.tar.gz", gzipBytes(t, tarBuf.Bytes()))
	txz := writeFile(t, dir, "news.tar.xz", xzBytes(t, tarBuf.Bytes()))
	zp := writeFile(t, dir, "news.zip", zipBuf.Bytes())
	jgz := writeFile(t, dir, "mapped.jsonl.gz", gzipBytes(t, mustFile(t, "mapped.jsonl")))
	origins := func(archive string) []want {
		return []want{{origin: archive + ":news/plain.txt"}, {origin: archive + ":news/mapped.jsonl:1"}, {origin: archive + ":news/mapped.jsonl:3"},
			{origin: archive + ":news/feed.rss#0"}, {origin: archive + ":news/feed.rss#1"}}
	}
	for _, tc := range []struct {
		name string
		path string
		want []want
	}{
		{"TarGz", tgz, origins(tgz)},
		{"TarXz", txz, origins(txz)},
		{"Zip", zp, origins(zp)},
		{"JSONLGz", jgz, []want{{origin: jgz + ":1"}, {origin: jgz + ":3"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, errs, err := walk(t, []string{tc.path}, ingest.Options{}, "")
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range errs {
				t.Errorf("reported: %v", e)
			}
			check(t, got, tc.want)
		})
	}
	t.Run("ZipStdin", func(t *testing.T) {
		got, _, err := walk(t, []string{"-"}, ingest.Options{}, zipBuf.String())
		if err != nil {
			t.Fatal(err)
		}
		check(t, got, origins("<stdin>"))
	})
}

func gzipBytes(tb testing.TB, b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func xzBytes(tb testing.TB, b []byte) []byte {
	var buf bytes.Buffer
	xw, err := xz.NewWriter(&buf)
	if err != nil {
		tb.Fatal(err)
	}
	xw.Write(b)
	if err := xw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// warcRecord returns one WARC record.
func warcRecord(typ, uri, date, contentType, block string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-000000000000>\r\nWARC-Date: %s\r\n", typ, len(uri)*7919+len(block), date)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", contentType, len(block), block)
	return b.Bytes()
}

// httpResponse returns an HTTP response as a WARC response block holds it.
func httpResponse(status, contentType, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, contentType, len(body), body)
}

// testWARC returns the records of a small crawl: warcinfo, a request, an
// article page, the same page without its date, a 404, an image.
func testWARC(tb testing.TB) [][]byte {
	page := string(mustFile(tb, "page.html"))
	undated := strings.Replace(strings.Replace(page, "الجمعة 23 يوليو 2021", "", 1), "blinken-hussein", "undated", 1)
	const h = "application/http;msgtype=response"
	return [][]byte{
		warcRecord("warcinfo", "", "2021-07-24T10:00:00Z", "application/warc-fields", "software: marsad test\r\n"),
		warcRecord("request", "https://example.org/news/2021/blinken-hussein", "2021-07-24T10:00:01Z", "application/http;msgtype=request", "GET /news/2021/blinken-hussein HTTP/1.1\r\nHost: example.org\r\n\r\n"),
		warcRecord("response", "https://example.org/news/2021/blinken-hussein", "2021-07-24T10:00:02Z", h, httpResponse("200 OK", "text/html; charset=utf-8", page)),
		warcRecord("response", "https://example.org/news/2021/undated", "2021-07-24T10:00:03Z", h, httpResponse("200 OK", "text/html", undated)),
		warcRecord("response", "https://example.org/missing", "2021-07-24T10:00:04Z", h, httpResponse("404 Not Found", "text/html", page)),
		warcRecord("response", "https://example.org/logo.png", "2021-07-24T10:00:05Z", h, httpResponse("200 OK", "image/png", "\x89PNG\r\n")),
	}
}

func TestWARC(t *testing.T) {
	dir := t.TempDir()
	recs := testWARC(t)
	var plain, gz bytes.Buffer
	var plainOff, gzOff []int
	for _, r := range recs {
		plainOff = append(plainOff, plain.Len())
		plain.Write(r)
		gzOff = append(gzOff, gz.Len())
		gz.Write(gzipBytes(t, r))
	}
	for _, tc := range []struct {
		name string
		data []byte
		off  []int
	}{
		{"crawl.warc", plain.Bytes(), plainOff},
		{"crawl.warc.gz", gz.Bytes(), gzOff},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, dir, tc.name, tc.data)
			got, errs, err := walk(t, []string{p}, ingest.Options{}, "")
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range errs {
				t.Errorf("reported: %v", e)
			}
			w := pageWant(fmt.Sprintf("%s#%d", p, tc.off[2]), "https://example.org/news/2021/blinken-hussein")
			check(t, got, []want{w, {origin: fmt.Sprintf("%s#%d", p, tc.off[3]), url: "https://example.org/news/2021/undated", published: "2021-07-24T10:00:03Z"}})
		})
	}
}

// TestBadInput checks that bad records are reported with their place and
// the rest is read, and that Strict stops at the first.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	var long strings.Builder
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&long, "{\"id\": \"%d\", \"text\": \"خبر رقم %d عن اجتماع الحكومة بالوفد الزائر\"}\n", i, i*7919%10007)
	}
	gz := gzipBytes(t, []byte(long.String()))
	xzb := xzBytes(t, []byte(long.String()))
	var warc bytes.Buffer
	for _, r := range testWARC(t) {
		warc.Write(gzipBytes(t, r))
	}
	junk := make([]byte, 4096)
	for i := range junk {
		junk[i] = byte(i*7 + i*i*13)
	}
	for _, tc := range []struct {
		name    string
		path    string
		docs    int      // documents read; -1: some, -2: any number
		errs    []string // what each reported error says, in order
		offsets bool     // the errors name a byte offset
	}{
		{"BrokenJSONLine", "testdata/bad.jsonl", 3, []string{"testdata/bad.jsonl:3:", "testdata/bad.jsonl:4: document without text"}, false},
		{"TruncatedGzip", writeFile(t, dir, "cut.jsonl.gz", gz[:len(gz)/2]), -1, []string{"cut.jsonl.gz: byte "}, true},
		{"TruncatedXz", writeFile(t, dir, "cut.jsonl.xz", xzb[:len(xzb)/2]), -2, []string{"cut.jsonl.xz: byte "}, true},
		{"TruncatedWARC", writeFile(t, dir, "cut.warc.gz", warc.Bytes()[:warc.Len()*2/3]), -1, []string{"cut.warc.gz: byte "}, true},
		{"BinaryJunk", writeFile(t, dir, "junk.bin", junk), 0, []string{"junk.bin: byte 0: unrecognised input"}, true},
		{"InvalidUTF8", writeFile(t, dir, "latin1.txt", []byte("line one\nna\xefve\n")), 0, []string{"latin1.txt:2: invalid UTF-8 at byte 11"}, false},
		{"Missing", filepath.Join(dir, "no-such-file"), 0, []string{"no-such-file: stat: no such file"}, false},
		{"EmptyPage", writeFile(t, dir, "empty.html", []byte("<html><head><title>عنوان</title></head><body><script>var x = 1;</script></body></html>")), 0, []string{"empty.html: no main text"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, errs, err := walk(t, []string{tc.path}, ingest.Options{}, "")
			if err != nil {
				t.Fatalf("Walk returned %v; want the error reported", err)
			}
			if tc.docs >= 0 && len(got) != tc.docs {
				t.Errorf("read %d documents, want %d", len(got), tc.docs)
			}
			if tc.docs == -1 && len(got) == 0 {
				t.Errorf("read nothing before the damage")
			}
			if len(errs) != len(tc.errs) {
				t.Fatalf("reported %d errors %q, want %d", len(errs), errs, len(tc.errs))
			}
			for i, e := range errs {
				if !strings.Contains(e.Error(), tc.errs[i]) {
					t.Errorf("error %q, want it to contain %q", e, tc.errs[i])
				}
				var pe *marsad.PositionError
				if !errors.As(e, &pe) {
					t.Errorf("error %q is a %T, want a *marsad.PositionError", e, e)
				} else if tc.offsets && pe.Offset < 0 {
					t.Errorf("error %q has no offset", e)
				}
			}
			// Strict: Walk stops at the first bad record and returns it.
			_, errs, err = walk(t, []string{tc.path, "testdata/plain.txt"}, ingest.Options{Strict: true}, "")
			if err == nil || len(errs) != 0 || !strings.Contains(err.Error(), tc.errs[0]) {
				t.Errorf("strict: Walk returned %v and reported %q; want it to return %q", err, errs, tc.errs[0])
			}
		})
	}
}

func TestStops(t *testing.T) {
	errStop := errors.New("stop here")
	n := 0
	err := ingest.Walk(context.Background(), []string{"testdata/mapped.jsonl", "testdata/plain.txt"}, ingest.Options{}, nil, func(marsad.Document, string) error {
		n++
		return errStop
	}, nil)
	if err != errStop || n != 1 {
		t.Errorf("fn's error: Walk returned %v after %d documents, want %v after 1", err, n, errStop)
	}
	err = ingest.Walk(context.Background(), []string{"testdata/bad.jsonl"}, ingest.Options{}, nil, func(marsad.Document, string) error { return nil }, func(e error) error { return fmt.Errorf("give up: %w", e) })
	if err == nil || !strings.HasPrefix(err.Error(), "give up: testdata/bad.jsonl:3:") {
		t.Errorf("onErr's error: Walk returned %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ingest.Walk(ctx, []string{"testdata/plain.txt"}, ingest.Options{}, nil, func(marsad.Document, string) error { return nil }, nil); err != context.Canceled {
		t.Errorf("cancelled context: Walk returned %v", err)
	}
	if err := ingest.Walk(context.Background(), nil, ingest.Options{Fields: map[string]string{"body": "x"}}, nil, nil, nil); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("bad field mapping: Walk returned %v, want an EINVALID error", err)
	}
}

var _ io.Reader = (*strings.Reader)(nil)
