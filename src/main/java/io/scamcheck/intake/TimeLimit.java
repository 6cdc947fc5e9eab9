package io.scamcheck.intake;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the work for one message (intake and analysis) with a deadline, for the command line and the
 * window alike. When time is up the caller gets {@link IntakeError#TOO_SLOW} at once and the work is
 * interrupted; intake's own loops notice the interruption and stop. The work runs on a daemon thread, so a
 * stuck message never keeps the program from closing.
 */
public final class TimeLimit {
    /** Time for intake and analysis of one message. */
    public static final Duration PER_MESSAGE = Limits.STANDARD.timePerMessage();

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scamcheck-check-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private TimeLimit() {
    }

    /** Runs {@code work} within {@link #PER_MESSAGE}. */
    public static <T> T run(Callable<T> work) throws IntakeException {
        return run(PER_MESSAGE, work);
    }

    /**
     * Runs {@code work} and returns its result, or throws {@link IntakeError#TOO_SLOW} when it takes longer
     * than {@code limit}. An {@link IntakeException} from the work is passed on as it is; any other failure
     * is passed on unchecked, as the work threw it.
     */
    public static <T> T run(Duration limit, Callable<T> work) throws IntakeException {
        Future<T> f = POOL.submit(work);
        try {
            return f.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new IntakeException(IntakeError.TOO_SLOW, "more than " + limit.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IntakeException(IntakeError.TOO_SLOW, "stopped", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IntakeException ie) {
                throw ie;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}
