package io.github.musit2specify.flow.agents;

import io.github.musit2specify.text.Text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the mapping had to shorten or leave out, so nothing is cut silently: per agent field the
 * number of values cut to the column length, and the e-mail addresses left out because they do not
 * fit (a cut address would be a wrong address).
 */
final class ValueCuts {
    static final String FIRST_NAME = "FirstName";
    static final String LAST_NAME = "LastName";
    static final String MIDDLE_INITIAL = "MiddleInitial";
    static final String TITLE = "Title";
    static final String INSTITUTION = "Remarks.institution";
    static final String NOTE = "Remarks.oracle_note";

    private final Map<String, Long> truncated = new LinkedHashMap<>();
    private long emailsLeftOut;

    ValueCuts() {
        for (String field : new String[] {FIRST_NAME, LAST_NAME, MIDDLE_INITIAL, TITLE, INSTITUTION, NOTE}) {
            truncated.put(field, 0L);
        }
    }

    /** The cleaned value, cut to {@code maxChars} and counted under {@code field} when it was longer. */
    String fit(String value, int maxChars, String field) {
        String clean = Text.clean(value);
        if (clean != null && Text.length(clean) > maxChars) {
            truncated.merge(field, 1L, Long::sum);
            return Text.cut(clean, maxChars);
        }
        return clean;
    }

    /** The cleaned address, or null (counted) when it is longer than {@code maxChars}. */
    String emailOrNothing(String value, int maxChars) {
        String clean = Text.clean(value);
        if (clean != null && Text.length(clean) > maxChars) {
            emailsLeftOut++;
            return null;
        }
        return clean;
    }

    Map<String, Long> truncated() {
        return new LinkedHashMap<>(truncated);
    }

    long emailsLeftOut() {
        return emailsLeftOut;
    }
}
