package finacct.submission.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as spreadsheets write it: comma-separated, a field in double quotes may hold commas, line breaks and
 * doubled quotes. Keeps the line each record starts on, for the messages.
 */
final class Csv {

    private Csv() {
    }

    static void parse(String text, List<List<String>> rows, List<Integer> lineNumbers,
                      List<RegistryFileReader.Problem> problems) {
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                field.setLength(0);
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                rows.add(row);
                lineNumbers.add(rowLine);
                row = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            problems.add(new RegistryFileReader.Problem("lines[" + rowLine + "]", "第 " + rowLine
                    + " 行的双引号没有配对（引号内的内容一直到文件末尾）"));
            return;
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
            lineNumbers.add(rowLine);
        }
    }
}
