package finacct.kernel.results;

public enum Severity {
    ERROR, WARNING, INFO
}
