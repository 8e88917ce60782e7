package engine

import (
	"slices"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// removedBuiltins are taken away from policies on top of every builtin OPA
// marks non-deterministic (http.send, net.lookup_ip_addr, opa.runtime,
// time.now_ns, rand.intn, uuid.rfc4122, io.jwt.decode_verify,
// io.jwt.encode_sign*, json.match_schema, json.verify_schema): these read the
// clock although OPA does not flag them. The pure net.cidr_* helpers stay:
// they neither reach the network nor depend on anything but their arguments,
// and security group policies need them.
var removedBuiltins = []string{
	"crypto.x509.parse_and_verify_certificates",
	"crypto.x509.parse_and_verify_certificates_with_options",
}

// capabilities returns OPA's capabilities for this version without the
// builtins a policy must not call, and with no network host allowed. They
// are built once: every group's compiler reads them, none changes them.
func capabilities() (*ast.Capabilities, map[string]bool) { return restricted() }

var restricted = sync.OnceValues(func() (*ast.Capabilities, map[string]bool) {
	caps := ast.CapabilitiesForThisVersion()
	removed := map[string]bool{}
	caps.Builtins = slices.DeleteFunc(caps.Builtins, func(b *ast.Builtin) bool {
		if b.Nondeterministic || slices.Contains(removedBuiltins, b.Name) || strings.HasPrefix(b.Name, "http.") {
			removed[b.Name] = true
			return true
		}
		return false
	})
	caps.AllowNet = []string{}
	return caps, removed
})

// parserCapabilities are OPA's own for this version, for the parser: left
// out of ParserOptions, the parser builds them anew for every file.
var parserCapabilities = sync.OnceValue(func() *ast.Capabilities { return ast.CapabilitiesForThisVersion() })
