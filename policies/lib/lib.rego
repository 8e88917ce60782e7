# Package lib holds the helpers every built-in policy shares: reading the
# attribute objects of the normalised view (docs/normalised-view.md) without
# ever deciding on an unknown value, and building result objects.
package shipgate.lib

# result is the object a deny or warn rule returns for resource res, placed at
# attr (an attribute, or anything else with a src such as a statement or a
# list item). The file comes from attr, else from res, else it is left out
# (the document's own file).
result(msg, res, attr) := object.union(
	{"msg": msg, "resource": res.resource, "src": attr.src},
	_file(res, attr),
)

# resource_result is a result placed at the resource itself.
resource_result(msg, res) := result(msg, res, res)

_file(res, attr) := {"file": attr.file} if {
	attr.file
} else := {"file": res.file} if {
	res.file
} else := {}

# known is true when the attribute's value can be decided: written or default.
known(a) if {
	a.state
	a.state != "unknown"
}

# written is true when the attribute was set in the source.
written(a) if a.state == "written"

# missing is true when the attribute was not set and holds the AWS default.
missing(a) if a.state == "default"

# is_true is true for a known attribute whose value is true.
is_true(a) if {
	known(a)
	a.value == true
}

# is_false is true for a known attribute whose value is false.
is_false(a) if {
	known(a)
	a.value == false
}

# has_value is true for a known attribute whose value equals v.
has_value(a, v) if {
	known(a)
	a.value == v
}

# is_null is true for a known attribute without a value: not set and no AWS
# default (log retention, lifecycle policy …) or explicitly null.
is_null(a) if {
	known(a)
	a.value == null
}

# string_value is the value of a known, string-valued attribute.
string_value(a) := a.value if {
	known(a)
	is_string(a.value)
}

# lower_value is the lowercased value of a known, string-valued attribute.
lower_value(a) := lower(string_value(a))

# items is the set of the known items of a known list attribute; unknown items
# (null in the list) are left out.
items(a) := {x | some x in a.value; x != null} if {
	known(a)
	is_array(a.value)
}

# has_unknown_item is true when a list attribute is unknown or holds an item
# that is unknown, so that "the list does not contain x" cannot be decided.
has_unknown_item(a) if not known(a)

has_unknown_item(a) if {
	some x in a.value
	x == null
}

# contains_value is true when the known items of list attribute a include v.
contains_value(a, v) if v in items(a)

# lacks_value is true when list attribute a is fully known and does not hold v.
# A default null list counts as empty.
lacks_value(a, _) if is_null(a)

lacks_value(a, v) if {
	not has_unknown_item(a)
	is_array(a.value)
	not v in a.value
}

# raw_at is the value of input.raw at JSON pointer ptr (RFC 6901); undefined
# when nothing is there. Array indexes are the all-digit path parts.
raw_at(ptr) := input.raw if ptr == ""

raw_at(ptr) := v if {
	ptr != ""
	path := [_pointer_key(p) | some p in array.slice(split(ptr, "/"), 1, count(split(ptr, "/")))]
	walk(input.raw, [path, v])
}

_pointer_key(p) := to_number(p) if regex.match(`^(0|[1-9][0-9]*)$`, p)

_pointer_key(p) := replace(replace(p, "~1", "/"), "~0", "~") if not regex.match(`^(0|[1-9][0-9]*)$`, p)

# is_intrinsic is true for a raw CloudFormation value that is still an
# unresolved intrinsic function ({"Ref": …}, {"Fn::If": …}).
is_intrinsic(x) if {
	is_object(x)
	count(x) == 1
	some k, _ in x
	_intrinsic_key(k)
}

_intrinsic_key("Ref")

_intrinsic_key(k) if startswith(k, "Fn::")

# words splits a name into lowercase words at punctuation and camelCase
# boundaries: "DeployToProd-eu" is ["deploy", "to", "prod", "eu"].
words(s) := [lower(w) | some w in regex.find_n(`[A-Z]?[a-z]+|[A-Z]+|[0-9]+`, s, -1)]

# display_name is a name attribute's value for messages, "(unknown)" when it
# cannot be read.
display_name(a) := string_value(a)

display_name(a) := "(unknown)" if not string_value(a)

# value_origin says where a written attribute's value came from, for
# messages: ", the default of parameter SSHLocation" when it is a
# CloudFormation parameter's default, ", the value given for parameter
# SSHLocation" when it was given to the scan, "" when it is written in place.
# The fix may then be a deployment parameter rather than the template.
value_origin(a) := sprintf(", the default of %s %s", [a.param.kind, a.param.name]) if a.param.default == true

value_origin(a) := sprintf(", the value given for %s %s", [a.param.kind, a.param.name]) if a.param.default == false

value_origin(a) := "" if not a.param
