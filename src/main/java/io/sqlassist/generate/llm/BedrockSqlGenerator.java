package io.sqlassist.generate.llm;

import static java.util.Objects.requireNonNull;

import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationException;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.generate.SqlGenerator;
import io.sqlassist.wire.TokenUsage;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.StopReason;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;

/**
 * Claude on Amazon Bedrock through the Converse API. Retries belong to the client (see {@link BedrockSettings#client}); a
 * call that still fails becomes a {@link GenerationException}. Thread-safe: the SDK client is.
 */
public final class BedrockSqlGenerator implements SqlGenerator {
    private final BedrockRuntimeClient client;
    private final BedrockSettings settings;
    private final PromptBuilder prompts;
    private final SqlAnswerParser parser = new SqlAnswerParser();

    /**
     * @param client   a client from {@link BedrockSettings#client}; the caller owns and closes it
     * @param settings model id and max tokens are read from here
     * @param prompts  builds the prompt, with the project's schema renderer
     */
    public BedrockSqlGenerator(BedrockRuntimeClient client, BedrockSettings settings, PromptBuilder prompts) {
        this.client = requireNonNull(client, "client is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.prompts = requireNonNull(prompts, "prompts is null");
    }

    @Override
    public GeneratedSql generate(GenerationRequest request) {
        SqlPrompt prompt = prompts.build(request);
        ConverseRequest converse = ConverseRequest.builder()
                .modelId(settings.modelId())
                .system(SystemContentBlock.fromText(prompt.system()))
                .messages(Message.builder().role(ConversationRole.USER)
                        .content(ContentBlock.fromText(prompt.user())).build())
                .inferenceConfig(InferenceConfiguration.builder()
                        .maxTokens(settings.maxTokens()).temperature(0f).build())
                .build();
        ConverseResponse response;
        try {
            response = client.converse(converse);
        } catch (SdkException e) {
            throw new GenerationException("Bedrock Converse with " + settings.modelId() + " failed: " + e.getMessage(),
                    e);
        }
        TokenUsage usage = response.usage() == null ? null
                : new TokenUsage(orZero(response.usage().inputTokens()), orZero(response.usage().outputTokens()));
        return answer(response).withUsage(usage);
    }

    private GeneratedSql answer(ConverseResponse response) {
        StopReason stop = response.stopReason();
        if (stop == StopReason.MAX_TOKENS) {
            return GeneratedSql.refused("the model's answer was cut off at " + settings.maxTokens() + " tokens");
        }
        if (stop == StopReason.GUARDRAIL_INTERVENED || stop == StopReason.CONTENT_FILTERED) {
            return GeneratedSql.refused("the model's answer was blocked (" + response.stopReasonAsString() + ")");
        }
        if (response.output() == null || response.output().message() == null) {
            return GeneratedSql.refused(SqlAnswerParser.UNREADABLE + "the response held no message");
        }
        // Text blocks only: reasoning or other block types never carry the answer.
        String text = response.output().message().content().stream()
                .map(ContentBlock::text)
                .filter(t -> t != null)
                .collect(Collectors.joining());
        return parser.parse(text);
    }

    private static long orZero(Integer tokens) {
        return tokens == null ? 0 : tokens;
    }

    @Override
    public String name() {
        return "bedrock";
    }
}
