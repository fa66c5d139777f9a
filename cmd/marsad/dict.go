package main

import (
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/lexicon"
	"github.com/spf13/cobra"
)

func newDictCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dict",
		Short: "Check, test and query the lexicon",
		Long: `The lexicon holds marsad's actors, places, agent words and event patterns
as text files (format: lexicon/FORMAT.md). The built-in files are embedded;
--lexicon DIR adds a directory of your own .lex files, whose entries extend
the built-in ones or replace those of the same kind and id.`,
	}
	cmd.AddCommand(newDictCheckCmd(), newDictTestCmd(), newDictStatsCmd(), newDictMatchCmd())
	return cmd
}

// loadLexicon loads the built-in lexicon and the user's directories.
func loadLexicon(dirs []string) (*lexicon.Lexicon, *arabic.Analyzer, error) {
	a, err := arabic.NewAnalyzer()
	if err != nil {
		return nil, nil, err
	}
	lx, err := lexicon.Load(a.Segmenter(), dirs...)
	if err != nil {
		return nil, nil, err
	}
	return lx, a, nil
}

func newDictCheckCmd() *cobra.Command {
	var dirs []string
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Validate the lexicon files",
		Long: `Validate the lexicon files: syntax, unknown codes, types and offices, bad
dates, codes that disagree with the actor's country, forms two entries share,
patterns that can never apply, malformed tests. Each problem is printed as
file:line: message; any problem exits with code 2.`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, _ []string) error {
			lx, _, err := loadLexicon(dirs)
			if err != nil {
				return err
			}
			probs := lx.Check()
			for _, p := range probs {
				fmt.Fprintln(c.ErrOrStderr(), p)
			}
			st := lx.Stats()
			if len(probs) > 0 {
				return marsad.Errorf(marsad.EINVALID, "dict check: %d problems in %d entries of %d files", len(probs), st.Entries, len(lx.Files()))
			}
			fmt.Fprintf(c.OutOrStdout(), "dict check: %d entries in %d files, no problems\n", st.Entries, len(lx.Files()))
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&dirs, "lexicon", nil, "a directory of .lex files to add (repeatable)")
	return cmd
}

func newDictTestCmd() *cobra.Command {
	var dirs []string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "test",
		Short: "Code every example sentence of the lexicon and report failures",
		Long: `Code the example sentences ("test" lines) of every lexicon entry and compare
the result with the expected one. Each failure is printed as file:line:
message; any failure exits with code 1.`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, _ []string) error {
			lx, a, err := loadLexicon(dirs)
			if err != nil {
				return err
			}
			start := time.Now()
			res := lx.RunTests(a)
			failed := 0
			byKind := make(map[string][2]int)
			for _, r := range res {
				k := byKind[r.Entry.Kind.String()]
				k[0]++
				if !r.Pass {
					failed++
					k[1]++
					fmt.Fprintln(c.ErrOrStderr(), r.Err())
				} else if verbose {
					fmt.Fprintf(c.OutOrStdout(), "%s: ok %s %s\n", r.Test.Pos, r.Entry.Kind, r.Entry.ID)
				}
				byKind[r.Entry.Kind.String()] = k
			}
			w := c.OutOrStdout()
			kinds := make([]string, 0, len(byKind))
			for k := range byKind {
				kinds = append(kinds, k)
			}
			sort.Strings(kinds)
			for _, k := range kinds {
				fmt.Fprintf(w, "  %-8s %6d tests, %5d failed\n", k, byKind[k][0], byKind[k][1])
			}
			fmt.Fprintf(w, "dict test: %d tests, %d passed, %d failed (%.1fs)\n", len(res), len(res)-failed, failed, time.Since(start).Seconds())
			if failed > 0 {
				return fmt.Errorf("dict test: %d of %d tests failed", failed, len(res))
			}
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&dirs, "lexicon", nil, "a directory of .lex files to add (repeatable)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "also list the tests that pass")
	return cmd
}

func newDictStatsCmd() *cobra.Command {
	var dirs []string
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count the lexicon's entries by kind and type",
		Args:  exactArgs(0),
		RunE: func(c *cobra.Command, _ []string) error {
			start := time.Now()
			lx, _, err := loadLexicon(dirs)
			if err != nil {
				return err
			}
			took := time.Since(start)
			st := lx.Stats()
			w := c.OutOrStdout()
			fmt.Fprintf(w, "%d files, %d entries, %d forms, %d tests; loaded in %v\n", len(lx.Files()), st.Entries, st.Forms, st.Tests, took.Round(time.Millisecond))
			keys := make([]string, 0, len(st.ByKind))
			for k := range st.ByKind {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				fmt.Fprintf(w, "  %-22s %6d\n", k, st.ByKind[k])
			}
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&dirs, "lexicon", nil, "a directory of .lex files to add (repeatable)")
	return cmd
}

func newDictMatchCmd() *cobra.Command {
	var dirs []string
	var date string
	cmd := &cobra.Command{
		Use:   "match [FILE|-]...",
		Short: "Show the lexicon's actors, places, role words and event triggers in a text",
		Long: `Read Arabic text and print what the lexicon finds in each sentence: actor,
place, nationality and role-word mentions with their codes as of --date (dated
roles: "الكاظمي" is IRQGOV in 2021 and not in 2023), and event triggers with
their CAMEO codes. Offsets are bytes into the input.`,
		RunE: func(c *cobra.Command, args []string) error {
			ref, err := parseRef(date)
			if err != nil {
				return err
			}
			lx, a, err := loadLexicon(dirs)
			if err != nil {
				return err
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			m := lx.NewMatcher()
			for _, name := range args {
				text, err := readText(c.InOrStdin(), name)
				if err != nil {
					return err
				}
				an := a.Analyze(text, ref)
				if err := writeMatches(c.OutOrStdout(), an, m.Mentions(an, lexicon.DateOf(ref)), m.Triggers(an)); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&dirs, "lexicon", nil, "a directory of .lex files to add (repeatable)")
	cmd.Flags().StringVar(&date, "date", "", "the date codes are resolved for (the publication date), YYYY-MM-DD; default today")
	return cmd
}

func writeMatches(w io.Writer, an *arabic.Analysis, ms []lexicon.Mention, ts []lexicon.Trigger) error {
	for _, m := range ms {
		code := m.Code
		if code == "" {
			code = "-"
		}
		line := fmt.Sprintf("%-11s %5d-%-5d %-12s %q", m.Kind, m.Start, m.End, code, an.Text[m.Start:m.End])
		if m.Name != "" {
			line += "  " + m.Name
		}
		if m.Place != nil && m.Place.HasCoord && m.Kind == lexicon.MentionPlace {
			line += fmt.Sprintf(" (%.4g, %.4g)", m.Place.Coord.Lat, m.Place.Coord.Lon)
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	for _, t := range ts {
		if _, err := fmt.Fprintf(w, "%-11s %5d-%-5d %-12s %q  pattern %s\n", "trigger", t.Start, t.End, t.Code, an.Text[t.Start:t.End], t.Pattern.ID); err != nil {
			return err
		}
	}
	return nil
}
