package io.sqlassist.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.service.CapabilitySettings;
import io.sqlassist.service.Settings;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The tests' engine settings are the ones config/ ships, so the tests exercise what users run. */
class EnginesTest {
    @Test
    void the_fixtures_use_the_limits_config_ships() {
        Settings settings = Settings.load("local", new Properties());

        assertThat(CapabilitySettings.engineLimits(settings)).isEqualTo(Engines.LIMITS);
        assertThat(CapabilitySettings.dryRunLimits(settings)).isEqualTo(Engines.DRY_RUN);
    }
}
