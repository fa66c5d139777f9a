package ant_test

import (
	"archive/tar"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad-project/marsad/ingest/ant"
	"github.com/ulikunitz/xz"
)

// article is a made-up article in the corpus's format.
const article = `<DOC>
<DOCNO>SK-middleEast-1-20180301</DOCNO>
<URL>https://example.org/news/1</URL>
<SRC>skynews</SRC>
<CAT>middleEast</CAT>
<TITLE>وزير الخارجية يصل إلى بغداد</TITLE>
<TIME>Thu, 01 Mar 2018 10:20:30 +0400</TIME>
<ABSTRACT>
وصل وزير الخارجية
</ABSTRACT>
<TEXT>
وصل وزير الخارجية إلى بغداد صباح الخميس في زيارة تستمر يومين &amp; يلتقي خلالها رئيس الوزراء.
</TEXT>
</DOC>
`

func TestParse(t *testing.T) {
	doc, err := ant.Parse(article)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := doc.ID, "SK-middleEast-1-20180301"; got != want {
		t.Errorf("ID = %q, want %q", got, want)
	}
	if got, want := doc.Published, "2018-03-01T10:20:30+04:00"; got != want {
		t.Errorf("Published = %q, want %q", got, want)
	}
	if got, want := doc.Source, "skynews"; got != want {
		t.Errorf("Source = %q, want %q", got, want)
	}
	if got, want := doc.Text, "وصل وزير الخارجية إلى بغداد صباح الخميس في زيارة تستمر يومين & يلتقي خلالها رئيس الوزراء."; got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
	if _, err := ant.Parse("<DOC><TITLE>x</TITLE></DOC>"); err != ant.ErrNoText {
		t.Errorf("Parse without TEXT: err = %v, want ErrNoText", err)
	}
}

func TestOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sample.tar.xz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	xw, err := xz.NewWriter(f)
	if err != nil {
		t.Fatal(err)
	}
	tw := tar.NewWriter(xw)
	for _, name := range []string{"Sky/middleEast/", "Sky/middleEast/a.txt", "Sky/middleEast/README", "Sky/middleEast/b.txt"} {
		body := article
		h := &tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}
		if name[len(name)-1] == '/' {
			h = &tar.Header{Name: name, Mode: 0o755, Typeflag: tar.TypeDir}
			body = ""
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []interface{ Close() error }{tw, xw, f} {
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
	}
	r, err := ant.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	n := 0
	for r.Next() {
		n++
		if r.Doc().Title == "" {
			t.Errorf("article %d has no title", n)
		}
	}
	if err := r.Err(); err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("read %d articles, want the 2 .txt files", n)
	}
}

func TestOpenNotXZ(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plain.tar.xz")
	if err := os.WriteFile(path, []byte("not an archive"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r, err := ant.Open(path); err == nil {
		r.Close()
		t.Fatal("Open of a non-xz file: no error")
	}
}
