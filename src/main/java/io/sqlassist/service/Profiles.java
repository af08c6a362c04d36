package io.sqlassist.service;

import java.util.regex.Pattern;

/**
 * Where a profile's properties come from, most specific first (with several locations, Camel takes a key from the
 * first that has it): the user's own file, then the profile's file, then the shared defaults.
 */
public final class Profiles {
    public static final String DEFAULT = "local";
    /** Points at an extra properties file that overrides the packaged ones. */
    public static final String CONFIG_FILE_ENV = "SQLASSIST_CONFIG";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private Profiles() {
    }

    public static String locations(String profile) {
        if (!NAME.matcher(profile).matches()) {
            throw new IllegalArgumentException("profile must be lower-case letters, digits and '-': " + profile);
        }
        String locations = "classpath:config/application-" + profile + ".properties,classpath:config/application.properties";
        String userFile = System.getenv(CONFIG_FILE_ENV);
        return userFile == null || userFile.isBlank() ? locations : "file:" + userFile + "," + locations;
    }
}
