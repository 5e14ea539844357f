package finacct.validation.core;

import finacct.kernel.events.Figure;
import finacct.kernel.results.RecomputedCell;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.template.ColumnDefinition;
import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.RowKind;
import finacct.kernel.template.TableDefinition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The recomputation of one table; see {@link DerivedTotals}. */
final class TableTotals {

    /** The key of the 合计 row of the subject tables. */
    static final String TOTAL_ROW = "total";

    private static final Pattern FORMULA_TERM = Pattern.compile("\\s*([+-]?)\\s*([^+\\-\\s]+)");

    private record Key(String row, String column) {
    }

    private record Term(Key cell, boolean negative) {
    }

    /** A recomputed value and the words for its parts. */
    private record Derived(BigDecimal value, String from) {
    }

    private final TableDefinition table;
    private final Map<String, RowDefinition> listedRows;
    private final int decimals;
    private final Map<Key, Figure> stated = new HashMap<>();
    private final Map<Key, BigDecimal> statedValues = new HashMap<>();
    /** classification codes stated, plus the 类 and 款 above them, sorted so 类 > 款 > 项 read in order */
    private final TreeSet<String> codes = new TreeSet<>();
    private final Map<String, Set<String>> statedColumns = new HashMap<>();
    private final List<String> rows;
    private final Map<Key, Optional<Derived>> computed = new HashMap<>();
    private final Set<Key> inProgress = new HashSet<>();

    TableTotals(TableDefinition table, int decimals, List<Figure> figures) {
        this.table = table;
        this.listedRows = table.rowsByKey();
        this.decimals = decimals;
        Set<String> unlisted = new LinkedHashSet<>();
        for (Figure f : figures) {
            Key key = new Key(f.row(), f.column());
            stated.put(key, f);
            parse(f.value()).ifPresent(v -> statedValues.put(key, v));
            statedColumns.computeIfAbsent(f.row(), r -> new LinkedHashSet<>()).add(f.column());
            if (listed(f.row()).isPresent()) {
                continue;
            }
            if (table.isSubjectCode(f.row())) {
                codes.add(f.row());
                // a 项 stated without its 款 or 类 still makes them derived rows
                for (int len = 3; len < f.row().length(); len += 2) {
                    codes.add(f.row().substring(0, len));
                }
            } else {
                unlisted.add(f.row());
            }
        }
        List<String> all = new ArrayList<>();
        table.rows().forEach(r -> all.add(r.key()));
        all.addAll(codes);
        all.addAll(unlisted);
        this.rows = all;
    }

    RecomputedTable recompute() {
        List<RecomputedCell> cells = new ArrayList<>();
        for (String row : rows) {
            String name = nameOf(row);
            for (String column : columnsOf(row)) {
                Key key = new Key(row, column);
                Figure figure = stated.get(key);
                Optional<Derived> value = computed(key);
                if (figure == null && value.isEmpty()) {
                    continue;
                }
                cells.add(new RecomputedCell(row, column, name, figure == null ? null : figure.value(),
                        value.map(d -> format(d.value())).orElse(null), value.map(Derived::from).orElse(null)));
            }
        }
        return new RecomputedTable(table.id(), table.title(), cells);
    }

    /**
     * The sum of the first rule whose parts are at least partly present; empty for a plain cell. Each part
     * counts as printed (a total is checked against the printed parts one level down, and a reader adds those);
     * only a part that is not printed counts with its own recomputed value.
     */
    private Optional<Derived> computed(Key key) {
        Optional<Derived> known = computed.get(key);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(key)) {
            // only a template whose totals refer to each other gets here; break the loop rather than overflow
            return Optional.empty();
        }
        Optional<Derived> result = Optional.empty();
        try {
            for (List<Term> rule : rulesOf(key)) {
                result = sum(key, rule);
                if (result.isPresent()) {
                    break;
                }
            }
        } finally {
            inProgress.remove(key);
        }
        computed.put(key, result);
        return result;
    }

    private Optional<Derived> sum(Key key, List<Term> rule) {
        BigDecimal total = BigDecimal.ZERO;
        StringBuilder from = new StringBuilder();
        List<String> unprinted = new ArrayList<>();
        for (Term term : rule) {
            BigDecimal printed = statedValues.get(term.cell());
            Optional<BigDecimal> part = printed != null ? Optional.of(printed)
                    : computed(term.cell()).map(Derived::value);
            if (part.isEmpty()) {
                continue;
            }
            total = term.negative() ? total.subtract(part.get()) : total.add(part.get());
            if (!from.isEmpty()) {
                from.append(term.negative() ? " − " : " + ");
            } else if (term.negative()) {
                from.append("−");
            }
            from.append(label(key, term.cell()));
            if (printed == null) {
                unprinted.add(label(key, term.cell()));
            }
        }
        if (from.isEmpty()) {
            return Optional.empty();
        }
        if (!unprinted.isEmpty()) {
            from.append("（").append(String.join("、", unprinted)).append(" 未列数，按其组成计算）");
        }
        return Optional.of(new Derived(total, from.toString()));
    }

    /**
     * A part of a total as a reader finds it: "201" or "第5行" down a column, "2栏" across a row.
     */
    private String label(Key total, Key part) {
        if (!part.column().equals(total.column())) {
            return part.column() + "栏";
        }
        return part.row().chars().allMatch(Character::isDigit) && listed(part.row()).isPresent()
                ? "第" + part.row() + "行" : part.row();
    }

    /**
     * The ways a cell is derived, the row direction first (row sums, hierarchy, 表6 groups) and the column
     * direction second (column sums and formulas): where both apply the first with parts present wins.
     */
    private List<List<Term>> rulesOf(Key key) {
        List<List<Term>> rules = new ArrayList<>();
        Optional<RowDefinition> listed = listed(key.row());
        if (listed.isPresent()) {
            RowDefinition row = listed.get();
            if (!row.sumOf().isEmpty()) {
                rules.add(inColumn(row.sumOf(), key.column()));
            } else if (!row.sumOfClasses().isEmpty()) {
                rules.add(inColumn(row.sumOfClasses(), key.column()));
            } else if (isSubjectTable() && TOTAL_ROW.equals(row.key())) {
                rules.add(inColumn(codesOfLength(3), key.column()));
            }
        } else if (table.isSubjectCode(key.row())) {
            List<String> children = childrenOf(key.row());
            if (!children.isEmpty()) {
                rules.add(inColumn(children, key.column()));
            }
        }
        table.column(key.column()).ifPresent(column -> {
            if (!column.sumOf().isEmpty()) {
                rules.add(column.sumOf().stream().map(c -> new Term(new Key(key.row(), c), false)).toList());
            } else if (column.formula() != null && !column.formula().isBlank()) {
                rules.add(formula(column, key.row()));
            }
        });
        return rules;
    }

    private static List<Term> inColumn(List<String> rows, String column) {
        return rows.stream().map(r -> new Term(new Key(r, column), false)).toList();
    }

    private List<Term> formula(ColumnDefinition column, String row) {
        List<Term> terms = new ArrayList<>();
        Matcher m = FORMULA_TERM.matcher(column.formula());
        while (m.find()) {
            terms.add(new Term(new Key(row, m.group(2)), "-".equals(m.group(1))));
        }
        return terms;
    }

    private boolean isSubjectTable() {
        return table.rowKind() == RowKind.FUNCTION_SUBJECT || table.rowKind() == RowKind.ECONOMIC_SUBJECT;
    }

    private List<String> codesOfLength(int length) {
        return codes.stream().filter(c -> c.length() == length).toList();
    }

    /** 类 (3 digits) -> its 款 (5), 款 -> its 项 (7). */
    private List<String> childrenOf(String code) {
        int childLength = code.length() + 2;
        return codes.subSet(code, true, code + Character.MAX_VALUE, false).stream()
                .filter(c -> c.length() == childLength)
                .toList();
    }

    private List<String> columnsOf(String row) {
        Set<String> columns = new LinkedHashSet<>();
        Optional<RowDefinition> listed = listed(row);
        if (listed.isPresent() && !listed.get().columns().isEmpty()) {
            columns.addAll(listed.get().columns());
        } else {
            table.columns().forEach(c -> columns.add(c.key()));
        }
        // a cell stated outside the template's columns still shows, as given
        columns.addAll(statedColumns.getOrDefault(row, Set.of()));
        return List.copyOf(columns);
    }

    /** The subject name the department wrote for the row, else the template's label. */
    private String nameOf(String row) {
        for (String column : columnsOf(row)) {
            Figure f = stated.get(new Key(row, column));
            if (f != null && f.name() != null && !f.name().isBlank()) {
                return f.name();
            }
        }
        return listed(row).map(RowDefinition::label).filter(l -> !l.isBlank()).orElse(null);
    }

    private Optional<RowDefinition> listed(String row) {
        return Optional.ofNullable(listedRows.get(row));
    }

    private String format(BigDecimal value) {
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    private static Optional<BigDecimal> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.trim()));
        } catch (NumberFormatException e) {
            // not an amount: shown as stated, counted nowhere (the submission service rejects these anyway)
            return Optional.empty();
        }
    }
}
