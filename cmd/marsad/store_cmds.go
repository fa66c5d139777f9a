package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/sqlite"
	"github.com/spf13/cobra"
)

// openExisting opens a database that must exist already (the query
// commands never create one).
func openExisting(dsn string) (*sqlite.Store, error) {
	if dsn == "" {
		dsn = sqlite.DefaultDSN
	}
	path := strings.TrimPrefix(dsn, "file:")
	if i := strings.IndexByte(path, '?'); i >= 0 {
		path = path[:i]
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, marsad.Errorf(marsad.EINVALID, "%s: no such database (create it with 'marsad ingest --db %s PATH')", path, dsn)
	}
	return sqlite.Open(dsn)
}

func newEventsCmd() *cobra.Command {
	var db string
	var f marsad.EventFilter
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "events [--db DSN] [--actor A] [--country C] [--type T] [--quad N] [--from D] [--to D] [--q QUERY]",
		Short: "List stored events, counted once per story",
		Long: `List the stored events that match the filters, by day. An event reported by
several copies of one story (exact or near duplicates) is listed once, with
the number of its mentions, articles and sources (GDELT's NumMentions,
NumArticles, NumSources).

--actor matches an actor code or its prefix (IRQ, IRQGOV) or part of the
English name, as source or target; --country the country of the source, the
target or the place; --type a PLOVER type (CONSULT) or a CAMEO code prefix
(04, 046); --quad a QuadClass 1-4; --from and --to dates YYYY-MM-DD (the
event's date, else its document's); --q a full-text query the reporting
documents must match.`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, _ []string) error {
			if f.QuadClass < 0 || f.QuadClass > 4 {
				return usageError{fmt.Errorf("--quad %d: want 1 to 4", f.QuadClass)}
			}
			for _, d := range []string{f.From, f.To} {
				if d != "" && !validDay(d) {
					return usageError{fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-MM or YYYY", d)}
				}
			}
			s, err := openExisting(db)
			if err != nil {
				return err
			}
			defer s.Close()
			evs, err := s.FindEvents(c.Context(), f)
			if err != nil {
				return err
			}
			w := bufio.NewWriter(c.OutOrStdout())
			defer w.Flush()
			if asJSON {
				enc := json.NewEncoder(w)
				enc.SetEscapeHTML(false)
				for _, e := range evs {
					if err := enc.Encode(e); err != nil {
						return err
					}
				}
				return nil
			}
			fmt.Fprintf(w, "%-10s %-9s %-5s %-12s %-12s %4s %4s %4s  %s\n", "DAY", "TYPE", "CAMEO", "SOURCE", "TARGET", "MENT", "ART", "SRC", "DOCUMENT: TRIGGER")
			for _, e := range evs {
				fmt.Fprintf(w, "%-10s %-9s %-5s %-12s %-12s %4d %4d %4d  %s: %s\n", orDash(e.Day), orDash(e.Type), orDash(e.CAMEO),
					orDash(actorCode(e.Source)), orDash(actorCode(e.Target)), e.NumMentions, e.NumArticles, e.NumSources, e.DocID, e.Trigger.Text)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&db, "db", sqlite.DefaultDSN, "database: an SQLite file")
	cmd.Flags().StringVar(&f.Actor, "actor", "", "actor code, code prefix or part of the name")
	cmd.Flags().StringVar(&f.Country, "country", "", "country (ISO 3166 alpha-3) of the source, the target or the place")
	cmd.Flags().StringVar(&f.Type, "type", "", "PLOVER type or CAMEO code prefix")
	cmd.Flags().IntVar(&f.QuadClass, "quad", 0, "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
	cmd.Flags().Float64Var(&f.MinConfidence, "min-confidence", 0, "keep events whose confidence (0–1: how surely the sentence tells the event as news) is at least this; 0.5 keeps about the precision the README reports")
	cmd.Flags().StringVar(&f.From, "from", "", "first day, YYYY-MM-DD")
	cmd.Flags().StringVar(&f.To, "to", "", "last day, YYYY-MM-DD")
	cmd.Flags().StringVar(&f.Query, "q", "", "full-text query the documents must match")
	cmd.Flags().IntVar(&f.Limit, "limit", 0, "at most this many events (0: all)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object per event")
	return cmd
}

func validDay(d string) bool {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(d) == len(layout) {
			for i := range d {
				if (layout[i] == '-') != (d[i] == '-') || (d[i] != '-' && (d[i] < '0' || d[i] > '9')) {
					return false
				}
			}
			return true
		}
	}
	return false
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func actorCode(a *marsad.Actor) string {
	if a == nil {
		return ""
	}
	if a.Code != "" {
		return a.Code
	}
	return a.Country
}

func newSearchCmd() *cobra.Command {
	var db string
	var limit int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "search [--db DSN] [--json] QUERY",
		Short: "Arabic full-text search of the stored documents",
		Long: `Find the stored documents that contain every word of QUERY, best first.
Words are compared as marsad reads them: hamza forms of alef, alef maqsura,
teh marbuta and diacritics folded; conjunctions, prepositions, the article
and pronoun suffixes cut off. So "العراق" finds "بالعراق" and "احمد" finds
"أحمد". --json prints one JSON object per hit, with the document id.`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{fmt.Errorf("%s: give a QUERY", c.CommandPath())}
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			s, err := openExisting(db)
			if err != nil {
				return err
			}
			defer s.Close()
			hits, err := s.Search(c.Context(), marsad.SearchQuery{Query: strings.Join(args, " "), Limit: limit})
			if err != nil {
				return err
			}
			w := bufio.NewWriter(c.OutOrStdout())
			defer w.Flush()
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			for _, h := range hits {
				if asJSON {
					if err := enc.Encode(h); err != nil {
						return err
					}
					continue
				}
				dup := ""
				if h.Duplicate != "" {
					dup = " (" + h.Duplicate + " copy)"
				}
				fmt.Fprintf(w, "%s  %s  %s%s\n    %s\n", h.ID, orDash(h.Published), h.Title, dup, h.Snippet)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&db, "db", sqlite.DefaultDSN, "database: an SQLite file")
	cmd.Flags().IntVar(&limit, "limit", 20, "at most this many hits")
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object per hit")
	return cmd
}

func newExportCmd() *cobra.Command {
	var db, format string
	cmd := &cobra.Command{
		Use:   "export [--db DSN] --format jsonl|csv|gdelt",
		Short: "Write the stored records to stdout",
		Long: `Write what the database holds to stdout:

  jsonl  one document per line with all its records (the output contract of
         'marsad code'), in the order stored;
  csv    one story-level event per row, with a header;
  gdelt  one story-level event per line in the 61 tab-separated columns of
         GDELT 2.0's event table (no header, as GDELT's files), numbered
         from 1 (GLOBALEVENTID). Fields marsad does not code (AvgTone, ADM
         codes, feature ids, the actors' places) are empty; ActionGeo's
         country is ISO 3166 alpha-3 where GDELT writes FIPS 10-4; a partial
         date is written with day or month 01.`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, _ []string) error {
			if format != "jsonl" && format != "csv" && format != "gdelt" {
				return usageError{fmt.Errorf("--format %q: want jsonl, csv or gdelt", format)}
			}
			s, err := openExisting(db)
			if err != nil {
				return err
			}
			defer s.Close()
			w := bufio.NewWriterSize(c.OutOrStdout(), 1<<16)
			defer w.Flush()
			switch format {
			case "jsonl":
				enc := json.NewEncoder(w)
				enc.SetEscapeHTML(false)
				return s.EachDocument(c.Context(), func(d *marsad.StoredDocument) error { return enc.Encode(&d.Coded) })
			case "csv":
				evs, err := s.FindEvents(c.Context(), marsad.EventFilter{})
				if err != nil {
					return err
				}
				return writeEventsCSV(w, evs)
			default:
				evs, err := s.FindEvents(c.Context(), marsad.EventFilter{})
				if err != nil {
					return err
				}
				lx, _, err := loadLexicon(nil)
				if err != nil {
					return err
				}
				return writeGDELT(w, evs, lexiconCountries(lx))
			}
		},
	}
	cmd.Flags().StringVar(&db, "db", sqlite.DefaultDSN, "database: an SQLite file")
	cmd.Flags().StringVar(&format, "format", "jsonl", "jsonl, csv or gdelt")
	return cmd
}

var csvHeader = []string{"story", "day", "type", "mode", "cameo", "goldstein", "quad_class",
	"source_code", "source_country", "source_name", "source_text", "target_code", "target_country", "target_name", "target_text",
	"location", "location_country", "lat", "lon", "date", "date_text", "negated", "historical", "modality", "trigger",
	"num_mentions", "num_articles", "num_sources", "doc_id", "url"}

func writeEventsCSV(w io.Writer, evs []*marsad.StoryEvent) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, e := range evs {
		var loc, locC, lat, lon string
		if l := e.Location; l != nil {
			loc, locC = orString(l.Name, l.Text), l.Country
			lat, lon = ftoa(l.Lat), ftoa(l.Lon)
		}
		row := []string{strconv.FormatInt(e.Story, 10), e.Day, e.Type, e.Mode, e.CAMEO, ftoa(e.Goldstein), strconv.Itoa(e.QuadClass)}
		row = append(row, actorFields(e.Source)...)
		row = append(row, actorFields(e.Target)...)
		row = append(row, loc, locC, lat, lon, e.Date, e.DateText, strconv.FormatBool(e.Negated), strconv.FormatBool(e.Historical),
			e.Modality, e.Trigger.Text, strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumArticles), strconv.Itoa(e.NumSources), e.DocID, e.URL)
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func actorFields(a *marsad.Actor) []string {
	if a == nil {
		return []string{"", "", "", ""}
	}
	return []string{a.Code, a.Country, a.Name, a.Text}
}

func orString(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func newStatsCmd() *cobra.Command {
	var db string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats [--db DSN] [--json]",
		Short: "Count what the database holds",
		Long: `Count the stored documents, their duplicates (exact: the same normalized
text; near: a MinHash-similar copy) and stories, the event records and the
events counted once per story, quotes, quantities, entities, distinct actors
and ingest runs. --json prints one object with these counts as numbers.`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, _ []string) error {
			s, err := openExisting(db)
			if err != nil {
				return err
			}
			defer s.Close()
			st, err := s.Stats(c.Context())
			if err != nil {
				return err
			}
			w := c.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(w)
				return enc.Encode(st)
			}
			fmt.Fprintf(w, "documents     %d\nduplicates    %d (%d exact, %d near)\nstories       %d\nevents        %d (%d once per story)\nquotes        %d\nquantities    %d\nentities      %d\nactors        %d\nruns          %d\n",
				st.Documents, st.Duplicates, st.ExactDuplicates, st.NearDuplicates, st.Stories, st.Events, st.StoryEvents,
				st.Quotes, st.Quantities, st.Entities, st.Actors, st.Runs)
			return nil
		},
	}
	cmd.Flags().StringVar(&db, "db", sqlite.DefaultDSN, "database: an SQLite file")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the counts as one JSON object")
	return cmd
}
