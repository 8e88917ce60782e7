//go:build !unix

package scanner

import "errors"

func mkfifo(string) error { return errors.New("named pipes are not supported here") }
