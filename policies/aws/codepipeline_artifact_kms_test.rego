package shipgate.aws.codepipeline_artifact_kms_test

import data.shipgate.aws.codepipeline_artifact_kms as policy
import data.shipgate.lib.testing as t

store_src := "/Resources/Pipeline/Properties/ArtifactStore"

deny_for(key) := r if {
	store := {
		"src": store_src,
		"type": t.w("S3", concat("/", [store_src, "Type"])),
		"location": t.w("artifacts", concat("/", [store_src, "Location"])),
		"encryption_key": t.k("ArtifactStore.EncryptionKey.Id", key),
	}
	p := object.union(t.res("Pipeline", "AWS::CodePipeline::Pipeline"), {"artifact_stores": [store], "stages": []})
	r := policy.deny with input as t.aws("codepipeline", "pipelines", [p])
}

test_fails_without_key if {
	deny_for(t.d(null, store_src)) == {{
		"msg": `pipeline "Pipeline" stores artifacts without a customer managed KMS key; set ArtifactStore.EncryptionKey.Id to a KMS key you manage`,
		"resource": "Pipeline",
		"src": store_src,
	}}
}

test_passes_with_key if {
	count(deny_for(t.w("arn:aws:kms:eu-west-1:123456789012:key/abc", concat("/", [store_src, "EncryptionKey", "Id"])))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(concat("/", [store_src, "EncryptionKey", "Id"])))) == 0
}
