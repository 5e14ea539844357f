package finacct.kernel.access;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static finacct.kernel.access.RouteAccess.Decision.ALLOW;
import static finacct.kernel.access.RouteAccess.Decision.FORBIDDEN;
import static finacct.kernel.access.RouteAccess.Decision.NOT_FOUND;
import static finacct.kernel.access.RouteAccess.Decision.UNAUTHENTICATED;
import static org.assertj.core.api.Assertions.assertThat;

class RouteAccessTest {

    private static final Caller JYJ = new Caller("420112-jyj", false, false, "420112-JYJ");
    private static final Caller BUREAU = new Caller("bureau", true, false, null);
    private static final Caller SERVICE = new Caller("svc", false, true, null);
    private static final Caller NO_ROLE = new Caller("someone", false, false, null);

    @Test
    void aDepartmentReachesItsOwnRoutesAndNoOtherDepartmentsWhichDoNotExistForIt() {
        assertThat(RouteAccess.decide("POST", "/api/v1/departments/420112-JYJ/submissions/2020/figures", JYJ)).isEqualTo(ALLOW);
        assertThat(RouteAccess.decide("GET", "/api/v1/read-models/420112-JYJ/2020", JYJ)).isEqualTo(ALLOW);
        assertThat(RouteAccess.decide("GET", "/api/v1/departments/420112-CZJ/submissions/2020", JYJ)).isEqualTo(NOT_FOUND);
        assertThat(RouteAccess.decide("GET", "/api/v1/validation/420112-CZJ/2020", JYJ)).isEqualTo(NOT_FOUND);
        assertThat(RouteAccess.decide("GET", "/api/v1/read-models/NO-SUCH/2020", JYJ)).isEqualTo(NOT_FOUND);
        // the code is compared exactly: another spelling is another department
        assertThat(RouteAccess.decide("GET", "/api/v1/read-models/420112-jyj/2020", JYJ)).isEqualTo(NOT_FOUND);
    }

    @Test
    void theBureauReadsEveryDepartmentButWritesNone() {
        assertThat(RouteAccess.decide("GET", "/api/v1/departments/420112-CZJ/submissions/2020", BUREAU)).isEqualTo(ALLOW);
        assertThat(RouteAccess.decide("POST", "/api/v1/departments/420112-CZJ/submissions/2020/submit", BUREAU)).isEqualTo(FORBIDDEN);
        assertThat(RouteAccess.decide("GET", "/api/v1/overview/2020", BUREAU)).isEqualTo(ALLOW);
        assertThat(RouteAccess.decide("POST", "/api/v1/validation/revalidations", BUREAU)).isEqualTo(ALLOW);
    }

    @Test
    void bureauRoutesRefuseDepartmentsAndServices() {
        for (Caller c : List.of(JYJ, SERVICE, NO_ROLE)) {
            assertThat(RouteAccess.decide("GET", "/api/v1/overview/2020", c)).isEqualTo(FORBIDDEN);
            assertThat(RouteAccess.decide("POST", "/api/v1/validation/revalidations", c)).isEqualTo(FORBIDDEN);
            assertThat(RouteAccess.decide("GET", "/api/v1/validation/revalidations/r1", c)).isEqualTo(FORBIDDEN);
            assertThat(RouteAccess.decide("GET", "/api/v1/registry/departments", c)).isEqualTo(FORBIDDEN);
            assertThat(RouteAccess.decide("GET", "/bureau/", c)).isEqualTo(FORBIDDEN);
        }
    }

    @Test
    void publicReadsAndHealthNeedNoTokenEverythingElseDoes() {
        assertThat(RouteAccess.decide("GET", "/public/v1/departments/420112-JYJ/years/2020", null)).isEqualTo(ALLOW);
        assertThat(RouteAccess.decide("GET", "/actuator/health/readiness", null)).isEqualTo(ALLOW);
        assertThat(RouteAccess.decide("GET", "/signed-out", null)).isEqualTo(ALLOW);
        assertThat(RouteAccess.decide("POST", "/signed-out", null)).isEqualTo(UNAUTHENTICATED);
        assertThat(RouteAccess.decide("POST", "/public/v1/departments/420112-JYJ/years/2020", null)).isEqualTo(UNAUTHENTICATED);
        assertThat(RouteAccess.decide("GET", "/api/v1/departments/420112-JYJ/submissions/2020", null)).isEqualTo(UNAUTHENTICATED);
        assertThat(RouteAccess.decide("GET", "/actuator/prometheus", null)).isEqualTo(UNAUTHENTICATED);
    }

    @Test
    void aTokenWithoutAKnownRoleReachesNothingBehindTheLogin() {
        assertThat(RouteAccess.decide("GET", "/api/v1/departments/420112-JYJ/submissions/2020", NO_ROLE)).isEqualTo(FORBIDDEN);
        assertThat(RouteAccess.decide("GET", "/api/v1/anything", NO_ROLE)).isEqualTo(FORBIDDEN);
    }

    @Test
    void claimNamesComeFromTheSettingsSoAKeycloakTokenReadsTheSame() {
        AccessSettings keycloak = new AccessSettings("realm_access.roles", "finacct_department",
                "finacct-bureau", "finacct-department", null);
        Caller officer = Caller.fromClaims("u1", Map.of("realm_access", Map.of("roles", List.of("offline_access",
                "finacct-department")), "finacct_department", "420112-JYJ"), keycloak);
        assertThat(officer).isEqualTo(new Caller("u1", false, false, "420112-JYJ"));
        Caller reviewer = Caller.fromClaims("u2", Map.of("realm_access", Map.of("roles", List.of("finacct-bureau"))),
                keycloak);
        assertThat(reviewer.bureau()).isTrue();
        // a department claim without the department role grants nothing
        Caller claimOnly = Caller.fromClaims("u3", Map.of("roles", List.of(), "department", "420112-JYJ"),
                AccessSettings.DEFAULT);
        assertThat(claimOnly.department()).isNull();
    }
}
