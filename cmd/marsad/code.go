package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/coder"
	"github.com/spf13/cobra"
)

func newCodeCmd() *cobra.Command {
	var published, format string
	var dirs []string
	cmd := &cobra.Command{
		Use:   "code [FILE|DIR|-]...",
		Short: "Code Arabic documents into marsad's records (JSONL)",
		Long: `Read documents and write marsad's records, one JSON object per document per
line (the output contract of DESIGN.md). Input: plain UTF-8 text (one
document per file) or JSONL documents ({"id","text","title","published",
"source","url"}, one per line; a file is read as JSONL when it ends in .jsonl
or starts with '{'). A directory is read recursively (.txt and .jsonl files).
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
			return eachDocument(c.InOrStdin(), args, func(doc marsad.Document) error {
				date := ref
				if d, err := time.Parse("2006-01-02", firstN(doc.Published, 10)); err == nil {
					date = d
				}
				out := cd.Code(doc, date)
				if format == "table" {
					return writeCodedTable(w, out)
				}
				return enc.Encode(out)
			})
		},
	}
	cmd.Flags().StringVar(&published, "published", "", "publication date for documents that carry none, YYYY-MM-DD")
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl or table")
	cmd.Flags().StringArrayVar(&dirs, "lexicon", nil, "a directory of your own .lex files to add (repeatable)")
	return cmd
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// eachDocument calls fn with every document of the named inputs.
func eachDocument(stdin io.Reader, names []string, fn func(marsad.Document) error) error {
	for _, name := range names {
		if name == "-" {
			b, err := io.ReadAll(stdin)
			if err != nil {
				return err
			}
			if err := documentsIn("<stdin>", b, fn); err != nil {
				return err
			}
			continue
		}
		st, err := os.Stat(name)
		if err != nil {
			return marsad.Errorf(marsad.EINVALID, "%v", err)
		}
		if !st.IsDir() {
			b, err := os.ReadFile(name)
			if err != nil {
				return marsad.Errorf(marsad.EINVALID, "%v", err)
			}
			if err := documentsIn(name, b, fn); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(name, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !(strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".jsonl")) {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return documentsIn(p, b, fn)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// documentsIn reads the documents of one input: JSONL or one plain text.
func documentsIn(name string, b []byte, fn func(marsad.Document) error) error {
	if strings.HasSuffix(name, ".jsonl") || bytes.HasPrefix(bytes.TrimLeft(b, " \t\r\n\uFEFF"), []byte("{")) {
		line := 0
		for len(b) > 0 {
			line++
			var raw []byte
			if i := bytes.IndexByte(b, '\n'); i >= 0 {
				raw, b = b[:i], b[i+1:]
			} else {
				raw, b = b, nil
			}
			if len(bytes.TrimSpace(raw)) == 0 {
				continue
			}
			var doc marsad.Document
			if err := json.Unmarshal(raw, &doc); err != nil {
				return &marsad.PositionError{File: name, Line: line, Offset: -1, Err: fmt.Errorf("bad JSON document: %v", err)}
			}
			if doc.Text == "" {
				return &marsad.PositionError{File: name, Line: line, Offset: -1, Err: fmt.Errorf(`document without "text"`)}
			}
			if doc.ID == "" {
				doc.ID = fmt.Sprintf("%s:%d", name, line)
			}
			if err := fn(doc); err != nil {
				return err
			}
		}
		return nil
	}
	if !utf8.Valid(b) {
		i := invalidAt(string(b))
		return &marsad.PositionError{File: name, Line: 1 + bytes.Count(b[:i], []byte("\n")), Offset: int64(i), Err: fmt.Errorf("invalid UTF-8 at byte %d", i)}
	}
	return fn(marsad.Document{ID: name, Text: string(b)})
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
