package finacct.submission.registry;

/** The district the deployment serves (configuration {@code finacct.district.code} / {@code .name}). */
public record District(String code, String name) {

    public String label() {
        return name == null || name.isBlank() ? code : code + "（" + name + "）";
    }
}
