package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/coder"
	"github.com/marsad-project/marsad/eval"
	"github.com/spf13/cobra"
)

// eventsData is the OEDA Arabic event gold records, under dataDir.
const eventsData = "events/oeda_arabic_gsr"

func newEvalEventsCmd() *cobra.Command {
	var (
		nErrors  int
		typ      string
		baseline bool
		minConf  float64
		dirs     []string
	)
	def := filepath.Join(dataDir, eventsData)
	cmd := &cobra.Command{
		Use:   "events [PATH]",
		Short: "Score the event coder against the OEDA Arabic gold records (ASSAULT, PROTEST)",
		Long: `Score the event coder against the OEDA Arabic event gold records: PATH is a
directory of *_detection.csv and *_spans.json files, or one of them.
Default PATH: ` + def + `

Each gold sentence is coded alone, as of the day its id names (the Arabic
Gigaword ids of the ASSAULT file carry it: AAW_ARB_20071026…); the PROTEST
ids carry none, and those sentences are coded undated.

Detection (*_detection.csv): a sentence counts as detected when the coder
produces an event of the file's type (ASSAULT, PROTEST) that is neither
negated nor historical and is asserted or reported. Sentences labelled
"yes" should be detected, "easy no" and "difficult no" should not;
"ambiguous" ones are left out. Prints precision, recall, F1, the counts,
and the false-positive rate on each kind of "no".

Recognition (*_spans.json): each gold event (one annotator's verb, source
and target) is found when the coder produces, in its sentence, an event of
the type whose trigger overlaps a gold verb word (normalized; one word
containing the other, with or without proclitics; particles such as لم عن
في left out); with no gold verb, any event of the type counts. Also the
looser share of gold events whose sentence has any event of the type, and
over found events with a gold country, how often a matched event's source
(target) has that country.

--min-confidence (default 0.5) is the least event confidence a detection
needs: the coder's confidence is how surely a sentence tells the event as
its own news (counts of the dead, several triggers, a verb, a day), and
the OEDA "no" sentences name many attacks and protests in passing.

--baseline scores, instead of the coder, the keyword match: an event for
every trigger of a lexicon pattern whose CAMEO code maps to the type.`,
		Args: rangeArgs(0, 1),
		RunE: func(c *cobra.Command, args []string) error {
			path := def
			if len(args) == 1 {
				path = args[0]
			}
			if nErrors < 0 {
				return usageError{fmt.Errorf("eval events: --errors %d: want a count ≥ 0", nErrors)}
			}
			opt := eval.EventOptions{Errors: nErrors, Name: "coder", MinConfidence: minConf}
			switch t := strings.ToUpper(typ); t {
			case "":
			case "ASSAULT", "PROTEST":
				opt.Type = t
			default:
				return usageError{fmt.Errorf("eval events: --type %q: want assault or protest", typ)}
			}
			if _, err := os.Stat(path); err != nil {
				return marsad.Errorf(marsad.EINVALID, "eval events: %v", err)
			}
			lx, a, err := loadLexicon(dirs)
			if err != nil {
				return err
			}
			var code eval.CodeFunc
			if baseline {
				code, opt.Name, opt.MinConfidence = eval.KeywordBaseline(a, lx), "keyword baseline", 0
			} else {
				cd := coder.New(a, lx)
				code = func(doc marsad.Document) *marsad.Coded { return cd.Code(doc, eval.PublishedFromID(doc.ID)) }
			}
			r, err := eval.Events(path, code, opt)
			if err != nil {
				if errors.As(err, new(*marsad.PositionError)) {
					return err
				}
				return marsad.Errorf(marsad.EINVALID, "eval events: %v", err)
			}
			r.Print(c.OutOrStdout())
			return nil
		},
	}
	cmd.Flags().IntVar(&nErrors, "errors", 0, "print up to `N` false positives and false negatives (missed gold events, wrong countries) per file")
	cmd.Flags().StringVar(&typ, "type", "", "score only one event type: assault or protest")
	cmd.Flags().BoolVar(&baseline, "baseline", false, "score the keyword-match baseline instead of the coder")
	cmd.Flags().Float64Var(&minConf, "min-confidence", 0.5, "the least event confidence (0–1) a detection needs")
	cmd.Flags().StringArrayVar(&dirs, "lexicon", nil, "a directory of your own .lex files to add (repeatable)")
	return cmd
}
