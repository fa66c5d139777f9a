// Package ontology holds the event codebooks marsad codes into: the CAMEO
// event codes with their names, Goldstein values and QuadClass, and the
// mapping of each CAMEO code to a PLOVER event type, mode and context.
//
// The table is generated from the public CAMEO codebooks (GDELT's event-code
// and Goldstein lookup files, the ICEWS codebook, the tenthe codebook's later
// additions) and the PLOVER project's CAMEO2PLOVER table (manual draft 0.8,
// 2021), and embedded in the binary; it is read once, on first use.
//
//	e, ok := ontology.Lookup("0232")
//	// e.Name == "Appeal for military aid", e.Goldstein == 3.4, e.QuadClass == 1,
//	// e.Plover == Plover{Type: "REQUEST", Mode: "assist", Context: "military"}
//
// CAMEO's statements (root 01) have no PLOVER type: their Plover is empty.
// Appeals (root 02) map like the demands (root 10) they parallel, to REQUEST.
package ontology

//go:generate go run gen.go
