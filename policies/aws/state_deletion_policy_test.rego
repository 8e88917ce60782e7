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

with_policy(r, p) := object.union(r, {"deletion_policy": t.k("DeletionPolicy", p)})

table(p) := with_policy(t.res("Orders", "AWS::DynamoDB::Table"), p)

test_fails_by_default_for_table if {
	r := policy.deny with input as view({"dynamodb": {"tables": [table(t.d("Delete", "/Resources/Orders"))]}})
	r == {{
		"msg": `table "Orders" loses its data when it is deleted (DeletionPolicy); retain it`,
		"resource": "Orders",
		"src": "/Resources/Orders",
	}}
}

test_fails_for_written_delete_on_bucket_cluster_and_standalone_instance if {
	r := policy.deny with input as view({
		"s3": {"buckets": [with_policy(t.res("Logs", "AWS::S3::Bucket"), t.w("Delete", "/Resources/Logs/DeletionPolicy"))]},
		"rds": {
			"clusters": [with_policy(t.res("Aurora", "AWS::RDS::DBCluster"), t.w("Delete", "/Resources/Aurora/DeletionPolicy"))],
			"instances": [object.union(
				with_policy(t.res("Db", "AWS::RDS::DBInstance"), t.w("Delete", "/Resources/Db/DeletionPolicy")),
				{"cluster": t.d(null, "/Resources/Db/Properties")},
			)],
		},
	})
	{x.resource | some x in r} == {"Logs", "Aurora", "Db"}
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
		{"deletion_policy": t.k("skip_final_snapshot", t.w("Delete", src)), "cluster": t.d(null, "/resources/aws_db_instance.billing")},
	)
	r := policy.deny with input as view({"rds": {"instances": [db], "clusters": []}})
	[x.msg | some x in r] == [`database instance "aws_db_instance.billing" loses its data when it is deleted (skip_final_snapshot); retain it or keep a final snapshot`]
}
