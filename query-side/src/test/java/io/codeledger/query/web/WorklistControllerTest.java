package io.codeledger.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.codeledger.api.audit.PhiAccessRecorder;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.EncounterStatus;
import io.codeledger.api.encounter.EncounterType;
import io.codeledger.api.phi.PatientDemographics;
import io.codeledger.api.query.FindWorklist;
import io.codeledger.api.query.WorklistItem;
import io.codeledger.api.query.WorklistPage;
import io.codeledger.api.security.Caller;
import io.codeledger.api.security.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;

class WorklistControllerTest {

    private static final Caller CODER = new Caller(TenantId.of("t1"), UserId.of("ann"), Set.of(Role.CODER));

    private static MockMvc mvc(PhiAccessRecorder recorder) {
        QueryGateway queries = mock(QueryGateway.class);
        WorklistItem item = new WorklistItem(
                EncounterId.of("E-1"),
                new PatientDemographics("MRN-Canary", "Canary Testpatient", "1950-03-01"),
                EncounterType.INPATIENT,
                "North",
                Instant.parse("2026-10-01T08:00:00Z"),
                null,
                EncounterStatus.DOCUMENTED,
                null,
                1,
                0,
                null,
                false,
                1.0);
        when(queries.query(any(FindWorklist.class), eq(WorklistPage.class)))
                .thenReturn(CompletableFuture.completedFuture(new WorklistPage(List.of(item), null)));
        HandlerMethodArgumentResolver caller = new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType().equals(Caller.class);
            }

            @Override
            public Object resolveArgument(
                    MethodParameter p,
                    org.springframework.web.method.support.ModelAndViewContainer m,
                    org.springframework.web.context.request.NativeWebRequest r,
                    org.springframework.web.bind.support.WebDataBinderFactory f) {
                return CODER;
            }
        };
        return MockMvcBuilders.standaloneSetup(new WorklistController(queries, recorder))
                .setCustomArgumentResolvers(caller)
                .build();
    }

    @Test
    void theDisclosureIsRecordedWithTheCountBeforeThePageIsReturned() throws Exception {
        List<Integer> counts = new ArrayList<>();
        MockHttpServletResponse response = mvc((c, subject, fields, purpose, count) -> counts.add(count))
                .perform(get("/api/worklist"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(counts).containsExactly(1);
    }

    @Test
    void whenTheDisclosureCannotBeRecordedNoPhiIsReturned() {
        MockMvc mvc = mvc((c, subject, fields, purpose, count) -> {
            throw new IllegalStateException("CL-AUD-001 the audit trail is down");
        });
        MockHttpServletResponse[] response = new MockHttpServletResponse[1];
        assertThatThrownBy(() -> response[0] =
                        mvc.perform(get("/api/worklist")).andReturn().getResponse())
                .hasRootCauseMessage("CL-AUD-001 the audit trail is down");
        assertThat(response[0]).isNull();
    }
}
