retention_days = 0
ssh_cidr = "10.1.0.0/16"
