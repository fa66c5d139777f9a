package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/lexicon"
	"github.com/marsad-project/marsad/sqlite"
	"github.com/spf13/cobra"
)

func newActorsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "Look at the actors of the stored documents",
	}
	cmd.AddCommand(newActorsUnknownCmd())
	return cmd
}

func newActorsUnknownCmd() *cobra.Command {
	var db, kind, format string
	var limit, examples int
	var dirs []string
	cmd := &cobra.Command{
		Use:   "unknown [--db DSN] [--limit N] [--kind PER|ORG|LOC] [--lexicon DIR] [--format table|lex|json]",
		Short: "List the most frequent names the lexicon does not know",
		Long: `List the names of persons, organizations and places that the coder found in
the stored documents but the lexicon does not know, the most frequent first
(by the stories they occur in, then by mentions), each with example
sentences, so that an analyst can add them to a lexicon file (see
lexicon/FORMAT.md and 'marsad dict --help').

Such names are found by the named-entity tagger: ingest with --ner (or code
with --ner). CODE is what a role word next to the name gave it ("وزير
الخارجية الليبي <name>": LBYGOV), "-" when none did. A name the lexicon
knows now, with the files of --lexicon DIR, is left out: add names to your
files and run again to see the next ones.

--format:
  table  one line per name: stories, mentions, kind, code and the name,
         then its example sentences with their document ids;
  lex    a lexicon entry to complete per name (actor for PER and ORG, place
         for LOC): the Arabic form filled in, the code a role gave it, TODO
         where the analyst decides, the examples as comments;
  json   one JSON object per name.`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, _ []string) error {
			switch kind {
			case "", marsad.KindPerson, marsad.KindOrg, marsad.KindLocation:
			default:
				return usageError{fmt.Errorf("--kind %q: want PER, ORG or LOC", kind)}
			}
			switch format {
			case "table", "lex", "json":
			default:
				return usageError{fmt.Errorf("--format %q: want table, lex or json", format)}
			}
			if limit <= 0 {
				return usageError{fmt.Errorf("--limit %d: want a positive number", limit)}
			}
			s, err := openExisting(db)
			if err != nil {
				return err
			}
			defer s.Close()
			known, err := lexiconKnows(dirs)
			if err != nil {
				return err
			}
			names, err := s.UnresolvedNames(c.Context(), marsad.UnresolvedFilter{Kind: kind, Limit: limit, Examples: examples, Known: known})
			if err != nil {
				return err
			}
			w := bufio.NewWriter(c.OutOrStdout())
			defer w.Flush()
			switch format {
			case "json":
				enc := json.NewEncoder(w)
				enc.SetEscapeHTML(false)
				for _, n := range names {
					if err := enc.Encode(n); err != nil {
						return err
					}
				}
			case "lex":
				writeLexSkeletons(w, names)
			default:
				if len(names) == 0 {
					fmt.Fprintln(c.ErrOrStderr(), "marsad: no unresolved names stored (ingest with --ner to find them)")
					return nil
				}
				writeUnknownTable(w, names)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&db, "db", sqlite.DefaultDSN, "database: an SQLite file")
	cmd.Flags().IntVar(&limit, "limit", 20, "at most this many names")
	cmd.Flags().IntVar(&examples, "examples", 2, "example sentences per name")
	cmd.Flags().StringVar(&kind, "kind", "", "only names of this kind: PER, ORG or LOC")
	cmd.Flags().StringVar(&format, "format", "table", "table, lex or json")
	cmd.Flags().StringArrayVar(&dirs, "lexicon", nil, "a directory of your own .lex files: the names they know are left out (repeatable)")
	return cmd
}

// lexiconKnows returns a test of whether the built-in lexicon, with the
// files under dirs, knows a name now: some actor or place of it is the
// whole name.
func lexiconKnows(dirs []string) (func(name, kind string) bool, error) {
	lx, a, err := loadLexicon(dirs)
	if err != nil {
		return nil, err
	}
	mt := lx.NewMatcher()
	return func(name, _ string) bool {
		an := a.Analyze(name, time.Time{})
		for _, m := range mt.Mentions(an, 0) {
			if m.First == 0 && m.Last == len(an.Tokens) && (m.Kind == lexicon.MentionActor || m.Kind == lexicon.MentionPlace) {
				return true
			}
		}
		return false
	}, nil
}

func writeUnknownTable(w io.Writer, names []*marsad.UnresolvedName) {
	fmt.Fprintf(w, "%7s %8s  %-4s %-10s %s\n", "STORIES", "MENTIONS", "KIND", "CODE", "NAME")
	for _, n := range names {
		fmt.Fprintf(w, "%7d %8d  %-4s %-10s %s\n", n.Stories, n.Mentions, n.Kind, orDash(n.Code), n.Name)
		for _, e := range n.Examples {
			fmt.Fprintf(w, "%30s %s: %s\n", "", e.DocID, e.Sentence)
		}
	}
}

// writeLexSkeletons writes a lexicon entry to complete for each name
// (lexicon/FORMAT.md): its Arabic form, the code a role gave it, TODO for
// what only the analyst knows.
func writeLexSkeletons(w io.Writer, names []*marsad.UnresolvedName) {
	fmt.Fprintln(w, "# Names the lexicon does not know, the most frequent first (marsad actors unknown).")
	fmt.Fprintln(w, "# Complete each entry (TODO), delete the ones that are no names, and run 'marsad dict check'.")
	ids := map[string]int{}
	for _, n := range names {
		fmt.Fprintf(w, "\n# %s: %s, %s", n.Name, plural(n.Stories, "1 story", fmt.Sprintf("%d stories", n.Stories)),
			plural(n.Mentions, "1 mention", fmt.Sprintf("%d mentions", n.Mentions)))
		if n.Code != "" {
			fmt.Fprintf(w, ", coded %s by a role word", n.Code)
		}
		fmt.Fprintln(w)
		for _, e := range n.Examples {
			fmt.Fprintf(w, "#   %s: %s\n", e.DocID, e.Sentence)
		}
		id := lexID(n.Name)
		if ids[id]++; ids[id] > 1 {
			id = fmt.Sprintf("%s-%d", id, ids[id])
		}
		country := orString(n.Country, "TODO")
		if n.Kind == marsad.KindLocation {
			fmt.Fprintf(w, "place %s\n  name TODO English name\n  type TODO city|province|site|region\n  country %s\n  coord TODO LAT LON\n  ar %s\n",
				id, country, n.Name)
			continue
		}
		typ := "person"
		if n.Kind == marsad.KindOrg {
			typ = "TODO org|group|party|igo|media|company|subnational"
		}
		code := orString(n.Code, "TODO")
		fmt.Fprintf(w, "actor %s\n  name TODO English name\n  type %s\n  country %s\n  ar %s\n  code %s\n", id, typ, country, n.Name, code)
		fmt.Fprintf(w, "  # test <a short sentence of your own with the name> => %s\n", code)
	}
}

// lexID makes a lexicon id (a-z 0-9 . _ -) of an Arabic name by a plain
// letter-for-letter transliteration: "عبد الله" → "abd-allh".
func lexID(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range name {
		s, ok := latin[r]
		switch {
		case ok:
			b.WriteString(s)
			dash = false
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r - 'A' + 'a')
			dash = false
		case r == ' ' || r == '-' || r == '_':
			if b.Len() > 0 && !dash {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	id := strings.Trim(b.String(), "-")
	if id == "" {
		id = "name"
	}
	return "new-" + id
}

var latin = map[rune]string{
	'ا': "a", 'أ': "a", 'إ': "i", 'آ': "a", 'ء': "", 'ؤ': "w", 'ئ': "y", 'ب': "b", 'ت': "t", 'ث': "th",
	'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "dh", 'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh",
	'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z", 'ع': "a", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k",
	'ل': "l", 'م': "m", 'ن': "n", 'ه': "h", 'ة': "a", 'و': "w", 'ي': "y", 'ى': "a",
	'پ': "p", 'چ': "ch", 'ڤ': "v", 'گ': "g", 'ی': "y", 'ک': "k",
}
