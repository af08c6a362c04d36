package io.sqlassist.generate.llm;

import static java.util.Objects.requireNonNull;

import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationException;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.wire.TokenUsage;
import java.util.stream.Collectors;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.camel.component.aws2.bedrock.runtime.BedrockConstants;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.StopReason;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;

/**
 * Both ends of a Claude call through Camel's {@code aws-bedrock} component (Converse API): the request the prompt
 * makes, and the answer read from what the component puts on the message. Retries belong to the client (see
 * {@link BedrockSettings#client}); a call that still fails becomes a {@link GenerationException}. Thread-safe.
 */
public final class BedrockConverse {
    private final BedrockSettings settings;
    private final PromptBuilder prompts;
    private final SqlAnswerParser parser = new SqlAnswerParser();

    /**
     * @param settings model id and max tokens are read from here
     * @param prompts  builds the prompt, with the project's schema renderer
     */
    public BedrockConverse(BedrockSettings settings, PromptBuilder prompts) {
        this.settings = requireNonNull(settings, "settings is null");
        this.prompts = requireNonNull(prompts, "prompts is null");
    }

    /** The Converse request for one candidate: system prompt with the schema, the question, temperature 0. */
    public ConverseRequest request(GenerationRequest request) {
        SqlPrompt prompt = prompts.build(request);
        return ConverseRequest.builder()
                .modelId(settings.modelId())
                .system(SystemContentBlock.fromText(prompt.system()))
                .messages(Message.builder().role(ConversationRole.USER)
                        .content(ContentBlock.fromText(prompt.user())).build())
                .inferenceConfig(InferenceConfiguration.builder()
                        .maxTokens(settings.maxTokens()).temperature(0f).build())
                .build();
    }

    /** The candidate in the model's answer, with the tokens it cost. */
    public GeneratedSql answer(@Header(BedrockConstants.CONVERSE_OUTPUT_MESSAGE) Message output,
                               @Header(BedrockConstants.CONVERSE_STOP_REASON) String stopReason,
                               @Header(BedrockConstants.CONVERSE_USAGE)
                               software.amazon.awssdk.services.bedrockruntime.model.TokenUsage tokens) {
        TokenUsage usage = tokens == null ? null
                : new TokenUsage(orZero(tokens.inputTokens()), orZero(tokens.outputTokens()));
        return answer(output, StopReason.fromValue(stopReason)).withUsage(usage);
    }

    /** The call failed after the client's retries: the question could not be tried (not refused). */
    public GeneratedSql failed(@ExchangeProperty(org.apache.camel.Exchange.EXCEPTION_CAUGHT) Exception failure) {
        String message = failure instanceof SdkException ? failure.getMessage() : String.valueOf(failure);
        throw new GenerationException("Bedrock Converse with " + settings.modelId() + " failed: " + message, failure);
    }

    private GeneratedSql answer(Message output, StopReason stop) {
        if (stop == StopReason.MAX_TOKENS) {
            return GeneratedSql.refused("the model's answer was cut off at " + settings.maxTokens() + " tokens");
        }
        if (stop == StopReason.GUARDRAIL_INTERVENED || stop == StopReason.CONTENT_FILTERED) {
            return GeneratedSql.refused("the model's answer was blocked (" + stop + ")");
        }
        if (output == null) {
            return GeneratedSql.refused(SqlAnswerParser.UNREADABLE + "the response held no message");
        }
        // Text blocks only: reasoning or other block types never carry the answer.
        String text = output.content().stream()
                .map(ContentBlock::text)
                .filter(t -> t != null)
                .collect(Collectors.joining());
        return parser.parse(text);
    }

    private static long orZero(Integer tokens) {
        return tokens == null ? 0 : tokens;
    }
}
