package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/coder"
	"github.com/marsad-project/marsad/ingest"
	"github.com/spf13/cobra"
)

func newCodeCmd() *cobra.Command {
	var published, format string
	var dirs []string
	cmd := &cobra.Command{
		Use:   "code [FILE|DIR|-]...",
		Short: "Code Arabic documents into marsad's records (JSONL)",
		Long: `Read documents and write marsad's records, one JSON object per document per
line (the output contract of DESIGN.md). Input, told apart by content: plain
UTF-8 text (one document per file), JSONL documents ({"id","text","title",
"published","source","url"}, one per line), HTML pages, RSS/Atom feeds, WARC
files, TREC XML, and these inside tar, zip, gzip, xz or bzip2 archives. A
directory is read recursively; '-' is stdin.
Codes are resolved as of the document's "published" date, else --published.
--lexicon DIR adds your own lexicon files (see 'marsad dict --help').`,
		RunE: func(c *cobra.Command, args []string) error {
			var ref time.Time
			if published != "" {
				var err error
				if ref, err = time.Parse("2006-01-02", published); err != nil {
					return usageError{fmt.Errorf("--published %q: want a date YYYY-MM-DD", published)}
				}
			}
			if format != "jsonl" && format != "table" {
				return usageError{fmt.Errorf("--format %q: want jsonl or table", format)}
			}
			lx, a, err := loadLexicon(dirs)
			if err != nil {
				return err
			}
			cd := coder.New(a, lx)
			w := bufio.NewWriter(c.OutOrStdout())
			defer w.Flush()
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			if len(args) == 0 {
				args = []string{"-"}
			}
			return ingest.Walk(c.Context(), args, ingest.Options{Strict: true}, c.InOrStdin(), func(doc marsad.Document, _ string) error {
				out := cd.Code(doc, publishedDate(doc, ref))
				if format == "table" {
					return writeCodedTable(w, out)
				}
				return enc.Encode(out)
			}, nil)
		},
	}
	cmd.Flags().StringVar(&published, "published", "", "publication date for documents that carry none, YYYY-MM-DD")
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl or table")
	cmd.Flags().StringArrayVar(&dirs, "lexicon", nil, "a directory of your own .lex files to add (repeatable)")
	return cmd
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

func writeCodedTable(w io.Writer, c *marsad.Coded) error {
	fmt.Fprintf(w, "# %s (%d bytes): %d entities, %d events, %d quotes, %d quantities\n",
		c.Doc.ID, len(c.Doc.Text), len(c.Entities), len(c.Events), len(c.Quotes), len(c.Quantities))
	for _, e := range c.Entities {
		code := e.Code
		if code == "" {
			code = "-"
		}
		if _, err := fmt.Fprintf(w, "%-4s %6d-%-6d %-12s %-28s %s\n", e.Kind, e.Start, e.End, code, e.Name, e.Text); err != nil {
			return err
		}
	}
	return nil
}
