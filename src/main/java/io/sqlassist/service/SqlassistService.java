package io.sqlassist.service;

import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/**
 * The long-running service: Camel Main with the YAML routes of {@code routes/} and the beans of
 * {@link ServiceWiring}, configured by a profile. The CLI's {@code serve} and {@code demo} and the tests all start
 * it through here, so they all run the production routes.
 */
public final class SqlassistService implements AutoCloseable {
    private final Main main;

    private SqlassistService(Main main) {
        this.main = main;
    }

    /**
     * @param overrides properties that win over the profile's files
     * @param beans     beans bound before wiring; wiring keeps them instead of making its own
     */
    public static SqlassistService start(String profile, Map<String, String> overrides, Map<String, Object> beans)
            throws Exception {
        Main main = configure(profile, overrides, beans);
        main.start();
        if (main.getCamelContext() == null || !main.getCamelContext().isStarted()) {
            throw new IllegalStateException("sqlassist did not start; see the log above");
        }
        return new SqlassistService(main);
    }

    /** Runs until the process is told to stop (SIGTERM/SIGINT): what {@code serve} does. */
    public static void runUntilStopped(String profile, Map<String, String> overrides) throws Exception {
        configure(profile, overrides, Map.of()).run();
    }

    private static Main configure(String profile, Map<String, String> overrides, Map<String, Object> beans) {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation(Profiles.locations(profile));
        Properties props = new Properties();
        props.putAll(overrides);
        main.setOverrideProperties(props);
        beans.forEach(main::bind);
        main.configure().addConfiguration(new ServiceWiring());
        return main;
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    public <T> T bean(String name, Class<T> type) {
        T bean = context().getRegistry().lookupByNameAndType(name, type);
        if (bean == null) {
            throw new IllegalStateException("no bean " + name);
        }
        return bean;
    }

    @Override
    public void close() {
        main.stop();
    }
}
