package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const datesGold = "../../shared/data/calendar/cldr48_arabic/icu72_formatted_dates_ar.tsv"

func TestDatesICU(t *testing.T) {
	if _, err := os.Stat(datesGold); err != nil {
		t.Skipf("ICU formatted dates not found at %s (the shared CLDR 48 Arabic data set): %v", datesGold, err)
	}
	r, err := Dates(datesGold)
	if err != nil {
		t.Fatal(err)
	}
	if r.Task != "dates" || r.Unit != "rows" || r.Size != 5040 {
		t.Errorf("report: task %q unit %q size %d, want dates rows 5040", r.Task, r.Unit, r.Size)
	}
	var b strings.Builder
	r.Print(&b, true)
	t.Log("\n" + b.String())
	if len(r.Metrics) == 0 || r.Metrics[0].Name != "accuracy" {
		t.Fatalf("headline metric missing: %+v", r.Metrics)
	}
	if acc := r.Metrics[0].Value; acc < 0.99 {
		t.Errorf("accuracy %.4f, want ≥ 0.99", acc)
	}
	for _, m := range r.Metrics {
		if m.Total == 0 {
			t.Errorf("metric %q has no rows", m.Name)
		}
	}
}

func TestDatesSmall(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "d.tsv")
	data := "iso_date\tlocale\tstyle\tformatted\n" +
		"2014-07-11\tar\tlong\t١١ يوليو ٢٠١٤\n" +
		"2014-07-11\tar-SA\tlong\t١٤ رمضان ١٤٣٥ هـ\n" +
		"2014-07-11\tar-LB\tmedium\t11\u200f/07\u200f/2014\n" +
		"2014-07-12\tar\tlong\tليس تاريخا\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := Dates(path)
	if err != nil {
		t.Fatal(err)
	}
	if r.Size != 4 || r.Metrics[0].Correct != 3 {
		t.Errorf("size %d correct %d, want 4 and 3", r.Size, r.Metrics[0].Correct)
	}
	if len(r.Failures) != 1 || !strings.Contains(r.Failures[0], "ليس") {
		t.Errorf("failures %q", r.Failures)
	}
	want := map[string][2]int{"accuracy ar": {1, 2}, "accuracy ar-SA": {1, 1}, "accuracy style long": {2, 3}}
	for _, m := range r.Metrics {
		if w, ok := want[m.Name]; ok {
			if m.Correct != w[0] || m.Total != w[1] {
				t.Errorf("%s = %d/%d, want %d/%d", m.Name, m.Correct, m.Total, w[0], w[1])
			}
			delete(want, m.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("metrics missing: %v", want)
	}
	if _, err := Dates(filepath.Join(dir, "none.tsv")); err == nil {
		t.Error("no error for a missing file")
	}
}
