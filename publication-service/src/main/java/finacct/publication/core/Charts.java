package finacct.publication.core;

import java.util.List;

/**
 * The data of the narrative's four charts, each a list of named amounts (万元, decimal strings) with last year's
 * where it is known (null otherwise): 收支决算总计变动情况, 收入决算结构, 支出决算结构, 财政拨款收支决算总计变动情况.
 */
public record Charts(Chart incomeExpenditureTotals, Chart incomeStructure, Chart expenditureStructure,
                     Chart fiscalAppropriationTotals) {

    public record Chart(String title, String unit, List<Item> items) {
        public Chart {
            items = List.copyOf(items);
        }
    }

    public record Item(String name, String value, String previous) {
    }
}
