terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "capabilities" {
  description = "Capabilities of the agent."
  type        = list(string)
}

resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  requires_compatibilities = ["EC2"]
  network_mode             = "bridge"
  memory                   = "256"
  container_definitions = jsonencode([
    {
      name  = "web"
      image = "public.ecr.aws/docker/library/nginx:1.27"
      linuxParameters = {
        capabilities = { add = ["NET_BIND_SERVICE"], drop = ["ALL"] }
      }
    },
  ])
}

# Unknown: a variable without a default.
resource "aws_ecs_task_definition" "agent" {
  family                   = "agent"
  requires_compatibilities = ["EC2"]
  network_mode             = "bridge"
  memory                   = "256"
  container_definitions = jsonencode([
    {
      name  = "agent"
      image = "public.ecr.aws/datadog/agent:7"
      linuxParameters = {
        capabilities = { add = var.capabilities }
      }
    },
  ])
}
