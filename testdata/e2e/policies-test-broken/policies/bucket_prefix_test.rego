package acme.bucket_prefix_test

import data.acme.bucket_prefix

bucket(name) := {"aws": {"s3": {"buckets": [{"resource": "Data", "src": "/Resources/Data", "name": name}]}}}

test_prefix_passes if {
	count(bucket_prefix.deny) == 0 with input as bucket({"value": "acme-data", "state": "written", "src": "/x", "key": "BucketName"})
}

# Broken on purpose: a bucket with another prefix is reported, not passed.
test_other_prefix_passes if {
	count(bucket_prefix.deny) == 0 with input as bucket({"value": "data-prod", "state": "written", "src": "/x", "key": "BucketName"})
}
