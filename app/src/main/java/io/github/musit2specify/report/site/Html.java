package io.github.musit2specify.report.site;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Text into HTML. Every piece of report text goes through {@link #escape}: error lines hold
 * whatever the source rows held (names with {@code <}, {@code &}, quotes).
 */
final class Html {
    private Html() {
    }

    /** Escapes the five characters that matter in element content and in quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An id usable in a fragment link: letters, digits and '-' only. */
    static String id(String... parts) {
        return String.join("-", parts).replaceAll("[^A-Za-z0-9-]", "-");
    }

    /** A JSON value as a person reads it: text without quotes, numbers and booleans as they are. */
    static String plain(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
