package finacct.importer.pdf;

/**
 * A ruling line on the displayed page: horizontal at {@code y = at} from {@code from} to {@code to} across, or
 * vertical at {@code x = at} from {@code from} to {@code to} down.
 */
record Segment(boolean horizontal, double at, double from, double to) {

    Segment {
        if (from > to) {
            double t = from;
            from = to;
            to = t;
        }
    }

    boolean covers(double position, double tolerance) {
        return position >= from - tolerance && position <= to + tolerance;
    }

    double length() {
        return to - from;
    }
}
