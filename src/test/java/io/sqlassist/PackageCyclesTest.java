package io.sqlassist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure as the JDK's jdeps reads the compiled classes: no cycle among the io.sqlassist packages,
 * and the message contract (io.sqlassist.wire) depends on no other package of the service.
 */
class PackageCyclesTest {
    private static final Pattern EDGE = Pattern.compile("^\\s+(io\\.sqlassist[\\w.]*)\\s+->\\s+(io\\.sqlassist[\\w.]*)\\s");
    private static Map<String, Set<String>> dependencies;

    @BeforeAll
    static void readClasses() {
        Path classes = Path.of(System.getProperty("sqlassist.arch.classes", "target/classes"));
        assertThat(Files.isDirectory(classes)).as("compiled classes at " + classes).isTrue();
        dependencies = packageDependencies(classes);
        assertThat(dependencies).as("packages jdeps found").containsKey("io.sqlassist.wire");
    }

    @Test
    void no_package_depends_on_itself_through_others() {
        assertThat(cycles(dependencies)).as("package cycles (each list depends on itself through its members)")
                .isEmpty();
    }

    @Test
    void the_message_contract_depends_on_no_stage() {
        assertThat(dependencies.get("io.sqlassist.wire")).isEmpty();
    }

    static Map<String, Set<String>> packageDependencies(Path classes) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none",
                "-e", "io\\.sqlassist\\..*", classes.toString());
        assertThat(status).as("jdeps: " + err).isZero();
        Map<String, Set<String>> edges = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            Matcher edge = EDGE.matcher(line);
            if (edge.find()) {
                edges.computeIfAbsent(edge.group(1), p -> new TreeSet<>());
                edges.computeIfAbsent(edge.group(2), p -> new TreeSet<>());
                if (!edge.group(1).equals(edge.group(2))) {
                    edges.get(edge.group(1)).add(edge.group(2));
                }
            }
        }
        return edges;
    }

    /** Tarjan's strongly connected components with more than one package: each is a cycle. */
    static List<List<String>> cycles(Map<String, Set<String>> edges) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> found = new ArrayList<>();
        int[] counter = {0};
        for (String start : edges.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, edges, index, low, stack, onStack, found, counter);
            }
        }
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> edges, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<List<String>> found, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : edges.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, edges, index, low, stack, onStack, found, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                component.sort(null);
                found.add(component);
            }
        }
    }
}
