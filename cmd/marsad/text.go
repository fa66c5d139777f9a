package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/spf13/cobra"
)

// maxLine caps one input line of `marsad segment`.
const maxLine = 64 << 20

func newSegmentCmd() *cobra.Command {
	var scheme string
	cmd := &cobra.Command{
		Use:   "segment",
		Short: "Split clitics off Arabic words (stdin to stdout)",
		Long: `Read text on stdin and write, for each input line, one output line: the words
separated by single spaces and the pieces of each word joined by '+':

  echo 'وبحلول نشرتها' | marsad segment
  و+ب+حلول نشرت+ها

--scheme ud (the default) splits conjunctions, prepositions, the future
particle and pronoun suffixes, as Universal Dependencies and the Penn Arabic
Treebank do; --scheme full also splits the article ال.`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, _ []string) error {
			sch, err := parseScheme(scheme)
			if err != nil {
				return err
			}
			seg, err := arabic.NewSegmenter()
			if err != nil {
				return err
			}
			return eachLine(c.InOrStdin(), "<stdin>", func(line string) (string, error) {
				return seg.SegmentLine(line, sch), nil
			}, c.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&scheme, "scheme", "ud", "segmentation scheme: ud or full")
	return cmd
}

func parseScheme(s string) (arabic.Scheme, error) {
	sch, err := arabic.ParseScheme(s)
	if err != nil {
		return 0, usageError{fmt.Errorf("--scheme: %w", err)}
	}
	return sch, nil
}

// eachLine calls fn on every line of r (without its line break) and writes
// what fn returns, one line each. A line that is not valid UTF-8 is an
// error naming the line and byte.
func eachLine(r io.Reader, name string, fn func(string) (string, error), w io.Writer) error {
	br := bufio.NewReaderSize(r, 1<<16)
	bw := bufio.NewWriterSize(w, 1<<16)
	defer bw.Flush()
	var offset int64
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if len(line) > maxLine {
			return &marsad.PositionError{File: name, Line: n, Offset: offset, Err: fmt.Errorf("line longer than %d bytes", maxLine)}
		}
		if line != "" {
			text := strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
			if !utf8.ValidString(text) {
				col := invalidAt(text)
				return &marsad.PositionError{File: name, Line: n, Column: col + 1, Offset: offset + int64(col), Err: fmt.Errorf("invalid UTF-8")}
			}
			out, ferr := fn(text)
			if ferr != nil {
				return &marsad.PositionError{File: name, Line: n, Offset: offset, Err: ferr}
			}
			bw.WriteString(out)
			bw.WriteByte('\n')
			offset += int64(len(line))
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// invalidAt returns the byte index of the first invalid UTF-8 sequence.
func invalidAt(s string) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(s)
}

func newAnalyzeCmd() *cobra.Command {
	var ref, format string
	cmd := &cobra.Command{
		Use:   "analyze [FILE|-]...",
		Short: "Show the text layer's reading of Arabic text",
		Long: `Read Arabic text files (or stdin) and show how marsad's text layer reads them:
sentences, words with their clitics, numbers and dates, each with its byte
offsets into the input. Relative dates ("أمس", "الجمعة الماضية") are resolved
against --ref, the publication date.`,
		RunE: func(c *cobra.Command, args []string) error {
			refDate, err := parseRef(ref)
			if err != nil {
				return err
			}
			if format != "text" && format != "json" {
				return usageError{fmt.Errorf("--format %q: want text or json", format)}
			}
			a, err := arabic.NewAnalyzer()
			if err != nil {
				return err
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			for _, name := range args {
				text, err := readText(c.InOrStdin(), name)
				if err != nil {
					return err
				}
				an := a.Analyze(text, refDate)
				if name == "-" {
					name = "<stdin>"
				}
				if format == "json" {
					err = writeAnalysisJSON(c.OutOrStdout(), name, an)
				} else {
					err = writeAnalysisText(c.OutOrStdout(), name, an)
				}
				if err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&ref, "ref", "", "reference (publication) date, YYYY-MM-DD; default today")
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}

func parseRef(s string) (time.Time, error) {
	if s == "" {
		return time.Now().UTC().Truncate(24 * time.Hour), nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, usageError{fmt.Errorf("--ref %q: want a date YYYY-MM-DD", s)}
	}
	return t, nil
}

// readText reads a whole text file ("-" is r) and checks it is UTF-8.
func readText(r io.Reader, name string) (string, error) {
	var b []byte
	var err error
	if name == "-" {
		b, err = io.ReadAll(r)
		name = "<stdin>"
	} else {
		b, err = os.ReadFile(name)
	}
	if err != nil {
		return "", marsad.Errorf(marsad.EINVALID, "%v", err)
	}
	if !utf8.Valid(b) {
		i := invalidAt(string(b))
		line := 1 + strings.Count(string(b[:i]), "\n")
		return "", &marsad.PositionError{File: name, Line: line, Offset: int64(i), Err: fmt.Errorf("invalid UTF-8 at byte %d", i)}
	}
	return string(b), nil
}

func writeAnalysisText(w io.Writer, name string, an *arabic.Analysis) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %s: %d bytes, %d sentences, %d tokens, %d numbers, %d dates\n",
		name, len(an.Text), len(an.Sentences), len(an.Tokens), len(an.Numbers), len(an.Dates))
	for i, s := range an.Sentences {
		fmt.Fprintf(bw, "[%d] %d-%d ", i+1, s.Start, s.End)
		for j := s.First; j < s.Last; j++ {
			if j > s.First {
				bw.WriteByte(' ')
			}
			for k, seg := range an.TokenSegments(j) {
				if k > 0 {
					bw.WriteByte('+')
				}
				bw.WriteString(seg.Text)
			}
		}
		bw.WriteByte('\n')
	}
	for _, n := range an.Numbers {
		fmt.Fprintf(bw, "number %d-%d %q = %g (%s)\n", n.Start, n.End, n.Text, n.Value, n.Kind)
	}
	for _, d := range an.Dates {
		fmt.Fprintf(bw, "date   %d-%d %q = %s\n", d.Start, d.End, d.Text, d.ISO())
	}
	return bw.Flush()
}

// analysisJSON is the JSON form of an analysis.
type analysisJSON struct {
	File      string         `json:"file"`
	Sentences []sentenceJSON `json:"sentences"`
	Numbers   []numberJSON   `json:"numbers"`
	Dates     []dateJSON     `json:"dates"`
}

type sentenceJSON struct {
	Start int        `json:"start"`
	End   int        `json:"end"`
	Words []wordJSON `json:"words"`
}

type wordJSON struct {
	Text   string   `json:"text"`
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Kind   string   `json:"kind"`
	Key    string   `json:"key"`
	Pieces []string `json:"pieces,omitempty"`
}

type numberJSON struct {
	Text  string  `json:"text"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Value float64 `json:"value"`
	Kind  string  `json:"kind"`
}

type dateJSON struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Date     string `json:"date"`
	Relative bool   `json:"relative"`
}

func writeAnalysisJSON(w io.Writer, name string, an *arabic.Analysis) error {
	out := analysisJSON{File: name, Sentences: []sentenceJSON{}, Numbers: []numberJSON{}, Dates: []dateJSON{}}
	for _, s := range an.Sentences {
		sj := sentenceJSON{Start: s.Start, End: s.End}
		for j := s.First; j < s.Last; j++ {
			t := an.Tokens[j]
			wj := wordJSON{Text: t.Text, Start: t.Start, End: t.End, Kind: t.Kind.String(), Key: t.Norm}
			if segs := an.TokenSegments(j); len(segs) > 1 {
				for _, seg := range segs {
					wj.Pieces = append(wj.Pieces, seg.Text)
				}
			}
			sj.Words = append(sj.Words, wj)
		}
		out.Sentences = append(out.Sentences, sj)
	}
	for _, n := range an.Numbers {
		out.Numbers = append(out.Numbers, numberJSON{n.Text, n.Start, n.End, n.Value, n.Kind.String()})
	}
	for _, d := range an.Dates {
		out.Dates = append(out.Dates, dateJSON{d.Text, d.Start, d.End, d.ISO(), d.Relative})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
