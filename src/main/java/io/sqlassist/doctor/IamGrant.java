package io.sqlassist.doctor;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sqlassist.wire.Json;
import java.util.List;

/** What the service's role lacks for one check: the IAM statement that would let the call through. */
public record IamGrant(List<String> actions, List<String> resources) {
    public IamGrant {
        actions = List.copyOf(requireNonNull(actions, "actions is null"));
        resources = List.copyOf(requireNonNull(resources, "resources is null"));
    }

    public static IamGrant of(String action, String... resources) {
        return new IamGrant(List.of(action), List.of(resources));
    }

    /** The statement as it goes into a policy document (terraform/iam.tf holds the task role's). */
    public String statement() {
        ObjectNode statement = Json.MAPPER.createObjectNode().put("Effect", "Allow");
        ArrayNode action = statement.putArray("Action");
        actions.forEach(action::add);
        ArrayNode resource = statement.putArray("Resource");
        resources.forEach(resource::add);
        return Json.write(statement);
    }
}
