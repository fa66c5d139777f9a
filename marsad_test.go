package marsad_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/marsad-project/marsad"
)

func TestSpanIn(t *testing.T) {
	src := "قال الوزير"
	for _, tt := range []struct {
		span marsad.Span
		want string
	}{
		{marsad.Span{Start: 0, End: 6}, "قال"},
		{marsad.Span{Start: 7, End: len(src)}, "الوزير"},
		{marsad.Span{Start: 5, End: 4}, ""},
		{marsad.Span{Start: 0, End: 100}, ""},
		{marsad.Span{Start: -1, End: 2}, ""},
	} {
		if got := tt.span.In(src); got != tt.want {
			t.Errorf("%+v.In = %q, want %q", tt.span, got, tt.want)
		}
	}
}

func TestErrorCode(t *testing.T) {
	err := fmt.Errorf("ingest: %w", marsad.Errorf(marsad.EINVALID, "bad date %q", "2021-13-01"))
	if got := marsad.ErrorCode(err); got != marsad.EINVALID {
		t.Errorf("ErrorCode = %q, want %q", got, marsad.EINVALID)
	}
	if got := marsad.ErrorCode(errors.New("boom")); got != marsad.EINTERNAL {
		t.Errorf("ErrorCode(other) = %q, want %q", got, marsad.EINTERNAL)
	}
	if got := marsad.ErrorCode(nil); got != "" {
		t.Errorf("ErrorCode(nil) = %q, want empty", got)
	}
}

func TestPositionError(t *testing.T) {
	base := errors.New("invalid UTF-8")
	for _, tt := range []struct {
		err  *marsad.PositionError
		want string
	}{
		{&marsad.PositionError{File: "a.txt", Line: 3, Column: 7, Err: base}, "a.txt:3:7: invalid UTF-8"},
		{&marsad.PositionError{File: "a.txt", Line: 3, Err: base}, "a.txt:3: invalid UTF-8"},
		{&marsad.PositionError{File: "a.txt", Offset: 12, Err: base}, "a.txt: byte 12: invalid UTF-8"},
		{&marsad.PositionError{Line: 1, Err: base}, "<stdin>:1: invalid UTF-8"},
	} {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if !errors.Is(tt.err, base) {
			t.Errorf("%q does not unwrap to its cause", tt.want)
		}
	}
}
