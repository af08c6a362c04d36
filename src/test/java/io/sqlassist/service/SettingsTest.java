package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Defaults live in config/ only: every key the code reads is declared for each profile, and bad values say so. */
class SettingsTest {
    private static final Pattern READ = Pattern.compile(
            "settings\\.(?:get|optional|getInt|getLong|getBoolean)\\(\\s*\"(sqlassist\\.[a-z0-9.-]+)\"\\s*\\)");

    @ParameterizedTest
    @ValueSource(strings = {"local", "aws"})
    void every_setting_the_code_reads_is_declared_in_config_for_the_profile(String profile) throws IOException {
        Settings settings = Settings.load(profile, new Properties());
        List<String> undeclared = new ArrayList<>();
        for (String key : keysReadInCode()) {
            try {
                settings.get(key);
            } catch (IllegalStateException e) {
                undeclared.add(key);
            }
        }
        assertThat(keysReadInCode()).hasSizeGreaterThan(60);
        assertThat(undeclared).as("read in src/main but declared in no config/ file for " + profile).isEmpty();
    }

    @Test
    void a_missing_setting_fails_with_its_name() {
        Settings settings = Settings.load("local", new Properties());

        assertThatThrownBy(() -> settings.get("sqlassist.no-such-setting"))
                .hasMessageContaining("missing setting sqlassist.no-such-setting");
    }

    @Test
    void a_mistyped_switch_or_number_fails_instead_of_reading_as_off_or_a_default() {
        Properties overrides = new Properties();
        overrides.put("sqlassist.approval.four-eyes", "ture");
        overrides.put("sqlassist.result.max-rows", "10k");
        Settings settings = Settings.load("local", overrides);

        assertThatThrownBy(() -> settings.getBoolean("sqlassist.approval.four-eyes"))
                .hasMessageContaining("sqlassist.approval.four-eyes must be true or false, not 'ture'");
        assertThatThrownBy(() -> settings.getInt("sqlassist.result.max-rows"))
                .hasMessageContaining("sqlassist.result.max-rows must be a whole number, not '10k'");
    }

    @Test
    void a_blank_setting_is_unset_and_a_profile_overrides_the_shared_default() {
        Settings local = Settings.load("local", new Properties());
        Settings aws = Settings.load("aws", new Properties());

        assertThat(local.optional("sqlassist.results.bucket")).isEmpty();
        assertThat(local.get("sqlassist.engine")).isEqualTo("jdbc");
        assertThat(aws.get("sqlassist.engine")).isEqualTo("athena");
        assertThat(aws.get("sqlassist.athena.workgroup")).isEqualTo(local.get("sqlassist.athena.workgroup"));
    }

    private static TreeSet<String> keysReadInCode() throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = READ.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
