// Command shipgate scans infrastructure as code and CI/CD pipelines against
// security and delivery policies. See the README for usage.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
