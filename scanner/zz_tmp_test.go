package scanner

import (
	"context"
	"testing"
)

func BenchmarkTmpNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(context.Background(), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
