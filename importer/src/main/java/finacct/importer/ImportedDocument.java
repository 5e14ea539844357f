package finacct.importer;

import finacct.kernel.events.Figure;

import java.util.List;

/**
 * What the importer read from a document: who and which year (as printed), the template it read the tables
 * with, the cells of the nine tables, the tables it found, and every table line it could not place.
 */
public record ImportedDocument(String departmentName, List<String> departmentOtherNames, Integer fiscalYear,
                               String templateVersion, List<String> tablesFound, List<Figure> figures,
                               List<Unplaced> unplaced) {
    public ImportedDocument {
        departmentOtherNames = List.copyOf(departmentOtherNames);
        tablesFound = List.copyOf(tablesFound);
        figures = List.copyOf(figures);
        unplaced = List.copyOf(unplaced);
    }
}
