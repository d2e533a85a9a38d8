package io.chaingraph.challenge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Newly posted challenges, for the subscribers of this service process, read from the
 * database: a challenge posted through any instance of the service reaches the
 * subscribers of every instance.
 * <p>
 * A post appends a {@code ChangeLogEntry} in its own transaction, numbered from the one
 * {@code ChangeLogSequence} node ({@link #record}). The number is taken under that node's
 * write lock, held until the post commits, so numbers are given in commit order: a post
 * numbered n+1 cannot take its number before the post numbered n has committed (or rolled
 * back and given n back). A reader that sees entry n+1 therefore already sees every entry
 * below it, and a cursor "entries above the last one read" misses none, however many
 * instances post at once. A clock would not do: two transactions can read the clock in
 * one order and commit in the other, and the later-committed, earlier-stamped entry would
 * fall behind a cursor that had moved past it. The lock is the last one a post takes, so
 * posts wait for each other only for their commit.
 * <p>
 * While at least one subscriber listens, one thread of this process polls the log every
 * {@code chaingraph.challenges.push-poll-interval} from its cursor and hands each new
 * entry to every subscriber; a post made through this process polls at once, so its own
 * subscribers hear of it without waiting for the interval. A subscriber hears of the
 * posts numbered above the log's head when it subscribed ("from now on"), each once.
 * While the database is away the cursor stays and polling resumes from it when it
 * answers.
 */
@Component
class ChallengeEvents implements DisposableBean {

	private static final Log logger = LogFactory.getLog(ChallengeEvents.class);

	static final String POSTED = "challengePosted";

	// Entries older than this many posts go: a subscriber is never this far behind.
	private static final long KEPT = 10_000;

	private static final int PAGE = 500;

	private static final TransactionConfig POLL = TransactionConfig.builder()
		.withTimeout(Duration.ofSeconds(5))
		.build();

	private final Driver driver;

	private final SessionConfig reads;

	private final ScheduledExecutorService poller;

	private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

	// The last entry handed to the listeners; -1 while no one listens. Guarded by this.
	private long cursor = -1;

	private volatile boolean failing;

	ChallengeEvents(Driver driver, @Value("${chaingraph.challenges.push-poll-interval:250ms}") Duration interval) {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException(
					"chaingraph.challenges.push-poll-interval must be positive; got " + interval);
		}
		this.driver = driver;
		// The bookmarks of this process's writes: on a cluster, a poll after a post made
		// here waits until its reader has the post.
		this.reads = SessionConfig.builder()
			.withDefaultAccessMode(AccessMode.READ)
			.withBookmarkManager(driver.executableQueryBookmarkManager())
			.build();
		this.poller = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "challenge-events");
			thread.setDaemon(true);
			return thread;
		});
		this.poller.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Appends the post of {@code challenge} to the change log, in the transaction that
	 * posts it: the entry commits or rolls back with the post. Call it last in the
	 * transaction, since the sequence's lock is held until the commit.
	 */
	static void record(TransactionContext tx, String challenge) {
		// Locked in a statement of its own, so that the increment reads the value the
		// previous post committed, not one read before the lock was granted. The first
		// post makes the node; the key's constraint makes a second first post wait for
		// it and find it.
		tx.run("MERGE (s:ChangeLogSequence {key: 1}) ON CREATE SET s.value = 0 SET s._lock = true REMOVE s._lock")
			.consume();
		tx.run("""
				MATCH (s:ChangeLogSequence {key: 1})
				SET s.value = s.value + 1
				CREATE (:ChangeLogEntry {seq: s.value, topic: $topic, subject: $subject, at: datetime()})
				WITH s.value - $kept AS oldest
				MATCH (old:ChangeLogEntry) WHERE old.seq <= oldest
				DELETE old""", Map.of("topic", POSTED, "subject", challenge, "kept", KEPT)).consume();
	}

	/**
	 * A post of this process committed: polls now rather than at the next interval.
	 */
	void postedHere() {
		if (!this.listeners.isEmpty()) {
			this.poller.execute(this::poll);
		}
	}

	/**
	 * The ids of the challenges posted from now on, through any instance.
	 */
	Flux<String> posted() {
		return Flux.create((sink) -> {
			// Listening before the head is read: an entry handed out before the
			// listener was added is at or below the head, and is not wanted.
			Listener listener = new Listener(sink);
			this.listeners.add(listener);
			sink.onDispose(() -> this.listeners.remove(listener));
			long head;
			try {
				head = head();
			}
			catch (RuntimeException ex) {
				this.listeners.remove(listener);
				sink.error(ex);
				return;
			}
			listener.from(head);
			synchronized (this) {
				if (this.cursor < 0) {
					this.cursor = head;
				}
			}
		});
	}

	private long head() {
		try (Session session = this.driver.session(this.reads)) {
			return session.executeRead((tx) -> tx.run("MATCH (s:ChangeLogSequence {key: 1}) RETURN s.value AS head")
				.list((row) -> row.get("head").asLong())
				.stream()
				.findFirst()
				.orElse(0L), POLL);
		}
	}

	private void poll() {
		long from;
		synchronized (this) {
			if (this.listeners.isEmpty()) {
				this.cursor = -1;
				return;
			}
			from = this.cursor;
		}
		if (from < 0) {
			return;
		}
		List<Entry> entries;
		try {
			entries = read(from);
			if (this.failing) {
				this.failing = false;
				logger.info("Challenge events: the change log answers again");
			}
		}
		catch (RuntimeException ex) {
			if (!this.failing) {
				this.failing = true;
				logger.warn("Challenge events: the change log cannot be read, retrying (" + ex.getMessage() + ")");
			}
			return;
		}
		synchronized (this) {
			// The last listener left, and another came, while the page was read.
			if (this.cursor != from) {
				return;
			}
			for (Entry entry : entries) {
				this.listeners.forEach((listener) -> listener.offer(entry));
				this.cursor = entry.seq();
			}
		}
		if (entries.size() == PAGE) {
			this.poller.execute(this::poll);
		}
	}

	private List<Entry> read(long from) {
		try (Session session = this.driver.session(this.reads)) {
			return session.executeRead((tx) -> tx
				.run("""
						MATCH (e:ChangeLogEntry) WHERE e.seq > $from
						RETURN e.seq AS seq, e.topic AS topic, e.subject AS subject ORDER BY seq LIMIT $page""",
						Map.of("from", from, "page", PAGE))
				.list((row) -> new Entry(row.get("seq").asLong(), row.get("topic").asString(),
						row.get("subject").asString())),
					POLL);
		}
	}

	@Override
	public void destroy() {
		this.poller.shutdownNow();
	}

	private record Entry(long seq, String topic, String subject) {

	}

	/**
	 * One subscriber: what arrives before it knows where "now" was is kept until then.
	 */
	private static final class Listener {

		private final FluxSink<String> sink;

		private long from = -1;

		private @Nullable List<Entry> early = new ArrayList<>();

		Listener(FluxSink<String> sink) {
			this.sink = sink;
		}

		synchronized void from(long head) {
			this.from = head;
			List<Entry> kept = this.early;
			this.early = null;
			if (kept != null) {
				kept.forEach(this::offer);
			}
		}

		synchronized void offer(Entry entry) {
			if (this.early != null) {
				this.early.add(entry);
			}
			else if (entry.seq() > this.from && POSTED.equals(entry.topic())) {
				this.sink.next(entry.subject());
			}
		}

	}

}
