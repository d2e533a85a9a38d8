package io.chaingraph.bench;

import java.util.Arrays;

/**
 * Latency percentiles and throughput of one run, in milliseconds and requests per second.
 * Percentiles are read from the sorted latencies (nearest rank), which at a few thousand
 * samples needs no histogram.
 *
 * @param requests requests sent
 * @param errors requests that failed or answered with errors
 * @param p50 median latency
 * @param p95 95th percentile
 * @param p99 99th percentile
 * @param max slowest request
 * @param throughput requests completed per second of wall time
 */
record Stats(int requests, int errors, double p50, double p95, double p99, double max, double throughput) {

	static Stats of(long[] nanos, int errors, long wallNanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double seconds = wallNanos / 1e9;
		return new Stats(sorted.length, errors, percentile(sorted, 50), percentile(sorted, 95),
				percentile(sorted, 99), (sorted.length == 0) ? 0 : sorted[sorted.length - 1] / 1e6,
				(seconds > 0) ? sorted.length / seconds : 0);
	}

	static double percentile(long[] sorted, double percent) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(percent / 100 * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

}
