environment    = "dev"
retention_days = 0
