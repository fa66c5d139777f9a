package ingest

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/ulikunitz/xz"
)

// countReader counts the bytes read through it.
type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// decompReader turns the errors of a decompressor into position errors
// that name the byte of the compressed input where reading stopped.
type decompReader struct {
	r      io.Reader
	cr     *countReader
	name   string
	format kind
}

func (d *decompReader) Read(p []byte) (int, error) {
	n, err := d.r.Read(p)
	if err != nil && err != io.EOF {
		var pe *marsad.PositionError
		if !errors.As(err, &pe) {
			if err == io.ErrUnexpectedEOF {
				err = fmt.Errorf("%s: truncated (unexpected end of data)", d.format)
			} else {
				err = fmt.Errorf("%s: %w", d.format, err)
			}
			err = &marsad.PositionError{File: d.name, Offset: d.cr.n, Err: err}
		}
	}
	return n, err
}

// decompress reads a gzip, xz or bzip2 stream and what it holds. A WARC
// file compressed record by record (.warc.gz) goes to the WARC reader as
// it is, so that origins carry the offsets of the compressed records.
func (w *walker) decompress(in *input, k kind, explicit bool) error {
	cr := &countReader{r: in.r}
	var r io.Reader
	var err error
	switch k {
	case kindGzip:
		if head, _ := in.r.Peek(peekSize); gzipHolds(head, "WARC/") {
			return w.warc(in)
		}
		r, err = gzip.NewReader(cr)
	case kindXz:
		r, err = xz.NewReader(cr)
	case kindBzip2:
		r = bzip2.NewReader(cr)
	}
	if err != nil {
		if err == io.ErrUnexpectedEOF || err == io.EOF {
			err = errors.New("truncated header")
		}
		return w.report(&marsad.PositionError{File: in.name, Offset: cr.n, Err: fmt.Errorf("%s: %w", k, err)})
	}
	d := &decompReader{r: r, cr: cr, name: in.name, format: k}
	return w.read(&input{name: in.name, r: bufio.NewReaderSize(d, peekSize)}, explicit)
}

// gzipHolds reports whether the gzip data that starts with head
// decompresses to something starting with prefix.
func gzipHolds(head []byte, prefix string) bool {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	b := make([]byte, len(prefix))
	n, _ := io.ReadFull(zr, b)
	return string(b[:n]) == prefix
}

// member returns whether an archive member is read: not a directory, a
// hidden file or macOS metadata.
func member(name string) bool {
	base := path.Base(name)
	return !strings.HasPrefix(base, ".") && !strings.HasPrefix(name, "__MACOSX/") && !strings.HasSuffix(name, "/")
}

// tar reads the members of a tar archive, each by its own format. Members
// in no known format are skipped.
func (w *walker) tar(in *input) error {
	tr := tar.NewReader(in.r)
	br := bufio.NewReaderSize(nil, peekSize)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var pe *marsad.PositionError
			if !errors.As(err, &pe) {
				if err == io.ErrUnexpectedEOF {
					err = errors.New("truncated")
				}
				err = bad(in.name, 0, -1, fmt.Errorf("tar: %w", err))
			}
			return w.report(err)
		}
		if h.Typeflag != tar.TypeReg || !member(h.Name) {
			continue
		}
		br.Reset(tr)
		if err := w.read(&input{name: in.name + ":" + h.Name, r: br}, false); err != nil {
			return err
		}
	}
}

// zip reads the members of a zip archive, each by its own format. A zip
// on stdin or inside another archive is read into memory first.
func (w *walker) zip(in *input) error {
	ra, size := in.ra, in.size
	if ra == nil {
		var buf bytes.Buffer
		n, err := buf.ReadFrom(io.LimitReader(in.r, 16*MaxDocSize+1))
		if err != nil {
			return w.report(bad(in.name, 0, -1, err))
		}
		if n > 16*MaxDocSize {
			return w.report(bad(in.name, 0, -1, fmt.Errorf("zip archive read from a stream is larger than %d bytes", 16*MaxDocSize)))
		}
		ra, size = bytes.NewReader(buf.Bytes()), n
	}
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return w.report(bad(in.name, 0, -1, fmt.Errorf("zip: %w", err)))
	}
	br := bufio.NewReaderSize(nil, peekSize)
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || !member(f.Name) {
			continue
		}
		name := in.name + ":" + f.Name
		rc, err := f.Open()
		if err != nil {
			if err := w.report(bad(name, 0, -1, fmt.Errorf("zip: %w", err))); err != nil {
				return err
			}
			continue
		}
		br.Reset(&zipMember{rc: rc, name: name})
		err = w.read(&input{name: name, r: br}, false)
		rc.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// zipMember names the member in the errors of its decompression.
type zipMember struct {
	rc   io.ReadCloser
	name string
	n    int64
}

func (z *zipMember) Read(p []byte) (int, error) {
	n, err := z.rc.Read(p)
	z.n += int64(n)
	if err != nil && err != io.EOF {
		err = &marsad.PositionError{File: z.name, Offset: z.n, Err: fmt.Errorf("zip: %w", err)}
	}
	return n, err
}
