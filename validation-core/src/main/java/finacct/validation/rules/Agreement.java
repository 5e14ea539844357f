package finacct.validation.rules;

/**
 * How a stated figure compares with the value computed from other figures: equal as printed, different
 * only by what rounding explains (the intervals meet), or inconsistent.
 */
public enum Agreement {
    EXACT, ROUNDING, INCONSISTENT;

    public static Agreement of(Stated stated, Interval computed) {
        if (!stated.interval().intersects(computed)) {
            return INCONSISTENT;
        }
        return stated.value().compareTo(computed.rounded(stated.decimals())) == 0 ? EXACT : ROUNDING;
    }
}
