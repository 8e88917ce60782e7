package cloud

// view collects the normalised resources of one document, by service.
type view struct {
	buckets        []*s3Bucket
	securityGroups []*securityGroup
	sgRules        []*securityGroupRule
	iamPolicies    []*iamPolicy
	iamRoles       []*iamRole
	ecrRepos       []*ecrRepository
	logGroups      []*logGroup
	buildProjects  []*codeBuildProject
	pipelines      []*pipeline
	deployGroups   []*deploymentGroup
	functions      []*lambdaFunction
	taskDefs       []*taskDefinition
	dbInstances    []*dbInstance
	dbClusters     []*dbCluster
	dynamoTables   []*dynamoTable
}

func list[T interface{ toMap() map[string]any }](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x.toMap()
	}
	return out
}

// toMap renders the whole view with every service key present.
func (v *view) toMap() map[string]any {
	return map[string]any{
		"s3":           map[string]any{"buckets": list(v.buckets)},
		"ec2":          map[string]any{"security_groups": list(v.securityGroups), "security_group_rules": list(v.sgRules)},
		"iam":          map[string]any{"policies": list(v.iamPolicies), "roles": list(v.iamRoles)},
		"ecr":          map[string]any{"repositories": list(v.ecrRepos)},
		"logs":         map[string]any{"log_groups": list(v.logGroups)},
		"codebuild":    map[string]any{"projects": list(v.buildProjects)},
		"codepipeline": map[string]any{"pipelines": list(v.pipelines)},
		"codedeploy":   map[string]any{"deployment_groups": list(v.deployGroups)},
		"lambda":       map[string]any{"functions": list(v.functions)},
		"ecs":          map[string]any{"task_definitions": list(v.taskDefs)},
		"rds":          map[string]any{"instances": list(v.dbInstances), "clusters": list(v.dbClusters)},
		"dynamodb":     map[string]any{"tables": list(v.dynamoTables)},
	}
}

// s3Bucket is a normalised S3 bucket. Each attribute keeps its own source so
// that split Terraform resources can fill it.
type s3Bucket struct {
	base
	Name                                                             Attr
	EncEnabled, EncAlgorithm, EncKMSKey                              Attr
	VersEnabled, VersMFADelete                                       Attr
	PABPresent, BlockPublicACLs, BlockPublicPolicy, IgnorePublicACLs Attr
	RestrictPublicBuckets                                            Attr
	LogEnabled, LogTarget                                            Attr
	ACL                                                              Attr
	// Policies is a list attribute of rendered policy documents.
	Policies       Attr
	DeletionPolicy Attr
	// policies collects the attached documents before rendering.
	policies []*policyDoc
}

func (b *s3Bucket) toMap() map[string]any {
	m, put := b.obj(8)
	s := b.Src
	put("name", b.Name)
	m["encryption"] = map[string]any{"enabled": b.EncEnabled.toMap(s), "algorithm": b.EncAlgorithm.toMap(s), "kms_key": b.EncKMSKey.toMap(s)}
	m["versioning"] = map[string]any{"enabled": b.VersEnabled.toMap(s), "mfa_delete": b.VersMFADelete.toMap(s)}
	m["public_access_block"] = map[string]any{
		"present":                 b.PABPresent.toMap(s),
		"block_public_acls":       b.BlockPublicACLs.toMap(s),
		"block_public_policy":     b.BlockPublicPolicy.toMap(s),
		"ignore_public_acls":      b.IgnorePublicACLs.toMap(s),
		"restrict_public_buckets": b.RestrictPublicBuckets.toMap(s),
	}
	m["logging"] = map[string]any{"enabled": b.LogEnabled.toMap(s), "target_bucket": b.LogTarget.toMap(s)}
	put("acl", b.ACL)
	pol := b.Policies
	if pol.State == Written || pol.State == "" {
		docs := make([]any, len(b.policies))
		for i, d := range b.policies {
			docs[i] = d.toMap()
		}
		if len(docs) > 0 {
			pol = written(docs, b.policies[0].Src)
		} else {
			pol = dflt(docs, b.Src)
		}
	}
	put("policies", pol)
	put("deletion_policy", b.DeletionPolicy)
	return m
}

// policyDoc is an IAM policy document with its statements.
type policyDoc struct {
	Src  string
	File string
	// State is Written, or Unknown when the document or its statement list
	// cannot be read statically (Statements then holds what could be read).
	State      State
	Statements []*statement
}

// statement is one statement of a policy document.
type statement struct {
	Src                       string
	Effect                    Attr
	Actions, NotActions       Attr
	Resources, NotResources   Attr
	Principals, NotPrincipals Attr
	HasCondition              Attr
}

func (d *policyDoc) toMap() map[string]any {
	m := map[string]any{"src": d.Src, "state": string(d.State), "statements": d.statements()}
	if d.File != "" {
		m["file"] = d.File
	}
	return m
}

func (d *policyDoc) statements() []any {
	out := make([]any, len(d.Statements))
	for i, s := range d.Statements {
		out[i] = map[string]any{
			"src":            s.Src,
			"effect":         s.Effect.toMap(s.Src),
			"actions":        s.Actions.toMap(s.Src),
			"not_actions":    s.NotActions.toMap(s.Src),
			"resources":      s.Resources.toMap(s.Src),
			"not_resources":  s.NotResources.toMap(s.Src),
			"principals":     s.Principals.toMap(s.Src),
			"not_principals": s.NotPrincipals.toMap(s.Src),
			"has_condition":  s.HasCondition.toMap(s.Src),
		}
	}
	return out
}

// securityGroup is a normalised EC2 security group; its rules are listed
// separately as securityGroupRule values.
type securityGroup struct {
	base
	Name, Description, VPCID Attr
}

func (g *securityGroup) toMap() map[string]any {
	m, put := g.obj(3)
	put("name", g.Name)
	put("description", g.Description)
	put("vpc_id", g.VPCID)
	return m
}

// securityGroupRule is one ingress or egress rule, inline or standalone.
type securityGroupRule struct {
	base
	// Group is the address of the group, empty when unknown.
	Group                                   string
	Direction                               string
	Protocol, FromPort, ToPort              Attr
	CIDRv4, CIDRv6, SourceGroup, PrefixList Attr
	Description                             Attr
}

func (r *securityGroupRule) toMap() map[string]any {
	m, put := r.obj(10)
	if r.Group != "" {
		m["group"] = r.Group
	} else {
		m["group"] = nil
	}
	m["direction"] = r.Direction
	put("protocol", r.Protocol)
	put("from_port", r.FromPort)
	put("to_port", r.ToPort)
	put("cidr_ipv4", r.CIDRv4)
	put("cidr_ipv6", r.CIDRv6)
	put("source_group", r.SourceGroup)
	put("prefix_list", r.PrefixList)
	put("description", r.Description)
	return m
}

// iamPolicy is one identity policy document. Its base Src is the pointer of
// the document, not of the declaring resource.
type iamPolicy struct {
	base
	Name       Attr
	AttachedTo []string
	Doc        *policyDoc
}

func (p *iamPolicy) toMap() map[string]any {
	m, put := p.obj(4)
	put("name", p.Name)
	att := make([]any, len(p.AttachedTo))
	for i, a := range p.AttachedTo {
		att[i] = a
	}
	m["attached_to"] = att
	m["state"] = string(p.Doc.State)
	m["statements"] = p.Doc.statements()
	return m
}

// iamRole is a normalised IAM role.
type iamRole struct {
	base
	Name              Attr
	AssumeRolePolicy  *policyDoc
	ManagedPolicyARNs Attr
}

func (r *iamRole) toMap() map[string]any {
	m, put := r.obj(3)
	put("name", r.Name)
	if r.AssumeRolePolicy != nil {
		m["assume_role_policy"] = r.AssumeRolePolicy.toMap()
	} else {
		m["assume_role_policy"] = nil
	}
	put("managed_policy_arns", r.ManagedPolicyARNs)
	return m
}

// ecrRepository is a normalised ECR repository.
type ecrRepository struct {
	base
	Name, ScanOnPush, TagMutability, LifecyclePolicy Attr
	EncryptionType, KMSKey, DeletionPolicy           Attr
}

func (r *ecrRepository) toMap() map[string]any {
	m, put := r.obj(7)
	put("name", r.Name)
	put("scan_on_push", r.ScanOnPush)
	put("tag_mutability", r.TagMutability)
	put("lifecycle_policy", r.LifecyclePolicy)
	put("encryption_type", r.EncryptionType)
	put("kms_key", r.KMSKey)
	put("deletion_policy", r.DeletionPolicy)
	return m
}

// logGroup is a normalised CloudWatch Logs log group.
type logGroup struct {
	base
	Name, RetentionDays, KMSKey, DeletionPolicy Attr
}

func (g *logGroup) toMap() map[string]any {
	m, put := g.obj(4)
	put("name", g.Name)
	put("retention_days", g.RetentionDays)
	put("kms_key", g.KMSKey)
	put("deletion_policy", g.DeletionPolicy)
	return m
}

// codeBuildProject is a normalised CodeBuild project.
type codeBuildProject struct {
	base
	Name, PrivilegedMode, Image, ComputeType Attr
	EnvVars                                  []*envVar
	EncryptionKey, Buildspec, LogsEnabled    Attr
}

// envVar is a CodeBuild environment variable.
type envVar struct {
	Src               string
	Name, Value, Type Attr
}

func (p *codeBuildProject) toMap() map[string]any {
	m, put := p.obj(8)
	put("name", p.Name)
	put("privileged_mode", p.PrivilegedMode)
	put("image", p.Image)
	put("compute_type", p.ComputeType)
	vars := make([]any, len(p.EnvVars))
	for i, e := range p.EnvVars {
		vars[i] = map[string]any{"src": e.Src, "name": e.Name.toMap(e.Src), "value": e.Value.toMap(e.Src), "type": e.Type.toMap(e.Src)}
	}
	m["environment_variables"] = vars
	put("encryption_key", p.EncryptionKey)
	put("buildspec", p.Buildspec)
	put("logs_enabled", p.LogsEnabled)
	return m
}

// pipeline is a normalised CodePipeline pipeline.
type pipeline struct {
	base
	Name           Attr
	ArtifactStores []*artifactStore
	Stages         []*stage
}

type artifactStore struct {
	Src                                   string
	Type, Location, EncryptionKey, Region Attr
}

type stage struct {
	Src     string
	Name    Attr
	Actions []*action
}

type action struct {
	Src                              string
	Name, Category, Owner, Provider  Attr
	Version, RunOrder, Configuration Attr
	Region                           Attr
}

func (p *pipeline) toMap() map[string]any {
	m, put := p.obj(3)
	put("name", p.Name)
	stores := make([]any, len(p.ArtifactStores))
	for i, s := range p.ArtifactStores {
		stores[i] = map[string]any{"src": s.Src, "type": s.Type.toMap(s.Src), "location": s.Location.toMap(s.Src),
			"encryption_key": s.EncryptionKey.toMap(s.Src), "region": s.Region.toMap(s.Src)}
	}
	m["artifact_stores"] = stores
	stages := make([]any, len(p.Stages))
	for i, s := range p.Stages {
		acts := make([]any, len(s.Actions))
		for j, a := range s.Actions {
			acts[j] = map[string]any{"src": a.Src, "name": a.Name.toMap(a.Src), "category": a.Category.toMap(a.Src),
				"owner": a.Owner.toMap(a.Src), "provider": a.Provider.toMap(a.Src), "version": a.Version.toMap(a.Src),
				"run_order": a.RunOrder.toMap(a.Src), "configuration": a.Configuration.toMap(a.Src), "region": a.Region.toMap(a.Src)}
		}
		stages[i] = map[string]any{"src": s.Src, "name": s.Name.toMap(s.Src), "actions": acts}
	}
	m["stages"] = stages
	return m
}

// deploymentGroup is a normalised CodeDeploy deployment group.
type deploymentGroup struct {
	base
	Name, Application               Attr
	RollbackEnabled, RollbackEvents Attr
	AlarmsEnabled, AlarmNames       Attr
	DeploymentConfig                Attr
}

func (g *deploymentGroup) toMap() map[string]any {
	m, put := g.obj(5)
	s := g.Src
	put("name", g.Name)
	put("application", g.Application)
	m["auto_rollback"] = map[string]any{"enabled": g.RollbackEnabled.toMap(s), "events": g.RollbackEvents.toMap(s)}
	m["alarms"] = map[string]any{"enabled": g.AlarmsEnabled.toMap(s), "names": g.AlarmNames.toMap(s)}
	put("deployment_config", g.DeploymentConfig)
	return m
}

// lambdaFunction is a normalised Lambda function (plain or SAM).
type lambdaFunction struct {
	base
	Name, Runtime, Role, TracingMode      Attr
	Environment, KMSKey                   Attr
	DeadLetterTarget, ReservedConcurrency Attr
}

func (f *lambdaFunction) toMap() map[string]any {
	m, put := f.obj(8)
	put("name", f.Name)
	put("runtime", f.Runtime)
	put("role", f.Role)
	put("tracing_mode", f.TracingMode)
	put("environment", f.Environment)
	put("kms_key", f.KMSKey)
	put("dead_letter_target", f.DeadLetterTarget)
	put("reserved_concurrency", f.ReservedConcurrency)
	return m
}

// taskDefinition is a normalised ECS task definition.
type taskDefinition struct {
	base
	Family, NetworkMode, TaskRole, ExecutionRole Attr
	Containers                                   []*container
}

type container struct {
	Src                                       string
	Name, Image, Privileged, LogConfiguration Attr
	HealthCheck, ReadonlyRootFilesystem, User Attr
	Environment, Secrets                      []nameValue
}

// nameValue is a container environment variable or secret.
type nameValue struct {
	Src         string
	Name, Value Attr
}

func (t *taskDefinition) toMap() map[string]any {
	m, put := t.obj(5)
	put("family", t.Family)
	put("network_mode", t.NetworkMode)
	put("task_role", t.TaskRole)
	put("execution_role", t.ExecutionRole)
	cs := make([]any, len(t.Containers))
	for i, c := range t.Containers {
		cs[i] = map[string]any{"src": c.Src, "name": c.Name.toMap(c.Src), "image": c.Image.toMap(c.Src),
			"privileged": c.Privileged.toMap(c.Src), "log_configuration": c.LogConfiguration.toMap(c.Src),
			"health_check": c.HealthCheck.toMap(c.Src), "readonly_root_filesystem": c.ReadonlyRootFilesystem.toMap(c.Src),
			"user": c.User.toMap(c.Src), "environment": nameValues(c.Environment, "value"), "secrets": nameValues(c.Secrets, "value_from")}
	}
	m["containers"] = cs
	return m
}

func nameValues(nv []nameValue, valueKey string) []any {
	out := make([]any, len(nv))
	for i, e := range nv {
		out[i] = map[string]any{"src": e.Src, "name": e.Name.toMap(e.Src), valueKey: e.Value.toMap(e.Src)}
	}
	return out
}

// dbInstance is a normalised RDS DB instance.
type dbInstance struct {
	base
	Name, Engine, StorageEncrypted, KMSKey, PubliclyAccessible Attr
	BackupRetention, MultiAZ, Cluster, DeletionProtection      Attr
	DeletionPolicy                                             Attr
}

func (d *dbInstance) toMap() map[string]any {
	m, put := d.obj(10)
	put("name", d.Name)
	put("engine", d.Engine)
	put("storage_encrypted", d.StorageEncrypted)
	put("kms_key", d.KMSKey)
	put("publicly_accessible", d.PubliclyAccessible)
	put("backup_retention", d.BackupRetention)
	put("multi_az", d.MultiAZ)
	put("cluster", d.Cluster)
	put("deletion_protection", d.DeletionProtection)
	put("deletion_policy", d.DeletionPolicy)
	return m
}

// dbCluster is a normalised RDS DB cluster.
type dbCluster struct {
	base
	Name, Engine, StorageEncrypted, KMSKey, PubliclyAccessible Attr
	BackupRetention, DeletionProtection, DeletionPolicy        Attr
}

func (d *dbCluster) toMap() map[string]any {
	m, put := d.obj(8)
	put("name", d.Name)
	put("engine", d.Engine)
	put("storage_encrypted", d.StorageEncrypted)
	put("kms_key", d.KMSKey)
	put("publicly_accessible", d.PubliclyAccessible)
	put("backup_retention", d.BackupRetention)
	put("deletion_protection", d.DeletionProtection)
	put("deletion_policy", d.DeletionPolicy)
	return m
}

// dynamoTable is a normalised DynamoDB table or global table.
type dynamoTable struct {
	base
	Name, PointInTimeRecovery, SSEEnabled, KMSKey, DeletionPolicy Attr
}

func (t *dynamoTable) toMap() map[string]any {
	m, put := t.obj(5)
	put("name", t.Name)
	put("point_in_time_recovery", t.PointInTimeRecovery)
	put("sse_enabled", t.SSEEnabled)
	put("kms_key", t.KMSKey)
	put("deletion_policy", t.DeletionPolicy)
	return m
}
