package eval

import (
	"fmt"
	"strings"
	"time"

	"github.com/marsad-project/marsad/arabic"
)

// DatesRef is the reference date the dates scorer resolves against. The
// gold rows are absolute dates, so it only matters for dates read without a
// year, which count as errors unless the year happens to match.
var DatesRef = time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)

// Dates scores arabic.ParseDate against a TSV of formatted dates with the
// columns iso_date, locale, style, formatted (a header row first), such as
// icu72_formatted_dates_ar.tsv of the CLDR 48 Arabic data: a row is right
// when the date read from formatted, at its precision, is iso_date. The
// headline metric is accuracy over all rows; then accuracy per style and per
// locale, in the order they first appear.
func Dates(path string) (*Report, error) {
	r := &Report{Task: "dates", Dataset: path, Unit: "rows"}
	type tally struct{ ok, n int }
	var order []string
	groups := map[string]*tally{}
	count := func(key string, ok bool) {
		t := groups[key]
		if t == nil {
			t = &tally{}
			groups[key] = t
			order = append(order, key)
		}
		t.n++
		if ok {
			t.ok++
		}
	}
	correct := 0
	cols := map[string]int{}
	err := readTSV(path, func(line int, fields []string) error {
		if len(cols) == 0 { // the header row
			for i, name := range fields {
				cols[strings.TrimSpace(name)] = i
			}
			for _, need := range []string{"iso_date", "locale", "formatted"} {
				if _, ok := cols[need]; !ok {
					return fmt.Errorf("%s:%d: no %q column in the header", path, line, need)
				}
			}
			return nil
		}
		get := func(name string) string {
			if i, ok := cols[name]; ok && i < len(fields) {
				return fields[i]
			}
			return ""
		}
		want, locale, style, formatted := get("iso_date"), get("locale"), get("style"), get("formatted")
		r.Size++
		got := ""
		if m, ok := arabic.ParseDate(formatted, DatesRef); ok {
			got = m.ISO()
		}
		ok := got == want
		if ok {
			correct++
		} else {
			if got == "" {
				got = "(none)"
			}
			r.AddFailure("%s %s %q: got %s, want %s", locale, style, formatted, got, want)
		}
		if style != "" {
			count("style "+style, ok)
		}
		count(locale, ok)
		return nil
	})
	if err != nil {
		return nil, err
	}
	r.Metrics = append(r.Metrics, Ratio("accuracy", correct, r.Size))
	for _, k := range order {
		if strings.HasPrefix(k, "style ") {
			r.Metrics = append(r.Metrics, Ratio("accuracy "+k, groups[k].ok, groups[k].n))
		}
	}
	for _, k := range order {
		if !strings.HasPrefix(k, "style ") {
			r.Metrics = append(r.Metrics, Ratio("accuracy "+k, groups[k].ok, groups[k].n))
		}
	}
	return r, nil
}
