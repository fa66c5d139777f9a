package main

import (
	"fmt"
	"time"

	"github.com/marsad-project/marsad/demo"
	"github.com/marsad-project/marsad/lexicon"
	"github.com/spf13/cobra"
)

func newDemoCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "demo",
		Short: "Run marsad on its bundled sample corpus",
		Long: `Read the bundled sample articles (Arabic news-style texts written by the
marsad authors) and show what marsad finds in them. Needs no files and no
network. For each article: the text layer's sentences, clitics, numbers and
dates, then what the lexicon finds, with codes as of the publication date.`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, _ []string) error {
			docs, err := demo.Documents()
			if err != nil {
				return err
			}
			lx, a, err := loadLexicon(nil)
			if err != nil {
				return err
			}
			m := lx.NewMatcher()
			w := c.OutOrStdout()
			for _, d := range docs {
				ref, _ := time.Parse("2006-01-02", d.Published)
				an := a.Analyze(d.Text, ref)
				fmt.Fprintf(w, "== %s (published %s)\n   %s\n", d.ID, d.Published, d.Title)
				if err := writeAnalysisText(w, d.ID, an); err != nil {
					return err
				}
				fmt.Fprintln(w, "-- the lexicon: actors, places, role words and event triggers, coded as of the publication date")
				if err := writeMatches(w, an, m.Mentions(an, lexicon.DateOf(ref)), m.Triggers(an)); err != nil {
					return err
				}
				fmt.Fprintln(w)
			}
			return nil
		},
	}
}
