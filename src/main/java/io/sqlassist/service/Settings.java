package io.sqlassist.service;

import java.util.Optional;
import java.util.function.Function;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Typed access to the profile's properties, resolved exactly as the routes resolve them (placeholders,
 * environment variables such as {@code SQLASSIST_DATA_DIR}, system properties, overrides).
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
        return resolver.apply(key).orElseThrow(() -> new IllegalStateException("missing setting " + key));
    }

    public String get(String key, String defaultValue) {
        return resolver.apply(key).orElse(defaultValue);
    }

    public int getInt(String key, int defaultValue) {
        return resolver.apply(key).map(String::trim).map(Integer::parseInt).orElse(defaultValue);
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        return resolver.apply(key).map(String::trim).map(Boolean::parseBoolean).orElse(defaultValue);
    }
}
