package io.codeledger.app.platform;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * For the sealing-cost benchmark only: replaces Axon's serializers with plain Jackson ones so the
 * same registration run can be timed without PHI sealing. Reachable only from code (the {@code
 * bench} command, writing synthetic data to a temporary directory), never through configuration.
 */
public final class UnsealedBaseline implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof Serializer
                        && (name.equals("serializer")
                                || name.equals("eventSerializer")
                                || name.equals("messageSerializer"))) {
                    return JacksonSerializer.builder()
                            .objectMapper(new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules())
                            .build();
                }
                return bean;
            }
        });
    }
}
