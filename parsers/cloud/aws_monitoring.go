package cloud

// monitoringCollections are the collections of CloudTrail, CloudWatch, SNS and SQS.
var monitoringCollections = []*Collection{}
