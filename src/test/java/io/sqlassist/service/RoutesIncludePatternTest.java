package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The routes include pattern finds every file of routes/ exactly once, read from a classes folder (as the tests run)
 * and from a jar (as users and the container run): Camel scans the two differently — a pattern that matched
 * subfolders in a folder found nothing there in the jar, and {@code **} named jar entries it could not open.
 */
class RoutesIncludePatternTest {
    /** Stands in for "routes/": the test's own classpath holds the real folder, which must not be found here. */
    private static final String ROOT = "routes-under-test";

    @Test
    void every_route_file_is_found_once_in_a_folder_and_in_a_jar(@TempDir Path tmp) throws Exception {
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("config", "application.properties"))) {
            config.load(in);
        }
        String pattern = config.getProperty("camel.main.routes-include-pattern").replace("routes/", ROOT + "/");
        List<String> expected;
        try (Stream<Path> files = Files.walk(Path.of("routes"))) {
            expected = files.filter(f -> f.toString().endsWith(".camel.yaml"))
                    .map(f -> Path.of("routes").relativize(f).toString()).sorted().toList();
        }
        assertThat(expected).hasSizeGreaterThan(10);

        Path folder = tmp.resolve("classes");
        Path jar = tmp.resolve("sqlassist.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(ROOT + "/"));
            for (String file : expected) {
                Path copy = folder.resolve(ROOT).resolve(file);
                Files.createDirectories(copy.getParent());
                Files.copy(Path.of("routes", file), copy);
                out.putNextEntry(new JarEntry(ROOT + "/" + file));
                out.write(Files.readAllBytes(Path.of("routes", file)));
                out.closeEntry();
            }
        }

        for (URL root : List.of(folder.toUri().toURL(), jar.toUri().toURL())) {
            assertThat(found(root, pattern)).as("route files found through %s in %s", pattern, root)
                    .containsExactlyElementsOf(expected);
        }
    }

    /** What the pattern finds on a classpath of just {@code root}, each resource opened and read. */
    private static List<String> found(URL root, String pattern) throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root}, previous);
             DefaultCamelContext camel = new DefaultCamelContext()) {
            Thread.currentThread().setContextClassLoader(loader);
            camel.setApplicationContextClassLoader(loader);
            var resolver = PluginHelper.getPackageScanResourceResolver(camel);
            resolver.addClassLoader(loader);
            List<String> names = new ArrayList<>();
            for (String part : pattern.split(",")) {
                for (Resource resource : resolver.findResources(part.strip())) {
                    try (InputStream in = resource.getInputStream()) {
                        assertThat(in.readAllBytes()).as(resource.getLocation()).isNotEmpty();
                    }
                    String location = resource.getLocation();
                    names.add(location.substring(location.indexOf(ROOT + "/") + ROOT.length() + 1));
                }
            }
            return names.stream().sorted().toList();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
