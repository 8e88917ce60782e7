package cloud

import (
	"slices"
	"strings"
)

func init() {
	readers = map[string]func(*cfn, *reader){
		"AWS::S3::Bucket":                  readBucket,
		"AWS::S3::BucketPolicy":            readBucketPolicy,
		"AWS::EC2::SecurityGroup":          readSecurityGroup,
		"AWS::EC2::SecurityGroupIngress":   readStandaloneRule,
		"AWS::EC2::SecurityGroupEgress":    readStandaloneRule,
		"AWS::IAM::Role":                   readIAMIdentity,
		"AWS::IAM::User":                   readIAMIdentity,
		"AWS::IAM::Group":                  readIAMIdentity,
		"AWS::IAM::Policy":                 readIAMPolicy,
		"AWS::IAM::ManagedPolicy":          readIAMPolicy,
		"AWS::IAM::RolePolicy":             readIAMPolicy,
		"AWS::IAM::UserPolicy":             readIAMPolicy,
		"AWS::IAM::GroupPolicy":            readIAMPolicy,
		"AWS::ECR::Repository":             readECRRepository,
		"AWS::Logs::LogGroup":              readLogGroup,
		"AWS::CodeBuild::Project":          readCodeBuildProject,
		"AWS::CodePipeline::Pipeline":      readPipeline,
		"AWS::CodeDeploy::DeploymentGroup": readDeploymentGroup,
		"AWS::Lambda::Function":            readFunction,
		"AWS::Serverless::Function":        readFunction,
		"AWS::ECS::TaskDefinition":         readTaskDefinition,
		"AWS::RDS::DBInstance":             readDBInstance,
		"AWS::RDS::DBCluster":              readDBCluster,
		"AWS::DynamoDB::Table":             readDynamoTable,
		"AWS::DynamoDB::GlobalTable":       readDynamoTable,
	}
}

// enabledBy is a bool attribute that is true when n is set to a known
// value, false (default) when it is absent.
func (r *reader) enabledBy(n node) Attr {
	switch n.kind {
	case nAbsent:
		return dflt(false, r.dsrc(n.ptr))
	case nUnknown:
		return unknown(n.ptr)
	}
	return written(true, n.ptr)
}

func readBucket(a *cfn, r *reader) {
	p := r.props
	b := &s3Bucket{base: r.base()}
	b.Name = r.str(r.get(p, "BucketName"), nil)

	enc := r.get(p, "BucketEncryption")
	rules := r.get(enc, "ServerSideEncryptionConfiguration")
	rule := node{ptr: rules.ptr, kind: rules.kind, v: rules.v}
	if rules.kind == nValue {
		if items := r.items(rules, true); len(items) > 0 {
			rule = items[0]
		} else {
			rule = node{ptr: rules.ptr, kind: nAbsent}
		}
	}
	sse := r.get(rule, "ServerSideEncryptionByDefault")
	alg := r.get(sse, "SSEAlgorithm")
	b.EncAlgorithm = r.str(alg, nil)
	b.EncEnabled = r.enabledBy(alg)
	b.EncKMSKey = r.str(r.get(sse, "KMSMasterKeyID"), nil)

	vers := r.get(p, "VersioningConfiguration")
	b.VersEnabled = r.str(r.get(vers, "Status"), nil)
	switch b.VersEnabled.State {
	case Default:
		b.VersEnabled.Value = false
	case Written:
		b.VersEnabled.Value = b.VersEnabled.Value == "Enabled"
	}
	// CloudFormation cannot enable MFA delete.
	b.VersMFADelete = dflt(false, r.dsrc(vers.ptr))

	pab := r.get(p, "PublicAccessBlockConfiguration")
	b.PABPresent = r.present(pab)
	b.BlockPublicACLs = r.boolean(r.get(pab, "BlockPublicAcls"), false)
	b.BlockPublicPolicy = r.boolean(r.get(pab, "BlockPublicPolicy"), false)
	b.IgnorePublicACLs = r.boolean(r.get(pab, "IgnorePublicAcls"), false)
	b.RestrictPublicBuckets = r.boolean(r.get(pab, "RestrictPublicBuckets"), false)

	logging := r.get(p, "LoggingConfiguration")
	b.LogEnabled = r.present(logging)
	b.LogTarget = r.link(a, r.get(logging, "DestinationBucketName"))

	b.ACL = r.str(r.get(p, "AccessControl"), "Private")
	b.DeletionPolicy = r.deletionPolicy("Delete")
	a.v.buckets = append(a.v.buckets, b)
}

func readBucketPolicy(a *cfn, r *reader) {
	doc := r.policyDoc(r.get(r.props, "PolicyDocument"))
	if doc == nil {
		return
	}
	a.bucketPolicies = append(a.bucketPolicies, pendingBucketPolicy{target: r.get(r.props, "Bucket"), doc: doc})
}

func readSecurityGroup(a *cfn, r *reader) {
	p := r.props
	a.v.securityGroups = append(a.v.securityGroups, &securityGroup{
		base:        r.base(),
		Name:        r.str(r.get(p, "GroupName"), nil),
		Description: r.str(r.get(p, "GroupDescription"), nil),
		VPCID:       r.link(a, r.get(p, "VpcId")),
	})
	for _, dir := range [...]string{"ingress", "egress"} {
		key := "SecurityGroupIngress"
		if dir == "egress" {
			key = "SecurityGroupEgress"
		}
		for _, n := range r.items(r.get(p, key), true) {
			rule := &securityGroupRule{base: r.base(), Group: r.id, Direction: dir}
			rule.Src = n.ptr
			r.sgRule(a, n, rule)
			a.v.sgRules = append(a.v.sgRules, rule)
		}
	}
}

func readStandaloneRule(a *cfn, r *reader) {
	p := r.props
	rule := &securityGroupRule{base: r.base(), Direction: "ingress"}
	if r.typ == "AWS::EC2::SecurityGroupEgress" {
		rule.Direction = "egress"
	}
	const sg = "AWS::EC2::SecurityGroup"
	if id := r.get(p, "GroupId"); id.kind != nAbsent {
		rule.Group = a.address(id, "", sg)
	} else {
		rule.Group = a.address(r.get(p, "GroupName"), "GroupName", sg)
	}
	r.sgRule(a, p, rule)
	a.v.sgRules = append(a.v.sgRules, rule)
}

// sgRule reads the fields shared by inline and standalone rules.
func (r *reader) sgRule(a *cfn, n node, rule *securityGroupRule) {
	rule.Protocol = r.str(r.get(n, "IpProtocol"), nil)
	if rule.Protocol.State == Written {
		rule.Protocol.Value = normProtocol(rule.Protocol.Value.(string))
	}
	rule.FromPort = r.num(r.get(n, "FromPort"), nil)
	rule.ToPort = r.num(r.get(n, "ToPort"), nil)
	rule.CIDRv4 = r.str(r.get(n, "CidrIp"), nil)
	rule.CIDRv6 = r.str(r.get(n, "CidrIpv6"), nil)
	if rule.Direction == "ingress" {
		src := r.get(n, "SourceSecurityGroupId")
		if src.kind == nAbsent {
			src = r.get(n, "SourceSecurityGroupName")
		}
		rule.SourceGroup = r.link(a, src)
		rule.PrefixList = r.str(r.get(n, "SourcePrefixListId"), nil)
	} else {
		rule.SourceGroup = r.link(a, r.get(n, "DestinationSecurityGroupId"))
		rule.PrefixList = r.str(r.get(n, "DestinationPrefixListId"), nil)
	}
	rule.Description = r.str(r.get(n, "Description"), nil)
}

// normProtocol lowercases a protocol and maps numbers to names.
func normProtocol(p string) string {
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

var iamNameProp = map[string]string{
	"AWS::IAM::Role":  "RoleName",
	"AWS::IAM::User":  "UserName",
	"AWS::IAM::Group": "GroupName",
}

// readIAMIdentity reads a role, user or group: its inline policies and,
// for roles, the role itself.
func readIAMIdentity(a *cfn, r *reader) {
	p := r.props
	r.inlinePolicies(a, r.get(p, "Policies"), []string{r.id})
	if r.typ != "AWS::IAM::Role" {
		return
	}
	a.v.iamRoles = append(a.v.iamRoles, &iamRole{
		base:              r.base(),
		Name:              r.str(r.get(p, "RoleName"), nil),
		AssumeRolePolicy:  r.policyDoc(r.get(p, "AssumeRolePolicyDocument")),
		ManagedPolicyARNs: r.strList(r.get(p, "ManagedPolicyArns")),
	})
}

// inlinePolicies reads a Policies list of {PolicyName, PolicyDocument}.
func (r *reader) inlinePolicies(a *cfn, list node, attached []string) {
	for _, n := range r.items(list, true) {
		doc := r.policyDoc(r.get(n, "PolicyDocument"))
		if doc == nil {
			continue
		}
		r.addPolicy(a, r.str(r.get(n, "PolicyName"), nil), doc, attached)
	}
}

func (r *reader) addPolicy(a *cfn, name Attr, doc *policyDoc, attached []string) {
	b := r.base()
	b.Src = doc.Src
	if attached == nil {
		attached = []string{}
	}
	a.v.iamPolicies = append(a.v.iamPolicies, &iamPolicy{base: b, Name: name, AttachedTo: attached, Doc: doc})
}

// readIAMPolicy reads the standalone policy resources.
func readIAMPolicy(a *cfn, r *reader) {
	p := r.props
	doc := r.policyDoc(r.get(p, "PolicyDocument"))
	if doc == nil {
		return
	}
	nameKey := "PolicyName"
	if r.typ == "AWS::IAM::ManagedPolicy" {
		nameKey = "ManagedPolicyName"
	}
	attached := []string{}
	add := func(n node, typ string) {
		if id := a.address(n, iamNameProp[typ], typ); id != "" {
			attached = append(attached, id)
		}
	}
	for key, typ := range map[string]string{"Roles": "AWS::IAM::Role", "Users": "AWS::IAM::User", "Groups": "AWS::IAM::Group"} {
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
	r.addPolicy(a, r.str(r.get(p, nameKey), nil), doc, attached)
}

func readECRRepository(a *cfn, r *reader) {
	p := r.props
	enc := r.get(p, "EncryptionConfiguration")
	a.v.ecrRepos = append(a.v.ecrRepos, &ecrRepository{
		base:            r.base(),
		Name:            r.str(r.get(p, "RepositoryName"), nil),
		ScanOnPush:      r.boolean(r.path(p, "ImageScanningConfiguration", "ScanOnPush"), false),
		TagMutability:   r.str(r.get(p, "ImageTagMutability"), "MUTABLE"),
		LifecyclePolicy: r.str(r.path(p, "LifecyclePolicy", "LifecyclePolicyText"), nil),
		EncryptionType:  r.str(r.get(enc, "EncryptionType"), "AES256"),
		KMSKey:          r.link(a, r.get(enc, "KmsKey")),
		DeletionPolicy:  r.deletionPolicy("Delete"),
	})
}

func readLogGroup(a *cfn, r *reader) {
	p := r.props
	a.v.logGroups = append(a.v.logGroups, &logGroup{
		base:           r.base(),
		Name:           r.str(r.get(p, "LogGroupName"), nil),
		RetentionDays:  r.num(r.get(p, "RetentionInDays"), nil),
		KMSKey:         r.link(a, r.get(p, "KmsKeyId")),
		DeletionPolicy: r.deletionPolicy("Delete"),
	})
}

func readCodeBuildProject(a *cfn, r *reader) {
	p := r.props
	env := r.get(p, "Environment")
	pr := &codeBuildProject{
		base:           r.base(),
		Name:           r.str(r.get(p, "Name"), nil),
		PrivilegedMode: r.boolean(r.get(env, "PrivilegedMode"), false),
		Image:          r.str(r.get(env, "Image"), nil),
		ComputeType:    r.str(r.get(env, "ComputeType"), nil),
		EnvVars:        []*envVar{},
		EncryptionKey:  r.link(a, r.get(p, "EncryptionKey")),
		Buildspec:      r.str(r.path(p, "Source", "BuildSpec"), nil),
	}
	for _, n := range r.items(r.get(env, "EnvironmentVariables"), false) {
		pr.EnvVars = append(pr.EnvVars, &envVar{
			Src:   n.ptr,
			Name:  r.str(r.get(n, "Name"), nil),
			Value: r.str(r.get(n, "Value"), nil),
			Type:  r.str(r.get(n, "Type"), "PLAINTEXT"),
		})
	}
	pr.LogsEnabled = r.codeBuildLogs(r.get(p, "LogsConfig"))
	a.v.buildProjects = append(a.v.buildProjects, pr)
}

// codeBuildLogs decides whether a project keeps logs: CloudWatch logs are on
// unless disabled, S3 logs off unless enabled.
func (r *reader) codeBuildLogs(cfg node) Attr {
	cw := r.str(r.path(cfg, "CloudWatchLogs", "Status"), "ENABLED")
	s3 := r.str(r.path(cfg, "S3Logs", "Status"), "DISABLED")
	on := func(a Attr) bool { return a.known() && strings.EqualFold(a.Value.(string), "ENABLED") }
	switch {
	case on(cw):
		return Attr{Value: true, State: cw.State, Src: cw.Src}
	case on(s3):
		return Attr{Value: true, State: s3.State, Src: s3.Src}
	case cw.State == Unknown:
		return cw
	case s3.State == Unknown:
		return s3
	}
	return written(false, cw.Src)
}

func readPipeline(a *cfn, r *reader) {
	p := r.props
	pl := &pipeline{base: r.base(), Name: r.str(r.get(p, "Name"), nil), ArtifactStores: []*artifactStore{}, Stages: []*stage{}}
	addStore := func(n node, region Attr) {
		pl.ArtifactStores = append(pl.ArtifactStores, &artifactStore{
			Src:           n.ptr,
			Type:          r.str(r.get(n, "Type"), nil),
			Location:      r.str(r.get(n, "Location"), nil),
			EncryptionKey: r.link(a, r.path(n, "EncryptionKey", "Id")),
			Region:        region,
		})
	}
	if n := r.get(p, "ArtifactStore"); n.kind != nAbsent {
		addStore(n, dflt(nil, n.ptr))
	}
	for _, n := range r.items(r.get(p, "ArtifactStores"), false) {
		addStore(r.get(n, "ArtifactStore"), r.str(r.get(n, "Region"), nil))
	}
	for _, sn := range r.items(r.get(p, "Stages"), false) {
		st := &stage{Src: sn.ptr, Name: r.str(r.get(sn, "Name"), nil), Actions: []*action{}}
		for _, an := range r.items(r.get(sn, "Actions"), false) {
			typ := r.get(an, "ActionTypeId")
			st.Actions = append(st.Actions, &action{
				Src:           an.ptr,
				Name:          r.str(r.get(an, "Name"), nil),
				Category:      r.str(r.get(typ, "Category"), nil),
				Owner:         r.str(r.get(typ, "Owner"), nil),
				Provider:      r.str(r.get(typ, "Provider"), nil),
				Version:       r.str(r.get(typ, "Version"), nil),
				RunOrder:      r.num(r.get(an, "RunOrder"), 1.0),
				Configuration: r.object(r.get(an, "Configuration"), nil),
				Region:        r.str(r.get(an, "Region"), nil),
			})
		}
		pl.Stages = append(pl.Stages, st)
	}
	a.v.pipelines = append(a.v.pipelines, pl)
}

func readDeploymentGroup(a *cfn, r *reader) {
	p := r.props
	rb := r.get(p, "AutoRollbackConfiguration")
	al := r.get(p, "AlarmConfiguration")
	g := &deploymentGroup{
		base:             r.base(),
		Name:             r.str(r.get(p, "DeploymentGroupName"), nil),
		Application:      r.link(a, r.get(p, "ApplicationName")),
		RollbackEnabled:  r.boolean(r.get(rb, "Enabled"), false),
		RollbackEvents:   r.strList(r.get(rb, "Events")),
		AlarmsEnabled:    r.boolean(r.get(al, "Enabled"), false),
		DeploymentConfig: r.link(a, r.get(p, "DeploymentConfigName")),
	}
	alarms := r.get(al, "Alarms")
	switch alarms.kind {
	case nAbsent:
		g.AlarmNames = dflt([]any{}, r.dsrc(alarms.ptr))
	case nUnknown:
		g.AlarmNames = unknown(alarms.ptr)
	default:
		names := []any{}
		for _, n := range r.items(alarms, false) {
			name := r.str(r.get(n, "Name"), nil)
			names = append(names, name.Value)
		}
		g.AlarmNames = written(names, alarms.ptr)
	}
	a.v.deployGroups = append(a.v.deployGroups, g)
}

func readFunction(a *cfn, r *reader) {
	sam := r.typ == "AWS::Serverless::Function"
	f := &lambdaFunction{
		base:                r.base(),
		Name:                r.str(r.prop("FunctionName"), nil),
		Runtime:             r.str(r.prop("Runtime"), nil),
		Role:                r.link(a, r.prop("Role")),
		KMSKey:              r.link(a, r.prop("KmsKeyArn")),
		ReservedConcurrency: r.num(r.prop("ReservedConcurrentExecutions"), nil),
		Environment:         r.environment(),
	}
	if sam {
		f.TracingMode = r.str(r.prop("Tracing"), "PassThrough")
		f.DeadLetterTarget = r.link(a, r.prop("DeadLetterQueue", "TargetArn"))
		r.samPolicies(a, r.get(r.props, "Policies"))
	} else {
		f.TracingMode = r.str(r.prop("TracingConfig", "Mode"), "PassThrough")
		f.DeadLetterTarget = r.link(a, r.prop("DeadLetterConfig", "TargetArn"))
	}
	a.v.functions = append(a.v.functions, f)
}

// environment reads Environment.Variables, merging SAM Globals into the
// function's own variables as SAM does.
func (r *reader) environment() Attr {
	own := r.path(r.props, "Environment", "Variables")
	glob := node{kind: nAbsent}
	if r.globals.kind == nValue {
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

// samPolicies reads the SAM function Policies entries that are policy
// documents; managed policy names and SAM policy templates are skipped.
func (r *reader) samPolicies(a *cfn, pols node) {
	for _, n := range r.items(pols, true) {
		m, ok := n.v.(map[string]any)
		if !ok || n.kind != nValue {
			continue
		}
		if _, ok := m["Statement"]; !ok {
			continue
		}
		r.addPolicy(a, dflt(nil, n.ptr), r.policyDoc(n), nil)
	}
}

func readTaskDefinition(a *cfn, r *reader) {
	p := r.props
	t := &taskDefinition{
		base:          r.base(),
		Family:        r.str(r.get(p, "Family"), nil),
		NetworkMode:   r.str(r.get(p, "NetworkMode"), nil),
		TaskRole:      r.link(a, r.get(p, "TaskRoleArn")),
		ExecutionRole: r.link(a, r.get(p, "ExecutionRoleArn")),
		Containers:    []*container{},
	}
	for _, n := range r.items(r.get(p, "ContainerDefinitions"), false) {
		c := &container{
			Src:                    n.ptr,
			Name:                   r.str(r.get(n, "Name"), nil),
			Image:                  r.str(r.get(n, "Image"), nil),
			Privileged:             r.boolean(r.get(n, "Privileged"), false),
			LogConfiguration:       r.object(r.get(n, "LogConfiguration"), nil),
			HealthCheck:            r.object(r.get(n, "HealthCheck"), nil),
			ReadonlyRootFilesystem: r.boolean(r.get(n, "ReadonlyRootFilesystem"), false),
			User:                   r.str(r.get(n, "User"), nil),
			Environment:            r.nameValues(r.get(n, "Environment"), "Value"),
			Secrets:                r.nameValues(r.get(n, "Secrets"), "ValueFrom"),
		}
		t.Containers = append(t.Containers, c)
	}
	a.v.taskDefs = append(a.v.taskDefs, t)
}

func (r *reader) nameValues(list node, valueKey string) []nameValue {
	out := []nameValue{}
	for _, n := range r.items(list, false) {
		out = append(out, nameValue{Src: n.ptr, Name: r.str(r.get(n, "Name"), nil), Value: r.str(r.get(n, valueKey), nil)})
	}
	return out
}

func readDBInstance(a *cfn, r *reader) {
	p := r.props
	cluster := r.get(p, "DBClusterIdentifier")
	d := &dbInstance{
		base:               r.base(),
		Name:               r.str(r.get(p, "DBInstanceIdentifier"), nil),
		Engine:             r.str(r.get(p, "Engine"), nil),
		KMSKey:             r.link(a, r.get(p, "KmsKeyId")),
		PubliclyAccessible: r.boolean(r.get(p, "PubliclyAccessible"), false),
		BackupRetention:    r.num(r.get(p, "BackupRetentionPeriod"), 1.0),
		MultiAZ:            r.boolean(r.get(p, "MultiAZ"), false),
		Cluster:            r.link(a, cluster),
		DeletionProtection: r.boolean(r.get(p, "DeletionProtection"), false),
	}
	if cluster.kind == nAbsent {
		d.StorageEncrypted = r.boolean(r.get(p, "StorageEncrypted"), false)
		d.DeletionPolicy = r.deletionPolicy("Snapshot")
	} else {
		// The cluster decides encryption for its instances.
		d.StorageEncrypted = unknown(cluster.ptr)
		d.DeletionPolicy = r.deletionPolicy("Delete")
	}
	a.v.dbInstances = append(a.v.dbInstances, d)
}

func readDBCluster(a *cfn, r *reader) {
	p := r.props
	a.v.dbClusters = append(a.v.dbClusters, &dbCluster{
		base:               r.base(),
		Name:               r.str(r.get(p, "DBClusterIdentifier"), nil),
		Engine:             r.str(r.get(p, "Engine"), nil),
		StorageEncrypted:   r.boolean(r.get(p, "StorageEncrypted"), false),
		KMSKey:             r.link(a, r.get(p, "KmsKeyId")),
		PubliclyAccessible: r.boolean(r.get(p, "PubliclyAccessible"), false),
		BackupRetention:    r.num(r.get(p, "BackupRetentionPeriod"), 1.0),
		DeletionProtection: r.boolean(r.get(p, "DeletionProtection"), false),
		DeletionPolicy:     r.deletionPolicy("Snapshot"),
	})
}

func readDynamoTable(a *cfn, r *reader) {
	p := r.props
	t := &dynamoTable{
		base:           r.base(),
		Name:           r.str(r.get(p, "TableName"), nil),
		SSEEnabled:     r.boolean(r.path(p, "SSESpecification", "SSEEnabled"), false),
		DeletionPolicy: r.deletionPolicy("Delete"),
	}
	if r.typ == "AWS::DynamoDB::Table" {
		t.PointInTimeRecovery = r.boolean(r.path(p, "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"), false)
		t.KMSKey = r.link(a, r.path(p, "SSESpecification", "KMSMasterKeyId"))
	} else {
		r.replicas(a, t)
	}
	a.v.dynamoTables = append(a.v.dynamoTables, t)
}

// replicas sets a global table's recovery and key from its replicas: point
// in time recovery is the first replica without it (false or unknown), else
// the first replica's true value.
func (r *reader) replicas(a *cfn, t *dynamoTable) {
	reps := r.get(r.props, "Replicas")
	items := r.items(reps, false)
	if reps.kind == nUnknown {
		t.PointInTimeRecovery = unknown(reps.ptr)
		t.KMSKey = unknown(reps.ptr)
		return
	}
	var first, unk, off Attr
	for _, n := range items {
		pitr := r.boolean(r.path(n, "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"), false)
		switch {
		case pitr.State == Unknown:
			if unk.State == "" {
				unk = pitr
			}
		case pitr.Value == false:
			if off.State == "" {
				off = pitr
			}
		case first.State == "":
			first = pitr
		}
		if t.KMSKey.State == "" || t.KMSKey.State == Default {
			if k := r.link(a, r.path(n, "SSESpecification", "KMSMasterKeyId")); t.KMSKey.State == "" || k.State != Default {
				t.KMSKey = k
			}
		}
	}
	switch {
	case off.State != "":
		t.PointInTimeRecovery = off
	case unk.State != "":
		t.PointInTimeRecovery = unk
	case first.State != "":
		t.PointInTimeRecovery = first
	default:
		t.PointInTimeRecovery = dflt(false, r.dsrc(reps.ptr))
		t.KMSKey = dflt(nil, r.dsrc(reps.ptr))
	}
}
