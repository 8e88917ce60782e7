terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "subnet_ids" {
  description = "Set per environment."
  type        = list(string)
}

variable "subnet_group" {
  description = "Set per environment."
  type        = string
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  database_name          = "analytics"
  master_username        = "admin"
  manage_master_password = true
  cluster_subnet_group_name = aws_redshift_subnet_group.private.name
}

resource "aws_redshift_subnet_group" "private" {
  name       = "private"
  subnet_ids = var.subnet_ids
}

# Unknown: a variable without a default.
resource "aws_redshift_cluster" "archive" {
  cluster_identifier     = "archive"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  database_name          = "analytics"
  master_username        = "admin"
  manage_master_password = true
  cluster_subnet_group_name = var.subnet_group
}
