package io.sqlassist.generate.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cross-region inference profile is called only from the regions it serves; the service says so at start. */
class BedrockSettingsTest {
    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource({
        "us-east-1, us.anthropic.claude-sonnet-4-20250514-v1:0",
        "us-west-2, us.anthropic.claude-sonnet-4-20250514-v1:0",
        "eu-west-1, eu.anthropic.claude-sonnet-4-20250514-v1:0",
        "ap-southeast-2, apac.anthropic.claude-sonnet-4-20250514-v1:0",
        "eu-central-1, anthropic.claude-3-5-sonnet-20240620-v1:0",
        "sa-east-1, global.anthropic.claude-sonnet-4-20250514-v1:0"})
    void a_profile_of_the_region_s_geography_or_a_plain_model_fits(String region, String model) {
        assertThat(BedrockSettings.defaults(region).withModelId(model).checkRegionFitsModel().modelId()).isEqualTo(model);
    }

    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource({
        "eu-west-1, us.anthropic.claude-sonnet-4-20250514-v1:0, us-*",
        "us-east-1, eu.anthropic.claude-sonnet-4-20250514-v1:0, eu-*",
        "us-gov-west-1, us.anthropic.claude-sonnet-4-20250514-v1:0, us-*",
        "eu-west-1, apac.anthropic.claude-sonnet-4-20250514-v1:0, ap-*"})
    void a_profile_called_from_outside_its_geography_stops_the_start_with_the_reason(String region, String model,
                                                                                   String serves) {
        assertThatThrownBy(() -> BedrockSettings.defaults(region).withModelId(model).checkRegionFitsModel())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(model).hasMessageContaining("serves only " + serves).hasMessageContaining(region)
                .hasMessageContaining("sqlassist.bedrock.model-id");
    }
}
