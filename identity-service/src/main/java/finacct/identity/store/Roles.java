package finacct.identity.store;

import java.util.List;

/** The roles the platform's tokens carry (claim {@code roles} by default). */
public final class Roles {

    /** The finance bureau's reviewers: every department, the overview, the registry, re-validation. */
    public static final String BUREAU = "bureau";
    /** A department's officers and systems: their own department only. */
    public static final String DEPARTMENT = "department";
    /** The platform's own services calling one another (validation-service reading a submission's history). */
    public static final String SERVICE = "service";
    public static final List<String> ALL = List.of(BUREAU, DEPARTMENT, SERVICE);

    private Roles() {
    }
}
