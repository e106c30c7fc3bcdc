package io.codeledger.infra.deid.detect;

import io.codeledger.infra.deid.PhiCategory;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Identifiers recognised by shape alone, without a label: image file names (photographs), VINs,
 * long digit strings and mixed letter-digit codes (any other identifying number), and numbers after
 * {@code #}.
 */
public final class CodePatterns implements Detector {

    private static final Pattern IMAGE_FILE =
            Pattern.compile("(?i)(?<![\\w.-])[\\w-]+\\.(?:jpe?g|png|gif|bmp|tiff?|heic)\\b");
    private static final Pattern VIN = Pattern.compile("(?<![A-Za-z0-9-])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9-])");
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\w.,/-])\\d{7,}(?![\\w/-]|[.,]\\d)");
    private static final Pattern CODE = Pattern.compile(
            "(?<![\\w.-])(?=[A-Za-z0-9-]*[A-Za-z])(?=(?:[A-Za-z-]*\\d){4})[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\\w-]|\\.\\d)");
    private static final Pattern DIGIT_GROUPS =
            Pattern.compile("(?<![\\w.,/-])\\d{2,6}(?:-\\d{2,8}){2,}(?![\\w/-]|[.,]\\d)");
    private static final Pattern HASH_NUMBER = Pattern.compile("#\\s?(\\d{4,}[A-Za-z0-9-]*)");
    private static final Pattern DOSE = Pattern.compile(
            "(?i)\\d+(?:mg|mcg|ml|g|kg|units?|iu|meq|mmol|mmhg|hrs?|mins?|cc|l|cm|mm|ft|lbs?|x|k|am|pm|yo|yrs?)");

    @Override
    public void detect(TokenizedText tokens, List<Candidate> out) {
        String text = tokens.text();
        String lower = tokens.lowerText();
        if (lower.contains(".jp")
                || lower.contains(".png")
                || lower.contains(".gif")
                || lower.contains(".bmp")
                || lower.contains(".tif")
                || lower.contains(".heic")) {
            ContactPatterns.add(text, IMAGE_FILE, PhiCategory.PHOTO, Candidate.LABELLED + 1, out);
        }
        RegexScan.at(tokens, VIN, t -> t.text().length() == 17, vin -> {
            String v = vin.group();
            if (v.chars().anyMatch(Character::isLetter) && v.chars().anyMatch(Character::isDigit)) {
                out.add(new Candidate(vin.start(), vin.end(), PhiCategory.VEHICLE, Candidate.LABELLED - 1));
            }
        });
        ContactPatterns.addAt(tokens, LONG_NUMBER, RegexScan::digit, PhiCategory.OTHER_ID, Candidate.GENERIC_ID, out);
        ContactPatterns.addAt(tokens, DIGIT_GROUPS, RegexScan::digit, PhiCategory.OTHER_ID, Candidate.GENERIC_ID, out);
        RegexScan.at(tokens, CODE, t -> t.kind() == Token.Kind.ALNUM, code -> {
            if (code.group().length() >= 6
                    && !DOSE.matcher(code.group()).matches()
                    && !code.group().matches("(?i)\\d+x\\d+(?:x\\d+)?")) {
                out.add(new Candidate(code.start(), code.end(), PhiCategory.OTHER_ID, Candidate.GENERIC_ID));
            }
        });
        RegexScan.at(tokens, HASH_NUMBER, t -> t.is("#"), hash -> {
            out.add(new Candidate(hash.start(1), hash.end(1), PhiCategory.OTHER_ID, Candidate.GENERIC_ID));
        });
    }
}
