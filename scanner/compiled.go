package scanner

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"
)

// debugCompiled prints how long compiling each view's policies took (a
// lazy engine compiles a view when the scan first evaluates it, inside
// the evaluate phase).
func debugCompiled(w io.Writer, compiled map[string]time.Duration) {
	if len(compiled) == 0 {
		return
	}
	var parts []string
	for _, v := range slices.Sorted(maps.Keys(compiled)) {
		parts = append(parts, fmt.Sprintf("%s %s", v, compiled[v].Round(time.Microsecond)))
	}
	fmt.Fprintf(w, "debug: compile policies: %s\n", strings.Join(parts, ", "))
}
