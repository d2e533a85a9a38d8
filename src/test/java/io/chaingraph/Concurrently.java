package io.chaingraph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;

/**
 * N conflicting requests released at once, for the workflows' race tests.
 */
public final class Concurrently {

	private Concurrently() {
	}

	/**
	 * Runs {@code move} for 0 to {@code n - 1} on as many threads, all started together,
	 * and returns how many said they succeeded.
	 */
	public static int successes(int n, IntPredicate move) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(n);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> outcomes = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				int index = i;
				outcomes.add(threads.submit(() -> {
					start.await();
					return move.test(index);
				}));
			}
			start.countDown();
			int successes = 0;
			for (Future<Boolean> outcome : outcomes) {
				successes += outcome.get() ? 1 : 0;
			}
			return successes;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
