terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "admin_cidrs" {
  description = "Networks allowed to reach the API endpoint."
  type        = list(string)
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  version  = "1.34"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

# Unknown: a variable without a default.
resource "aws_eks_cluster" "staging" {
  name     = "staging"
  version  = "1.34"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids          = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
    public_access_cidrs = var.admin_cidrs
  }
}
