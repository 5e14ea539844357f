package finacct.validation.revalidation;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start, validates what the stored results do not cover: a new rule set (so deploying one re-validates every
 * submission), and runs lost to a restart. It runs in the background; the service serves and consumes meanwhile.
 */
@Component
class StartupRevalidation {

    private final Revalidations revalidations;

    StartupRevalidation(Revalidations revalidations) {
        this.revalidations = revalidations;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        revalidations.startupCheck();
    }
}
