package io.sqlassist.execute.athena;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.WorkGroupConfiguration;

/**
 * Athena bills every byte a query scans and the guard cannot know table sizes: the workgroup's per-query
 * bytes-scanned cutoff is the bound. This check makes it a precondition: the service starts only on a workgroup that
 * has a cutoff and enforces its configuration, so that no client setting can lift it.
 */
public final class AthenaWorkgroupCheck {
    private AthenaWorkgroupCheck() {
    }

    /** @throws IllegalStateException naming what is missing, when the workgroup does not bound what a query scans */
    public static void requireBytesScannedCutoff(AthenaClient athena, String workgroup) {
        requireNonNull(workgroup, "workgroup is null");
        List<String> missing = unbounded(athena.getWorkGroup(r -> r.workGroup(workgroup)).workGroup().configuration());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Athena workgroup " + workgroup + " does not bound what a query may scan ("
                    + String.join(", and ", missing) + "): use the workgroup"
                    + " terraform/athena.tf creates (SQLASSIST_ATHENA_WORKGROUP), or set"
                    + " sqlassist.athena.require-bytes-scanned-cutoff=false to accept unbounded scans");
        }
    }

    /** What keeps a workgroup from bounding scans: no per-query cutoff, or clients allowed to override it. */
    public static List<String> unbounded(WorkGroupConfiguration configuration) {
        List<String> missing = new ArrayList<>();
        if (configuration == null || configuration.bytesScannedCutoffPerQuery() == null) {
            missing.add("no per-query bytes-scanned cutoff");
        }
        if (configuration == null || !Boolean.TRUE.equals(configuration.enforceWorkGroupConfiguration())) {
            missing.add("clients may override its configuration");
        }
        return missing;
    }
}
