package finacct.validation.rules;

import finacct.kernel.events.CellRef;

/** One part of a sum: a cell, added or (negative) subtracted. */
public record Term(CellRef cell, boolean negative) {
    public static Term plus(CellRef cell) {
        return new Term(cell, false);
    }

    public static Term minus(CellRef cell) {
        return new Term(cell, true);
    }

    /** "T1/27/1" or "-T8/201/3". */
    public static Term parse(String text) {
        String t = text.strip();
        boolean negative = t.startsWith("-");
        return new Term(CellRefs.parse(negative ? t.substring(1) : t), negative);
    }
}
