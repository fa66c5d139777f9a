// Package model holds the bytes of the NER model trained on ANERcorp, and
// nothing else, so that only the programs that tag link them in.
//
// The file is rebuilt from the repository root, with ../shared beside it,
// by
//
//	go run ./cmd/marsad train ner --data ../shared/data/ner/anercorp/train.txt --out ner/model/anercorp.model.gz
package model

import _ "embed"

// ANERcorp is the gzipped model file (format in package ner).
//
//go:embed anercorp.model.gz
var ANERcorp []byte
