package cloud

// deliveryCollections are the collections of the delivery pipeline, account-level services and CloudFormation itself.
var deliveryCollections = []*Collection{}
