package sqlite

import (
	"strings"
	"testing"
)

func TestSentenceAround(t *testing.T) {
	long := strings.Repeat("كلمة ", 80) + "سليم الورفلي" + strings.Repeat(" كلمة", 80) + "."
	tests := []struct {
		name, text, span string
		want             string
	}{
		{"one sentence of several", "قال الوزير إن الوضع هادئ. وأكد سليم الورفلي \t أن الحوار مستمر. وانتهى اللقاء.", "سليم الورفلي",
			"وأكد سليم الورفلي أن الحوار مستمر."},
		{"a long sentence cut at spaces around the name", long, "سليم الورفلي", ""},
		{"a name at the start", "سليم الورفلي يزور تونس", "سليم الورفلي", "سليم الورفلي يزور تونس"},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.span)
		got := sentenceAround(tt.text, i, i+len(tt.span))
		if tt.want != "" && got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
		if !strings.Contains(got, tt.span) || len(got) > exampleMax+2*len("…")+len(" كلمة") {
			t.Errorf("%s: %q: no name, or too long (%d bytes)", tt.name, got, len(got))
		}
		if tt.want == "" && (!strings.HasPrefix(got, "…كلمة ") || !strings.HasSuffix(got, " كلمة…")) {
			t.Errorf("%s: %q not cut at spaces on both sides", tt.name, got)
		}
	}
}
