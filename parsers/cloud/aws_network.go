package cloud

// networkCollections are the collections of EC2 and VPC networking, load balancers, CloudFront, WAF, API Gateway.
var networkCollections = []*Collection{}
