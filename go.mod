module github.com/marsad-project/marsad

go 1.26.0

require (
	github.com/blevesearch/snowballstem v0.9.0
	github.com/hablullah/go-hijri v1.0.2
	github.com/spf13/cobra v1.10.2
	github.com/ulikunitz/xz v0.5.15
	golang.org/x/text v0.44.0
)

require (
	github.com/hablullah/go-juliandays v1.0.0 // indirect
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/spf13/pflag v1.0.9 // indirect
	github.com/tidwall/cities v0.1.0 // indirect
)
