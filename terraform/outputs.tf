output "ecr_repository_url" {
  description = "Where deploy.sh pushes the image (--repository takes the name, this is the full URL)."
  value       = aws_ecr_repository.sqlassist.repository_url
}

output "ecs_cluster_name" {
  description = "ECS cluster name (deploy.sh --update-service CLUSTER/SERVICE)."
  value       = aws_ecs_cluster.sqlassist.name
}

output "ecs_service_name" {
  description = "ECS service running `serve`."
  value       = aws_ecs_service.sqlassist.name
}

output "task_definition_family" {
  description = "Task definition family, for aws ecs run-task."
  value       = aws_ecs_task_definition.sqlassist.family
}

output "task_definition_arn" {
  description = "Task definition revision Terraform registered."
  value       = aws_ecs_task_definition.sqlassist.arn
}

output "queue_urls" {
  description = "SQS queue URLs by role (inbox, approval-request, approval-response, results)."
  value       = merge({ for k, q in aws_sqs_queue.main : k => q.url }, { for k, q in aws_sqs_queue.notify : k => q.url })
}

output "dead_letter_queue_urls" {
  description = "Dead-letter queue URLs of the queues the service works (inbox, approval-response)."
  value       = { for k, q in aws_sqs_queue.dlq : k => q.url }
}

output "queue_names" {
  description = "SQS queue names by role (what SQLASSIST_QUEUE_* hold)."
  value       = merge({ for k, q in aws_sqs_queue.main : k => q.name }, { for k, q in aws_sqs_queue.notify : k => q.name })
}

output "results_bucket" {
  description = "Results bucket: RESULTS_PREFIX/THREAD_ID/result.csv and metadata.json, and athena-output/."
  value       = aws_s3_bucket.results.bucket
}

output "results_prefix" {
  description = "Prefix of the per-thread result folders in the results bucket."
  value       = local.results_prefix
}

output "athena_workgroup" {
  description = "Athena workgroup the service queries in."
  value       = aws_athena_workgroup.sqlassist.name
}

output "log_group_name" {
  description = "CloudWatch log group of the service and one-off tasks."
  value       = aws_cloudwatch_log_group.sqlassist.name
}

output "task_role_arn" {
  description = "IAM role the sqlassist container runs as."
  value       = aws_iam_role.task.arn
}

output "execution_role_arn" {
  description = "IAM role ECS uses to pull the image, write logs and inject secrets."
  value       = aws_iam_role.execution.arn
}

output "pending_jdbc_url" {
  description = "JDBC URL of the pending-thread database (empty when pending_store_enabled is false). User and password are in the secret pending_db_secret_arn."
  value       = local.pending_jdbc_url
}

output "pending_db_secret_arn" {
  description = "Secrets Manager secret (managed by RDS) with the database username and password; empty without the database."
  value       = local.db_secret_arn
}

output "environment" {
  description = "The container's SQLASSIST_* environment (no secrets), to run the CLI against the same resources."
  value       = local.container_environment
}

output "run_task_network_configuration" {
  description = "The --network-configuration argument for a one-off aws ecs run-task."
  value       = "awsvpcConfiguration={subnets=[${join(",", var.subnet_ids)}],securityGroups=[${join(",", var.security_group_ids)}],assignPublicIp=${var.assign_public_ip ? "ENABLED" : "DISABLED"}}"
}
