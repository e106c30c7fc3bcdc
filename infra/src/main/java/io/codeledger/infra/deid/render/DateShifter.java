package io.codeledger.infra.deid.render;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shifts a date written in one of the recognised styles by a number of days and writes it back in
 * the same style ({@code 07/22/2019} stays zero-padded with a four-digit year, {@code July 22nd}
 * keeps its ordinal, {@code 22-Jul-19} its abbreviation). Dates without a year are shifted within
 * a reference non-leap year; month-and-year dates are shifted from the middle of the month. Returns
 * empty for anything it cannot read (holidays, for instance), which the caller then tags.
 */
final class DateShifter {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(\\.?)";
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern MONTH_DAY =
            Pattern.compile("(?i)" + MONTH + "(\\s*(?:the\\s+)?)(\\d{1,2})(st|nd|rd|th)?(?:(,?\\s*)(\\d{4}|'\\d{2}))?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?i)(\\d{1,2})(st|nd|rd|th)?([\\s/.-]*(?:of\\s+)?)" + MONTH + "(?:([,\\s/.-]*)(\\d{4}|\\d{2}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)" + MONTH + "(,?\\s+(?:of\\s+)?)(\\d{4})");
    private static final Pattern MONTH_ONLY = Pattern.compile("(?i)" + MONTH);
    private static final int REFERENCE_YEAR = 2001;

    private DateShifter() {}

    static Optional<String> shift(String date, int days) {
        try {
            Matcher m;
            if ((m = ISO.matcher(date)).matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), num(m, 3), num(m, 4))
                        .plusDays(days);
                return Optional.of(d.getYear()
                        + m.group(2)
                        + pad(d.getMonthValue(), m.group(3))
                        + m.group(2)
                        + pad(d.getDayOfMonth(), m.group(4)));
            }
            if ((m = NUMERIC.matcher(date)).matches()) {
                return numeric(m, days);
            }
            if ((m = MONTH_DAY.matcher(date)).matches()) {
                LocalDate d = date(m.group(7), month(m.group(1)), num(m, 4)).plusDays(days);
                String year = m.group(7) == null ? "" : m.group(6) + year(d, m.group(7));
                return Optional.of(monthName(d.getMonth(), m.group(1))
                        + m.group(2)
                        + m.group(3)
                        + d.getDayOfMonth()
                        + (m.group(5) == null ? "" : ordinal(d.getDayOfMonth(), m.group(5)))
                        + year);
            }
            if ((m = DAY_MONTH.matcher(date)).matches()) {
                LocalDate d = date(m.group(7), month(m.group(4)), num(m, 1)).plusDays(days);
                String year = m.group(7) == null ? "" : m.group(6) + year(d, m.group(7));
                return Optional.of(pad(d.getDayOfMonth(), m.group(1))
                        + (m.group(2) == null ? "" : ordinal(d.getDayOfMonth(), m.group(2)))
                        + m.group(3)
                        + monthName(d.getMonth(), m.group(4))
                        + m.group(5)
                        + year);
            }
            if ((m = MONTH_YEAR.matcher(date)).matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(4)), month(m.group(1)), 15)
                        .plusDays(days);
                return Optional.of(monthName(d.getMonth(), m.group(1)) + m.group(2) + m.group(3) + d.getYear());
            }
            if ((m = MONTH_ONLY.matcher(date)).matches()) {
                LocalDate d =
                        LocalDate.of(REFERENCE_YEAR, month(m.group(1)), 15).plusDays(days);
                return Optional.of(monthName(d.getMonth(), m.group(1)) + m.group(2));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> numeric(Matcher m, int days) {
        int a = num(m, 1);
        int b = num(m, 3);
        boolean monthFirst = a <= 12;
        LocalDate d = date(m.group(4), monthFirst ? a : b, monthFirst ? b : a).plusDays(days);
        String first = pad(monthFirst ? d.getMonthValue() : d.getDayOfMonth(), m.group(1));
        String second = pad(monthFirst ? d.getDayOfMonth() : d.getMonthValue(), m.group(3));
        String year = m.group(4) == null ? "" : m.group(2) + year(d, m.group(4));
        return Optional.of(first + m.group(2) + second + year);
    }

    private static LocalDate date(String year, int month, int day) {
        if (year == null) {
            return LocalDate.of(month == 2 && day == 29 ? 2000 : REFERENCE_YEAR, month, day);
        }
        String digits = year.replace("'", "");
        int y = Integer.parseInt(digits);
        if (digits.length() == 2) {
            y += y <= 30 ? 2000 : 1900;
        }
        return LocalDate.of(y, month, day);
    }

    private static String year(LocalDate d, String model) {
        String y = String.valueOf(d.getYear());
        if (model.startsWith("'")) {
            return "'" + y.substring(2);
        }
        return model.length() == 2 ? y.substring(2) : y;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String pad(int value, String model) {
        return model.length() == 2 && value < 10 ? "0" + value : String.valueOf(value);
    }

    private static int month(String name) {
        String p = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.US)
                    .toLowerCase(Locale.ROOT)
                    .equals(p)) {
                return month.getValue();
            }
        }
        throw new DateTimeException("not a month");
    }

    private static String monthName(Month month, String model) {
        String full = month.getDisplayName(TextStyle.FULL, Locale.US);
        boolean abbreviated = java.util.Arrays.stream(Month.values())
                .noneMatch(m -> m.getDisplayName(TextStyle.FULL, Locale.US).equalsIgnoreCase(model));
        String name = abbreviated ? full.substring(0, 3) : full;
        if (model.equals(model.toUpperCase(Locale.ROOT))) {
            return name.toUpperCase(Locale.ROOT);
        }
        return model.equals(model.toLowerCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static String ordinal(int day, String model) {
        String suffix = day % 100 >= 11 && day % 100 <= 13
                ? "th"
                : switch (day % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return model.equals(model.toUpperCase(Locale.ROOT)) ? suffix.toUpperCase(Locale.ROOT) : suffix;
    }
}
