terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "kubernetes_version" {
  description = "Kubernetes version of the staging cluster."
  type        = string
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  version  = "1.33"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  }
}

# Unknown: a variable without a default.
resource "aws_eks_cluster" "staging" {
  name     = "staging"
  version  = var.kubernetes_version
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  }
}
