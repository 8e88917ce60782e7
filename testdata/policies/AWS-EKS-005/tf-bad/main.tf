terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_eks_node_group" "workers" {
  cluster_name  = "main"
  node_role_arn = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids    = ["subnet-0a1b2c3d4e5f60001"]

  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }

  remote_access { # expect: AWS-EKS-005
    ec2_ssh_key = "ops"
  }
}
