terraform {
  required_version = ">= 1.5.0, < 2.0.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = merge({ Project = var.name, ManagedBy = "terraform" }, var.tags)
  }
}

data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition
  region     = var.region

  container_name = "sqlassist"
  container_port = 8080

  # Prefixes inside the results bucket. Athena's own output always goes under athena-output/ (athena.tf).
  results_prefix       = trimsuffix(var.results_prefix, "/")
  athena_output_prefix = "athena-output"
}
