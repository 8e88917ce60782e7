package cloud

import (
	"slices"
	"strings"
)

// This file holds the CloudFormation hooks the declaration in aws.go names:
// what a property path cannot express.

// equals converts a scalar to whether it is want (Status: Enabled).
func equals(want string) func(string) any {
	return func(s string) any { return s == want }
}

// protocol lowercases a protocol and maps numbers to names.
func protocol(p string) any {
	p = strings.ToLower(strings.TrimSpace(p))
	switch p {
	case "all", "-1":
		return "-1"
	case "6":
		return "tcp"
	case "17":
		return "udp"
	case "1":
		return "icmp"
	case "58":
		return "icmpv6"
	}
	return p
}

// noPolicies is a bucket's policies before linkBucketPolicies joins them.
func noPolicies(_ *adapter, r *reader, n node) Attr {
	a := dflt([]any{}, r.dsrc(n.ptr))
	a.Key = "AWS::S3::BucketPolicy"
	return a
}

// readBucketPolicy keeps a bucket policy until every bucket is read.
func readBucketPolicy(a *adapter, r *reader, _ *Collection) {
	doc := a.policyDoc(r, r.get(r.props, "PolicyDocument"), "PolicyDocument")
	if doc == nil {
		return
	}
	a.bucketPolicies = append(a.bucketPolicies, pendingBucketPolicy{target: r.get(r.props, "Bucket"), doc: doc})
}

// linkBucketPolicies attaches every bucket policy to the buckets it targets.
// A policy whose target cannot be resolved makes the policies of every
// bucket it might target unknown.
func linkBucketPolicies(a *adapter, buckets []*object) {
	unknownAt := map[*object]string{}
	for _, p := range a.bucketPolicies {
		switch p.target.kind {
		case nUnknown:
			if id, ok := a.refID(p.target.v); ok {
				if a.resourceType(id) == "AWS::S3::Bucket" {
					for _, b := range buckets {
						if b.resource == id {
							b.docs = append(b.docs, p.doc)
						}
					}
				}
				continue
			}
			for _, b := range buckets {
				unknownAt[b] = p.target.ptr
			}
		case nValue:
			name, _ := p.target.v.(string)
			matched := false
			for _, b := range buckets {
				if n := b.m["name"].(map[string]any); n["state"] == string(Written) && n["value"] == name {
					b.docs = append(b.docs, p.doc)
					matched = true
				}
			}
			if !matched {
				for _, b := range buckets {
					if n := b.m["name"].(map[string]any); n["state"] == string(Unknown) {
						unknownAt[b] = p.target.ptr
					}
				}
			}
		}
	}
	for _, b := range buckets {
		var pol Attr
		switch src, ok := unknownAt[b]; {
		case ok:
			pol = unknown(src)
		case len(b.docs) > 0:
			docs := make([]any, len(b.docs))
			for i, d := range b.docs {
				docs[i] = d.toMap()
			}
			pol = written(docs, b.docs[0].Src)
		default:
			continue
		}
		pol.Key = "AWS::S3::BucketPolicy"
		b.m["policies"] = pol.render(b.m["src"].(string))
	}
}

// inlineRule sets the plain fields of a rule inline in a security group.
func inlineRule(direction string) func(*adapter, *reader, node, *object) {
	return func(_ *adapter, r *reader, _ node, o *object) {
		o.m["group"] = r.id
		o.m["direction"] = direction
	}
}

// standaloneRule sets the plain fields of a SecurityGroupIngress/Egress
// resource: its direction, and its group resolved by GroupId or GroupName.
func standaloneRule(a *adapter, r *reader, n node, o *object) {
	o.m["direction"] = "ingress"
	if r.typ == "AWS::EC2::SecurityGroupEgress" {
		o.m["direction"] = "egress"
	}
	const sg = "AWS::EC2::SecurityGroup"
	var group string
	if id := r.get(n, "GroupId"); id.kind != nAbsent {
		group = a.address(id, "", sg)
	} else {
		group = a.address(r.get(n, "GroupName"), "GroupName", sg)
	}
	if group != "" {
		o.m["group"] = group
	} else {
		o.m["group"] = nil
	}
}

// addPolicy adds an iam.policies object for a document read from item.
func (a *adapter) addPolicy(c *Collection, r *reader, item node, doc *policyDoc, prefix string, attached []string) {
	if doc == nil {
		return
	}
	o := a.object(c, r, doc.Src)
	a.fill(r, item, c.Fields, o.m, prefix)
	att := make([]any, len(attached))
	for i, s := range attached {
		att[i] = s
	}
	o.m["attached_to"] = att
	o.m["state"] = string(doc.State)
	o.m["statements"] = doc.Statements
}

// readInlinePolicies reads the Policies list of a role, user or group.
func readInlinePolicies(a *adapter, r *reader, c *Collection) {
	for _, n := range r.items(r.get(r.props, "Policies"), true) {
		a.addPolicy(c, r, n, a.policyDoc(r, r.get(n, "PolicyDocument"), "Policies[].PolicyDocument"), "Policies[].", []string{r.id})
	}
}

var iamNameProp = map[string]string{
	"AWS::IAM::Role":  "RoleName",
	"AWS::IAM::User":  "UserName",
	"AWS::IAM::Group": "GroupName",
}

// readPolicyResource reads a standalone policy resource and resolves the
// identities it is attached to.
func readPolicyResource(a *adapter, r *reader, c *Collection) {
	p := r.props
	attached := []string{}
	add := func(n node, typ string) {
		if id := a.address(n, iamNameProp[typ], typ); id != "" {
			attached = append(attached, id)
		}
	}
	for _, key := range []string{"Roles", "Users", "Groups"} {
		typ := "AWS::IAM::" + strings.TrimSuffix(key, "s")
		for _, n := range r.items(r.get(p, key), false) {
			add(n, typ)
		}
	}
	switch r.typ {
	case "AWS::IAM::RolePolicy":
		add(r.get(p, "RoleName"), "AWS::IAM::Role")
	case "AWS::IAM::UserPolicy":
		add(r.get(p, "UserName"), "AWS::IAM::User")
	case "AWS::IAM::GroupPolicy":
		add(r.get(p, "GroupName"), "AWS::IAM::Group")
	}
	slices.Sort(attached)
	attached = slices.Compact(attached)
	a.addPolicy(c, r, p, a.policyDoc(r, r.get(p, "PolicyDocument"), "PolicyDocument"), "", attached)
}

// readSAMPolicies reads the SAM function Policies entries that are policy
// documents; managed policy names and SAM policy templates are skipped. A
// function that sets Role has none: SAM then ignores Policies.
func readSAMPolicies(a *adapter, r *reader, c *Collection) {
	if r.get(r.props, "Role").kind != nAbsent {
		return
	}
	for _, n := range r.items(r.get(r.props, "Policies"), true) {
		m, ok := n.v.(map[string]any)
		if !ok || n.kind != nValue {
			continue
		}
		if _, ok := m["Statement"]; !ok {
			continue
		}
		a.addPolicy(c, r, n, a.policyDoc(r, n, "Policies[]"), "Policies[].", nil)
	}
}

// codeBuildLogs decides whether a project keeps logs: CloudWatch logs are on
// unless disabled, S3 logs off unless enabled.
func codeBuildLogs(_ *adapter, r *reader, n node) Attr {
	cfg := r.get(n, "LogsConfig")
	return r.logsEnabled(r.path(cfg, "CloudWatchLogs", "Status"), "LogsConfig.CloudWatchLogs.Status", r.path(cfg, "S3Logs", "Status"), "LogsConfig.S3Logs.Status")
}

// logsEnabled decides from the CloudWatch and S3 log statuses of a
// CodeBuild project.
func (r *reader) logsEnabled(cwNode node, cwKey string, s3Node node, s3Key string) Attr {
	cw := r.str(cwNode, "ENABLED")
	cw.Key = cwKey
	s3 := r.str(s3Node, "DISABLED")
	s3.Key = s3Key
	on := func(a Attr) bool { return a.known() && strings.EqualFold(a.Value.(string), "ENABLED") }
	switch {
	case on(cw):
		return Attr{Value: true, State: cw.State, Src: cw.Src, Key: cw.Key}
	case on(s3):
		return Attr{Value: true, State: s3.State, Src: s3.Src, Key: s3.Key}
	case cw.State == Unknown:
		return cw
	case s3.State == Unknown:
		return s3
	}
	off := written(false, cw.Src)
	off.Key = cw.Key
	return off
}

// artifactStores returns a pipeline's ArtifactStore and the ArtifactStore
// of each ArtifactStores item, which remembers its item for storeRegion.
func artifactStores(_ *adapter, r *reader, n node) []node {
	var out []node
	if s := r.get(n, "ArtifactStore"); s.kind != nAbsent {
		out = append(out, s)
	}
	for _, it := range r.items(r.get(n, "ArtifactStores"), false) {
		s := r.get(it, "ArtifactStore")
		s.up = &it
		out = append(out, s)
	}
	return out
}

// storeRegion is the Region of an ArtifactStores item.
func storeRegion(_ *adapter, r *reader, n node) Attr {
	if n.up == nil {
		a := dflt(nil, n.ptr)
		a.Key = "ArtifactStores[].Region"
		return a
	}
	a := r.str(r.get(*n.up, "Region"), nil)
	a.Key = "ArtifactStores[].Region"
	return a
}

// alarmNames lists the Name of each AlarmConfiguration.Alarms item.
func alarmNames(_ *adapter, r *reader, n node) Attr {
	alarms := r.path(n, "AlarmConfiguration", "Alarms")
	var a Attr
	switch alarms.kind {
	case nAbsent:
		a = dflt([]any{}, r.dsrc(alarms.ptr))
	case nUnknown:
		a = unknown(alarms.ptr)
	default:
		names := []any{}
		for _, it := range r.items(alarms, false) {
			names = append(names, r.str(r.get(it, "Name"), nil).Value)
		}
		a = written(names, alarms.ptr)
	}
	a.Key = "AlarmConfiguration.Alarms[].Name"
	return a
}

// environment reads Environment.Variables, merging SAM Globals into the
// function's own variables as SAM does.
func environment(_ *adapter, r *reader, n node) Attr {
	a := r.mergedEnvironment(n)
	a.Key = "Environment.Variables"
	return a
}

func (r *reader) mergedEnvironment(n node) Attr {
	own := r.path(n, "Environment", "Variables")
	glob := node{kind: nAbsent}
	if r.globals.kind == nValue && !r.ignoreGlobals["Environment"] {
		glob = r.path(r.globals, "Environment", "Variables")
	}
	switch {
	case own.kind == nUnknown:
		return unknown(own.ptr)
	case glob.kind == nUnknown:
		return unknown(glob.ptr)
	case glob.kind == nAbsent:
		return r.object(own, map[string]any{})
	case own.kind == nAbsent:
		return r.object(glob, map[string]any{})
	}
	g, _ := r.deep(glob.v)
	o, _ := r.deep(own.v)
	gm, ok1 := g.(map[string]any)
	om, ok2 := o.(map[string]any)
	if !ok1 || !ok2 {
		return unknown(own.ptr)
	}
	merged := make(map[string]any, len(gm)+len(om))
	for k, v := range gm {
		merged[k] = v
	}
	for k, v := range om {
		merged[k] = v
	}
	return written(merged, own.ptr)
}

// instanceSources are the DB instance properties that make it a copy of
// something else, whose encryption it inherits: a cluster member, a
// restore from a snapshot, a read replica, a point-in-time restore.
var instanceSources = []string{"DBClusterIdentifier", "DBSnapshotIdentifier", "DBClusterSnapshotIdentifier",
	"SourceDBInstanceIdentifier", "SourceDBClusterIdentifier", "SourceDBInstanceAutomatedBackupsArn", "SourceDbiResourceId"}

// clusterSources are the same for a DB cluster: a restore from a snapshot
// or to a point in time, a read replica cluster, a member of a global
// database.
var clusterSources = []string{"SnapshotIdentifier", "SourceDBClusterIdentifier", "ReplicationSourceIdentifier", "GlobalClusterIdentifier"}

// inherited returns the first of the source properties that is (or might
// be) set.
func (r *reader) inherited(n node, props []string) (node, bool) {
	for _, p := range props {
		if src := r.get(n, p); src.kind != nAbsent {
			return src, true
		}
	}
	return node{}, false
}

// instanceEncrypted is StorageEncrypted, unknown where another resource
// decides: the instance's cluster, or the snapshot or instance it is
// restored or replicated from.
func instanceEncrypted(_ *adapter, r *reader, n node) Attr {
	var a Attr
	if src, ok := r.inherited(n, instanceSources); ok {
		a = unknown(src.ptr)
	} else {
		a = r.boolean(r.get(n, "StorageEncrypted"), false)
	}
	a.Key = "StorageEncrypted"
	return a
}

// clusterEncrypted is a cluster's StorageEncrypted: unknown for a restore
// or a replica; when it is not written, the default of its engine.
func clusterEncrypted(_ *adapter, r *reader, n node) Attr {
	var a Attr
	if src, ok := r.inherited(n, clusterSources); ok {
		a = unknown(src.ptr)
	} else {
		a = r.boolean(r.get(n, "StorageEncrypted"), nil)
		if a.State == Default {
			a = r.clusterEncryptionDefault(r.str(r.get(n, "Engine"), nil), r.str(r.get(n, "EngineMode"), "provisioned"), a.Src)
		}
	}
	a.Key = "StorageEncrypted"
	return a
}

// clusterEncryptionDefault is whether a cluster of this engine is
// encrypted when the template does not say: Aurora encrypts every new
// cluster since 2026-02-18, Aurora Serverless v1 always did, a Multi-AZ DB
// cluster (mysql, postgres) does not. An engine that cannot be read leaves
// it unknown.
func (r *reader) clusterEncryptionDefault(engine, mode Attr, src string) Attr {
	e, ok1 := engine.Value.(string)
	m, ok2 := mode.Value.(string)
	switch {
	case !engine.known() || !ok1 || !mode.known() || !ok2:
		return unknown(src)
	case strings.EqualFold(m, "serverless") || strings.HasPrefix(strings.ToLower(e), "aurora"):
		return dflt(true, src)
	}
	return dflt(false, src)
}

// publiclyAccessible is PubliclyAccessible; when it is not written, RDS
// decides from the network: the instance is public when its subnets' VPC
// (the default VPC without a subnet group) has an internet gateway. That is
// not knowable from the template, so the default is null.
func publiclyAccessible(_ *adapter, r *reader, n node) Attr {
	a := r.boolean(r.get(n, "PubliclyAccessible"), nil)
	a.Key = "PubliclyAccessible"
	return a
}

// instanceDeletionPolicy is DeletionPolicy, whose default is Snapshot for a
// standalone instance and Delete for an instance of a cluster.
func instanceDeletionPolicy(_ *adapter, r *reader, n node) Attr {
	def := "Snapshot"
	if r.get(n, "DBClusterIdentifier").kind != nAbsent {
		def = "Delete"
	}
	a := r.str(r.get(r.res, "DeletionPolicy"), def)
	a.Key = "DeletionPolicy"
	return a
}

// pointInTimeRecovery reads a table's recovery setting, and a global
// table's from its replicas.
func pointInTimeRecovery(a *adapter, r *reader, n node) Attr {
	var v Attr
	if r.typ == "AWS::DynamoDB::GlobalTable" {
		v, _ = r.replicas(a, n)
	} else {
		v = r.boolean(r.path(n, "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"), false)
	}
	v.Key = "PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled"
	return v
}

// tableKMSKey reads a table's key, and a global table's from its replicas.
func tableKMSKey(a *adapter, r *reader, n node) Attr {
	var v Attr
	if r.typ == "AWS::DynamoDB::GlobalTable" {
		_, v = r.replicas(a, n)
	} else {
		v = r.link(a, r.path(n, "SSESpecification", "KMSMasterKeyId"))
	}
	v.Key = "SSESpecification.KMSMasterKeyId"
	return v
}

// replicas reads a global table's recovery and key from its replicas: point
// in time recovery is the first replica without it (false or unknown), else
// the first replica's true value; the key is the first replica's written one.
func (r *reader) replicas(a *adapter, n node) (pitr, key Attr) {
	reps := r.get(n, "Replicas")
	if reps.kind == nUnknown {
		return unknown(reps.ptr), unknown(reps.ptr)
	}
	var first, unk, off Attr
	for _, it := range r.items(reps, false) {
		p := r.boolean(r.path(it, "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"), false)
		switch {
		case p.State == Unknown:
			if unk.State == "" {
				unk = p
			}
		case p.Value == false:
			if off.State == "" {
				off = p
			}
		case first.State == "":
			first = p
		}
		if key.State == "" || key.State == Default {
			if k := r.link(a, r.path(it, "SSESpecification", "KMSMasterKeyId")); key.State == "" || k.State != Default {
				key = k
			}
		}
	}
	switch {
	case off.State != "":
		pitr = off
	case unk.State != "":
		pitr = unk
	case first.State != "":
		pitr = first
	default:
		pitr = dflt(false, r.dsrc(reps.ptr))
		key = dflt(nil, r.dsrc(reps.ptr))
	}
	return pitr, key
}

// pabSettingCFN reads one setting of a bucket's public access block: true
// (the AWS default) without a block, false when the block leaves it out.
func pabSettingCFN(name string) func(*adapter, *reader, node) Attr {
	return func(_ *adapter, r *reader, n node) Attr {
		var v Attr
		switch block := r.get(n, "PublicAccessBlockConfiguration"); block.kind {
		case nAbsent:
			v = dflt(true, r.dsrc(block.ptr))
		case nUnknown:
			v = unknown(block.ptr)
		default:
			v = r.boolean(r.get(block, name), false)
		}
		v.Key = "PublicAccessBlockConfiguration." + name
		return v
	}
}

// samManagedPolicies lists the entries of a SAM function's Policies that
// name a managed policy: strings, a managed policy name or an ARN. Unknown
// entries are null; SAM policy templates and documents are not managed
// policies. A function that sets Role has none, since SAM then ignores
// Policies.
func samManagedPolicies(_ *adapter, r *reader, n node) Attr {
	var v Attr
	pols := r.get(n, "Policies")
	switch {
	case r.typ != "AWS::Serverless::Function" || pols.kind == nAbsent:
		v = dflt([]any{}, r.dsrc(pols.ptr))
	case r.get(n, "Role").kind != nAbsent:
		v = dflt([]any{}, r.get(n, "Role").ptr)
	case pols.kind == nUnknown:
		v = unknown(pols.ptr)
	default:
		if s, ok := pols.v.(string); ok {
			v = written([]any{s}, pols.ptr)
			break
		}
		names := []any{}
		for _, it := range r.items(pols, true) {
			switch x := it.v.(type) {
			case string:
				names = append(names, x)
			case map[string]any:
				if it.kind != nValue {
					names = append(names, nil)
				}
			}
		}
		v = written(names, pols.ptr)
	}
	v.Key = "Policies"
	return v
}
