package io.codeledger.api.phi;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Who the patient is: medical record number, name and birth date (ISO-8601). PHI throughout. The
 * birth date is kept as text so that a shredded value can say so in every field.
 */
public record PatientDemographics(String mrn, String name, String birthDate) implements Phi {

    public PatientDemographics {
        require(mrn, "patient.mrn");
        require(name, "patient.name");
        require(birthDate, "patient.birthDate");
        if (!SHREDDED.equals(birthDate)) {
            try {
                LocalDate.parse(birthDate);
            } catch (DateTimeParseException e) {
                throw new InvalidPhi("patient.birthDate", "an ISO-8601 date such as 1950-03-01");
            }
        }
    }

    public static PatientDemographics shreddedValue() {
        return new PatientDemographics(SHREDDED, SHREDDED, SHREDDED);
    }

    @Override
    public boolean shredded() {
        return SHREDDED.equals(mrn);
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidPhi(field, "a non-empty value");
        }
    }

    /** Never prints the values: PHI must not reach logs through toString. */
    @Override
    public String toString() {
        return shredded() ? "PatientDemographics[shredded]" : "PatientDemographics[redacted]";
    }
}
