package lexicon

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar day written as the number yyyymmdd, so that dates
// compare as numbers. The zero Date is "no date".
type Date int32

const maxDate Date = 99991231

// DateOf returns the Date of t's calendar day; the zero time gives 0.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return 0
	}
	y, m, d := t.Date()
	return Date(y*10000 + int(m)*100 + d)
}

// Time returns d as midnight UTC, or the zero time for 0.
func (d Date) Time() time.Time {
	if d == 0 {
		return time.Time{}
	}
	return time.Date(int(d)/10000, time.Month(int(d)/100%100), int(d)%100, 0, 0, 0, 0, time.UTC)
}

func (d Date) String() string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", int(d)/10000, int(d)/100%100, int(d)%100)
}

// ParseDate reads YYYY, YYYY-MM or YYYY-MM-DD. A partial date is the first
// day of its year or month when end is false, the last when it is true.
func ParseDate(s string, end bool) (Date, error) {
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return 0, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || (i > 0 && len(p) != 2) {
			return 0, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	y, m, d := n[0], n[1], n[2]
	if y < 1000 {
		return 0, fmt.Errorf("bad date %q: year out of range", s)
	}
	switch len(parts) {
	case 1:
		m, d = 1, 1
		if end {
			m, d = 12, 31
		}
	case 2:
		d = 1
		if end && m >= 1 && m <= 12 {
			d = daysIn(y, m)
		}
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, fmt.Errorf("bad date %q: no such day", s)
	}
	return Date(y*10000 + m*100 + d), nil
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseRange reads FROM..TO; either end may be empty.
func parseRange(s string) (from, to Date, err error) {
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		return 0, 0, fmt.Errorf("bad date range %q: want FROM..TO", s)
	}
	if a != "" {
		if from, err = ParseDate(a, false); err != nil {
			return 0, 0, err
		}
	}
	if b != "" {
		if to, err = ParseDate(b, true); err != nil {
			return 0, 0, err
		}
	}
	if from != 0 && to != 0 && to < from {
		return 0, 0, fmt.Errorf("bad date range %q: ends before it starts", s)
	}
	if a == "" && b == "" {
		return 0, 0, fmt.Errorf("bad date range %q: give at least one end", s)
	}
	return from, to, nil
}
