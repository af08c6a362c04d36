package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Whether a statement's tables and columns exist and may be read; reasons say why not. */
public record CatalogVerdict(boolean allowed, List<String> reasons) {
    public CatalogVerdict {
        reasons = List.copyOf(requireNonNull(reasons, "reasons is null"));
        if (allowed != reasons.isEmpty()) {
            throw new IllegalArgumentException("a verdict is allowed exactly when it has no reasons");
        }
    }

    static CatalogVerdict of(List<String> reasons) {
        return new CatalogVerdict(reasons.isEmpty(), reasons);
    }
}
