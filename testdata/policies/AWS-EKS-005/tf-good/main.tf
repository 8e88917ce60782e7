terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "ssh_security_groups" {
  description = "Security groups allowed to reach the nodes over SSH."
  type        = list(string)
}

resource "aws_security_group" "bastion" {
  name = "bastion"
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

  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = [aws_security_group.bastion.id]
  }
}

# Unknown: a variable without a default.
resource "aws_eks_node_group" "batch" {
  cluster_name  = "main"
  node_role_arn = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids    = ["subnet-0a1b2c3d4e5f60001"]

  scaling_config {
    desired_size = 1
    max_size     = 1
    min_size     = 1
  }

  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = var.ssh_security_groups
  }
}
