package io.sqlassist.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/messages.md stays true: every example reads as its record, and names no key the record does not have. */
class MessagesDocTest {
    private static final Map<String, Class<?>> TYPES = Map.of("Question", Question.class, "ApprovalRequest",
            ApprovalRequest.class, "Decision", Decision.class, "Result", Result.class, "PendingThread", PendingThread.class);
    private static final Pattern EXAMPLE = Pattern.compile("<!-- example: (\\w+) -->\\s*```json\\n(.*?)```", Pattern.DOTALL);

    @Test
    void every_example_is_a_valid_message_with_known_keys() throws Exception {
        Matcher m = EXAMPLE.matcher(Files.readString(Path.of("docs", "messages.md")));
        int examples = 0;
        while (m.find()) {
            Class<?> type = TYPES.get(m.group(1));
            assertThat(type).as(m.group(1)).isNotNull();
            Object message = Json.read(m.group(2), type);
            assertKnownKeys(Json.MAPPER.readTree(m.group(2)), Json.MAPPER.valueToTree(message), m.group(1));
            examples++;
        }
        assertThat(examples).isGreaterThanOrEqualTo(TYPES.size());
    }

    private static void assertKnownKeys(JsonNode documented, JsonNode written, String where) {
        if (!documented.isObject()) {
            return;
        }
        for (Iterator<String> keys = documented.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            assertThat(written.has(key)).as(where + "." + key + " is a field of the record").isTrue();
            assertKnownKeys(documented.get(key), written.get(key), where + "." + key);
        }
    }
}
