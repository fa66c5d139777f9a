package marsad

import (
	"errors"
	"fmt"
)

// Error codes. Callers branch on them through ErrorCode.
const (
	EINTERNAL = "internal"
	EINVALID  = "invalid" // bad input or bad usage: the CLI exits 2
	ENOTFOUND = "notfound"
)

// Error is an error the user can act on: Message says what went wrong in
// words meant for them.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, "" for nil
// and EINTERNAL for any other error.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// PositionError reports bad input at a place in a file. Line and Column are
// 1-based; Column counts bytes. Offset is the 0-based byte offset from the
// start of the file, or -1 when unknown.
type PositionError struct {
	File   string
	Line   int
	Column int
	Offset int64
	Err    error
}

func (e *PositionError) Error() string {
	file := e.File
	if file == "" {
		file = "<stdin>"
	}
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %v", file, e.Line, e.Column, e.Err)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", file, e.Line, e.Err)
	case e.Offset >= 0:
		return fmt.Sprintf("%s: byte %d: %v", file, e.Offset, e.Err)
	}
	return fmt.Sprintf("%s: %v", file, e.Err)
}

func (e *PositionError) Unwrap() error { return e.Err }
