package arabic_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestStemsUpToDate regenerates the segmenter's lexicon from the shared
// vocabulary and checks that it equals the embedded one, header line aside
// (it carries the generation date).
func TestStemsUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerating the lexicon compiles a program: skipped in -short mode")
	}
	if _, err := os.Stat(stemReference); err != nil {
		t.Skipf("stemmer reference absent (%s): clone the project with ../shared beside it", stemReference)
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	out := filepath.Join(t.TempDir(), "stems.txt.gz")
	cmd := exec.Command(goBin, "run", "gen_stems.go", "-src", stemReference, "-out", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run gen_stems.go: %v\n%s", err, msg)
	}
	got, want := gunzipBody(t, out), gunzipBody(t, filepath.Join("data", "stems.txt.gz"))
	if !bytes.Equal(got, want) {
		t.Errorf("data/stems.txt.gz is out of date: run 'go generate ./arabic' (%d bytes regenerated, %d embedded)", len(got), len(want))
	}
}

// gunzipBody returns the decompressed file without its first line.
func gunzipBody(t *testing.T, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[i+1:]
	}
	return b
}
