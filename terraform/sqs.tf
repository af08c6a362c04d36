# Four queues, each with its own dead-letter queue. Names match config/application.properties when var.name is
# "sqlassist"; the task gets them through SQLASSIST_QUEUE_* either way. All are encrypted with SSE-SQS and use long
# polling (20 s). The service itself sends unprocessable inbox and approval-response messages to those queues'
# dead-letter queues (with error_reason); anything else that fails max_receive_count times SQS moves there.
locals {
  queues = {
    "inbox" = {
      visibility_timeout = var.inbox_visibility_timeout_seconds
    }
    "approval-request" = {
      # Read by reviewers and notifiers, not by the service.
      visibility_timeout = 60
    }
    "approval-response" = {
      visibility_timeout = var.approval_response_visibility_timeout_seconds
    }
    "results" = {
      # Read by requesters (sqlassist ask --wait).
      visibility_timeout = 60
    }
  }

  queue_arns = concat(
    [for q in aws_sqs_queue.main : q.arn],
    [for q in aws_sqs_queue.dlq : q.arn],
  )
}

resource "aws_sqs_queue" "dlq" {
  for_each = local.queues

  name                       = "${var.name}-${each.key}-dlq"
  sqs_managed_sse_enabled    = true
  message_retention_seconds  = 1209600
  receive_wait_time_seconds  = 20
  visibility_timeout_seconds = 60
}

resource "aws_sqs_queue" "main" {
  for_each = local.queues

  name                       = "${var.name}-${each.key}"
  sqs_managed_sse_enabled    = true
  message_retention_seconds  = var.message_retention_seconds
  receive_wait_time_seconds  = 20
  visibility_timeout_seconds = each.value.visibility_timeout

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq[each.key].arn
    maxReceiveCount     = var.max_receive_count
  })
}

# Only its own source queue may use a dead-letter queue.
resource "aws_sqs_queue_redrive_allow_policy" "dlq" {
  for_each = local.queues

  queue_url = aws_sqs_queue.dlq[each.key].id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.main[each.key].arn]
  })
}
