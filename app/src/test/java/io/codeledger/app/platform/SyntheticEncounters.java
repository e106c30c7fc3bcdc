package io.codeledger.app.platform;

import java.util.ArrayList;
import java.util.List;

/** Synthetic NDJSON registrations for tests: invented names with a recognisable canary. */
public final class SyntheticEncounters {

    private SyntheticEncounters() {}

    public static String line(String encounterId, String canary, String type) {
        return """
                {"encounterId": "%s", "patient": {"mrn": "MRN-%s", "name": "%s Testpatient", "birthDate": "1950-03-01"}, \
                "type": "%s", "facility": "North Campus", "admitted": "2026-10-01T08:00:00Z", \
                "discharged": "2026-10-04T12:00:00Z", "documents": [{"id": "D-%s", "version": "1", "type": "34117-2", \
                "text": "%s Testpatient seen today. Community acquired pneumonia of the right lower lobe."}]}""".formatted(encounterId, canary, canary, type, encounterId, canary);
    }

    public static List<String> lines(String prefix, String canary, int count) {
        List<String> lines = new ArrayList<>();
        String[] types = {"INPATIENT", "OUTPATIENT", "EMERGENCY"};
        for (int i = 0; i < count; i++) {
            lines.add(line(prefix + i, canary + i, types[i % 3]));
        }
        return lines;
    }
}
