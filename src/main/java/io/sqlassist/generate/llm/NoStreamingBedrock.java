package io.sqlassist.generate.llm;

import java.lang.reflect.Proxy;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;

/**
 * The async client Camel's aws-bedrock endpoint insists on at start-up, for streaming operations the service never
 * uses (it calls converse on the sync client). Without one the endpoint builds its own, from the default region and
 * credential chains, and fails or starts an event loop for nothing. Any call on it is a bug and says so.
 */
public final class NoStreamingBedrock {
    private NoStreamingBedrock() {
    }

    public static BedrockRuntimeAsyncClient client() {
        return (BedrockRuntimeAsyncClient) Proxy.newProxyInstance(BedrockRuntimeAsyncClient.class.getClassLoader(),
                new Class<?>[] {BedrockRuntimeAsyncClient.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            return null;
                        case "serviceName":
                            return BedrockRuntimeAsyncClient.SERVICE_NAME;
                        case "toString":
                            return "NoStreamingBedrock";
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            throw new UnsupportedOperationException("sqlassist calls Bedrock's Converse on the sync "
                                    + "client only; " + method.getName() + " is not used");
                    }
                });
    }
}
