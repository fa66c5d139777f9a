// Package model holds the bytes of the NER models trained on ANERcorp, and
// nothing else, so that only the programs that tag link them in.
//
// The files are rebuilt from the repository root, with ../shared beside
// it, by
//
//	go run ./cmd/marsad train ner --data ../shared/data/ner/anercorp/train.txt --out ner/model/anercorp-dev.model.gz
//	go run ./cmd/marsad train ner --data ../shared/data/ner/anercorp/train.txt --dev-fraction 0 --out ner/model/anercorp.model.gz
package model

import _ "embed"

// ANERcorp is the gzipped model file (format in package ner) trained on
// the whole of ANERcorp's training file: the model that tags.
//
//go:embed anercorp.model.gz
var ANERcorp []byte

// ANERcorpDev is the gzipped model file trained on the first 90% of the
// sentences of that file only: the model the development split (its last
// 10%) is scored with.
//
//go:embed anercorp-dev.model.gz
var ANERcorpDev []byte
