package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"github.com/marsad-project/marsad/eval"
	"github.com/marsad-project/marsad/ingest"
	"github.com/marsad-project/marsad/ingest/ant"
	"github.com/marsad-project/marsad/lexicon"
	"github.com/marsad-project/marsad/ner"
	"github.com/spf13/cobra"
)

// Default data of the NER commands, under dataDir.
const (
	nerData    = "ner/anercorp/train.txt"
	nerCorpus  = "news/ant_corpus/ant_v2.1_multisource_world_middleeast.tar.xz"
	nerDevFrac = 0.1
)

func newTrainCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train a statistical model",
	}
	cmd.AddCommand(newTrainNERCmd())
	return cmd
}

func newTrainNERCmd() *cobra.Command {
	var data, out, gazDir, corpus, cluFrom string
	var corpusMore []string
	var useLex bool
	var iterations, members, minCount, cv int
	var devFrac float64
	var seed uint64
	cmd := &cobra.Command{
		Use:   "ner --data PATH --out FILE",
		Short: "Train the named-entity tagger on ANERcorp-style data",
		Long: `Train the named-entity tagger (averaged perceptron, IOB2 tags) on gold data
in ANERcorp's form, one "word TAG" a line. The last --dev-fraction of the
sentences is held out as the development split: the model never sees it, and
its entity F1 is printed after each iteration (progress goes to stderr).

Gazetteers of places and person names are read from --gazetteers (a shared
data folder) and stored in the model. Word clusters are computed only when
unlabeled news is given (--corpus, an ANT .tar.xz archive; --corpus-more,
files, folders or archives read as "marsad ingest" reads them) and are then
stored in the model too. The shipped models have none: the news corpora in
../shared/data are read-only, so no word list derived from them may be built
into the project. A model for your own use gains from them (with an earlier
feature set, development F1 0.703 without clusters, about 0.726 with ANT's).
Training is deterministic for a --seed. The models shipped in
the repository are rebuilt, from the repository root, by

  marsad train ner --data ../shared/data/ner/anercorp/train.txt --out ner/model/anercorp-dev.model.gz
  marsad train ner --data ../shared/data/ner/anercorp/train.txt --dev-fraction 0 \
      --out ner/model/anercorp.model.gz

the first (the development model, scored by "marsad eval ner") holding out
the last 10%, the second (the model that tags) trained on everything with the
same word clusters. The names, role words and nationality adjectives of
marsad's built-in lexicon are added to the gazetteer unless --lexicon=false.

With --cv K, no model is written: the sentences before the development split
are cut into K consecutive parts, a model is trained on all parts but one and
scored on that one, K times, and the pooled entity F1 is printed with each
part's, so that a change can be judged on more than the development split:

  marsad train ner --data ../shared/data/ner/anercorp/train.txt --cv 5 --members 4`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, _ []string) error {
			if data == "" || out == "" && cv == 0 {
				return usageError{errors.New("train ner: --data and --out are required")}
			}
			if cv == 1 || cv < 0 {
				return usageError{fmt.Errorf("train ner: --cv %d: want at least 2 parts", cv)}
			}
			if devFrac < 0 || devFrac >= 1 {
				return usageError{fmt.Errorf("train ner: --dev-fraction %g: want 0 ≤ f < 1", devFrac)}
			}
			return trainNER(c.ErrOrStderr(), nerTrainConfig{data: data, out: out, gazDir: gazDir, corpus: corpus,
				clustersFrom: cluFrom, corpusMore: corpusMore, lexicon: useLex, iterations: iterations, members: members, minCount: minCount, devFrac: devFrac, seed: seed, cv: cv},
				c.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&data, "data", "", "gold data, one \"word TAG\" a line (ANERcorp)")
	f.StringVar(&out, "out", "", "model file to write (gzip)")
	f.IntVar(&iterations, "iterations", ner.DefaultIterations, "passes over the training data")
	f.IntVar(&members, "members", ner.DefaultMembers, "perceptrons trained for each pass on their own shuffles, their weights averaged")
	f.IntVar(&minCount, "min-count", ner.DefaultMinCount, "drop the features seen on fewer training tokens")
	f.Float64Var(&devFrac, "dev-fraction", nerDevFrac, "last fraction of the sentences held out for development")
	f.StringVar(&gazDir, "gazetteers", dataDir, "shared data folder with the gazetteers; empty for none")
	f.StringVar(&corpus, "corpus", "", "ANT .tar.xz archive of unlabeled news for word clusters (e.g. "+filepath.Join(dataDir, nerCorpus)+"); none by default")
	f.StringSliceVar(&corpusMore, "corpus-more", nil, "more unlabeled news of your own for the word clusters, read as \"marsad ingest\" reads them (comma-separated or repeated); used with --corpus")
	f.StringVar(&cluFrom, "clusters-from", "", "take the word clusters from this model file instead of computing them on --corpus")
	f.BoolVar(&useLex, "lexicon", true, "add the names, role words and nationality adjectives of marsad's built-in lexicon to the gazetteer")
	f.Uint64Var(&seed, "seed", 1, "seed of the shuffles and of the clustering")
	f.IntVar(&cv, "cv", 0, "cross-validate on K parts of the training sentences instead of writing a model")
	return cmd
}

// nerTrainConfig is what `marsad train ner` is told.
type nerTrainConfig struct {
	data, out, gazDir, corpus, clustersFrom string
	corpusMore                              []string
	lexicon                                 bool
	iterations, members, minCount           int
	devFrac                                 float64
	seed                                    uint64
	cv                                      int
}

func trainNER(stderr io.Writer, cf nerTrainConfig, stdout io.Writer) error {
	data, out, gazDir, corpus, iterations, devFrac, seed := cf.data, cf.out, cf.gazDir, cf.corpus, cf.iterations, cf.devFrac, cf.seed
	start := time.Now()
	sents, err := readCoNLLFile(data)
	if err != nil {
		return err
	}
	train, dev := ner.SplitDev(sents, devFrac)
	words := 0
	for _, s := range train {
		words += len(s.Words)
	}
	fmt.Fprintf(stderr, "%s: %d sentences; training on %d (%d words), holding out the last %d\n",
		data, len(sents), len(train), words, len(dev))
	opt := ner.TrainOptions{Iterations: iterations, Members: cf.members, MinCount: cf.minCount, Seed: seed, Dev: dev}
	opt.Info = fmt.Sprintf("trained on %s: the first %d of %d sentences (%d words), %d iterations, %d members, seed %d",
		filepath.Base(data), len(train), len(sents), words, iterations, cf.members, seed)
	if gazDir != "" {
		g, err := ner.LoadGazetteer(gazDir)
		if err != nil {
			return marsad.Errorf(marsad.EINVALID, "train ner: gazetteers: %v", err)
		}
		opt.Gazetteer = g
		fmt.Fprintf(stderr, "gazetteers: %d words\n", g.Len())
	}
	if cf.lexicon {
		if opt.Gazetteer == nil {
			opt.Gazetteer = ner.NewGazetteer()
		}
		n, err := addLexiconPhrases(opt.Gazetteer)
		if err != nil {
			return marsad.Errorf(marsad.EINVALID, "train ner: lexicon: %v", err)
		}
		opt.Info += fmt.Sprintf("; %d names, role words and adjectives of marsad's lexicon", n)
		fmt.Fprintf(stderr, "lexicon: %d phrases\n", n)
	}
	if cf.clustersFrom != "" {
		m, err := loadModel(cf.clustersFrom)
		if err != nil {
			return err
		}
		opt.Clusters = m.Clusters()
		if opt.Clusters == nil || opt.Clusters.Len() == 0 {
			return marsad.Errorf(marsad.EINVALID, "train ner: %s has no word clusters", cf.clustersFrom)
		}
		opt.Info += fmt.Sprintf("; word clusters of %d words from %s", opt.Clusters.Len(), filepath.Base(cf.clustersFrom))
	} else if corpus != "" {
		clu, tokens, err := clustersFrom(corpus, cf.corpusMore, seed)
		if err != nil {
			return marsad.Errorf(marsad.EINVALID, "train ner: clusters: %v", err)
		}
		opt.Clusters = clu
		src := filepath.Base(corpus)
		for _, p := range cf.corpusMore {
			if p != "" {
				src += " + " + filepath.Base(p)
			}
		}
		opt.Info += fmt.Sprintf("; word clusters of %d words from %s (%d tokens)", clu.Len(), src, tokens)
		fmt.Fprintf(stderr, "clusters: %d words from %d tokens, %s\n", clu.Len(), tokens, time.Since(start).Round(time.Millisecond))
	}
	opt.Progress = func(p ner.Progress) {
		if p.Fold > 0 {
			fmt.Fprintf(stderr, "pass 1, fold %d/%d tagged for pass 2, %s\n", p.Fold, p.Folds, p.Elapsed.Round(time.Millisecond))
			return
		}
		fmt.Fprintf(stderr, "pass %d/%d, iteration %d/%d: %d of %d tokens wrong", p.Pass, p.Passes, p.Iteration, p.Iterations, p.Wrong, p.Tokens)
		if p.DevF1 >= 0 {
			fmt.Fprintf(stderr, ", dev F1 %.4f", p.DevF1)
		}
		fmt.Fprintf(stderr, ", %s\n", p.Elapsed.Round(time.Millisecond))
	}
	if cf.cv > 0 {
		return crossValidateNER(stdout, train, opt, cf.cv)
	}
	m, err := ner.Train(train, opt)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("train ner: %s: %w", out, err)
	}
	fmt.Fprintf(stderr, "wrote %s: %d bytes, %d features; %s in all\n", out, n, m.Features(), time.Since(start).Round(time.Millisecond))
	return nil
}

// crossValidateNER trains k models, each on all but one of k consecutive
// parts of sents, scores each on its part, and prints the pooled scores
// and each part's F1. As many models train at a time as there are CPUs.
func crossValidateNER(stdout io.Writer, sents []ner.Sentence, opt ner.TrainOptions, k int) error {
	if len(sents) < k {
		return marsad.Errorf(marsad.EINVALID, "train ner: --cv %d: only %d sentences", k, len(sents))
	}
	opt.Dev, opt.Progress = nil, nil
	scores := make([]eval.NERScore, k)
	errs := make([]error, k)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for f := range k {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			lo, hi := f*len(sents)/k, (f+1)*len(sents)/k
			m, err := ner.Train(slices.Concat(sents[:lo], sents[hi:]), opt)
			if err != nil {
				errs[f] = err
				return
			}
			part := sents[lo:hi]
			words := make([][]string, len(part))
			for i, s := range part {
				words[i] = s.Words
			}
			for i, tags := range m.TagSentences(words) {
				scores[f].Add(part[i].Tags, tags)
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	var all eval.NERScore
	parts := make([]string, k)
	for f := range scores {
		all.Merge(&scores[f])
		parts[f] = fmt.Sprintf("%.4f", scores[f].Overall.F1())
	}
	fmt.Fprintf(stdout, "cross-validation, %d parts of %d sentences: entity F1 %.4f (P %.1f%%, R %.1f%%)",
		k, len(sents), all.Overall.F1(), 100*all.Overall.Precision(), 100*all.Overall.Recall())
	for _, t := range all.Types() {
		fmt.Fprintf(stdout, "; %s %.3f", t, all.ByType[t].F1())
	}
	fmt.Fprintf(stdout, "\nparts: %s\n", strings.Join(parts, " "))
	return nil
}

// addLexiconPhrases adds to g the Arabic forms of the persons,
// organizations, places and role words of marsad's built-in lexicon, and
// the nationality adjectives of its countries, and returns how many.
func addLexiconPhrases(g *ner.Gazetteer) (int, error) {
	lx, err := lexicon.Default()
	if err != nil {
		return 0, err
	}
	n := 0
	add := func(form string, bits uint16) {
		g.AddPhrase(form, bits)
		n++
	}
	for _, e := range lx.Entries() {
		var bits uint16
		switch e.Kind {
		case lexicon.KindActor:
			bits = ner.PhrOrg
			if e.Type == "person" {
				bits = ner.PhrPers
			}
		case lexicon.KindPlace:
			bits = ner.PhrLoc
		case lexicon.KindAgent:
			bits = ner.PhrRole
		default:
			continue
		}
		for _, f := range e.Forms {
			add(f.Text, bits)
		}
		for _, a := range e.Adjs {
			for _, f := range adjectiveForms(a.Text) {
				add(f, ner.PhrNat)
			}
		}
	}
	return n, nil
}

// adjectiveForms returns the forms of a nationality adjective (a nisba in
// ي) as the lexicon generates them: عراقي، عراقية، عراقيون، عراقيين،
// عراقيان، عراقيتان، عراقيتين، عراقيات، عراقيا; every word of an adjective
// of several agrees. Other adjectives (broken plurals) are taken as written.
func adjectiveForms(adj string) []string {
	words := strings.Fields(arabic.Key(adj, 0))
	out := []string{strings.Join(words, " ")}
	for _, w := range words {
		if !strings.HasSuffix(w, "ي") {
			return out
		}
	}
	for _, suf := range []string{"ة", "ون", "ين", "ان", "تان", "تين", "ات", "ا"} {
		ws := make([]string, len(words))
		for i, w := range words {
			ws[i] = w + suf
		}
		out = append(out, strings.Join(ws, " "))
	}
	return out
}

// clustersFrom computes word clusters on the articles of an ANT archive.
func clustersFrom(path string, more []string, seed uint64) (*ner.Clusters, int, error) {
	r, err := ant.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer r.Close()
	ct, err := ner.NewClusterText()
	if err != nil {
		return nil, 0, err
	}
	for r.Next() {
		d := r.Doc()
		ct.Add(d.Title)
		ct.Add(d.Text)
	}
	if err := r.Err(); err != nil {
		return nil, 0, err
	}
	// In a fixed order, whatever the order of the glob or the shell.
	more = slices.DeleteFunc(slices.Clone(more), func(p string) bool { return p == "" })
	slices.Sort(more)
	if len(more) > 0 {
		err := ingest.Walk(context.Background(), more, ingest.Options{}, nil, func(d marsad.Document, _ string) error {
			ct.Add(d.Title)
			ct.Add(d.Text)
			return nil
		}, func(error) error { return nil })
		if err != nil {
			return nil, 0, err
		}
	}
	clu, err := ner.BuildClusters(ct, ner.ClusterOptions{Seed: seed})
	return clu, ct.Tokens(), err
}

// readCoNLLFile reads gold NER data; bad input exits 2 naming the line.
func readCoNLLFile(path string) ([]ner.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "%v", err)
	}
	defer f.Close()
	sents, err := ner.ReadCoNLL(f, path)
	return sents, positionError(err)
}

// positionError turns the readers' line errors into exit-2 errors.
func positionError(err error) error {
	var re *ner.ReadError
	if errors.As(err, &re) {
		return &marsad.PositionError{File: re.File, Line: re.Line, Offset: -1, Err: re.Err}
	}
	return err
}

// loadModel returns the model in path, or the embedded one for "".
func loadModel(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Default()
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "%v", err)
	}
	m, err := ner.FromBytes(b)
	if err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "%s: %v", path, err)
	}
	return m, nil
}

// loadEvalModel returns the model in path, or for "" the embedded
// development model when dev, else the embedded full model; and what it is.
func loadEvalModel(path string, dev bool) (*ner.Model, string, error) {
	switch {
	case path != "":
		m, err := loadModel(path)
		return m, path, err
	case dev:
		m, err := ner.Dev()
		return m, "embedded development model ner/model/anercorp-dev.model.gz", err
	}
	m, err := ner.Default()
	return m, "embedded model ner/model/anercorp.model.gz", err
}

func newTagCmd() *cobra.Command {
	var modelPath string
	cmd := &cobra.Command{
		Use:   "tag [FILE|-]",
		Short: "Tag named entities: one token a line in, token<TAB>TAG out",
		Long: `Read tokens, one a line with a blank line between sentences, and write each
with its named-entity tag in IOB2 (B-PERS, I-PERS, B-LOC, I-LOC, B-ORG, I-ORG,
B-MISC, I-MISC, O), "token<TAB>TAG", keeping the blank lines:

  printf 'التقى\nبلينكن\nفي\nواشنطن\n' | marsad tag
  التقى	O
  بلينكن	B-PERS
  في	O
  واشنطن	B-LOC

Without --model the model embedded in marsad, trained on the whole of
ANERcorp's training file, is used.`,
		Args: rangeArgs(0, 1),
		RunE: func(c *cobra.Command, args []string) error {
			m, err := loadModel(modelPath)
			if err != nil {
				return err
			}
			name, r := "<stdin>", c.InOrStdin()
			if len(args) == 1 && args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return marsad.Errorf(marsad.EINVALID, "%v", err)
				}
				defer f.Close()
				name, r = args[0], f
			}
			sents, err := ner.ReadTokens(r, name)
			if err != nil {
				return positionError(err)
			}
			words := make([][]string, len(sents))
			for i, s := range sents {
				words[i] = s.Words
			}
			bw := bufio.NewWriterSize(c.OutOrStdout(), 1<<16)
			for i, tags := range m.TagSentences(words) {
				if i > 0 {
					bw.WriteByte('\n')
				}
				s := sents[i]
				for j, t := range tags {
					bw.WriteString(s.Words[j])
					bw.WriteByte('\t')
					bw.WriteString(t)
					bw.WriteByte('\n')
				}
			}
			return bw.Flush()
		},
	}
	cmd.Flags().StringVar(&modelPath, "model", "", "model file (default: the embedded ANERcorp model)")
	return cmd
}

func newEvalNERCmd() *cobra.Command {
	var modelPath string
	var verbose bool
	var devFrac float64
	def := filepath.Join(dataDir, nerData)
	cmd := &cobra.Command{
		Use:   "ner [PATH]",
		Short: "Score named-entity recognition against gold data (\"word TAG\" lines)",
		Long: `Score the named-entity tagger against gold data in ANERcorp's form, one
"word TAG" a line, and print entity-level precision, recall and F1 overall and
per type, as conlleval computes them: an entity is right when both its span
and its type are.

Without PATH, the development split of ` + def + `
is scored: its last 10% of sentences, with the embedded development model,
trained on the first 90% only. With PATH, the whole file is scored unless
--dev-fraction is given, with the embedded model trained on the whole file
(the one "marsad tag" uses) unless a development fraction is scored. --model
scores any other model file. The first line says which model was used.`,
		Args: rangeArgs(0, 1),
		RunE: func(c *cobra.Command, args []string) error {
			path := def
			frac := nerDevFrac
			if len(args) == 1 {
				path, frac = args[0], 0
			}
			if c.Flags().Changed("dev-fraction") {
				frac = devFrac
			}
			if frac < 0 || frac >= 1 {
				return usageError{fmt.Errorf("eval ner: --dev-fraction %g: want 0 ≤ f < 1", frac)}
			}
			if _, err := os.Stat(path); err != nil {
				return marsad.Errorf(marsad.EINVALID, "eval ner: %v", err)
			}
			// The development split is scored with the model that never
			// saw it; anything else with the model that ships.
			m, which, err := loadEvalModel(modelPath, frac > 0)
			if err != nil {
				return err
			}
			fmt.Fprintf(c.OutOrStdout(), "model: %s (%s)\n", which, m.Info())
			r, err := eval.NER(path, frac, m)
			if err != nil {
				if err = positionError(err); errors.As(err, new(*marsad.PositionError)) {
					return err
				}
				return marsad.Errorf(marsad.EINVALID, "eval ner: %v", err)
			}
			r.Print(c.OutOrStdout(), verbose)
			return nil
		},
	}
	cmd.Flags().StringVar(&modelPath, "model", "", "model file (default: the embedded development model for a development split, else the embedded ANERcorp model)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "also print the first errors")
	cmd.Flags().Float64Var(&devFrac, "dev-fraction", nerDevFrac, "score only the last fraction of the sentences")
	return cmd
}
