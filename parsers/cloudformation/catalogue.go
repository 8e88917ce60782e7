package cloudformation

import (
	"strings"
	"sync"

	goformation "github.com/awslabs/goformation/v7/cloudformation"
)

// resourceTypes is goformation's catalogue of resource types, built once on
// first use: AllResources allocates one value per type, so calling it per
// template would cost more than parsing most templates.
var resourceTypes = sync.OnceValue(func() map[string]struct{} {
	all := goformation.AllResources()
	types := make(map[string]struct{}, len(all))
	for name := range all {
		types[name] = struct{}{}
	}
	return types
})

// unknownType reports whether typ is an AWS:: resource type that the
// catalogue does not know. Custom resources, SAM types (expanded by the
// transform) and third-party or module types are not checked.
func unknownType(typ string) bool {
	if !strings.HasPrefix(typ, "AWS::") || strings.HasPrefix(typ, "AWS::Serverless::") {
		return false
	}
	if strings.HasSuffix(typ, "::MODULE") {
		return false
	}
	_, ok := resourceTypes()[typ]
	return !ok
}
