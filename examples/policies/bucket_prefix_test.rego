package acme.bucket_prefix_test

import data.acme.bucket_prefix

bucket(name) := {"aws": {"s3": {"buckets": [{"resource": "Data", "src": "/Resources/Data", "name": name}]}}}

test_other_prefix_fails if {
	count(bucket_prefix.deny) == 1 with input as bucket({"value": "data-prod", "state": "written", "src": "/Resources/Data/Properties/BucketName", "key": "BucketName"})
}

test_prefix_passes if {
	count(bucket_prefix.deny) == 0 with input as bucket({"value": "acme-data", "state": "written", "src": "/x", "key": "BucketName"})
}

test_generated_name_passes if {
	count(bucket_prefix.deny) == 0 with input as bucket({"value": null, "state": "default", "src": "/Resources/Data", "key": "BucketName"})
}

test_unknown_name_passes if {
	count(bucket_prefix.deny) == 0 with input as bucket({"value": null, "state": "unknown", "src": "/x", "key": "BucketName"})
}
