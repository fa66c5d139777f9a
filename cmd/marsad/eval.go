package main

import (
	"os"
	"path/filepath"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/eval"
	"github.com/spf13/cobra"
)

// dataDir is where the gold data sets live when no path is given: the
// shared data folder beside the repository.
const dataDir = "../shared/data"

// scorers lists the evaluations, each with its default data set.
var scorers = []struct {
	kind, about, path string
	score             func(string) (*eval.Report, error)
}{
	{"segment", "clitic segmentation against a UD treebank (CoNLL-U)", "ud/arabic_pud/ar_pud-dev.conllu", eval.Segment},
	{"numbers", "number words against ICU spell-out (TSV)", "numbers/icu_spellout/icu72_ar_spellout.tsv", eval.Numbers},
	{"dates", "date expressions against ICU-formatted dates (TSV)", "calendar/cldr48_arabic/icu72_formatted_dates_ar.tsv", eval.Dates},
	{"actors", "the lexicon's actor codes against the OEDA gold actor spans (*_spans.json)", "events/oeda_arabic_gsr", eval.ActorCoverage},
}

func newEvalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval KIND [PATH]",
		Short: "Score marsad against gold data",
		Long: `Score a component of marsad against a gold data set and print the figures
with the data set's name and size. Without PATH, the default data set under
` + dataDir + ` is used.`,
	}
	for _, s := range scorers {
		var verbose bool
		sub := &cobra.Command{
			Use:   s.kind + " [PATH]",
			Short: "Score " + s.about,
			Long:  "Score " + s.about + ".\nDefault PATH: " + filepath.Join(dataDir, s.path),
			Args:  rangeArgs(0, 1),
			RunE: func(c *cobra.Command, args []string) error {
				path := filepath.Join(dataDir, s.path)
				if len(args) == 1 {
					path = args[0]
				}
				if _, err := os.Stat(path); err != nil {
					return marsad.Errorf(marsad.EINVALID, "eval %s: %v", s.kind, err)
				}
				r, err := s.score(path)
				if err != nil {
					// The scorers fail on what they read: bad input, exit 2.
					return marsad.Errorf(marsad.EINVALID, "eval %s: %v", s.kind, err)
				}
				r.Print(c.OutOrStdout(), verbose)
				return nil
			},
		}
		sub.Flags().BoolVarP(&verbose, "verbose", "v", false, "also print the first errors")
		cmd.AddCommand(sub)
	}
	cmd.AddCommand(newEvalNERCmd())
	cmd.AddCommand(newEvalEventsCmd())
	return cmd
}
