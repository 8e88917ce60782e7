package cloud

// dataCollections are the collections of databases, caches, search, analytics, streams and file systems.
var dataCollections = []*Collection{}
