package eval

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/marsad-project/marsad/arabic"
)

// Numbers scores the number reader against a spell-out table: a TSV whose
// first column is a number and whose other columns spell it in words, one
// rule set a column, under a header row naming the rule sets (ICU's
// %spellout-numbering, %spellout-cardinal-masculine, …,
// %spellout-ordinal-feminine). Every cell is read with arabic.ParseNumber
// as one whole expression.
//
// A cell is correct when it reads to the row's number with the right kind.
// The kind expected is Ordinal in an ordinal column (a header naming
// "ordinal") when the cell carries the definite article on one of its
// words, as ordinals do ("الحادي عشر", "المائة وخمسة", "الألف"); ICU
// spells some ordinals as bare cardinals ("ثلاثة مائة", "خمسة آلاف"), and
// those are expected to read as Cardinal, since nothing in the words marks
// them. Every other cell is expected Cardinal.
//
// The headline is the share of cells correct; the report also gives rows
// with every cell correct, values correct whatever the kind, and the
// cells of the ordinal columns alone.
func Numbers(path string) (*Report, error) {
	r := &Report{Task: "numbers", Dataset: path, Unit: "cells"}
	var cells, cellsOK, rows, rowsOK, values, ords, ordsOK int
	var ordinal []bool // per column after the first: an ordinal rule set
	var names []string
	err := readTSV(path, func(line int, cols []string) error {
		want, err := strconv.ParseFloat(strings.TrimSpace(cols[0]), 64)
		if err != nil {
			if names == nil && rows == 0 { // the header row
				names = cols
				ordinal = make([]bool, len(cols))
				for i, c := range cols {
					ordinal[i] = strings.Contains(strings.ToLower(c), "ordinal")
				}
				return nil
			}
			return fmt.Errorf("%s:%d: bad number %q", path, line, cols[0])
		}
		rows++
		rowOK := true
		for c := 1; c < len(cols); c++ {
			cell := cols[c]
			if strings.TrimSpace(cell) == "" {
				continue
			}
			isOrd := c < len(ordinal) && ordinal[c]
			wantKind := arabic.Cardinal
			if isOrd && hasArticle(cell) {
				wantKind = arabic.Ordinal
			}
			cells++
			m, ok := arabic.ParseNumber(cell)
			valueOK := ok && m.Value == want
			good := valueOK && m.Kind == wantKind
			if valueOK {
				values++
			}
			if isOrd {
				ords++
			}
			if good {
				cellsOK++
				if isOrd {
					ordsOK++
				}
				continue
			}
			rowOK = false
			col := strconv.Itoa(c)
			if c < len(names) {
				col = names[c]
			}
			if !ok {
				r.AddFailure("%s %s %q: not read as one number", cols[0], col, cell)
			} else {
				r.AddFailure("%s %s %q: read %v %s (%q), want %s", cols[0], col, cell,
					strconv.FormatFloat(m.Value, 'f', -1, 64), m.Kind, m.Text, wantKind)
			}
		}
		if rowOK {
			rowsOK++
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if rows == 0 {
		return nil, fmt.Errorf("%s: no rows", path)
	}
	r.Size = cells
	r.Metrics = []Metric{
		Ratio("cells correct", cellsOK, cells),
		Ratio("rows correct", rowsOK, rows),
		Ratio("values correct (any kind)", values, cells),
		Ratio("ordinal-column cells", ordsOK, ords),
	}
	return r, nil
}

// hasArticle reports whether a word of s begins with the article ال, alone
// or after the conjunction و. It reads the raw text: ألف and آلاف begin
// with a hamza or madda, the article with a bare alef.
func hasArticle(s string) bool {
	art := string([]rune{arabic.Alef, arabic.Lam})
	conjArt := string([]rune{arabic.Waw, arabic.Alef, arabic.Lam})
	for _, w := range strings.Fields(s) {
		if strings.HasPrefix(w, art) || strings.HasPrefix(w, conjArt) {
			return true
		}
	}
	return false
}
