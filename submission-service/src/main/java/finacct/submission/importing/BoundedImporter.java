package finacct.submission.importing;

import finacct.importer.DocumentImporters;
import finacct.importer.ImportedDocument;
import finacct.submission.config.SubmissionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads documents with bounded work: at most {@code importWorkers} documents are read at once (a request beyond
 * that waits up to 15 s for a turn, then is told to retry, {@link ImportBusyException}), and a document not read within {@code importTimeLimit} is
 * given up ({@link ImportTooComplexException}) and its reading stopped, so that a crafted text cannot keep a core
 * busy. The importer is plain Java without cancellation points: its thread is interrupted, and stopped when it does
 * not react (it holds no locks or shared state while it reads; where the JDK no longer allows stopping a thread,
 * the worker bound still keeps the others free).
 */
@Component
public class BoundedImporter {

    private static final Logger log = LoggerFactory.getLogger(BoundedImporter.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final Duration QUEUE_WAIT = Duration.ofSeconds(15);

    public record Read(DocumentImporters.Format format, ImportedDocument document) {
    }

    private final Semaphore workers;
    private final Duration timeLimit;

    public BoundedImporter(SubmissionProperties properties) {
        this.workers = new Semaphore(properties.importWorkers());
        this.timeLimit = properties.importTimeLimit();
    }

    /** Detects the format and reads the document, as {@link DocumentImporters#read} does, within the bounds. */
    public Read read(String fileName, String contentType, byte[] content) {
        try {
            // a burst of departments importing at once queues briefly rather than being turned away at once
            if (!workers.tryAcquire(QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ImportBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportBusyException();
        }
        CompletableFuture<Read> result = new CompletableFuture<>();
        AtomicReference<Thread> worker = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                DocumentImporters.Format format = DocumentImporters.detect(fileName, contentType, content);
                result.complete(new Read(format, DocumentImporters.read(fileName, contentType, content)));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            } finally {
                workers.release();
            }
        }, "document-import-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        worker.set(thread);
        thread.start();
        try {
            return result.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("document import given up after {} ({} bytes, type {}): stopping its reader", timeLimit,
                    content.length, contentType);
            stop(thread);
            throw new ImportTooComplexException(timeLimit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(thread);
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread thread) {
        thread.interrupt();
        try {
            thread.join(500);
            if (thread.isAlive()) {
                thread.stop(); // the importer has no cancellation points; it shares nothing that could be left broken
            }
        } catch (UnsupportedOperationException e) {
            log.warn("this JDK cannot stop {}: it runs to its end, holding one import worker", thread.getName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
