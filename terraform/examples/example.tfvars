# Copy, fill in, and: terraform -chdir=terraform apply -var-file=examples/my.tfvars -var image_tag=$(git rev-parse --short HEAD)
region = "eu-west-1"
name   = "sqlassist"

# Existing network: private subnets with a NAT gateway (or VPC endpoints), and a security group allowing outbound 443.
vpc_id             = "vpc-0123456789abcdef0"
subnet_ids         = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
security_group_ids = ["sg-0123456789abcdef0"]

# The tag deploy.sh printed (short git commit). Usually passed with -var on the command line instead.
image_tag = "0000000"

# What the assistant may read and query.
glue_databases    = ["sales"]
data_s3_read_arns = ["arn:aws:s3:::my-data-lake", "arn:aws:s3:::my-data-lake/sales/*"]

# Claude on Bedrock: an EU cross-region inference profile and the regions it routes to.
bedrock_model_id      = "eu.anthropic.claude-sonnet-4-20250514-v1:0"
bedrock_model_regions = ["eu-central-1", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-3"]

# Athena: cancel any query scanning more than 10 GiB.
athena_bytes_scanned_cutoff_per_query = 10737418240

results_prefix                = "results"
results_expiration_days       = 30
athena_output_expiration_days = 7
log_retention_days            = 30

# Google Chat: the ARN of a secret holding the webhook URL (create it first, see docs/deploy.md). Empty: off.
google_chat_webhook_secret_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:sqlassist/google-chat-webhook-AbCdEf"

# One task with pending threads in its local file; set pending_store_enabled = true for durable, shared state.
desired_count         = 1
pending_store_enabled = false

extra_environment = {
  SQLASSIST_APPROVAL_APPROVERS   = "group:leads"
  SQLASSIST_APPROVAL_GROUP_LEADS = "bob@example.com,carol@example.com"
}
