//go:build !unix

package export

import "errors"

func mkfifo(string) error { return errors.New("no FIFOs on this system") }
