package cloud

// identityCollections are the collections of IAM beyond roles, users and groups, KMS, Secrets Manager, SSM.
var identityCollections = []*Collection{}
