// Package ner finds names of persons, places, organizations and other
// named things (PERS, LOC, ORG, MISC) in Arabic text: a statistical
// sequence tagger trained, in Go, on the ANERcorp newswire corpus.
//
// The tagger is an averaged perceptron (Collins 2002) over a first-order
// chain of IOB2 tags, decoded by Viterbi. Each word is described by its
// form and matching key (arabic.Key), the stem left when the segmenter
// cuts its clitics off (و+ب+واشنطن → واشنطن), its clitics, prefixes and
// suffixes, its shape, how frequent it is in the text layer's lexicon,
// whether a gazetteer knows it as a place or a person's name, which name
// of marsad's lexicon (a person, an organization, a place, a nationality
// adjective or a role word such as وزير الخارجية) it is the first, inner,
// last or only word of, the same for the names of outside lists (NERAr's
// persons, organizations and places, the UN sanctions list), a hand-written
// class of words that head or precede names (شركة، حزب، نادي، السيد،
// مدينة، قال، دولار، بطولة …), conjunctions of these, and the same facts
// for the two words on either side. Features are hashed to 64 bits; the
// trained weights keep only the features that earned one. Each pass
// averages the weights of eight perceptrons trained on their own shuffles
// of the data. Tagging looks each feature up once for both passes, in a
// table that holds its weights of both side by side.
//
// Tags are IOB2, as in CoNLL-2003 and ANERcorp: B-X begins an entity of
// type X, I-X continues it, O is outside any entity:
//
//	أكد      O
//	وزير     O
//	الخارجية O
//	أنتوني   B-PERS
//	بلينكن   I-PERS
//	في       O
//	واشنطن   B-LOC
//
// Two models trained on ANERcorp are embedded (package ner/model) and
// loaded once per process: Default, trained on the whole training file,
// tags; Dev, trained on its first 90% of sentences only, is the one the
// development split (the last 10%, SplitDev) is scored with, by `marsad
// eval ner`. FromBytes reads any other. A Model is safe
// for concurrent use. A model file is a gzip stream of a small binary
// format with a version header (see model.go); a corrupt or foreign file
// gives an error, never a panic.
//
// The embedded models are rebuilt from the repository root, with ../shared
// beside it, by
//
//	go run ./cmd/marsad train ner --data ../shared/data/ner/anercorp/train.txt --out ner/model/anercorp-dev.model.gz
//	go run ./cmd/marsad train ner --data ../shared/data/ner/anercorp/train.txt --dev-fraction 0 --out ner/model/anercorp.model.gz
//
// The shipped models hold no word clusters. Clusters computed on unlabeled
// news (--corpus, --corpus-more) helped an earlier feature set (0.703 →
// about 0.726 with clusters of the ANT archive), but the news corpora in
// ../shared/data are read-only, and a word list derived from them may not
// be built into the project. Train with clusters of news you may use for
// your own models.
// Clusters depend on the segmenter: a change to package arabic changes
// them, and a different clustering moves development F1 by about ±0.01.
package ner
