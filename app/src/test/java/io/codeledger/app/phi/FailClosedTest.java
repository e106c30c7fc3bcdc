package io.codeledger.app.phi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.tenant.CreateTenant;
import io.codeledger.app.platform.Platform;
import io.codeledger.app.platform.SyntheticEncounters;
import io.codeledger.command.intake.EncounterRegistration;
import io.codeledger.infra.phi.keys.DataKey;
import io.codeledger.infra.phi.keys.KeyStoreUnavailableException;
import io.codeledger.infra.phi.keys.TenantKeyStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** With the key store down, commands carrying PHI fail clearly, nothing is written, and they work once it is back. */
class FailClosedTest {

    @TempDir
    Path dataDir;

    /** Wraps the real key store so a test can take it down and bring it back. */
    static final class Outage implements TenantKeyStore {
        static volatile boolean down;
        private final TenantKeyStore delegate;

        Outage(TenantKeyStore delegate) {
            this.delegate = delegate;
        }

        private void check() {
            if (down) {
                throw new KeyStoreUnavailableException("simulated outage", null);
            }
        }

        public DataKey currentKey(TenantId t) {
            check();
            return delegate.currentKey(t);
        }

        public Optional<DataKey> key(TenantId t, int v) {
            check();
            return delegate.key(t, v);
        }

        public DataKey rotate(TenantId t) {
            check();
            return delegate.rotate(t);
        }

        public void shred(TenantId t) {
            check();
            delegate.shred(t);
        }

        public boolean shredded(TenantId t) {
            check();
            return delegate.shredded(t);
        }
    }

    private static final ApplicationContextInitializer<ConfigurableApplicationContext> OUTAGE =
            context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return name.equals("keyStoreBackend") ? new Outage((TenantKeyStore) bean) : bean;
                }
            });

    @Test
    void phiCommandsFailClosedDuringAKeyStoreOutageAndRecoverAfterwards() throws Exception {
        try (Platform platform =
                Platform.start(dataDir, WebApplicationType.NONE, List.of(OUTAGE), "codeledger.keys.cache-ttl=PT0S")) {
            CommandGateway commands = platform.bean(CommandGateway.class);
            ObjectMapper json = platform.bean(ObjectMapper.class);
            JdbcTemplate jdbc = new JdbcTemplate(platform.bean(DataSource.class));
            TenantId tenant = TenantId.of("outage");
            commands.sendAndWait(new CreateTenant(tenant, "outage", UserId.of("admin")));
            long before = jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class);
            var registration = json.readValue(
                    SyntheticEncounters.line("O-1", "Outagecanary", "INPATIENT"), EncounterRegistration.class);

            Outage.down = true;
            try {
                assertThatThrownBy(() -> commands.sendAndWait(registration.toCommand(tenant, UserId.of("feed"), null)))
                        .hasStackTraceContaining("CL-PHI-003")
                        .hasStackTraceContaining("key store unavailable");
                assertThat(jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class))
                        .isEqualTo(before);
            } finally {
                Outage.down = false;
            }

            commands.sendAndWait(registration.toCommand(tenant, UserId.of("feed"), null));
            assertThat(jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class))
                    .isEqualTo(before + 2);
        }
    }
}
