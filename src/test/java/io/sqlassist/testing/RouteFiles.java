package io.sqlassist.testing;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/** The production route files of routes/, for a Camel test kit context that runs some of them as they ship. */
public final class RouteFiles {
    private RouteFiles() {
    }

    /** @param files file names in routes/, such as {@code generate-bedrock.camel.yaml} */
    public static RoutesBuilder[] load(CamelContext context, String... files) throws Exception {
        List<Resource> resources = new ArrayList<>();
        for (String file : files) {
            resources.add(ResourceHelper.resolveMandatoryResource(context, "file:routes/" + file));
        }
        return PluginHelper.getRoutesLoader(context).findRoutesBuilders(resources).toArray(RoutesBuilder[]::new);
    }
}
