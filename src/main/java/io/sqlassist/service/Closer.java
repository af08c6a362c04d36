package io.sqlassist.service;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes clients and pools the service opened, newest first, when Camel shuts down. */
final class Closer extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(Closer.class);
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    <T extends AutoCloseable> T add(T resource) {
        resources.push(resource);
        return resource;
    }

    @Override
    protected void doStop() {
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Could not close {}: {}", resource.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
