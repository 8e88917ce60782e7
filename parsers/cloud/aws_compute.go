package cloud

// computeCollections are the collections of Lambda, ECS, EKS, App Runner, CloudTrail, CloudWatch, SNS and SQS.
var computeCollections = []*Collection{}
