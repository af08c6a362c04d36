package io.sqlassist.approval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who may approve: names, and groups written {@code group:NAME} whose members are configured separately. Names are
 * compared case-insensitively. An empty list lets anyone approve (the local profile's default).
 */
public final class ApproverList {
    private final Set<String> approvers = new HashSet<>();

    /**
     * @param entries names and {@code group:NAME} entries
     * @param groups  group name → member names
     */
    public ApproverList(Set<String> entries, Map<String, Set<String>> groups) {
        for (String entry : entries) {
            if (entry.startsWith("group:")) {
                String group = entry.substring("group:".length());
                Set<String> members = groups.get(group);
                if (members == null) {
                    throw new IllegalArgumentException("approver group '" + group + "' has no members configured");
                }
                members.forEach(m -> approvers.add(normalise(m)));
            } else {
                approvers.add(normalise(entry));
            }
        }
    }

    public boolean isOpen() {
        return approvers.isEmpty();
    }

    public boolean allows(String approver) {
        return isOpen() || approver != null && approvers.contains(normalise(approver));
    }

    private static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
