package io.chaingraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap figures of this JVM, which runs the service too: the largest used heap seen by a
 * sampler, and the used heap after a collection.
 */
final class Heap implements AutoCloseable {

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private final AtomicLong peak = new AtomicLong();

	private final Thread sampler;

	private volatile boolean running = true;

	Heap() {
		this.sampler = new Thread(() -> {
			while (this.running) {
				this.peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "heap-sampler");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	double peakMb() {
		return this.peak.get() / 1048576.0;
	}

	@Override
	public void close() {
		this.running = false;
		this.sampler.interrupt();
	}

	static double usedAfterGcMb() {
		System.gc();
		return MEMORY.getHeapMemoryUsage().getUsed() / 1048576.0;
	}

}
