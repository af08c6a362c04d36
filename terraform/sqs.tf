# Four queues. Names match config/application.properties when var.name is "sqlassist"; the task gets them through
# SQLASSIST_QUEUE_* either way. All are encrypted with SSE-SQS and use long polling (20 s); the embedded queues of
# the local profile get the same visibility timeouts and redrive (sqlassist.sqs.* in config/, QueueSettingsTest).
#  - inbox and approval-response are worked by the service: each has a dead-letter queue. The service sends
#    unprocessable messages there itself (with error_reason); anything else that fails max_receive_count times SQS
#    moves there. The consumers extend a message's visibility while they work on it.
#  - approval-request and results are read by people's clients (reviewers, sqlassist ask --wait): no dead-letter
#    queue, since a client receiving a message meant for someone else says nothing about the message's health, and
#    a receive count would move healthy Results away from their requester.
locals {
  worked_queues = {
    "inbox" = {
      visibility_timeout = var.inbox_visibility_timeout_seconds
    }
    "approval-response" = {
      visibility_timeout = var.approval_response_visibility_timeout_seconds
    }
  }
  notify_queues = {
    "approval-request" = {
      visibility_timeout = 60
    }
    "results" = {
      visibility_timeout = 60
    }
  }
}

resource "aws_sqs_queue" "dlq" {
  for_each = local.worked_queues

  name                       = "${var.name}-${each.key}-dlq"
  sqs_managed_sse_enabled    = true
  message_retention_seconds  = 1209600
  receive_wait_time_seconds  = 20
  visibility_timeout_seconds = 60
}

resource "aws_sqs_queue" "main" {
  for_each = local.worked_queues

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

resource "aws_sqs_queue" "notify" {
  for_each = local.notify_queues

  name                       = "${var.name}-${each.key}"
  sqs_managed_sse_enabled    = true
  message_retention_seconds  = var.message_retention_seconds
  receive_wait_time_seconds  = 20
  visibility_timeout_seconds = each.value.visibility_timeout
}

# Only its own source queue may use a dead-letter queue.
resource "aws_sqs_queue_redrive_allow_policy" "dlq" {
  for_each = local.worked_queues

  queue_url = aws_sqs_queue.dlq[each.key].id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.main[each.key].arn]
  })
}
