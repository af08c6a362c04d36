#!/usr/bin/env bash
# Builds the sqlassist image, pushes it to Amazon ECR and, optionally, rolls an ECS service onto it.
# See docs/deploy.md. Run ./deploy.sh --help for the options.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: ./deploy.sh [options]

Builds the sqlassist image from this checkout, pushes it to Amazon ECR as REPOSITORY:TAG and prints the image URI.

Options:
  --region REGION          AWS region of the repository (default: $AWS_REGION, then $AWS_DEFAULT_REGION)
  --account ACCOUNT_ID     AWS account id (default: $AWS_ACCOUNT_ID, else looked up with aws sts get-caller-identity)
  --repository NAME        ECR repository name (default: $SQLASSIST_ECR_REPOSITORY, else sqlassist)
  --tag TAG                image tag (default: the short git commit, git rev-parse --short HEAD)
  --allow-dirty            build even when the git work tree has uncommitted changes (tag gets a -dirty-TIME suffix)
  --platform PLATFORM      docker build platform (default: linux/amd64, matching the task's X86_64)
  --update-service CLUSTER/SERVICE
                           then register a new revision of the service's task definition with the new image and
                           run aws ecs update-service --force-new-deployment (needs jq)
  --wait                   with --update-service: wait until the service is stable
  -h, --help               show this help and exit

Needs docker and the AWS CLI v2 with credentials for the account.
After --update-service, pass the same tag to Terraform (-var image_tag=TAG) so that the next apply keeps it.
USAGE
}

die() {
  echo "deploy.sh: $*" >&2
  exit 1
}

need() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is not installed or not on the PATH ($2)"
}

region="${AWS_REGION:-${AWS_DEFAULT_REGION:-}}"
account="${AWS_ACCOUNT_ID:-}"
repository="${SQLASSIST_ECR_REPOSITORY:-sqlassist}"
tag=""
allow_dirty=false
platform="linux/amd64"
update_service=""
wait_stable=false

value() {
  # value OPTION NEXT_ARG: NEXT_ARG must exist and not be another option.
  [[ $# -ge 2 && -n "$2" && "$2" != --* ]] || { echo "deploy.sh: $1 needs a value (see --help)" >&2; exit 2; }
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --region) value "$@"; region="$2"; shift 2 ;;
    --account) value "$@"; account="$2"; shift 2 ;;
    --repository) value "$@"; repository="$2"; shift 2 ;;
    --tag) value "$@"; tag="$2"; shift 2 ;;
    --allow-dirty) allow_dirty=true; shift ;;
    --platform) value "$@"; platform="$2"; shift 2 ;;
    --update-service) value "$@"; update_service="$2"; shift 2 ;;
    --wait) wait_stable=true; shift ;;
    *) echo "deploy.sh: unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

need docker "https://docs.docker.com/get-docker/"
need aws "AWS CLI v2: https://docs.aws.amazon.com/cli/"
docker info >/dev/null 2>&1 || die "docker is installed but its daemon is not reachable (is Docker running?)"

[[ -n "$region" ]] || die "no region: pass --region or set AWS_REGION"
[[ "$region" =~ ^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]+$ ]] || die "not a region name: $region"
[[ "$repository" =~ ^[a-z0-9]+([._/-][a-z0-9]+)*$ ]] || die "not an ECR repository name: $repository"

if [[ -z "$account" ]]; then
  account="$(aws sts get-caller-identity --query Account --output text)" \
    || die "could not look up the account with aws sts get-caller-identity (no credentials?); pass --account"
fi
[[ "$account" =~ ^[0-9]{12}$ ]] || die "not an AWS account id: $account"

if [[ -z "$tag" ]]; then
  need git "to derive the tag from the commit; or pass --tag"
  tag="$(git rev-parse --short HEAD 2>/dev/null)" || die "not a git checkout with a commit; pass --tag"
  if [[ -n "$(git status --porcelain --untracked-files=normal)" ]]; then
    $allow_dirty || die "the work tree has uncommitted changes; commit them, or pass --allow-dirty"
    tag="$tag-dirty-$(date -u +%Y%m%d%H%M%S)"
  fi
fi
[[ "$tag" =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]] || die "not a valid image tag: $tag"

if [[ -n "$update_service" ]]; then
  [[ "$update_service" =~ ^[^/]+/[^/]+$ ]] || die "--update-service takes CLUSTER/SERVICE, got: $update_service"
  need jq "needed by --update-service to edit the task definition"
fi

domain="amazonaws.com"
[[ "$region" == cn-* ]] && domain="amazonaws.com.cn"
registry="$account.dkr.ecr.$region.$domain"
image="$registry/$repository:$tag"

# A tag names one commit, so an image already in ECR under it is this checkout's image: a second run (a retry,
# another --update-service) uses it instead of pushing again, which an IMMUTABLE repository would refuse.
pushed=""
if aws ecr describe-images --region "$region" --registry-id "$account" --repository-name "$repository" \
  --image-ids "imageTag=$tag" >/dev/null 2>&1; then
  echo "==> $image is already in ECR: not built or pushed again"
else
  echo "==> docker build ($platform) sqlassist:$tag"
  docker build --platform "$platform" --tag "sqlassist:$tag" "$root"

  echo "==> docker login $registry"
  aws ecr get-login-password --region "$region" \
    | docker login --username AWS --password-stdin "$registry" >/dev/null

  echo "==> docker push $image"
  docker tag "sqlassist:$tag" "$image"
  docker push "$image"
  pushed=1
fi

if [[ -n "$update_service" ]]; then
  cluster="${update_service%%/*}"
  service="${update_service#*/}"

  echo "==> new task definition revision for $cluster/$service"
  current="$(aws ecs describe-services --region "$region" --cluster "$cluster" --services "$service" \
    --query 'services[0].taskDefinition' --output text)"
  [[ -n "$current" && "$current" != "None" ]] || die "service $service not found in cluster $cluster"

  # Same definition, new image for the containers that run this repository; drop the fields AWS fills in.
  tmp="$(mktemp)"
  trap 'rm -f "$tmp"' EXIT
  aws ecs describe-task-definition --region "$region" --task-definition "$current" --output json \
    | jq --arg repo "$registry/$repository" --arg image "$image" '
        .taskDefinition
        | .containerDefinitions |= map(if (.image | startswith($repo + ":") or startswith($repo + "@")) then .image = $image else . end)
        | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities,
              .registeredAt, .registeredBy, .deregisteredAt)' >"$tmp"
  jq -e --arg image "$image" 'any(.containerDefinitions[]; .image == $image)' "$tmp" >/dev/null \
    || die "no container in $current runs an image from $registry/$repository"

  revision="$(aws ecs register-task-definition --region "$region" --cli-input-json "file://$tmp" \
    --query 'taskDefinition.taskDefinitionArn' --output text)"
  echo "    registered $revision"

  echo "==> update-service $cluster/$service"
  aws ecs update-service --region "$region" --cluster "$cluster" --service "$service" \
    --task-definition "$revision" --force-new-deployment --query 'service.deployments[0].id' --output text >/dev/null

  if $wait_stable; then
    echo "==> waiting for $service to become stable"
    aws ecs wait services-stable --region "$region" --cluster "$cluster" --services "$service"
  fi
fi

echo
if [[ -n "$pushed" ]]; then
  echo "Pushed: $image"
else
  echo "Already in ECR: $image"
fi
echo "Terraform: terraform -chdir=terraform apply -var-file=... -var image_tag=$tag"
