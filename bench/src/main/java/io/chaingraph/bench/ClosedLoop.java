package io.chaingraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of requests shared by a fixed number of client threads, each sending its
 * next request when the last one answers (closed model): the latency and throughput of a
 * service kept busy by that many clients.
 */
final class ClosedLoop {

	@FunctionalInterface
	interface Call {

		void run() throws Exception;

	}

	private ClosedLoop() {
	}

	/**
	 * Sends {@code requests} requests from {@code concurrency} threads, or as many as were
	 * started within {@code budget}, so that a query that has become very slow at a large
	 * scale cannot hold the run for hours; the stats then count fewer requests.
	 */
	static Stats run(Call call, int requests, int concurrency, Duration budget) throws InterruptedException {
		long[] nanos = new long[requests];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(concurrency);
		try {
			List<Future<?>> clients = new ArrayList<>();
			long start = System.nanoTime();
			long deadline = start + budget.toNanos();
			for (int i = 0; i < concurrency; i++) {
				clients.add(threads.submit(() -> {
					while (System.nanoTime() < deadline) {
						int n = next.getAndIncrement();
						if (n >= requests) {
							return;
						}
						long sent = System.nanoTime();
						try {
							call.run();
						}
						catch (Exception ex) {
							if (errors.getAndIncrement() == 0) {
								System.err.println("  first error: " + ex.getMessage());
							}
						}
						nanos[n] = System.nanoTime() - sent;
					}
				}));
			}
			for (Future<?> client : clients) {
				client.get();
			}
			int done = Math.min(next.get(), requests);
			return Stats.of(Arrays.copyOf(nanos, done), errors.get(), System.nanoTime() - start);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			threads.shutdownNow();
		}
	}

}
