package ingest

import (
	"strings"
	"time"
	"unicode/utf8"
)

// dateLayouts are the date and date-time layouts normDate reads.
var dateLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04 -0700", time.RFC850, time.ANSIC,
}

// dayLayouts are layouts of a day without a time.
var dayLayouts = []string{"2006-01-02", "2006/01/02", "02/01/2006", "2 January 2006", "January 2, 2006", "Jan 2, 2006"}

// normDate returns an ISO 8601 form of a date or date-time: RFC 3339 for
// a date-time that has a zone, "2006-01-02T15:04:05" for one without,
// "2006-01-02" for a day. A value no layout reads is returned trimmed, as
// it is.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if d, ok := parseDate(s); ok {
		return d
	}
	return s
}

// parseDate returns the ISO form of a date or date-time that one of the
// layouts reads.
func parseDate(s string) (string, bool) {
	if s == "" {
		return "", false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if strings.Contains(l, "07") || strings.Contains(l, "MST") || strings.HasSuffix(s, "Z") {
				return t.Format(time.RFC3339), true
			}
			return t.Format("2006-01-02T15:04:05"), true
		}
	}
	for _, l := range dayLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

func validUTF8(s string) bool { return utf8.ValidString(s) }
