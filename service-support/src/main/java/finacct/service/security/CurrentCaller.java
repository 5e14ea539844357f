package finacct.service.security;

import finacct.kernel.access.Caller;
import org.springframework.security.core.context.SecurityContextHolder;

/** The verified caller of the current request, for controllers that record who acted. */
public class CurrentCaller {

    private final SecurityProperties properties;

    public CurrentCaller(SecurityProperties properties) {
        this.properties = properties;
    }

    /** The caller, or null outside a request with a verified token. */
    public Caller get() {
        return RouteAccessFilter.caller(SecurityContextHolder.getContext().getAuthentication(), properties.access());
    }

    /** The token's subject: the actor written into events. */
    public String subject() {
        Caller caller = get();
        if (caller == null) {
            throw new IllegalStateException("no verified caller");
        }
        return caller.subject();
    }
}
