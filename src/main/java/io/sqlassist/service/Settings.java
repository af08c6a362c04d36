package io.sqlassist.service;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Typed access to the profile's properties, resolved exactly as the routes resolve them (placeholders,
 * environment variables such as {@code SQLASSIST_DATA_DIR}, system properties, overrides).
 *
 * <p>Every default lives in config/: a key the code reads and no file declares fails at start-up with its name,
 * rather than running on a value written in code, and a value that does not parse names its key. A setting that
 * may be left unset is declared blank.
 */
public final class Settings {
    private final Function<String, Optional<String>> resolver;

    private Settings(Function<String, Optional<String>> resolver) {
        this.resolver = resolver;
    }

    public static Settings of(CamelContext context) {
        return new Settings(key -> context.getPropertiesComponent().resolveProperty(key));
    }

    /** Settings for a command that does not run routes (ask, approvals): same files, no Camel start-up. */
    public static Settings load(String profile, java.util.Properties overrides) {
        CamelContext context = new DefaultCamelContext(); // built, never started: only its properties are used
        context.getPropertiesComponent().setLocation(Profiles.locations(profile));
        context.getPropertiesComponent().setOverrideProperties(overrides);
        return of(context);
    }

    public String get(String key) {
        return resolver.apply(key).orElseThrow(() -> new IllegalStateException("missing setting " + key
                + ": every setting is declared in config/application*.properties (blank where it may be unset)"));
    }

    /** A declared setting that may be left blank: empty when it is. */
    public Optional<String> optional(String key) {
        String value = get(key).trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** A setting whose key is made of the user's own names (an approver group, say): empty when not declared. */
    public Optional<String> find(String key) {
        return resolver.apply(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    public int getInt(String key) {
        long value = getLong(key);
        if (value != (int) value) {
            throw new IllegalArgumentException("setting " + key + " is too large: " + value);
        }
        return (int) value;
    }

    public long getLong(String key) {
        String value = get(key).trim();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a whole number, not '" + value + "'", e);
        }
    }

    /** {@code true} or {@code false}, nothing else: a mistyped switch must not quietly read as off. */
    public boolean getBoolean(String key) {
        String value = get(key).trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("setting " + key + " must be true or false, not '" + value + "'");
        };
    }
}
