package io.chaingraph.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * One run of an import, from validation to its end, readable while it runs.
 */
public final class ImportJob {

	/** Where an import stands. */
	public enum Status {

		/** Reading every file and checking it before anything is written. */
		VALIDATING,
		/** The files were valid; rows are being written. */
		WRITING,
		/** Everything was written. */
		DONE,
		/** The files had errors; nothing was written. */
		REJECTED,
		/**
		 * Writing failed part-way and what was written was taken back (unless the failure
		 * says the undo failed too); running the same import again completes it.
		 */
		FAILED

	}

	static final int MAX_ERRORS = 1000;

	private final String id;

	private final String source;

	private final Instant startedAt = Instant.now();

	private volatile Status status = Status.VALIDATING;

	private volatile long totalRows;

	private final AtomicLong rowsDone = new AtomicLong();

	private volatile long nodes;

	private volatile long relationships;

	private volatile @Nullable Instant writingSince;

	private volatile @Nullable Instant finishedAt;

	private volatile @Nullable String failure;

	private final List<ImportError> errors = Collections.synchronizedList(new ArrayList<>());

	private final AtomicLong errorCount = new AtomicLong();

	ImportJob(String id, String source) {
		this.id = id;
		this.source = source;
	}

	public String id() {
		return this.id;
	}

	public String source() {
		return this.source;
	}

	public Status status() {
		return this.status;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public @Nullable Instant finishedAt() {
		return this.finishedAt;
	}

	public long totalRows() {
		return this.totalRows;
	}

	public long rowsDone() {
		return this.rowsDone.get();
	}

	public long nodes() {
		return this.nodes;
	}

	public long relationships() {
		return this.relationships;
	}

	public @Nullable String failure() {
		return this.failure;
	}

	/**
	 * Share of the rows written, from 0 to 100.
	 */
	public double percent() {
		long total = this.totalRows;
		return (total == 0) ? ((this.status == Status.DONE) ? 100 : 0) : 100.0 * rowsDone() / total;
	}

	/**
	 * Rows written per second since writing began.
	 */
	public double rowsPerSecond() {
		Instant since = this.writingSince;
		if (since == null) {
			return 0;
		}
		Instant end = (this.finishedAt != null) ? this.finishedAt : Instant.now();
		long millis = Math.max(1, Duration.between(since, end).toMillis());
		return rowsDone() * 1000.0 / millis;
	}

	/**
	 * The first {@value #MAX_ERRORS} errors, in the order found.
	 */
	public List<ImportError> errors() {
		synchronized (this.errors) {
			return List.copyOf(this.errors);
		}
	}

	public long errorCount() {
		return this.errorCount.get();
	}

	void error(String file, int line, String reason) {
		if (this.errorCount.incrementAndGet() <= MAX_ERRORS) {
			this.errors.add(new ImportError(file, line, reason));
		}
	}

	void validated(long totalRows, long nodes, long relationships) {
		this.totalRows = totalRows;
		this.nodes = nodes;
		this.relationships = relationships;
	}

	void writing() {
		this.writingSince = Instant.now();
		this.status = Status.WRITING;
	}

	void wrote(long rows) {
		this.rowsDone.addAndGet(rows);
	}

	void finish(Status status, @Nullable String failure) {
		this.failure = failure;
		this.finishedAt = Instant.now();
		this.status = status;
	}

	@Override
	public String toString() {
		return "import %s (%s): %s, %d/%d rows (%.0f%%), %.0f rows/s, %d error(s)".formatted(this.id, this.source,
				this.status, rowsDone(), this.totalRows, percent(), rowsPerSecond(), errorCount());
	}

}
