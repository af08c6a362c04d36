package io.sqlassist.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Numbers as people read them on a chart: {@code 12,345.67}, at most two decimals, and {@code 1.2M}, {@code 3.4B} from a
 * million up. Not thread-safe (as no {@link NumberFormat} is): the renderer makes one per chart.
 */
final class ChartNumberFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private static final double[] SCALES = {1e12, 1e9, 1e6};
    private static final String[] SUFFIXES = {"T", "B", "M"};

    private final DecimalFormat plain = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
    private final DecimalFormat compact = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        double abs = Math.abs(number);
        for (int i = 0; i < SCALES.length; i++) {
            if (abs >= SCALES[i]) {
                return compact.format(number / SCALES[i], toAppendTo, pos).append(SUFFIXES[i]);
            }
        }
        return plain.format(number, toAppendTo, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return plain.parse(source, parsePosition);
    }
}
