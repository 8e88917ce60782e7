package cloud

// computeCollections are the collections of Lambda, ECS, EKS, App Runner and ECR.
var computeCollections = []*Collection{}
