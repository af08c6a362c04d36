package io.sqlassist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/architecture.md names every route and every package there is, so that it stays a true map. */
class ArchitectureDocTest {
    private static final Path DOC = Path.of("docs", "architecture.md");
    private static final Pattern ROUTE_ID = Pattern.compile("^\\s*(?:- )?(?:route|routeConfiguration):\\s*\\n\\s+id:\\s*(\\S+)",
            Pattern.MULTILINE);

    @Test
    void every_route_and_route_configuration_is_on_the_map() throws IOException {
        String doc = Files.readString(DOC);
        List<String> ids;
        try (Stream<Path> files = Files.walk(Path.of("routes"))) {
            ids = files.filter(f -> f.toString().endsWith(".camel.yaml")).flatMap(ArchitectureDocTest::routeIds).toList();
        }
        assertThat(ids).as("route ids in routes/").hasSizeGreaterThan(20);
        assertThat(ids).allSatisfy(id -> assertThat(doc).as("docs/architecture.md").contains("`" + id + "`"));
    }

    @Test
    void every_package_is_on_the_map() throws IOException {
        String doc = Files.readString(DOC);
        Path root = Path.of("src", "main", "java");
        List<String> packages;
        try (Stream<Path> dirs = Files.walk(root.resolve("io/sqlassist"))) {
            packages = dirs.filter(Files::isDirectory).filter(ArchitectureDocTest::holdsClasses)
                    .map(d -> root.relativize(d).toString().replace('/', '.')).toList();
        }
        assertThat(packages).as("packages").contains("io.sqlassist.wire");
        assertThat(packages).allSatisfy(p -> assertThat(doc).as("docs/architecture.md").contains("`" + p + "`"));
    }

    private static Stream<String> routeIds(Path file) {
        try {
            Matcher m = ROUTE_ID.matcher(Files.readString(file));
            Stream.Builder<String> ids = Stream.builder();
            while (m.find()) {
                ids.add(m.group(1));
            }
            return ids.build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean holdsClasses(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
