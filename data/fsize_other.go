//go:build !unix

package data

// fileSizeLimitHint is empty where processes have no file-size limit.
func fileSizeLimitHint(int, string) string { return "" }
