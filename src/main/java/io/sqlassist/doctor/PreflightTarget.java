package io.sqlassist.doctor;

import static java.util.Objects.requireNonNull;

import io.sqlassist.sqs.QueueNames;
import java.util.List;

/**
 * What the aws profile will use, as configured: the pre-flight checks each of these with the service's credentials.
 *
 * @param outputLocation where Athena writes results when the workgroup does not say; null when not configured
 * @param kmsKeyId       the results key (SSE-KMS); null for S3-managed keys
 */
public record PreflightTarget(String partition, String region, QueueNames queues, List<String> glueDatabases,
                              String workgroup, String outputLocation, String bucket, String prefix, String kmsKeyId,
                              String modelId) {
    public PreflightTarget {
        requireNonNull(partition, "partition is null");
        requireNonNull(region, "region is null");
        requireNonNull(queues, "queues is null");
        glueDatabases = List.copyOf(requireNonNull(glueDatabases, "glueDatabases is null"));
        requireNonNull(workgroup, "workgroup is null");
        requireNonNull(bucket, "bucket is null");
        requireNonNull(prefix, "prefix is null");
        requireNonNull(modelId, "modelId is null");
    }
}
