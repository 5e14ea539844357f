package finacct.validation.rules.narrative;

/** A name quoted for a message, unless it already carries quotes of its own (“智慧社区”平台运维经费). */
public final class Names {

    private Names() {
    }

    public static String quoted(String name) {
        return name != null && name.contains("“") ? name : "“" + name + "”";
    }
}
