package io.codeledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.codeledger.api.audit.PhiAccessed;
import io.codeledger.api.audit.PhiSubject;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.junit.jupiter.api.Test;

class EventStorePhiAccessRecorderTest {

    private static final Caller OPERATOR = new Caller(TenantId.of("t1"), UserId.of("cli:ops"), Set.of());

    private static EventGateway gateway(List<Object> published, boolean failing) {
        return new EventGateway() {
            @Override
            public void publish(List<?> events) {
                if (failing) {
                    throw new IllegalStateException("the event store is down");
                }
                published.addAll(events);
            }

            @Override
            public Registration registerDispatchInterceptor(
                    MessageDispatchInterceptor<? super org.axonframework.eventhandling.EventMessage<?>> interceptor) {
                return () -> true;
            }
        };
    }

    @Test
    void aDisclosureIsAppendedWithWhoWhatWhyAndHowMany() {
        List<Object> published = new ArrayList<>();
        new EventStorePhiAccessRecorder(gateway(published, false))
                .record(
                        OPERATOR,
                        PhiSubject.encounter(EncounterId.of("E-1")),
                        Set.of("patient.name"),
                        "cli-worklist",
                        1);
        assertThat(published).singleElement().isInstanceOfSatisfying(PhiAccessed.class, e -> {
            assertThat(e.user()).isEqualTo(UserId.of("cli:ops"));
            assertThat(e.subjectIds()).containsExactly("E-1");
            assertThat(e.clientIp()).isEqualTo("local");
            assertThat(e.requestId()).startsWith("cli-");
        });
    }

    @Test
    void whenTheAppendFailsTheReadFailsToo() {
        var recorder = new EventStorePhiAccessRecorder(gateway(new ArrayList<>(), true));
        assertThatThrownBy(() -> recorder.record(
                        OPERATOR, PhiSubject.encounter(EncounterId.of("E-1")), Set.of("patient.name"), "view", 1))
                .isInstanceOf(PhiAccessNotRecorded.class)
                .hasMessageStartingWith("CL-AUD-001");
    }
}
