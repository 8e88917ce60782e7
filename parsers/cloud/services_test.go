package cloud

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestServices checks selected attributes of each service, by path into the
// view, for written, default and unknown values.
func TestServices(t *testing.T) {
	tests := []struct {
		name string
		tmpl string
		want map[string]any
	}{
		{
			name: "ecr",
			tmpl: `
Resources:
  R:
    Type: AWS::ECR::Repository
    Properties:
      ImageScanningConfiguration: {ScanOnPush: "false"}
      LifecyclePolicy: {LifecyclePolicyText: '{"rules":[]}'}
      EncryptionConfiguration: {EncryptionType: KMS, KmsKey: {Ref: Key}}
  Key: {Type: AWS::KMS::Key}
  Bare: {Type: AWS::ECR::Repository}`,
			want: map[string]any{
				"ecr.repositories.1.scan_on_push":     w(false, "/Resources/R/Properties/ImageScanningConfiguration/ScanOnPush"),
				"ecr.repositories.1.tag_mutability":   d("MUTABLE", "/Resources/R"),
				"ecr.repositories.1.lifecycle_policy": w(`{"rules":[]}`, "/Resources/R/Properties/LifecyclePolicy/LifecyclePolicyText"),
				"ecr.repositories.1.encryption_type":  w("KMS", "/Resources/R/Properties/EncryptionConfiguration/EncryptionType"),
				"ecr.repositories.1.kms_key":          w("Key", "/Resources/R/Properties/EncryptionConfiguration/KmsKey"),
				"ecr.repositories.0.scan_on_push":     d(false, "/Resources/Bare"),
				"ecr.repositories.0.encryption_type":  d("AES256", "/Resources/Bare"),
				"ecr.repositories.0.lifecycle_policy": d(nil, "/Resources/Bare"),
			},
		},
		{
			name: "logs",
			tmpl: `
Resources:
  G: {Type: AWS::Logs::LogGroup, Properties: {RetentionInDays: "30", KmsKeyId: {Fn::ImportValue: key}}}`,
			want: map[string]any{
				"logs.log_groups.0.retention_days":  w(30.0, "/Resources/G/Properties/RetentionInDays"),
				"logs.log_groups.0.kms_key":         u("/Resources/G/Properties/KmsKeyId"),
				"logs.log_groups.0.name":            d(nil, "/Resources/G"),
				"logs.log_groups.0.deletion_policy": d("Delete", "/Resources/G"),
			},
		},
		{
			name: "codebuild",
			tmpl: `
Resources:
  P:
    Type: AWS::CodeBuild::Project
    Properties:
      Environment:
        Image: aws/codebuild/standard:7.0
        PrivilegedMode: "true"
        EnvironmentVariables:
          - {Name: TOKEN, Value: abc}
          - {Name: DB, Value: /db/pw, Type: PARAMETER_STORE}
      Source: {Type: CODEPIPELINE, BuildSpec: buildspec.yml}
      LogsConfig:
        CloudWatchLogs: {Status: DISABLED}
  Q:
    Type: AWS::CodeBuild::Project
    Properties:
      LogsConfig:
        CloudWatchLogs: {Status: DISABLED}
        S3Logs: {Status: ENABLED, Location: b/p}`,
			want: map[string]any{
				"codebuild.projects.0.privileged_mode":               w(true, "/Resources/P/Properties/Environment/PrivilegedMode"),
				"codebuild.projects.0.image":                         w("aws/codebuild/standard:7.0", "/Resources/P/Properties/Environment/Image"),
				"codebuild.projects.0.compute_type":                  d(nil, "/Resources/P/Properties/Environment"),
				"codebuild.projects.0.environment_variables.0.type":  d("PLAINTEXT", "/Resources/P/Properties/Environment/EnvironmentVariables/0"),
				"codebuild.projects.0.environment_variables.1.type":  w("PARAMETER_STORE", "/Resources/P/Properties/Environment/EnvironmentVariables/1/Type"),
				"codebuild.projects.0.environment_variables.0.value": w("abc", "/Resources/P/Properties/Environment/EnvironmentVariables/0/Value"),
				"codebuild.projects.0.buildspec":                     w("buildspec.yml", "/Resources/P/Properties/Source/BuildSpec"),
				"codebuild.projects.0.logs_enabled":                  w(false, "/Resources/P/Properties/LogsConfig/CloudWatchLogs/Status"),
				"codebuild.projects.0.encryption_key":                d(nil, "/Resources/P"),
				"codebuild.projects.1.logs_enabled":                  w(true, "/Resources/Q/Properties/LogsConfig/S3Logs/Status"),
				"codebuild.projects.1.privileged_mode":               d(false, "/Resources/Q"),
			},
		},
		{
			name: "codebuild logs default",
			tmpl: `
Resources:
  P: {Type: AWS::CodeBuild::Project, Properties: {Name: p}}`,
			want: map[string]any{
				"codebuild.projects.0.logs_enabled": d(true, "/Resources/P"),
				"codebuild.projects.0.name":         w("p", "/Resources/P/Properties/Name"),
			},
		},
		{
			name: "codepipeline",
			tmpl: `
Resources:
  P:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      ArtifactStores:
        - Region: eu-west-1
          ArtifactStore: {Type: S3, Location: {Ref: Art}, EncryptionKey: {Id: alias/k, Type: KMS}}
      Stages:
        - Name: Source
          Actions:
            - Name: Src
              ActionTypeId: {Category: Source, Owner: AWS, Provider: CodeCommit, Version: "1"}
              Configuration: {RepositoryName: r, BranchName: main}
        - Name: Deploy
          Actions:
            - Name: Approve
              RunOrder: "2"
              ActionTypeId: {Category: Approval, Owner: AWS, Provider: Manual, Version: 1}
  Art: {Type: AWS::S3::Bucket}
  Q:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      ArtifactStore: {Type: S3, Location: bucket}`,
			want: map[string]any{
				"codepipeline.pipelines.0.artifact_stores.0.src":            "/Resources/P/Properties/ArtifactStores/0/ArtifactStore",
				"codepipeline.pipelines.0.artifact_stores.0.location":       u("/Resources/P/Properties/ArtifactStores/0/ArtifactStore/Location"),
				"codepipeline.pipelines.0.artifact_stores.0.encryption_key": w("alias/k", "/Resources/P/Properties/ArtifactStores/0/ArtifactStore/EncryptionKey/Id"),
				"codepipeline.pipelines.0.artifact_stores.0.region":         w("eu-west-1", "/Resources/P/Properties/ArtifactStores/0/Region"),
				"codepipeline.pipelines.0.stages.0.name":                    w("Source", "/Resources/P/Properties/Stages/0/Name"),
				"codepipeline.pipelines.0.stages.0.actions.0.category":      w("Source", "/Resources/P/Properties/Stages/0/Actions/0/ActionTypeId/Category"),
				"codepipeline.pipelines.0.stages.0.actions.0.run_order":     d(1.0, "/Resources/P/Properties/Stages/0/Actions/0"),
				"codepipeline.pipelines.0.stages.0.actions.0.configuration": w(map[string]any{"RepositoryName": "r", "BranchName": "main"}, "/Resources/P/Properties/Stages/0/Actions/0/Configuration"),
				"codepipeline.pipelines.0.stages.1.actions.0.provider":      w("Manual", "/Resources/P/Properties/Stages/1/Actions/0/ActionTypeId/Provider"),
				"codepipeline.pipelines.0.stages.1.actions.0.run_order":     w(2.0, "/Resources/P/Properties/Stages/1/Actions/0/RunOrder"),
				"codepipeline.pipelines.0.stages.1.actions.0.configuration": d(nil, "/Resources/P/Properties/Stages/1/Actions/0"),
				"codepipeline.pipelines.1.artifact_stores.0.location":       w("bucket", "/Resources/Q/Properties/ArtifactStore/Location"),
				"codepipeline.pipelines.1.artifact_stores.0.encryption_key": d(nil, "/Resources/Q/Properties/ArtifactStore"),
				"codepipeline.pipelines.1.stages":                           []any{},
			},
		},
		{
			name: "codedeploy",
			tmpl: `
Resources:
  G:
    Type: AWS::CodeDeploy::DeploymentGroup
    Properties:
      ApplicationName: {Ref: App}
      AutoRollbackConfiguration: {Enabled: true, Events: [DEPLOYMENT_FAILURE]}
      AlarmConfiguration:
        Enabled: true
        Alarms: [{Name: high-errors}, {Name: {Ref: AlarmName}}]
  App: {Type: AWS::CodeDeploy::Application}
  H: {Type: AWS::CodeDeploy::DeploymentGroup, Properties: {DeploymentConfigName: CodeDeployDefault.AllAtOnce}}`,
			want: map[string]any{
				"codedeploy.deployment_groups.0.application":           w("App", "/Resources/G/Properties/ApplicationName"),
				"codedeploy.deployment_groups.0.auto_rollback.enabled": w(true, "/Resources/G/Properties/AutoRollbackConfiguration/Enabled"),
				"codedeploy.deployment_groups.0.auto_rollback.events":  w([]any{"DEPLOYMENT_FAILURE"}, "/Resources/G/Properties/AutoRollbackConfiguration/Events"),
				"codedeploy.deployment_groups.0.alarms.names":          w([]any{"high-errors", nil}, "/Resources/G/Properties/AlarmConfiguration/Alarms"),
				"codedeploy.deployment_groups.1.auto_rollback.enabled": d(false, "/Resources/H"),
				"codedeploy.deployment_groups.1.alarms.names":          d([]any{}, "/Resources/H"),
				"codedeploy.deployment_groups.1.deployment_config":     w("CodeDeployDefault.AllAtOnce", "/Resources/H/Properties/DeploymentConfigName"),
			},
		},
		{
			name: "lambda",
			tmpl: `
Resources:
  F:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Role: {Fn::GetAtt: [R, Arn]}
      TracingConfig: {Mode: Active}
      ReservedConcurrentExecutions: "5"
      DeadLetterConfig: {TargetArn: {Ref: Dlq}}
  R: {Type: AWS::IAM::Role}`,
			want: map[string]any{
				"lambda.functions.0.runtime":              w("python3.12", "/Resources/F/Properties/Runtime"),
				"lambda.functions.0.role":                 w("R", "/Resources/F/Properties/Role"),
				"lambda.functions.0.tracing_mode":         w("Active", "/Resources/F/Properties/TracingConfig/Mode"),
				"lambda.functions.0.reserved_concurrency": w(5.0, "/Resources/F/Properties/ReservedConcurrentExecutions"),
				"lambda.functions.0.dead_letter_target":   u("/Resources/F/Properties/DeadLetterConfig/TargetArn"),
				"lambda.functions.0.environment":          d(map[string]any{}, "/Resources/F"),
			},
		},
		{
			name: "sam globals",
			tmpl: `
Globals:
  Function:
    Runtime: nodejs20.x
    Tracing: Active
    Environment:
      Variables: {STAGE: prod, LOG: info}
Resources:
  Own:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Environment:
        Variables: {LOG: debug}
  Inherit: {Type: AWS::Serverless::Function, Properties: {Handler: x}}
  Plain: {Type: AWS::Lambda::Function}`,
			want: map[string]any{
				"lambda.functions.0.runtime":      w("nodejs20.x", "/Globals/Function/Runtime"),
				"lambda.functions.0.tracing_mode": w("Active", "/Globals/Function/Tracing"),
				"lambda.functions.0.environment":  w(map[string]any{"STAGE": "prod", "LOG": "info"}, "/Globals/Function/Environment/Variables"),
				"lambda.functions.1.runtime":      w("python3.12", "/Resources/Own/Properties/Runtime"),
				"lambda.functions.1.environment":  w(map[string]any{"STAGE": "prod", "LOG": "debug"}, "/Resources/Own/Properties/Environment/Variables"),
				"lambda.functions.2.runtime":      d(nil, "/Resources/Plain"),
				"lambda.functions.2.tracing_mode": d("PassThrough", "/Resources/Plain"),
			},
		},
		{
			name: "sam IgnoreGlobals",
			tmpl: `
Globals:
  Function:
    Runtime: nodejs20.x
    Tracing: Active
    Environment:
      Variables: {STAGE: prod}
Resources:
  All:
    Type: AWS::Serverless::Function
    IgnoreGlobals: "*"
    Properties: {Handler: x}
  Some:
    Type: AWS::Serverless::Function
    IgnoreGlobals: [Tracing, Environment]
    Properties: {Handler: x}`,
			want: map[string]any{
				"lambda.functions.0.runtime":      d(nil, "/Resources/All"),
				"lambda.functions.0.tracing_mode": d("PassThrough", "/Resources/All"),
				"lambda.functions.0.environment":  d(map[string]any{}, "/Resources/All"),
				"lambda.functions.1.runtime":      w("nodejs20.x", "/Globals/Function/Runtime"),
				"lambda.functions.1.tracing_mode": d("PassThrough", "/Resources/Some"),
				"lambda.functions.1.environment":  d(map[string]any{}, "/Resources/Some"),
			},
		},
		{
			name: "sam managed policies",
			tmpl: `
Parameters:
  Extra: {Type: String}
Resources:
  Listed:
    Type: AWS::Serverless::Function
    Properties:
      Policies:
        - AdministratorAccess
        - arn:aws:iam::aws:policy/IAMFullAccess
        - {Ref: Extra}
        - S3ReadPolicy: {BucketName: b}
        - Statement: [{Effect: Allow, Action: "*", Resource: "*"}]
  One:
    Type: AWS::Serverless::Function
    Properties: {Policies: AmazonS3FullAccess}
  WithRole:
    Type: AWS::Serverless::Function
    Properties: {Role: arn:aws:iam::123456789012:role/r, Policies: [AdministratorAccess]}
  Plain:
    Type: AWS::Lambda::Function`,
			want: map[string]any{
				"lambda.functions.0.managed_policies": w([]any{"AdministratorAccess", "arn:aws:iam::aws:policy/IAMFullAccess", nil}, "/Resources/Listed/Properties/Policies"),
				"lambda.functions.1.managed_policies": w([]any{"AmazonS3FullAccess"}, "/Resources/One/Properties/Policies"),
				"lambda.functions.2.managed_policies": d([]any{}, "/Resources/Plain"),
				"lambda.functions.3.managed_policies": d([]any{}, "/Resources/WithRole/Properties/Role"),
				// SAM ignores Policies when Role is set: no documents either.
				"iam.policies.0.resource": "Listed",
			},
		},
		{
			name: "iam users and groups",
			tmpl: `
Resources:
  Admin:
    Type: AWS::IAM::User
    Properties: {UserName: admin, ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]}
  Ops:
    Type: AWS::IAM::Group
    Properties: {ManagedPolicyArns: [arn:aws:iam::aws:policy/IAMFullAccess]}`,
			want: map[string]any{
				"iam.users.0.name":                 w("admin", "/Resources/Admin/Properties/UserName"),
				"iam.users.0.managed_policy_arns":  w([]any{"arn:aws:iam::aws:policy/AdministratorAccess"}, "/Resources/Admin/Properties/ManagedPolicyArns"),
				"iam.groups.0.managed_policy_arns": w([]any{"arn:aws:iam::aws:policy/IAMFullAccess"}, "/Resources/Ops/Properties/ManagedPolicyArns"),
			},
		},
		{
			name: "ecs",
			tmpl: `
Resources:
  T:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      NetworkMode: awsvpc
      TaskRoleArn: {Ref: Role}
      ContainerDefinitions:
        - Name: app
          Image: nginx:latest
          Privileged: "true"
          LogConfiguration: {LogDriver: awslogs}
          Environment: [{Name: A, Value: 1}]
          Secrets: [{Name: PW, ValueFrom: arn:secret}]
        - Name: side
          ReadonlyRootFilesystem: true
          User: {Ref: UserParam}`,
			want: map[string]any{
				"ecs.task_definitions.0.family":                                w("web", "/Resources/T/Properties/Family"),
				"ecs.task_definitions.0.task_role":                             u("/Resources/T/Properties/TaskRoleArn"),
				"ecs.task_definitions.0.execution_role":                        d(nil, "/Resources/T"),
				"ecs.task_definitions.0.containers.0.privileged":               w(true, "/Resources/T/Properties/ContainerDefinitions/0/Privileged"),
				"ecs.task_definitions.0.containers.0.log_configuration":        w(map[string]any{"LogDriver": "awslogs"}, "/Resources/T/Properties/ContainerDefinitions/0/LogConfiguration"),
				"ecs.task_definitions.0.containers.0.health_check":             d(nil, "/Resources/T/Properties/ContainerDefinitions/0"),
				"ecs.task_definitions.0.containers.0.environment.0.value":      w("1", "/Resources/T/Properties/ContainerDefinitions/0/Environment/0/Value"),
				"ecs.task_definitions.0.containers.0.secrets.0.value_from":     w("arn:secret", "/Resources/T/Properties/ContainerDefinitions/0/Secrets/0/ValueFrom"),
				"ecs.task_definitions.0.containers.1.readonly_root_filesystem": w(true, "/Resources/T/Properties/ContainerDefinitions/1/ReadonlyRootFilesystem"),
				"ecs.task_definitions.0.containers.1.privileged":               d(false, "/Resources/T/Properties/ContainerDefinitions/1"),
				"ecs.task_definitions.0.containers.1.user":                     u("/Resources/T/Properties/ContainerDefinitions/1/User"),
				"ecs.task_definitions.0.containers.1.environment":              []any{},
			},
		},
		{
			name: "rds",
			tmpl: `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: {Engine: aurora-postgresql, StorageEncrypted: true}
  Member:
    Type: AWS::RDS::DBInstance
    Properties: {DBClusterIdentifier: {Ref: Cluster}, Engine: aurora-postgresql}
  Solo:
    Type: AWS::RDS::DBInstance
    DeletionPolicy: Delete
    Properties: {PubliclyAccessible: "true", BackupRetentionPeriod: 0, MultiAZ: false}`,
			want: map[string]any{
				"rds.clusters.0.storage_encrypted":    w(true, "/Resources/Cluster/Properties/StorageEncrypted"),
				"rds.clusters.0.deletion_policy":      d("Snapshot", "/Resources/Cluster"),
				"rds.clusters.0.deletion_protection":  d(false, "/Resources/Cluster"),
				"rds.instances.0.cluster":             w("Cluster", "/Resources/Member/Properties/DBClusterIdentifier"),
				"rds.instances.0.storage_encrypted":   u("/Resources/Member/Properties/DBClusterIdentifier"),
				"rds.instances.0.deletion_policy":     d("Delete", "/Resources/Member"),
				"rds.instances.1.storage_encrypted":   d(false, "/Resources/Solo"),
				"rds.instances.1.publicly_accessible": w(true, "/Resources/Solo/Properties/PubliclyAccessible"),
				"rds.instances.1.backup_retention":    w(0.0, "/Resources/Solo/Properties/BackupRetentionPeriod"),
				"rds.instances.1.multi_az":            w(false, "/Resources/Solo/Properties/MultiAZ"),
				"rds.instances.1.deletion_policy":     w("Delete", "/Resources/Solo/DeletionPolicy"),
				"rds.instances.1.cluster":             d(nil, "/Resources/Solo"),
			},
		},
		{
			name: "rds instance default snapshot",
			tmpl: `
Resources:
  Db: {Type: AWS::RDS::DBInstance}`,
			want: map[string]any{
				"rds.instances.0.deletion_policy":  d("Snapshot", "/Resources/Db"),
				"rds.instances.0.backup_retention": d(1.0, "/Resources/Db"),
				// RDS creates an instance unencrypted unless asked; whether
				// it is public depends on its subnets, which the template
				// does not show.
				"rds.instances.0.storage_encrypted":   d(false, "/Resources/Db"),
				"rds.instances.0.publicly_accessible": d(nil, "/Resources/Db"),
			},
		},
		{
			name: "rds encryption inherited from a snapshot, a source or a replica is unknown",
			tmpl: `
Resources:
  FromSnapshot:
    Type: AWS::RDS::DBInstance
    Properties: {DBSnapshotIdentifier: snap-1}
  Replica:
    Type: AWS::RDS::DBInstance
    Properties: {SourceDBInstanceIdentifier: {Ref: FromSnapshot}, StorageEncrypted: false}
  Restored:
    Type: AWS::RDS::DBCluster
    Properties: {Engine: mysql, SnapshotIdentifier: {Ref: SnapshotArn}}
  ReplicaCluster:
    Type: AWS::RDS::DBCluster
    Properties: {Engine: aurora-mysql, ReplicationSourceIdentifier: arn:aws:rds:eu-west-1:123456789012:cluster:src}`,
			want: map[string]any{
				"rds.instances.0.storage_encrypted": u("/Resources/FromSnapshot/Properties/DBSnapshotIdentifier"),
				"rds.instances.1.storage_encrypted": u("/Resources/Replica/Properties/SourceDBInstanceIdentifier"),
				"rds.clusters.0.storage_encrypted":  u("/Resources/ReplicaCluster/Properties/ReplicationSourceIdentifier"),
				"rds.clusters.1.storage_encrypted":  u("/Resources/Restored/Properties/SnapshotIdentifier"),
			},
		},
		{
			name: "rds cluster encryption defaults by engine",
			tmpl: `
Parameters:
  Engine: {Type: String}
Resources:
  Aurora:
    Type: AWS::RDS::DBCluster
    Properties: {Engine: aurora-postgresql}
  MultiAZ:
    Type: AWS::RDS::DBCluster
    Properties: {Engine: postgres}
  ServerlessV1:
    Type: AWS::RDS::DBCluster
    Properties: {Engine: mysql, EngineMode: serverless}
  Unknown:
    Type: AWS::RDS::DBCluster
    Properties: {Engine: {Ref: Engine}}`,
			want: map[string]any{
				"rds.clusters.0.storage_encrypted":   d(true, "/Resources/Aurora"),
				"rds.clusters.1.storage_encrypted":   d(false, "/Resources/MultiAZ"),
				"rds.clusters.2.storage_encrypted":   d(true, "/Resources/ServerlessV1"),
				"rds.clusters.3.storage_encrypted":   u("/Resources/Unknown"),
				"rds.clusters.1.publicly_accessible": d(nil, "/Resources/MultiAZ"),
			},
		},
		{
			name: "dynamodb",
			tmpl: `
Resources:
  T:
    Type: AWS::DynamoDB::Table
    Properties:
      PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: "true"}
      SSESpecification: {SSEEnabled: true, KMSMasterKeyId: alias/t}
  G:
    Type: AWS::DynamoDB::GlobalTable
    DeletionPolicy: Retain
    Properties:
      SSESpecification: {SSEEnabled: true}
      Replicas:
        - Region: eu-west-1
          PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}
          SSESpecification: {KMSMasterKeyId: alias/g}
        - Region: us-east-1
  H:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      Replicas:
        - PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}`,
			want: map[string]any{
				"dynamodb.tables.0.point_in_time_recovery": d(false, "/Resources/G/Properties/Replicas/1"),
				"dynamodb.tables.0.sse_enabled":            w(true, "/Resources/G/Properties/SSESpecification/SSEEnabled"),
				"dynamodb.tables.0.kms_key":                w("alias/g", "/Resources/G/Properties/Replicas/0/SSESpecification/KMSMasterKeyId"),
				"dynamodb.tables.0.deletion_policy":        w("Retain", "/Resources/G/DeletionPolicy"),
				"dynamodb.tables.1.point_in_time_recovery": w(true, "/Resources/H/Properties/Replicas/0/PointInTimeRecoverySpecification/PointInTimeRecoveryEnabled"),
				"dynamodb.tables.1.sse_enabled":            d(false, "/Resources/H"),
				"dynamodb.tables.2.point_in_time_recovery": w(true, "/Resources/T/Properties/PointInTimeRecoverySpecification/PointInTimeRecoveryEnabled"),
				"dynamodb.tables.2.kms_key":                w("alias/t", "/Resources/T/Properties/SSESpecification/KMSMasterKeyId"),
				"dynamodb.tables.2.deletion_policy":        d("Delete", "/Resources/T"),
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := adapt(t, tc.tmpl, nil)
			got := map[string]any{}
			for k := range tc.want {
				got[k] = at(t, v, k)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
