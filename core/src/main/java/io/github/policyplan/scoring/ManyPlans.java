package io.github.policyplan.scoring;

import io.github.policyplan.model.Plan;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Scores many plans at one date on several threads, for {@link Scoring#scoreAll}: workers take the
 * next plan in list order until none is left, and each plan is scored by one ordinary pass, as
 * {@link Scoring#score} scores it; the scorecards go back in the order of the plans, so the result is
 * the one of a loop on one thread.
 *
 * <p>The calling thread is always one of the workers, and it waits only for plans a worker has taken:
 * a worker the executor runs late (or never) finds nothing left to take, so a busy or saturated
 * executor slows the work down but cannot block it. A failure does not stop the others; when every
 * plan is done, the failure of the first failing plan in list order is thrown, the one a loop would
 * have met first.
 *
 * <p>Not thread-safe itself: one instance per call.
 */
final class ManyPlans {

    private final Scoring engine;
    private final List<Plan> plans;
    private final List<ProgressLog> logs;
    private final LocalDate asOf;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch done;
    private final AtomicReferenceArray<Scorecard> cards;
    private final AtomicReferenceArray<Throwable> failures;

    private ManyPlans(Scoring engine, List<Plan> plans, List<ProgressLog> logs, LocalDate asOf) {
        this.engine = engine;
        this.plans = plans;
        this.logs = logs;
        this.asOf = asOf;
        this.done = new CountDownLatch(plans.size());
        this.cards = new AtomicReferenceArray<>(plans.size());
        this.failures = new AtomicReferenceArray<>(plans.size());
    }

    /**
     * Scores the plans with {@code workers} workers: the calling thread and {@code workers - 1} tasks given to
     * the executor ({@code null} for threads started for this call and stopped at its end).
     */
    static List<Scorecard> score(Scoring engine, List<Plan> plans, Function<? super Plan, ProgressLog> logOf,
            LocalDate asOf, int workers, Executor executor) {
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(logOf, "logs");
        Objects.requireNonNull(asOf, "asOf");
        List<Plan> list = List.copyOf(plans);
        List<ProgressLog> logs = new ArrayList<>(list.size());
        for (Plan p : list) {
            ProgressLog log = logOf.apply(p);
            if (log == null) {
                throw new IllegalArgumentException("no progress log for plan " + p.id());
            }
            logs.add(log);
        }
        ManyPlans run = new ManyPlans(engine, list, logs, asOf);
        int helpers = Math.min(workers, list.size()) - 1;
        for (int i = 0; i < helpers; i++) {
            if (executor != null) {
                executor.execute(run::work);
            } else {
                Thread t = new Thread(run::work, "policyplan-scoring-" + (i + 1));
                t.setDaemon(true);
                t.start();
            }
        }
        run.work();
        return run.results();
    }

    /** One worker: takes the next plan until none is left. */
    private void work() {
        for (int i = next.getAndIncrement(); i < plans.size(); i = next.getAndIncrement()) {
            try {
                cards.set(i, new Pass(engine, plans.get(i), logs.get(i), asOf).all());
            } catch (Throwable e) {
                failures.set(i, e);
            } finally {
                done.countDown();
            }
        }
    }

    /** Waits for the plans taken, and returns the scorecards in plan order or throws the first failure. */
    private List<Scorecard> results() {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException c = new CancellationException("interrupted while plans were being scored");
            c.initCause(e);
            throw c;
        }
        Scorecard[] out = new Scorecard[plans.size()];
        for (int i = 0; i < out.length; i++) {
            Throwable failure = failures.get(i);
            if (failure instanceof RuntimeException r) {
                throw r;
            } else if (failure instanceof Error e) {
                throw e;
            } else if (failure != null) {
                throw new IllegalStateException(failure);
            }
            out[i] = cards.get(i);
        }
        return List.copyOf(Arrays.asList(out));
    }
}
