package finacct.importer.pdf;

/**
 * A small published final-accounts document as a PDF, written for tests: the title, 表5 as a ruled table
 * (one name wrapped over two lines in its cell, thousands separators) and a sentence of the 情况说明 whose
 * figures are set in separate runs a little off the baseline of its words, as some word processors print them.
 */
public final class SmallDocumentPdf {

    private SmallDocumentPdf() {
    }

    public static byte[] of(String department, int year) {
        return of(department, year, new TestPdf().page());
    }

    /** The same document on the pages {@code pdf} starts with (landscape, tables without row rules, …). */
    public static byte[] of(String department, int year, TestPdf pdf) {
        return of(department, year, pdf, ROWS);
    }

    /** 表5's rows as printed: code, name ("\n" where it wraps in its cell), 本年支出小计, 基本支出, 项目支出. */
    public static final String[][] ROWS = {
            {"201", "一般公共服务支出", "1,234.56", "1,000.00", "234.56"},
            {"20111", "纪检监察事务", "1,234.56", "1,000.00", "234.56"},
            {"2011101", "行政运行", "1,000.00", "1,000.00", ""},
            {"2011199", "其他纪检监察事务\n支出", "234.56", "", "234.56"},
            {"合计", "", "1,234.56", "1,000.00", "234.56"},
    };

    public static byte[] of(String department, int year, TestPdf pdf, String[][] rows) {
        pdf.text(150, 80, 16, department + " " + year + " 年度部门决算");
        pdf.text(120, 120, 12, year + "年度一般公共预算财政拨款支出决算表（表5）");
        pdf.text(60, 145, 9, "部门：" + department);
        pdf.text(460, 145, 9, "单位：万元");
        String[][] table = new String[rows.length + 1][];
        table[0] = new String[] {"功能分类科目编码", "科目名称", "本年支出小计", "基本支出", "项目支出"};
        System.arraycopy(rows, 0, table, 1, rows.length);
        double below = pdf.table(60, 152, new double[] {90, 150, 80, 80, 80}, 18, 9, table);
        pdf.text(60, below + 16, 9, "注：本表反映部门本年度一般公共预算财政拨款支出情况。");
        pdf.text(60, below + 60, 12, "第三部分 " + year + " 年度部门决算情况说明");
        // the figures are runs of their own, raised by 1.5 pt: a plain extraction puts them on a line apart
        double line = below + 84;
        pdf.text(60, line, 11, "一般公共预算财政拨款支出");
        pdf.text(196, line - 1.5, 11, "1,234.56");
        pdf.text(246, line, 11, "万元，比上年增加");
        pdf.text(338, line - 1.5, 11, "34.56");
        pdf.text(371, line, 11, "万元。");
        return pdf.bytes();
    }
}
