// Command marsad turns Arabic news into political event data.
//
// This file only wires: each subcommand parses its flags and calls into the
// packages that do the work. Exit codes: 0 ok, 1 failure, 2 bad usage or
// bad input, with a one-line message naming the file and line.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// usageError marks an error as bad usage: exit code 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// run executes the command line args and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRoot(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "marsad: %v\n", err)
	return exitCode(err)
}

// exitCode maps an error to the process exit code.
func exitCode(err error) int {
	var ue usageError
	var pe *marsad.PositionError
	switch {
	case errors.As(err, &ue), errors.As(err, &pe), marsad.ErrorCode(err) == marsad.EINVALID:
		return 2
	}
	return 1
}

func newRoot(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "marsad",
		Short: "marsad turns Arabic news into political event data",
		Long: `marsad (مرصد, "observatory") reads Arabic news natively and codes who did what
to whom, when and where; who said what; with how many troops, dead or dollars.
Every record points back at the exact bytes of the text it came from.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%s: %w (see '%s --help')", c.CommandPath(), err, c.CommandPath())}
	})
	root.AddCommand(
		newSegmentCmd(),
		newAnalyzeCmd(),
		newEvalCmd(),
		newTrainCmd(),
		newTagCmd(),
		newCodeCmd(),
		newDictCmd(),
		newDemoCmd(),
		newIngestCmd(),
		newEventsCmd(),
		newSearchCmd(),
		newExportCmd(),
		newStatsCmd(),
		newActorsCmd(),
		newVersionCmd(),
	)
	return root
}

// exactArgs is cobra.ExactArgs with errors that exit 2.
func exactArgs(n int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if err := cobra.ExactArgs(n)(c, args); err != nil {
			return usageError{fmt.Errorf("%s: %w", c.CommandPath(), err)}
		}
		return nil
	}
}

// rangeArgs is cobra.RangeArgs with errors that exit 2.
func rangeArgs(lo, hi int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if err := cobra.RangeArgs(lo, hi)(c, args); err != nil {
			return usageError{fmt.Errorf("%s: %w", c.CommandPath(), err)}
		}
		return nil
	}
}

// version is set by the linker: -ldflags "-X main.version=…".
var version = "dev"

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print marsad's version",
		Args:  exactArgs(0),
		RunE: func(c *cobra.Command, _ []string) error {
			fmt.Fprintln(c.OutOrStdout(), "marsad", version)
			return nil
		},
	}
}
