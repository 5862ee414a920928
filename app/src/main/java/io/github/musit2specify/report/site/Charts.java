package io.github.musit2specify.report.site;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Small bar charts as inline SVG: one bar per run, oldest left. The values are also in the table
 * beside the chart and in the chart's accessible name, so nothing depends on seeing the bars.
 */
final class Charts {
    private static final int BAR = 12;
    private static final int GAP = 3;
    private static final int HEIGHT = 48;

    private Charts() {
    }

    /**
     * @param values one per run, oldest first (null: the run has no such counter, drawn as no bar)
     * @param runs   the runs' timestamps, in the same order
     */
    static String bars(String counter, List<Long> values, List<String> runs) {
        long max = values.stream().filter(v -> v != null).mapToLong(Long::longValue).max().orElse(0);
        int width = Math.max(values.size() * (BAR + GAP), 40);
        String label = counter + " across " + values.size() + (values.size() == 1 ? " run" : " runs") + ", oldest first: "
                + values.stream().map(v -> v == null ? "none" : String.format(Locale.ROOT, "%,d", v)).collect(Collectors.joining(", "));
        StringBuilder svg = new StringBuilder();
        svg.append("<figure class=\"chart\"><figcaption>").append(Html.escape(counter))
                .append(" <span class=\"max\">(max ").append(String.format(Locale.ROOT, "%,d", max)).append(")</span></figcaption>");
        svg.append("<svg role=\"img\" aria-label=\"").append(Html.escape(label)).append("\" width=\"").append(width)
                .append("\" height=\"").append(HEIGHT + 2).append("\" viewBox=\"0 0 ").append(width).append(' ').append(HEIGHT + 2)
                .append("\">");
        svg.append("<line x1=\"0\" y1=\"").append(HEIGHT + 1).append("\" x2=\"").append(width).append("\" y2=\"").append(HEIGHT + 1)
                .append("\" class=\"axis\"/>");
        for (int i = 0; i < values.size(); i++) {
            Long v = values.get(i);
            if (v == null) {
                continue;
            }
            int h = max == 0 ? 0 : (int) Math.max(v > 0 ? 2 : 0, Math.round(HEIGHT * (double) v / max));
            svg.append("<rect x=\"").append(i * (BAR + GAP)).append("\" y=\"").append(HEIGHT + 1 - h)
                    .append("\" width=\"").append(BAR).append("\" height=\"").append(h).append("\"><title>")
                    .append(Html.escape(runs.get(i) + ": " + String.format(Locale.ROOT, "%,d", v))).append("</title></rect>");
        }
        svg.append("</svg></figure>");
        return svg.toString();
    }
}
