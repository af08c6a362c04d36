package io.sqlassist.doctor;

import static java.util.Objects.requireNonNull;

/**
 * The outcome of one pre-flight check.
 *
 * @param check   what was checked, as a person reads it ("queue sqlassist-inbox resolves")
 * @param ok      whether it passed
 * @param detail  why it failed (the service's own words), null when it passed
 * @param missing the grant that would make it pass, when the failure is a refusal by IAM; null otherwise
 */
public record Finding(String check, boolean ok, String detail, IamGrant missing) {
    public Finding {
        requireNonNull(check, "check is null");
    }

    static Finding passed(String check) {
        return new Finding(check, true, null, null);
    }

    static Finding failed(String check, String detail, IamGrant missing) {
        return new Finding(check, false, requireNonNull(detail, "detail is null"), missing);
    }
}
