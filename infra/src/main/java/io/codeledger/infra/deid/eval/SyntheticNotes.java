package io.codeledger.infra.deid.eval;

import java.util.List;
import java.util.Random;

/**
 * Generates synthetic clinical notes, full of made-up identifiers in several styles, for the
 * throughput benchmark. Reproducible for a seed. Not a quality corpus: the gold corpus is that.
 */
public final class SyntheticNotes {

    private static final List<String> FIRST = List.of(
            "Mary", "James", "Linda", "Robert", "Grace", "Kevin", "Rosa", "Daniel", "Edna", "Walter", "Priya", "Luis",
            "Hope", "Mark", "Agnes", "Tyler");
    private static final List<String> LAST = List.of(
            "Smith",
            "Nguyen",
            "Long",
            "Price",
            "Kowalczyk",
            "Okafor",
            "Benson",
            "Delgado",
            "Whitaker",
            "Haddad",
            "Rose",
            "Baker",
            "Castillo",
            "Oduya",
            "Feldman",
            "Marsh");
    private static final List<String> CITY = List.of(
            "Quincy", "Worcester", "Springfield", "Brockton", "Evanston", "Naperville", "Tallahassee", "Bloomington");
    private static final List<String> TEMPLATES = List.of(
            "Pt %F %L is a %A yo with CHF, COPD and Parkinson's disease seen on %D. Wife %F at bedside. "
                    + "BP 128/76, HR 88, pain 4/10. Lasix 40 mg IV given. Call %P with questions.\n",
            "NSG NOTE %D. PT %LU, %FU %A YO F. MRN %N. DTR %FU AT BS. DR %LU AWARE OF K 3.2. FOLEY INTACT.\n",
            "Mr. %L lives at %S Oak Street, %C, MA 0%Z and was transferred from %L Memorial Hospital on %D. "
                    + "The long-term plan was discussed; the price of medications rose. Murphy sign negative.\n",
            "seen w/ dr %l today %d. c/o sob x 3 days. son %f here. labs: wbc 12.4, cr 1.9. strength 5/5 ue.\n",
            "Member ID %X, account %N. E-mail %f.%l@example.org. Portal https://portal.example.org/p/%N from %I.\n");

    private final Random random;

    public SyntheticNotes(long seed) {
        this.random = new Random(seed);
    }

    /** One note of about {@code approxChars} characters. */
    public String note(int approxChars) {
        StringBuilder sb = new StringBuilder(approxChars + 256);
        while (sb.length() < approxChars) {
            sb.append(fill(TEMPLATES.get(random.nextInt(TEMPLATES.size()))));
        }
        return sb.toString();
    }

    private String fill(String template) {
        String first = pick(FIRST);
        String last = pick(LAST);
        int m = 1 + random.nextInt(12);
        int d = 1 + random.nextInt(28);
        return template.replace("%FU", first.toUpperCase())
                .replace("%LU", last.toUpperCase())
                .replace("%F", first)
                .replace("%L", last)
                .replace("%f", first.toLowerCase())
                .replace("%l", last.toLowerCase())
                .replace("%A", String.valueOf(60 + random.nextInt(45)))
                .replace("%D", m + "/" + d + "/20" + (10 + random.nextInt(14)))
                .replace("%d", m + "/" + d)
                .replace("%P", "617-555-0" + (100 + random.nextInt(899)))
                .replace("%N", String.valueOf(1_000_000 + random.nextInt(8_999_999)))
                .replace("%S", String.valueOf(10 + random.nextInt(990)))
                .replace("%C", pick(CITY))
                .replace("%Z", String.valueOf(1000 + random.nextInt(8999)))
                .replace("%X", "XQ" + (100_000 + random.nextInt(899_999)))
                .replace("%I", "10.0." + random.nextInt(255) + "." + random.nextInt(255));
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
