// Package eval scores marsad's components against gold data sets: word
// segmentation against Universal Dependencies treebanks, number words
// against ICU spell-out, date expressions against ICU-formatted dates,
// the event coder against the OEDA Arabic event gold records (Events).
//
// Every scorer reads a data set from a path, returns a Report that names
// the data set and its size, and never needs the network. The command
// `marsad eval KIND PATH` prints the report.
package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Report is the result of one evaluation run.
type Report struct {
	Task    string   // "segment", "numbers", "dates" …
	Dataset string   // base name of the file scored
	Size    int      // number of items scored (words, rows, pairs)
	Unit    string   // what Size counts: "words", "rows", "pairs"
	Metrics []Metric // the scores, the headline first
	// Failures holds up to MaxFailures examples of wrong answers, one line
	// each, so a reader sees what went wrong.
	Failures []string
}

// MaxFailures caps Report.Failures.
const MaxFailures = 100

// Metric is one score: Value is Correct/Total when both are set.
type Metric struct {
	Name    string
	Value   float64
	Correct int
	Total   int
}

// Ratio returns a metric for correct out of total.
func Ratio(name string, correct, total int) Metric {
	m := Metric{Name: name, Correct: correct, Total: total}
	if total > 0 {
		m.Value = float64(correct) / float64(total)
	}
	return m
}

// AddFailure records an example of a wrong answer, keeping at most
// MaxFailures.
func (r *Report) AddFailure(format string, args ...any) {
	if len(r.Failures) < MaxFailures {
		r.Failures = append(r.Failures, fmt.Sprintf(format, args...))
	}
}

// Print writes the report in a human-readable form.
func (r *Report) Print(w io.Writer, verbose bool) {
	fmt.Fprintf(w, "%s on %s (%d %s)\n", r.Task, filepath.Base(r.Dataset), r.Size, r.Unit)
	for _, m := range r.Metrics {
		if m.Total > 0 {
			fmt.Fprintf(w, "  %-28s %7.2f%%  (%d/%d)\n", m.Name, 100*m.Value, m.Correct, m.Total)
		} else {
			fmt.Fprintf(w, "  %-28s %8.4f\n", m.Name, m.Value)
		}
	}
	if verbose && len(r.Failures) > 0 {
		fmt.Fprintf(w, "  first %d errors:\n", len(r.Failures))
		for _, f := range r.Failures {
			fmt.Fprintf(w, "    %s\n", f)
		}
	}
}

// readTSV calls fn with the 1-based line number and the tab-separated
// fields of every line of the file at path, skipping blank lines and lines
// starting with #. It stops at the first error fn returns.
func readTSV(path string, fn func(line int, fields []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if err := fn(line, strings.Split(text, "\t")); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
