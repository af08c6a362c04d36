resource "aws_ecs_cluster" "sqlassist" {
  name = var.name

  setting {
    name  = "containerInsights"
    value = var.container_insights ? "enabled" : "disabled"
  }
}

locals {
  image = "${aws_ecr_repository.sqlassist.repository_url}:${var.image_tag}"

  # Configuration as SQLASSIST_* environment variables (property sqlassist.a.b-c <-> SQLASSIST_A_B_C). Queue names:
  # the SQS client resolves their URLs (GetQueueUrl). Secrets are never here: see local.container_secrets.
  container_environment = { for k, v in merge(
    {
      SQLASSIST_PROFILE                      = "aws"
      SQLASSIST_AWS_REGION                   = var.region
      SQLASSIST_QUEUE_INBOX                  = aws_sqs_queue.main["inbox"].name
      SQLASSIST_QUEUE_INBOX_DLQ              = aws_sqs_queue.dlq["inbox"].name
      SQLASSIST_QUEUE_APPROVAL_REQUEST       = aws_sqs_queue.notify["approval-request"].name
      SQLASSIST_QUEUE_APPROVAL_RESPONSE      = aws_sqs_queue.main["approval-response"].name
      SQLASSIST_QUEUE_APPROVAL_RESPONSE_DLQ  = aws_sqs_queue.dlq["approval-response"].name
      SQLASSIST_QUEUE_RESULTS                = aws_sqs_queue.notify["results"].name
      SQLASSIST_ATHENA_WORKGROUP             = aws_athena_workgroup.sqlassist.name
      SQLASSIST_RESULTS_BUCKET               = aws_s3_bucket.results.bucket
      SQLASSIST_RESULTS_PREFIX               = local.results_prefix
      SQLASSIST_RESULTS_KMS_KEY_ID           = var.results_kms_key_arn
      SQLASSIST_RESULTS_LINK_MINUTES         = tostring(var.results_link_minutes)
      SQLASSIST_GLUE_DATABASES               = join(",", var.glue_databases)
      SQLASSIST_VALIDATION_ALLOWED_DATABASES = join(",", var.glue_databases)
      SQLASSIST_GENERATOR                    = "bedrock"
      SQLASSIST_BEDROCK_MODEL_ID             = var.bedrock_model_id
      # Empty (left out) unless pending_store_enabled.
      SQLASSIST_PENDING_URL = local.pending_jdbc_url
    },
    var.extra_environment,
  ) : k => v if v != "" }

  # The same probe as the image's HEALTHCHECK (ECS ignores the image's one and runs its own).
  health_probe = "exec 3<>/dev/tcp/127.0.0.1/${local.container_port} && printf 'GET /observe/health/live HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && timeout 4 head -n 1 <&3 | grep -q ' 200 '"
}

# Runs "serve" in the service, and one-off commands through `aws ecs run-task` with a command override.
resource "aws_ecs_task_definition" "sqlassist" {
  family                   = var.name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.task_cpu
  memory                   = var.task_memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = var.cpu_architecture
  }

  container_definitions = jsonencode([
    {
      name      = local.container_name
      image     = local.image
      essential = true
      command   = ["serve"]

      portMappings = [
        { containerPort = local.container_port, protocol = "tcp" }
      ]

      environment = [for k in sort(keys(local.container_environment)) : { name = k, value = local.container_environment[k] }]
      secrets     = [for k in sort(keys(local.container_secrets)) : { name = k, valueFrom = local.container_secrets[k] }]

      healthCheck = {
        command     = ["CMD", "bash", "-c", local.health_probe]
        interval    = 30
        timeout     = 5
        retries     = 3
        startPeriod = 90
      }

      # Camel's graceful shutdown takes up to 15 s (camel.main.shutdown-timeout).
      stopTimeout = 30

      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.sqlassist.name
          awslogs-region        = var.region
          awslogs-stream-prefix = "sqlassist"
        }
      }
    }
  ])

  # The service refuses to start on a profile its region cannot call; say so at plan time instead.
  lifecycle {
    precondition {
      condition = !can(regex("^(us|eu|apac)\\.", var.bedrock_model_id)) || (
        startswith(var.region, lookup({ us = "us-", eu = "eu-", apac = "ap-" }, split(".", var.bedrock_model_id)[0], "-"))
        && !startswith(var.region, "us-gov-")
      )
      error_message = "bedrock_model_id is a cross-region inference profile of another geography than var.region (us. needs a us-* region, eu. an eu-* one, apac. an ap-* one)."
    }
  }
}

resource "aws_ecs_service" "sqlassist" {
  name                   = var.name
  cluster                = aws_ecs_cluster.sqlassist.id
  task_definition        = aws_ecs_task_definition.sqlassist.arn
  desired_count          = var.desired_count
  launch_type            = "FARGATE"
  platform_version       = "LATEST"
  propagate_tags         = "SERVICE"
  enable_execute_command = false

  # With PostgreSQL, tasks share pending threads: a replacement may overlap the old task for a moment (SQS visibility
  # keeps work single). With the H2 fallback each task has its own store, and two at once would refuse each other's
  # decisions: the old task stops before the new one starts (a short gap; its pending threads go with it).
  deployment_minimum_healthy_percent = var.pending_store_enabled ? 100 : 0
  deployment_maximum_percent         = var.pending_store_enabled ? 200 : 100

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  network_configuration {
    subnets          = var.subnet_ids
    security_groups  = var.security_group_ids
    assign_public_ip = var.assign_public_ip
  }

  lifecycle {
    precondition {
      condition     = var.desired_count <= 1 || var.pending_store_enabled
      error_message = "desired_count > 1 needs pending_store_enabled = true: tasks must share pending threads in PostgreSQL."
    }
  }
}
