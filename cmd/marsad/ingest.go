package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/coder"
	"github.com/marsad-project/marsad/index"
	"github.com/marsad-project/marsad/ingest"
	"github.com/marsad-project/marsad/sqlite"
	"github.com/spf13/cobra"
)

func newIngestCmd() *cobra.Command {
	var o ingestOptions
	var fields []string
	cmd := &cobra.Command{
		Use:   "ingest [--db DSN] [--strict] [--lexicon DIR] [--field a=b] [--ner] PATH...",
		Short: "Read, code and store documents in the database",
		Long: `Read documents (files, directories, archives, JSONL, stdin as "-"; see
'marsad code --help'), code each as of its publication date on all CPUs,
and store the documents with their records in the database (default
marsad.db), in input order, 500 documents a transaction.

A document already stored with the same id and content is skipped without
being coded again, so running ingest again on the same input adds nothing,
and a run that was killed resumes where its last transaction ended. Copies
of a stored document (the same normalized text, or a near copy by MinHash
similarity) are stored and linked to its story.

A bad record is reported as file:line (or byte offset) and skipped; the run
goes on and exits 2 at the end. --strict stops at the first one. --ner also
codes, and stores, the names the lexicon does not know (see 'marsad code
--help'); 'marsad actors unknown' then lists the most frequent. On a
terminal, a progress line shows documents/s and, once the first of several
inputs is done, the time left; otherwise one summary line is printed.`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{fmt.Errorf("%s: name at least one PATH (or - for stdin)", c.CommandPath())}
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			o.Fields = map[string]string{}
			for _, f := range fields {
				k, v, ok := strings.Cut(f, "=")
				if !ok || k == "" || v == "" {
					return usageError{fmt.Errorf("--field %q: want FIELD=NAME, e.g. text=content", f)}
				}
				o.Fields[k] = v
			}
			o.Stdin, o.Stderr = c.InOrStdin(), c.ErrOrStderr()
			o.Progress = isTerminal(o.Stderr)
			_, err := runIngest(c.Context(), o, args)
			return err
		},
	}
	cmd.Flags().StringVar(&o.DB, "db", sqlite.DefaultDSN, "database: an SQLite file")
	cmd.Flags().BoolVar(&o.Strict, "strict", false, "stop at the first bad record")
	cmd.Flags().StringArrayVar(&o.Lexicons, "lexicon", nil, "a directory of your own .lex files to add (repeatable)")
	cmd.Flags().StringArrayVar(&fields, "field", nil, "map a document field onto a JSON field: text=content (repeatable)")
	cmd.Flags().IntVar(&o.Batch, "batch", 500, "documents per transaction")
	cmd.Flags().IntVar(&o.Workers, "workers", runtime.NumCPU(), "coding goroutines")
	cmd.Flags().BoolVar(&o.NER, "ner", false, "also code the names the lexicon does not know, found by the named-entity tagger (slower; see 'marsad code --help'); 'marsad actors unknown' lists them")
	return cmd
}

// ingestOptions are the settings of one ingest run.
type ingestOptions struct {
	DB       string
	Strict   bool
	Lexicons []string
	Fields   map[string]string
	Batch    int
	Workers  int
	NER      bool // code the names the lexicon does not know too
	Progress bool // draw a progress line on Stderr
	Stdin    io.Reader
	Stderr   io.Writer
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// ingestJob is one document read, numbered in input order.
type ingestJob struct {
	seq    int
	doc    marsad.Document
	origin string
}

// ingestResult is a job coded and keyed, or skipped (entry nil) because it
// is already stored.
type ingestResult struct {
	seq   int
	entry *marsad.Entry
	err   error
}

// runIngest reads, codes and stores the documents under paths, and
// returns the run with its counts.
func runIngest(ctx context.Context, o ingestOptions, paths []string) (*marsad.Run, error) {
	if o.Batch <= 0 {
		o.Batch = 500
	}
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.Stderr == nil {
		o.Stderr = io.Discard
	}
	start := time.Now()
	store, err := sqlite.Open(o.DB)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	lx, an, err := loadLexicon(o.Lexicons)
	if err != nil {
		return nil, err
	}
	cd, err := newCoder(an, lx, o.NER)
	if err != nil {
		return nil, err
	}
	idx := index.New(an.Segmenter())
	store.SetIndexer(idx)

	run, err := store.BeginRun(ctx, strings.Join(os.Args, " "))
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// In flight at most: bounds memory whatever the input size.
	inflight := make(chan struct{}, o.Workers*64)
	jobs := make(chan ingestJob, o.Workers*4)
	results := make(chan ingestResult, o.Workers*4)
	prog := newProgress(o.Stderr, o.Progress, paths)

	// Reader.
	var badMu sync.Mutex
	bad := 0
	var walkErr error
	go func() {
		defer close(jobs)
		seq := 0
		walkErr = ingest.Walk(ctx, paths, ingest.Options{Fields: o.Fields, Strict: o.Strict}, o.Stdin,
			func(doc marsad.Document, origin string) error {
				select {
				case inflight <- struct{}{}:
				case <-ctx.Done():
					return ctx.Err()
				}
				jobs <- ingestJob{seq: seq, doc: doc, origin: origin}
				seq++
				return nil
			},
			func(err error) error {
				badMu.Lock()
				bad++
				badMu.Unlock()
				prog.clear()
				fmt.Fprintf(o.Stderr, "marsad: %v\n", err)
				if o.Strict {
					return err
				}
				return nil
			})
	}()

	// Coders.
	var wg sync.WaitGroup
	for i := 0; i < o.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- codeJob(ctx, store, cd, idx, j)
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Writer: the documents in input order, o.Batch a transaction. The
	// loop below puts them in order and hands each full batch to a
	// goroutine of its own that stores it, so that coding goes on while a
	// batch is written. It owns run until it is done.
	batches := make(chan []*marsad.Entry)
	var storeErr error
	var runMu sync.Mutex // guards run's counts, read by the progress line
	written := make(chan struct{})
	go func() {
		defer close(written)
		for batch := range batches {
			if storeErr != nil {
				continue
			}
			// AddEntries adds the batch's counts to a run: a copy, so that
			// the progress line can read run meanwhile.
			counts := marsad.Run{ID: run.ID}
			if _, err := store.AddEntries(context.WithoutCancel(ctx), &counts, batch); err != nil {
				storeErr = err
				cancel()
				continue
			}
			runMu.Lock()
			run.Read += counts.Read
			run.Added += counts.Added
			run.Skipped += counts.Skipped
			run.Duplicates += counts.Duplicates
			runMu.Unlock()
		}
	}()
	pending := map[int]ingestResult{}
	next := 0
	var batch []*marsad.Entry
	var codeErr error
	flush := func() {
		if len(batch) > 0 {
			batches <- batch
			batch = make([]*marsad.Entry, 0, o.Batch)
		}
	}
	draw := func() {
		runMu.Lock()
		defer runMu.Unlock()
		prog.draw(run)
	}
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	for results != nil {
		select {
		case r, ok := <-results:
			if !ok {
				results = nil
				break
			}
			pending[r.seq] = r
			for {
				r, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				<-inflight
				prog.doc(r)
				switch {
				case r.err != nil:
					if codeErr == nil {
						codeErr = r.err
						cancel()
					}
				case r.entry == nil:
					runMu.Lock()
					run.Read++
					run.Skipped++
					runMu.Unlock()
				case codeErr == nil:
					batch = append(batch, r.entry)
					if len(batch) >= o.Batch {
						flush()
					}
				}
			}
		case <-tick.C:
			draw()
		}
	}
	if codeErr == nil {
		flush()
	}
	close(batches)
	<-written
	if storeErr == nil {
		storeErr = codeErr
	}
	run.Errors = bad
	prog.clear()

	// Why the run ended: the store failed, or reading did (--strict, an
	// interrupt).
	err = storeErr
	if err == nil {
		err = walkErr
	}
	if err != nil {
		run.Status = marsad.RunFailed
	}
	if e := store.EndRun(context.WithoutCancel(ctx), run); e != nil && err == nil {
		err = e
	}
	el := time.Since(start)
	fmt.Fprintf(o.Stderr, "ingest: %d read, %d added (%d duplicates), %d already stored, %d bad records in %s (%.0f documents/s) into %s\n",
		run.Read, run.Added, run.Duplicates, run.Skipped, run.Errors, el.Round(time.Millisecond), float64(run.Read)/el.Seconds(), o.DB)
	if err != nil {
		return run, err
	}
	if bad > 0 {
		return run, marsad.Errorf(marsad.EINVALID, "%d bad records skipped (listed above)", bad)
	}
	return run, nil
}

// codeJob keys and codes one document, or finds it already stored.
func codeJob(ctx context.Context, store marsad.Store, cd *coder.Coder, idx *index.Indexer, j ingestJob) ingestResult {
	r := ingestResult{seq: j.seq}
	text := index.Read(j.doc.Text)
	has, err := store.Has(ctx, j.doc.ID, text.Hash())
	if err != nil {
		r.err = err
		return r
	}
	if has {
		return r
	}
	r.entry = &marsad.Entry{Coded: cd.Code(j.doc, publishedDate(j.doc, time.Time{})), Keys: idx.KeysOf(j.doc, text), Origin: j.origin}
	return r
}

// progress draws a progress line on a terminal.
type progress struct {
	w      io.Writer
	on     bool
	start  time.Time
	mu     sync.Mutex // draw and clear come from two goroutines
	n      int
	drawn  bool
	sizes  map[string]int64 // input files and their sizes
	total  int64
	done   int64 // bytes of the inputs finished
	cur    string
	inputs int
}

func newProgress(w io.Writer, on bool, paths []string) *progress {
	p := &progress{w: w, on: on, start: time.Now(), sizes: map[string]int64{}}
	if !on {
		return p
	}
	for _, root := range paths {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			if info, err := d.Info(); err == nil {
				p.sizes[path] = info.Size()
				p.total += info.Size()
			}
			return nil
		})
	}
	p.inputs = len(p.sizes)
	return p
}

// doc counts a document and the input file it came from.
func (p *progress) doc(r ingestResult) {
	p.n++
	if !p.on || r.entry == nil {
		return
	}
	file := r.entry.Origin
	if _, ok := p.sizes[file]; !ok {
		for _, sep := range []string{":", "#"} {
			if i := strings.LastIndex(file, sep); i > 0 {
				if _, ok := p.sizes[file[:i]]; ok {
					file = file[:i]
					break
				}
			}
		}
	}
	if file != p.cur {
		p.done += p.sizes[p.cur]
		p.cur = file
	}
}

func (p *progress) draw(run *marsad.Run) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	el := time.Since(p.start)
	rate := float64(p.n) / el.Seconds()
	eta := ""
	if p.done > 0 && p.total > p.done {
		left := time.Duration(float64(el) * float64(p.total-p.done) / float64(p.done))
		eta = fmt.Sprintf("  ETA %s", left.Round(time.Second))
	}
	fmt.Fprintf(p.w, "\r\033[K%d documents  %.0f/s  %d stored  %d duplicates  %s%s",
		p.n, rate, run.Added, run.Duplicates, el.Round(time.Second), eta)
	p.drawn = true
}

func (p *progress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.on && p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}
