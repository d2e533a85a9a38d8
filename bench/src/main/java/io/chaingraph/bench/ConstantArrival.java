package io.chaingraph.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Requests sent at a fixed rate whatever the answers (open model), each timed from when it
 * was due rather than when it left: a service that falls behind shows it in the
 * percentiles instead of slowing the load down (no coordinated omission).
 */
final class ConstantArrival {

	/**
	 * @param rate requests per second asked for
	 * @param seconds length of the run
	 * @param latency percentiles from the intended send times
	 * @param achievedRate requests answered without error per second of the run
	 * @param dropped requests not sent because they were already 10 s late (counted in
	 * the errors)
	 * @param heapBeforeMb used heap after a collection, before the run
	 * @param heapAfterMb used heap after a collection, after the run
	 */
	record Result(int rate, int seconds, Stats latency, double achievedRate, int dropped, double heapBeforeMb,
			double heapAfterMb) {

	}

	private static final long GIVE_UP = TimeUnit.SECONDS.toNanos(10);

	private ConstantArrival() {
	}

	static Result run(List<NamedQuery> queries, java.util.Map<String, Integer> mix, GraphQlClient client, int rate,
			int seconds, long seed) throws InterruptedException {
		List<String> bodies = schedule(queries, mix, rate * seconds, seed);
		double heapBefore = Heap.usedAfterGcMb();
		long[] nanos = new long[bodies.size()];
		AtomicIntegerArray answered = new AtomicIntegerArray(bodies.size());
		AtomicInteger errors = new AtomicInteger();
		AtomicInteger dropped = new AtomicInteger();
		// Enough senders that a slow answer never delays the next send; latency is still
		// counted from the intended time.
		ExecutorService senders = Executors.newFixedThreadPool(64);
		long period = TimeUnit.SECONDS.toNanos(1) / rate;
		long start = System.nanoTime();
		for (int i = 0; i < bodies.size(); i++) {
			long due = start + i * period;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			int index = i;
			senders.execute(() -> {
				// A user who waited this long has given up: the request fails unsent, which
				// also keeps the run's length bounded when the service falls far behind.
				if (System.nanoTime() - due > GIVE_UP) {
					dropped.incrementAndGet();
					errors.incrementAndGet();
				}
				else {
					try {
						client.post(bodies.get(index));
					}
					catch (Exception ex) {
						if (errors.getAndIncrement() == 0) {
							System.err.println("  first error: " + ex.getMessage());
						}
					}
				}
				nanos[index] = System.nanoTime() - due;
				answered.set(index, 1);
			});
		}
		senders.shutdown();
		if (!senders.awaitTermination(2, TimeUnit.MINUTES)) {
			senders.shutdownNow();
		}
		long wall = System.nanoTime() - start;
		// Requests still out when the run stops count as errors, at the time waited so far.
		for (int i = 0; i < nanos.length; i++) {
			if (answered.get(i) == 0) {
				errors.incrementAndGet();
				nanos[i] = System.nanoTime() - (start + i * period);
			}
		}
		Stats stats = Stats.of(nanos, errors.get(), wall);
		double achieved = (bodies.size() - errors.get()) / (wall / 1e9);
		return new Result(rate, seconds, stats, achieved, dropped.get(), heapBefore, Heap.usedAfterGcMb());
	}

	// A fixed, seeded sequence, so every run sends the same requests in the same order.
	private static List<String> schedule(List<NamedQuery> queries, java.util.Map<String, Integer> mix, int count,
			long seed) {
		int total = mix.values().stream().mapToInt(Integer::intValue).sum();
		Random random = new Random(seed);
		return java.util.stream.IntStream.range(0, count).mapToObj((i) -> {
			int pick = random.nextInt(total);
			for (NamedQuery query : queries) {
				pick -= mix.getOrDefault(query.name(), 0);
				if (pick < 0) {
					return query.body();
				}
			}
			throw new IllegalStateException("mix names no query");
		}).toList();
	}

}
