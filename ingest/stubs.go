package ingest

import "errors"

var errTODO = errors.New("reader not built yet")

func (w *walker) warc(in *input) error { return w.report(bad(in.name, 0, -1, errTODO)) }
func (w *walker) feed(in *input) error { return w.report(bad(in.name, 0, -1, errTODO)) }
func (w *walker) html(in *input) error { return w.report(bad(in.name, 0, -1, errTODO)) }
