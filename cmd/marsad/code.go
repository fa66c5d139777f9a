package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/coder"
	"github.com/marsad-project/marsad/ingest"
	"github.com/marsad-project/marsad/lexicon"
	"github.com/marsad-project/marsad/ner"
	"github.com/spf13/cobra"
)

func newCodeCmd() *cobra.Command {
	var published, format string
	var dirs []string
	var useNER bool
	cmd := &cobra.Command{
		Use:   "code [--published DATE] [--format jsonl|table|gdelt] [--lexicon DIR] [--ner] [FILE|DIR|-]...",
		Short: "Code Arabic documents into marsad's records (JSONL, a table or GDELT rows)",
		Long: `Read documents and write marsad's records to stdout. Input, told apart by
content: plain UTF-8 text (one document per file), JSONL documents ({"id",
"text","title","published","source","url"}, one per line), HTML pages,
RSS/Atom feeds, WARC files, TREC XML, and these inside tar, zip, gzip, xz or
bzip2 archives. A directory is read recursively; '-' (or no argument) is
stdin. Codes are resolved as of the document's "published" date, else
--published. --lexicon DIR adds your own lexicon files (see 'marsad dict
--help').

--ner also codes the names the lexicon does not know, found by the embedded
named-entity tagger where events, quotes and roles need an actor: a person
next to a role word takes the role's code ("وزير الخارجية الليبي <name>":
LBYGOV); other persons, organizations and places are entities with no code,
their Arabic text for name, and may be events' sources and targets and
quotes' speakers. It makes coding about four times slower.

--format:
  jsonl  one JSON object per document per line (the output contract of
         DESIGN.md), every array present, empty when nothing was found;
  table  a summary per document for reading: a header line (id, date,
         counts), then its events (date, type, CAMEO, source -> target,
         place, modality and negated/historical flags, trigger words), quotes
         (speaker, first 60 characters), quantities (value, unit, what they
         count) and one line of the entities found;
  gdelt  one line per event in the 61 tab-separated columns of GDELT 2.0's
         event table, no header. GLOBALEVENTID is a hash of the document id
         and the event id (53 bits), the same each time a document is coded;
         an event without a date takes its document's; a partial date is
         written with day or month 01; NumMentions counts the event's
         triggers in the document; NumSources and NumArticles are 1;
         DATEADDED is the time of the run; SOURCEURL the document's url, else
         its id. Fields marsad does not code (AvgTone, ADM codes, feature ids,
         the actors' places) are empty; ActionGeo's country is ISO 3166
         alpha-3 where GDELT writes FIPS 10-4.

Bad input does not stop the run: a malformed JSON line, a file that is not
UTF-8 text, an input in no format marsad reads, or one with no document in it
(an empty file) is reported on stderr as one line naming the file and line,
and the other documents are coded. A JSON document whose text is empty is
coded like any other (a line with empty arrays; in table and gdelt formats,
a header line and no rows). Exit code 0 when at least one document was
coded, 2 when none could be (or on bad usage), 1 on any other failure.`,
		RunE: func(c *cobra.Command, args []string) error {
			var ref time.Time
			if published != "" {
				var err error
				if ref, err = time.Parse("2006-01-02", published); err != nil {
					return usageError{fmt.Errorf("--published %q: want a date YYYY-MM-DD", published)}
				}
			}
			switch format {
			case "jsonl", "table", "gdelt":
			default:
				return usageError{fmt.Errorf("--format %q: want jsonl, table or gdelt", format)}
			}
			lx, a, err := loadLexicon(dirs)
			if err != nil {
				return err
			}
			cd, err := newCoder(a, lx, useNER)
			if err != nil {
				return err
			}
			w := bufio.NewWriterSize(c.OutOrStdout(), 1<<16)
			defer w.Flush()
			out := &codeOutput{w: w, format: format, added: time.Now(), countries: lexiconCountries(lx)}
			if len(args) == 0 {
				args = []string{"-"}
			}
			stderr := c.ErrOrStderr()
			coded, bad := 0, 0
			report := func(err error) error {
				bad++
				// Keep what was coded before the message in step with it
				// when both go to a terminal.
				w.Flush()
				fmt.Fprintf(stderr, "marsad: %v\n", err)
				return nil
			}
			for _, p := range args {
				n, badBefore := 0, bad
				err := ingest.Walk(c.Context(), []string{p}, ingest.Options{}, c.InOrStdin(), func(doc marsad.Document, _ string) error {
					n++
					day := publishedDate(doc, ref)
					return out.write(cd.Code(doc, day), day)
				}, report)
				if err != nil {
					return err
				}
				if n == 0 && bad == badBefore {
					report(noDocument(p))
				}
				coded += n
			}
			if coded == 0 && bad > 0 {
				return marsad.Errorf(marsad.EINVALID, "nothing coded (%d bad %s listed above)", bad, plural(bad, "input", "inputs"))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&published, "published", "", "publication date for documents that carry none, YYYY-MM-DD")
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl, table or gdelt")
	cmd.Flags().StringArrayVar(&dirs, "lexicon", nil, "a directory of your own .lex files to add (repeatable)")
	cmd.Flags().BoolVar(&useNER, "ner", false, "also code the names the lexicon does not know, found by the named-entity tagger (slower)")
	return cmd
}

// newCoder returns the coder over a and lx, with the embedded named-entity
// tagger when withNER.
func newCoder(a *arabic.Analyzer, lx *lexicon.Lexicon, withNER bool) (*coder.Coder, error) {
	cd := coder.New(a, lx)
	if !withNER {
		return cd, nil
	}
	m, err := ner.Default()
	if err != nil {
		return nil, err
	}
	return cd.WithTagger(m), nil
}

// noDocument is the error of an input argument that held no document.
func noDocument(p string) error {
	name := p
	if p == "-" {
		name = ingest.StdinName
	}
	why := errors.New("no document to code: the input is empty")
	if st, err := os.Stat(p); err == nil && st.IsDir() {
		why = errors.New("no document to code in this directory (marsad reads .txt, JSON(L), HTML, feeds, WARC, TREC and archives of them)")
	}
	return &marsad.PositionError{File: name, Offset: -1, Err: why}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// codeOutput writes coded documents in one of the formats of 'marsad
// code'.
type codeOutput struct {
	w         io.Writer
	format    string
	enc       *json.Encoder
	added     time.Time // DATEADDED of GDELT rows
	countries countryNames
}

// write writes one coded document; published is the date it was coded as
// of (zero: none).
func (o *codeOutput) write(c *marsad.Coded, published time.Time) error {
	day := ""
	if !published.IsZero() {
		day = published.Format("2006-01-02")
	}
	switch o.format {
	case "table":
		return writeCodedTable(o.w, c, day)
	case "gdelt":
		return writeCodedGDELT(o.w, c, day, o.added, o.countries)
	}
	if o.enc == nil {
		o.enc = json.NewEncoder(o.w)
		o.enc.SetEscapeHTML(false)
	}
	fillArrays(c)
	return o.enc.Encode(c)
}

// fillArrays makes the record arrays of c empty rather than nil, so that
// they are written as [] (the contract), never null.
func fillArrays(c *marsad.Coded) {
	if c.Entities == nil {
		c.Entities = []marsad.Entity{}
	}
	if c.Events == nil {
		c.Events = []marsad.Event{}
	}
	if c.Quotes == nil {
		c.Quotes = []marsad.Quote{}
	}
	if c.Quantities == nil {
		c.Quantities = []marsad.Quantity{}
	}
}

// publishedDate is the day a document was published (the date part of an
// ISO date or date-time), or fallback when it carries none.
func publishedDate(doc marsad.Document, fallback time.Time) time.Time {
	p := doc.Published
	if len(p) > 10 {
		p = p[:10]
	}
	if d, err := time.Parse("2006-01-02", p); err == nil {
		return d
	}
	return fallback
}

// quoteWidth is how many characters of a quote the table shows.
const quoteWidth = 60

// writeCodedTable writes a summary of one coded document for reading:
// a header line, then its events, quotes and quantities in aligned
// columns (Arabic words last on their line, where their right-to-left
// run disturbs nothing), then one line of entities. published is the day
// the document was coded as of.
func writeCodedTable(w io.Writer, c *marsad.Coded, published string) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %s  published %s  %s, %s, %s, %s, %d bytes\n", c.Doc.ID, orDash(published),
		count(len(c.Events), "event"), count(len(c.Quotes), "quote"), count(len(c.Quantities), "quantity"),
		count(len(c.Entities), "entity"), len(c.Doc.Text))
	if c.Doc.Title != "" {
		fmt.Fprintf(bw, "  title: %s\n", oneLine(c.Doc.Title, 0))
	}
	// One tabwriter a section, so that each aligns its own columns.
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
	if len(c.Events) > 0 {
		fmt.Fprintln(tw, "  EVENT\tDATE\tTYPE\tCAMEO\tSOURCE\t\tTARGET\tPLACE\tFLAGS\tTRIGGER")
		for i := range c.Events {
			e := &c.Events[i]
			typ := orDash(e.Type)
			if e.Mode != "" {
				typ += ":" + e.Mode
			}
			trigger := oneLine(e.Trigger.Text, 0)
			if n := len(e.Evidence); n > 1 {
				trigger = fmt.Sprintf("×%d %s", n, trigger)
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t→\t%s\t%s\t%s\t%s\n", orDash(e.ID), orDash(e.Date), typ, orDash(e.CAMEO),
				actorLabel(e.Source), actorLabel(e.Target), placeLabel(e.Location), eventFlags(e), trigger)
		}
		tw.Flush()
	}
	if len(c.Quotes) > 0 {
		fmt.Fprintln(tw, "  QUOTE\tSPEAKER\tVERB\tTEXT")
		for i, q := range c.Quotes {
			fmt.Fprintf(tw, "  q%d\t%s\t%s\t%s\n", i+1, actorLabel(q.Speaker), orDash(q.Verb), oneLine(q.Text, quoteWidth))
		}
		tw.Flush()
	}
	if len(c.Quantities) > 0 {
		fmt.Fprintln(tw, "  QUANTITY\tVALUE\tUNIT\tABOUT\tTEXT")
		for i, q := range c.Quantities {
			fmt.Fprintf(tw, "  n%d\t%s\t%s\t%s\t%s\n", i+1, ftoa(q.Value), orDash(q.Unit), actorLabel(q.About), oneLine(q.Text, 0))
		}
		tw.Flush()
	}
	if len(c.Entities) > 0 {
		fmt.Fprintf(bw, "  entities: %s\n", entityLine(c.Entities))
	}
	return bw.Flush()
}

// count words a count: "1 event", "2 events", "3 quantities".
func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	switch {
	case strings.HasSuffix(what, "y"):
		what = what[:len(what)-1] + "ies"
	default:
		what += "s"
	}
	return strconv.Itoa(n) + " " + what
}

// actorLabel names an actor for the table: its English name and code,
// else its code, else its words; "-" for none.
func actorLabel(a *marsad.Actor) string {
	switch {
	case a == nil:
		return "-"
	case a.Name != "" && a.Code != "" && a.Code != strings.ToUpper(a.Name):
		return a.Name + " (" + a.Code + ")"
	case a.Name != "":
		return a.Name
	case a.Code != "":
		return a.Code
	case a.Country != "":
		return a.Country
	}
	return orDash(oneLine(a.Text, 0))
}

// placeLabel names a place for the table: its English name, else its
// words.
func placeLabel(l *marsad.Location) string {
	if l == nil {
		return "-"
	}
	return orDash(oneLine(orString(l.Name, l.Text), 0))
}

// eventFlags lists an event's modality and its negated and historical
// flags.
func eventFlags(e *marsad.Event) string {
	var f []string
	if e.Modality != "" {
		f = append(f, e.Modality)
	}
	if e.Negated {
		f = append(f, "negated")
	}
	if e.Historical {
		f = append(f, "historical")
	}
	return orDash(strings.Join(f, ","))
}

// entityLine lists the distinct entities in the order first found, by
// English name (else their words) with their code and how many times they
// were mentioned when more than once.
func entityLine(ents []marsad.Entity) string {
	type key struct{ label, code string }
	seen := map[key]int{}
	var order []key
	for _, e := range ents {
		k := key{orString(e.Name, oneLine(e.Text, 0)), e.Code}
		if seen[k] == 0 {
			order = append(order, k)
		}
		seen[k]++
	}
	parts := make([]string, len(order))
	for i, k := range order {
		p := k.label
		if k.code != "" {
			p += " " + k.code
		}
		if n := seen[k]; n > 1 {
			p += fmt.Sprintf(" ×%d", n)
		}
		parts[i] = p
	}
	return strings.Join(parts, ", ")
}

// oneLine folds the white space of s into single spaces and, when width >
// 0, cuts it to width characters with an ellipsis.
func oneLine(s string, width int) string {
	s = strings.Join(strings.Fields(s), " ")
	if width > 0 && utf8.RuneCountInString(s) > width {
		n := 0
		for i := range s {
			if n == width {
				return strings.TrimSpace(s[:i]) + "…"
			}
			n++
		}
	}
	return s
}
