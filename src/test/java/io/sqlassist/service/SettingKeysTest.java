package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Defaults live in config/: every sqlassist.* key the code reads is written down there (with its default, or empty
 * with a comment), so that a reader finds every setting in one place and no default exists only in Java.
 */
class SettingKeysTest {
    private static final Pattern KEY = Pattern.compile("\"(sqlassist\\.[a-z0-9.-]+)\"");
    /**
     * Not settings of the service: the log level is read by logback as a JVM property before anything else; approver
     * groups are named by the operator (sqlassist.approval.group.NAME), so only their prefix is in the code.
     */
    private static final Set<String> NOT_SETTINGS = Set.of("sqlassist.log.level", "sqlassist.approval.group.");

    @Test
    void every_key_the_code_reads_is_in_config() throws IOException {
        Set<String> written = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("config"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                }
                written.addAll(properties.stringPropertyNames());
            }
        }
        Set<String> read = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher key = KEY.matcher(Files.readString(source));
                while (key.find()) {
                    read.add(key.group(1));
                }
            }
        }
        assertThat(read).as("keys read in src/main/java").hasSizeGreaterThan(50);
        read.removeAll(NOT_SETTINGS);
        read.removeAll(written);
        assertThat(read).as("keys read in code but missing from config/*.properties").isEmpty();
    }
}
