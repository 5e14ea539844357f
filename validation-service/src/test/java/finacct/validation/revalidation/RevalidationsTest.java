package finacct.validation.revalidation;

import finacct.validation.pipeline.Outcome;
import finacct.validation.pipeline.ValidationScheduler;
import finacct.validation.store.EventLog;
import finacct.validation.store.ValidationResults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Re-validation runs one at a time: a request while one is under way answers with that run. */
class RevalidationsTest {

    final EventLog events = mock(EventLog.class);
    final ValidationScheduler scheduler = mock(ValidationScheduler.class);
    final CompletableFuture<Outcome> validating = new CompletableFuture<>();
    final Revalidations revalidations = new Revalidations(events, mock(ValidationResults.class), scheduler);

    @AfterEach
    void stop() {
        revalidations.destroy();
    }

    @Test
    void aSecondRequestWhileARunIsUnderWayGetsThatRunAndQueuesNothing() {
        when(events.newestSequences()).thenReturn(Map.of("420112-CZJ:2020", 3L, "420112-JYJ:2020", 1L));
        when(scheduler.request(anyString(), anyBoolean())).thenReturn(validating);

        Revalidations.Requested first = revalidations.requestAll();
        Revalidations.Requested second = revalidations.requestAll();
        Revalidations.Requested third = revalidations.requestAll();

        assertThat(first.isNew()).isTrue();
        assertThat(second.isNew()).isFalse();
        assertThat(second.run()).isSameAs(first.run());
        assertThat(third.run()).isSameAs(first.run());

        validating.complete(Outcome.PUBLISHED);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> first.run().view().state() == RevalidationRun.State.FINISHED);
        verify(scheduler, times(2)).request(anyString(), anyBoolean()); // one run over two submissions

        Revalidations.Requested afterwards = revalidations.requestAll();
        assertThat(afterwards.isNew()).isTrue();
        assertThat(afterwards.run().id()).isNotEqualTo(first.run().id());
    }
}
