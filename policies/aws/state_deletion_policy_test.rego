package shipgate.aws.state_deletion_policy_test

import data.shipgate.aws.state_deletion_policy as policy
import data.shipgate.lib.testing as t

view(services) := {"aws": object.union(
	{
		"rds": {"instances": [], "clusters": []},
		"dynamodb": {"tables": []},
		"s3": {"buckets": []},
	},
	services,
)}

with_policy(r, p) := object.union(r, {"deletion_policy": t.k("DeletionPolicy", p), "deletion_protection": t.d(false, r.src)})

table(p) := with_policy(t.res("Orders", "AWS::DynamoDB::Table"), p)

bucket(p, force) := object.union(with_policy(t.res("Logs", "AWS::S3::Bucket"), p), {"force_destroy": t.k("force_destroy", force)})

test_fails_by_default_for_table if {
	r := policy.deny with input as view({"dynamodb": {"tables": [table(t.d("Delete", "/Resources/Orders"))]}})
	r == {{
		"msg": `table "Orders" loses its data when it is deleted (DeletionPolicy); retain it`,
		"resource": "Orders",
		"src": "/Resources/Orders",
	}}
}

test_fails_for_written_delete_on_cluster_and_standalone_instance if {
	r := policy.deny with input as view({
		"rds": {
			"clusters": [with_policy(t.res("Aurora", "AWS::RDS::DBCluster"), t.w("Delete", "/Resources/Aurora/DeletionPolicy"))],
			"instances": [object.union(
				with_policy(t.res("Db", "AWS::RDS::DBInstance"), t.w("Delete", "/Resources/Db/DeletionPolicy")),
				{"cluster": t.d(null, "/Resources/Db/Properties")},
			)],
		},
	})
	{x.resource | some x in r} == {"Aurora", "Db"}
}

# CloudFormation cannot delete a bucket that holds objects; Terraform deletes
# them first only with force_destroy.
test_bucket_only_with_force_destroy if {
	count(policy.deny) == 0 with input as view({"s3": {"buckets": [bucket(t.w("Delete", "/Resources/Logs/DeletionPolicy"), t.d(false, "/Resources/Logs"))]}})
	r := policy.deny with input as view({"s3": {"buckets": [bucket(t.d("Delete", "aws_s3_bucket.logs"), t.w(true, "aws_s3_bucket.logs/values/force_destroy"))]}})
	r == {{
		"msg": `bucket "Logs" is destroyed with its objects (force_destroy is true); turn it off, or refuse to destroy the bucket`,
		"resource": "Logs",
		"src": "aws_s3_bucket.logs/values/force_destroy",
	}}
	count(policy.deny) == 0 with input as view({"s3": {"buckets": [bucket(t.w("Retain", "aws_s3_bucket.logs"), t.w(true, "aws_s3_bucket.logs/values/force_destroy"))]}})
}

test_deletion_protection_passes if {
	protected := object.union(table(t.d("Delete", "/Resources/Orders")), {"deletion_protection": t.w(true, "/Resources/Orders/Properties/DeletionProtectionEnabled")})
	count(policy.deny) == 0 with input as view({"dynamodb": {"tables": [protected]}})
	db := object.union(with_policy(t.res("Db", "AWS::RDS::DBInstance"), t.w("Delete", "/Resources/Db/DeletionPolicy")), {
		"cluster": t.d(null, "/Resources/Db"),
		"deletion_protection": t.w(true, "/Resources/Db/Properties/DeletionProtection"),
	})
	count(policy.deny) == 0 with input as view({"rds": {"instances": [db], "clusters": []}})
}

test_passes_when_kept if {
	every p in ["Retain", "Snapshot", "RetainExceptOnCreate"] {
		count(policy.deny) == 0 with input as view({"dynamodb": {"tables": [table(t.w(p, "/Resources/Orders/DeletionPolicy"))]}})
	}

	# the CloudFormation default for a standalone instance is Snapshot
	db := object.union(with_policy(t.res("Db", "AWS::RDS::DBInstance"), t.d("Snapshot", "/Resources/Db")), {"cluster": t.d(null, "/Resources/Db")})
	count(policy.deny) == 0 with input as view({"rds": {"instances": [db], "clusters": []}})
}

test_cluster_member_instance_does_not_fire if {
	db := object.union(
		with_policy(t.res("Writer", "AWS::RDS::DBInstance"), t.d("Delete", "/Resources/Writer")),
		{"cluster": t.w("Aurora", "/Resources/Writer/Properties/DBClusterIdentifier")},
	)
	count(policy.deny) == 0 with input as view({"rds": {"instances": [db], "clusters": []}})
}

test_unknown_does_not_fire if {
	count(policy.deny) == 0 with input as view({"dynamodb": {"tables": [table(t.u("/Resources/Orders/DeletionPolicy"))]}})
	db := object.union(with_policy(t.res("Db", "AWS::RDS::DBInstance"), t.w("Delete", "/Resources/Db/DeletionPolicy")), {"cluster": t.u("/Resources/Db/Properties/DBClusterIdentifier")})
	count(policy.deny) == 0 with input as view({"rds": {"instances": [db], "clusters": []}})
}

test_message_names_the_terraform_key if {
	src := "/resources/aws_db_instance.billing/values/skip_final_snapshot"
	db := object.union(
		t.res("aws_db_instance.billing", "aws_db_instance"),
		{
			"deletion_policy": t.k("skip_final_snapshot", t.w("Delete", src)),
			"cluster": t.d(null, "/resources/aws_db_instance.billing"),
			"deletion_protection": t.d(false, "/resources/aws_db_instance.billing"),
		},
	)
	r := policy.deny with input as view({"rds": {"instances": [db], "clusters": []}})
	[x.msg | some x in r] == [`database instance "aws_db_instance.billing" loses its data when it is deleted (skip_final_snapshot); retain it or keep a final snapshot`]
}
