terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "encrypted_resources" {
  description = "Resources encrypted with the cluster key."
  type        = list(string)
}

resource "aws_kms_key" "cluster" {
  enable_key_rotation = true
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  version  = "1.34"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.cluster.arn
    }
  }
}

# Unknown: a variable without a default.
resource "aws_eks_cluster" "staging" {
  name     = "staging"
  version  = "1.34"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  }

  encryption_config {
    resources = var.encrypted_resources
    provider {
      key_arn = aws_kms_key.cluster.arn
    }
  }
}
