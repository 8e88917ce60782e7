terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "api_token" {
  description = "Injected by the pipeline."
  type        = string
  sensitive   = true
}

resource "aws_secretsmanager_secret" "db" {
  name = "prod/db"
}

# A reference to another resource's arn is that resource, not text written
# here, however credential-shaped its name.
resource "aws_secretsmanager_secret" "DbPassword2" {
  name = "prod/db-password-2"
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  container_definitions = jsonencode([
    {
      name  = "api"
      image = "public.ecr.aws/docker/library/nginx:1.27"
      environment = [
        { name = "LOG_LEVEL", value = "info" },
        { name = "API_TOKEN", value = var.api_token },
      ]
      secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }]
    },
  ])
}

resource "aws_ecs_task_definition" "worker" {
  family                   = "worker"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  container_definitions = jsonencode([
    {
      name        = "worker"
      image       = "public.ecr.aws/docker/library/nginx:1.27"
      environment = [{ name = "DB_PASSWORD", value = aws_secretsmanager_secret.DbPassword2.arn }]
    },
  ])
}
