package lexicon

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
)

//go:embed data
var builtin embed.FS

// Ext is the extension of lexicon files.
const Ext = ".lex"

// Lexicon is a compiled lexicon. It is safe for concurrent use.
type Lexicon struct {
	seg     *arabic.Segmenter
	entries []*Entry
	byID    map[string]*Entry // kind/id → entry
	files   []string

	vocab     map[string]uint32
	mentions  *trie
	triggers  *trie
	context   map[*Entry]*compiled
	holders   map[string][]holder // "IRQGOV/fm" → the persons who held that office
	countries map[string]*Entry   // ISO3 → country place

	problems []error // found while loading and compiling; Check adds more
}

// Load reads the built-in lexicon and then every .lex file under each of
// dirs, whose entries replace built-in ones of the same kind and id and
// add to the rest. A file that cannot be parsed fails the load, with every
// bad line named; problems the files can live with (a duplicated form, an
// unknown code) are left for Check.
func Load(seg *arabic.Segmenter, dirs ...string) (*Lexicon, error) {
	lx := &Lexicon{seg: seg, byID: make(map[string]*Entry)}
	var files []sourceFile
	err := fs.WalkDir(builtin, "data", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, Ext) {
			return err
		}
		data, err := builtin.ReadFile(p)
		files = append(files, sourceFile{name: "lexicon/" + p, data: data})
		return err
	})
	if err != nil {
		return nil, err
	}
	for _, dir := range dirs {
		names, err := lexFiles(dir)
		if err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "lexicon: %v", err)
		}
		for _, f := range names {
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, marsad.Errorf(marsad.EINVALID, "lexicon: %v", err)
			}
			files = append(files, sourceFile{name: f, data: data, user: true})
		}
	}
	parseAll(files)
	var errs []error
	for _, f := range files {
		errs = append(errs, f.errs...)
		lx.addEntries(f)
	}
	if len(errs) > 0 {
		return nil, &LoadError{Errs: errs}
	}
	lx.compile()
	return lx, nil
}

// sourceFile is a lexicon file and, once parsed, its entries.
type sourceFile struct {
	name    string
	data    []byte
	user    bool
	entries []*Entry
	errs    []error
}

// parseAll parses files on all CPUs.
func parseAll(files []sourceFile) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(runtime.GOMAXPROCS(0), 8)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				files[i].entries, files[i].errs = Parse(files[i].name, files[i].data)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
}

var defaultLexicon = sync.OnceValues(func() (*Lexicon, error) {
	seg, err := arabic.NewSegmenter()
	if err != nil {
		return nil, err
	}
	return Load(seg)
})

// Default returns the built-in lexicon, loaded once per process.
func Default() (*Lexicon, error) { return defaultLexicon() }

// LoadError lists the bad lines of the lexicon files, each a
// *marsad.PositionError.
type LoadError struct{ Errs []error }

func (e *LoadError) Error() string {
	var b strings.Builder
	for i, err := range e.Errs {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(err.Error())
	}
	return b.String()
}

func (e *LoadError) Unwrap() []error { return e.Errs }

// lexFiles lists the .lex files under dir (or dir itself, a file), sorted.
func lexFiles(dir string) ([]string, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{dir}, nil
	}
	var files []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, Ext) {
			files = append(files, p)
		}
		return nil
	})
	if err == nil && len(files) == 0 {
		err = fmt.Errorf("%s: no %s files", dir, Ext)
	}
	sort.Strings(files)
	return files, err
}

// addEntries adds the entries of a parsed file. A user's entry replaces a
// built-in entry of the same kind and id; two entries of one kind and id
// in the same set are a problem, and the later one is dropped.
func (lx *Lexicon) addEntries(f sourceFile) {
	lx.files = append(lx.files, f.name)
	for _, e := range f.entries {
		e.User = f.user
		k := e.Kind.String() + "/" + e.ID
		if prev, ok := lx.byID[k]; ok {
			if f.user && !prev.User {
				lx.replace(prev, e)
				lx.byID[k] = e
				continue
			}
			lx.problem(e.Pos, "%s %s: id already used at %s", e.Kind, e.ID, prev.Pos)
			continue
		}
		lx.byID[k] = e
		lx.entries = append(lx.entries, e)
	}
}

func (lx *Lexicon) replace(old, e *Entry) {
	for i, x := range lx.entries {
		if x == old {
			lx.entries[i] = e
			return
		}
	}
}

func (lx *Lexicon) problem(p Pos, format string, args ...any) {
	lx.problems = append(lx.problems, &marsad.PositionError{File: p.File, Line: p.Line, Offset: -1, Err: fmt.Errorf(format, args...)})
}

// Entries returns the entries, in file order.
func (lx *Lexicon) Entries() []*Entry { return lx.entries }

// Entry returns the entry of a kind and id.
func (lx *Lexicon) Entry(k Kind, id string) (*Entry, bool) {
	e, ok := lx.byID[k.String()+"/"+id]
	return e, ok
}

// Files returns the names of the files read.
func (lx *Lexicon) Files() []string { return lx.files }

// Segmenter returns the segmenter the lexicon keys its forms with.
func (lx *Lexicon) Segmenter() *arabic.Segmenter { return lx.seg }

// Country returns the country place of an ISO3 code.
func (lx *Lexicon) Country(iso3 string) (*Entry, bool) {
	e, ok := lx.countries[iso3]
	return e, ok
}

// Stats counts entries by kind and type.
type Stats struct {
	Entries, Forms, Tests int
	ByKind                map[string]int // "actor", "actor/person", "place/country" …
}

// Stats counts the lexicon's entries, forms and tests.
func (lx *Lexicon) Stats() Stats {
	s := Stats{ByKind: make(map[string]int)}
	for _, e := range lx.entries {
		s.Entries++
		s.Forms += len(e.Forms) + len(e.Adjs) + len(e.Nouns) + len(e.Verbs)
		s.Tests += len(e.Tests)
		s.ByKind[e.Kind.String()]++
		if e.Type != "" {
			s.ByKind[e.Kind.String()+"/"+e.Type]++
		}
	}
	return s
}

// sortErrors sorts position errors by file and line.
func sortErrors(errs []error) {
	sort.SliceStable(errs, func(i, j int) bool {
		var a, b *marsad.PositionError
		if !errors.As(errs[i], &a) || !errors.As(errs[j], &b) {
			return false
		}
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
}
