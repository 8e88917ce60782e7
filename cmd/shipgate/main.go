// Command shipgate scans infrastructure as code and CI/CD pipelines against
// security and delivery policies. See the README for usage.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// gcPercent and memoryLimit tune the garbage collector for a short run
// that allocates most of what it keeps while compiling policies:
// collecting less often saves about a sixth of a one-file scan for a few
// MB more, and the soft limit makes the collector work harder again
// before a large scan's heap reaches it. GOGC and GOMEMLIMIT still win.
const (
	gcPercent   = 400
	memoryLimit = 256 << 20
)

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	// The first SIGINT or SIGTERM cancels the run, which stops the scan and
	// removes any temporary report file; a second one kills as usual.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	os.Exit(runContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
