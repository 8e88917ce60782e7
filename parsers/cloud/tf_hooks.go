package cloud

import (
	"slices"
	"strconv"
)

// This file holds the Terraform hooks the declaration in aws.go names.

// enabled reads a versioning status: "Enabled", or the legacy inline
// block's true.
func enabled(s string) any { return s == "Enabled" || s == "true" }

// zeroIsNever reads a log retention: 0 means the events never expire.
func zeroIsNever(s string) any {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f == 0 {
		return nil
	}
	return f
}

// minusOneIsNone reads reserved concurrency: -1 means unreserved.
func minusOneIsNone(s string) any {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f == -1 {
		return nil
	}
	return f
}

// refersTo lists the resources of type typ whose argument ref refers to
// the object r reads, by address or by the object's name; unknown is true
// when one might but its reference cannot be resolved.
func (a *adapter) refersTo(r *reader, typ, ref string) (found []*reader, unknown bool) {
	name, nameUnknown := "", false
	if r.origin != nil && r.origin.Name != "" {
		switch nn := r.get(r.props, r.origin.Name); nn.kind {
		case nValue:
			name, _ = nn.v.(string)
		case nUnknown:
			nameUnknown = true
		}
	}
	for _, cand := range a.tfByType[typ] {
		cr := a.tfReader(cand)
		v := cr.get(cr.props, ref)
		switch v.kind {
		case nUnknown:
			unknown = true
			continue
		case nAbsent:
			continue
		}
		s, _ := v.v.(string)
		switch {
		case s == r.id || (name != "" && s == name):
			found = append(found, cr)
		case nameUnknown && !a.isAddress(s):
			unknown = true
		}
	}
	return found, unknown
}

// resolve finds the address of the resource of one of the types that s
// names: its address (a reference) or its name argument.
func (a *adapter) resolve(s string, nameArg string, types ...string) string {
	for _, t := range types {
		for _, tr := range a.tfByType[t] {
			if tr.r.Address == s {
				return s
			}
		}
	}
	for _, t := range types {
		for _, tr := range a.tfByType[t] {
			cr := a.tfReader(tr)
			if n := cr.get(cr.props, nameArg); n.kind == nValue && n.v == s {
				return tr.r.Address
			}
		}
	}
	return ""
}

// tfRules adds the rule objects of one ingress or egress rule node,
// flattened: one per CIDR block of cidr_blocks and ipv6_cidr_blocks, or one
// without a CIDR when it lists none. group is the group's address or "".
func (a *adapter) tfRules(c *Collection, r *reader, n node, prefix, direction, group string) {
	emit := func(cidrKey string, cidr node) {
		o := a.object(c, r, r.dsrc(n.ptr))
		a.fill(r, n, c.Fields, o.m, prefix)
		o.m["direction"] = direction
		if group != "" {
			o.m["group"] = group
		} else {
			o.m["group"] = nil
		}
		if cidrKey != "" {
			field := "cidr_ipv4"
			if cidrKey == "ipv6_cidr_blocks" {
				field = "cidr_ipv6"
			}
			v := r.str(cidr, nil)
			v.Key = prefix + cidrKey
			o.m[field] = v.render(n.ptr)
		}
		if sg := r.get(n, "security_groups"); sg.kind != nAbsent {
			v := r.strList(sg)
			if sg.kind == nValue {
				if items := r.items(sg, false); len(items) > 0 {
					v = r.link(a, items[0])
				}
			}
			v.Key = prefix + "security_groups"
			o.m["source_group"] = v.render(n.ptr)
		}
	}
	any := false
	for _, key := range []string{"cidr_blocks", "ipv6_cidr_blocks"} {
		list := r.get(n, key)
		switch list.kind {
		case nUnknown:
			emit(key, list)
			any = true
		case nValue:
			for _, it := range r.items(list, false) {
				emit(key, it)
				any = true
			}
		}
	}
	if !any {
		emit("", node{})
	}
}

// tfInlineRules reads the ingress and egress blocks of an
// aws_security_group.
func tfInlineRules(a *adapter, r *reader, c *Collection) {
	for _, dir := range []string{"ingress", "egress"} {
		for _, n := range r.items(r.get(r.props, dir), false) {
			a.tfRules(c, r, n, dir+"[].", dir, r.id)
		}
	}
}

// tfRuleResource reads an aws_security_group_rule.
func tfRuleResource(a *adapter, r *reader, c *Collection) {
	dir := "ingress"
	if t := r.get(r.props, "type"); t.kind == nValue && t.v == "egress" {
		dir = "egress"
	}
	group := ""
	if g := r.get(r.props, "security_group_id"); g.kind == nValue {
		if s, ok := g.v.(string); ok {
			group = a.resolve(s, "name", "aws_security_group")
		}
	}
	a.tfRules(c, r, r.props, "", dir, group)
}

// tfVPCRule sets the plain fields of an aws_vpc_security_group_*_rule.
func tfVPCRule(a *adapter, r *reader, n node, o *object) {
	o.m["direction"] = "ingress"
	if r.typ == "aws_vpc_security_group_egress_rule" {
		o.m["direction"] = "egress"
	}
	o.m["group"] = nil
	if g := r.get(n, "security_group_id"); g.kind == nValue {
		if s, ok := g.v.(string); ok {
			if addr := a.resolve(s, "name", "aws_security_group"); addr != "" {
				o.m["group"] = addr
			}
		}
	}
}

// tfPolicyResource reads aws_iam_policy and the inline policy resources of
// roles, users and groups.
func tfPolicyResource(a *adapter, r *reader, c *Collection) {
	attached := []string{}
	addIdentity := func(v node, typ string) {
		if s, ok := v.v.(string); ok && v.kind == nValue {
			if addr := a.resolve(s, "name", typ); addr != "" {
				attached = append(attached, addr)
			}
		}
	}
	switch r.typ {
	case "aws_iam_role_policy":
		addIdentity(r.get(r.props, "role"), "aws_iam_role")
	case "aws_iam_user_policy":
		addIdentity(r.get(r.props, "user"), "aws_iam_user")
	case "aws_iam_group_policy":
		addIdentity(r.get(r.props, "group"), "aws_iam_group")
	case "aws_iam_policy":
		for typ, arg := range map[string]string{"aws_iam_role_policy_attachment": "role", "aws_iam_user_policy_attachment": "user", "aws_iam_group_policy_attachment": "group"} {
			for _, tr := range a.tfByType[typ] {
				cr := a.tfReader(tr)
				if p := cr.get(cr.props, "policy_arn"); p.kind == nValue && p.v == r.id {
					addIdentity(cr.get(cr.props, arg), "aws_iam_"+arg)
				}
			}
		}
	}
	slices.Sort(attached)
	attached = slices.Compact(attached)
	a.addPolicy(c, r, r.props, a.policyDoc(r, r.get(r.props, "policy"), "policy"), "", attached)
}

// tfInlineRolePolicies reads the inline_policy blocks of an aws_iam_role.
func tfInlineRolePolicies(a *adapter, r *reader, c *Collection) {
	for _, n := range r.items(r.get(r.props, "inline_policy"), false) {
		a.addPolicy(c, r, n, a.policyDoc(r, r.get(n, "policy"), "inline_policy[].policy"), "inline_policy[].", []string{r.id})
	}
}

// managedPoliciesTF lists the managed policies attached to a role, user or
// group (kind): a role's own managed_policy_arns, the policy_arn of each
// aws_iam_<kind>_policy_attachment of it and of each aws_iam_policy_attachment
// that lists it. An attachment that might be to it but whose reference
// cannot be resolved adds an unknown item.
func managedPoliciesTF(kind string) func(*adapter, *reader, node) Attr {
	return func(a *adapter, r *reader, n node) Attr {
		v := dflt([]any{}, r.ptr)
		if kind == "role" {
			v = r.strList(r.get(n, "managed_policy_arns"))
			if v.State == Unknown {
				v.Key = "managed_policy_arns"
				return v
			}
		}
		arns, _ := v.Value.([]any)
		arns = slices.Clone(arns)
		key := "managed_policy_arns"
		add := func(at *reader) {
			if p := at.get(at.props, "policy_arn"); p.kind == nValue {
				arns = append(arns, p.v)
				if v.State == Default {
					// The first attachment places findings and names the key.
					v = written(nil, at.props.ptr+"/policy_arn")
					key = at.typ + ".policy_arn"
				}
			} else {
				arns = append(arns, nil)
			}
		}
		found, unknownRef := a.refersTo(r, "aws_iam_"+kind+"_policy_attachment", kind)
		for _, at := range found {
			add(at)
		}
		for _, tr := range a.tfByType["aws_iam_policy_attachment"] {
			at := a.tfReader(tr)
			list := at.get(at.props, kind+"s")
			if list.kind == nUnknown {
				unknownRef = true
				continue
			}
			for _, it := range at.items(list, false) {
				s, ok := it.v.(string)
				switch {
				case it.kind != nValue || !ok:
					unknownRef = true
				case s == r.id || s == r.tfName():
					add(at)
				}
			}
		}
		if unknownRef {
			arns = append(arns, nil)
		}
		v.Value = arns
		v.Key = key
		return v
	}
}

// tfName is the value of the argument that names the object r reads (an
// IAM role's name), "" when it has none or it is not known.
func (r *reader) tfName() string {
	if r.origin == nil || r.origin.Name == "" {
		return ""
	}
	s, _ := r.get(r.props, r.origin.Name).v.(string)
	return s
}

// codeBuildLogsTF decides whether a project keeps logs.
func codeBuildLogsTF(_ *adapter, r *reader, n node) Attr {
	cfg := r.steps(n, Prop("logs_config[0]").alts[0])
	return r.logsEnabled(r.steps(cfg, Prop("cloudwatch_logs[0].status").alts[0]), "logs_config.cloudwatch_logs.status",
		r.steps(cfg, Prop("s3_logs[0].status").alts[0]), "logs_config.s3_logs.status")
}

// containerDefinitionsTF returns the containers of the container_definitions
// JSON; their srcs are the argument's.
func containerDefinitionsTF(_ *adapter, r *reader, n node) []node {
	defs := r.get(n, "container_definitions")
	if _, ok := defs.v.(string); !ok {
		return nil
	}
	if defs = r.parseJSON(defs); defs.kind != nValue {
		return nil
	}
	return r.items(defs, false)
}

// instanceEncryptedTF is storage_encrypted, unknown where another resource
// decides: a cluster's instances, read replicas and restores.
func instanceEncryptedTF(_ *adapter, r *reader, n node) Attr {
	var v Attr
	if r.typ == "aws_rds_cluster_instance" {
		v = unknown(r.get(n, "cluster_identifier").ptr)
	} else if src, ok := r.inherited(n, []string{"replicate_source_db", "snapshot_identifier", "restore_to_point_in_time"}); ok {
		v = unknown(src.ptr)
	} else {
		v = r.boolean(r.get(n, "storage_encrypted"), false)
	}
	v.Key = "storage_encrypted"
	return v
}

// clusterEncryptedTF is a cluster's storage_encrypted: unknown for a
// restore, a replica or a member of a global database; when it is not set,
// the default of its engine (clusterEncryptionDefault).
func clusterEncryptedTF(_ *adapter, r *reader, n node) Attr {
	var v Attr
	if src, ok := r.inherited(n, []string{"snapshot_identifier", "replication_source_identifier", "restore_to_point_in_time", "global_cluster_identifier"}); ok {
		v = unknown(src.ptr)
	} else {
		v = r.boolean(r.get(n, "storage_encrypted"), nil)
		if v.State == Default {
			v = r.clusterEncryptionDefault(r.str(r.get(n, "engine"), "aurora"), r.str(r.get(n, "engine_mode"), "provisioned"), v.Src)
		}
	}
	v.Key = "storage_encrypted"
	return v
}

// dbDeletionPolicyTF is what destroying a database keeps: nothing with
// skip_final_snapshot, a final snapshot otherwise, the database itself
// with prevent_destroy. A cluster's instance goes with its cluster.
func dbDeletionPolicyTF(_ *adapter, r *reader, n node) Attr {
	var v Attr
	skip := r.boolean(r.get(n, "skip_final_snapshot"), false)
	if pd, ok := preventDestroy(r); ok && (pd.State == Unknown || pd.Value == "Retain") {
		pd.Key = "lifecycle.prevent_destroy"
		return pd
	}
	switch {
	case r.typ == "aws_rds_cluster_instance":
		v = dflt("Delete", r.ptr)
	case skip.State == Unknown:
		v = skip
	case skip.Value == true:
		v = written("Delete", skip.Src)
	default:
		v = dflt("Snapshot", r.dsrc(skip.Src))
	}
	v.Key = "skip_final_snapshot"
	return v
}

// pabSettingTF reads one setting of the aws_s3_bucket_public_access_block
// of a bucket: true (the AWS default) when there is none, false when the
// resource leaves the argument out (the provider's default).
func pabSettingTF(arg string) func(*adapter, *reader, node) Attr {
	return func(a *adapter, r *reader, _ node) Attr {
		var v Attr
		switch n, found, unknownRef := a.viaNode(r, &via{typ: "aws_s3_bucket_public_access_block", ref: "bucket", path: Prop(arg).alts[0]}); {
		case found:
			v = r.boolean(n, false)
		case unknownRef:
			v = unknown(r.ptr)
		default:
			v = dflt(true, r.ptr)
		}
		v.Key = "aws_s3_bucket_public_access_block." + arg
		return v
	}
}

// resourcePoliciesTF reads a Terraform resource's own policy argument
// (a topic's, a queue's, a key's, a secret's legacy one) and the policy of
// each resource of typ whose ref argument refers to it (aws_sns_topic_policy
// by arn, aws_kms_key_policy by key_id, …); unknown when one's reference
// cannot be resolved. Its key is "policy" when the resource's own argument
// holds a document.
func resourcePoliciesTF(typ, ref string) func(*adapter, *reader, node) Attr {
	return policiesTF(typ, ref, "policy")
}

// policiesTF is resourcePoliciesTF with the key to show when the resource's
// own argument holds a document: S3's messages name
// aws_s3_bucket_policy.policy whichever holds it.
func policiesTF(typ, ref, ownKey string) func(*adapter, *reader, node) Attr {
	return func(a *adapter, r *reader, n node) Attr {
		var docs []any
		src, key := "", typ+".policy"
		if d := a.policyDoc(r, r.get(n, "policy"), "policy"); d != nil {
			docs = append(docs, d.toMap())
			src, key = d.Src, ownKey
		}
		found, unknownRef := a.refersTo(r, typ, ref)
		for _, pr := range found {
			if d := a.policyDoc(pr, pr.get(pr.props, "policy"), typ+".policy"); d != nil {
				docs = append(docs, d.toMap())
				if src == "" {
					src = d.Src
				}
			}
		}
		var v Attr
		switch {
		case unknownRef:
			v = unknown(r.ptr)
		case len(docs) > 0:
			v = written(docs, src)
		default:
			v = dflt([]any{}, r.ptr)
		}
		v.Key = key
		return v
	}
}

// ownPolicyCFN reads a CloudFormation resource's own policy document
// property (a key's KeyPolicy, a repository's RepositoryPolicyText) as a
// list of one document, or the default [] when it is not written.
func ownPolicyCFN(prop string) func(*adapter, *reader, node) Attr {
	return func(a *adapter, r *reader, n node) Attr {
		var v Attr
		if d := a.policyDoc(r, r.get(n, prop), prop); d != nil {
			v = written([]any{d.toMap()}, d.Src)
		} else {
			v = dflt([]any{}, r.ptr)
		}
		v.Key = prop
		return v
	}
}
