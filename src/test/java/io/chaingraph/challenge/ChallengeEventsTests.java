package io.chaingraph.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.chaingraph.Concurrently;
import io.chaingraph.GraphAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import reactor.core.Disposable;

import io.chaingraph.ChainGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pushes come from the change log in the database, not from this process's memory: a post
 * committed by another instance reaches this one's subscribers, every post once and in
 * commit order however many instances post at once, and a subscriber hears only of what
 * was posted after it subscribed.
 */
@ChainGraphTest
class ChallengeEventsTests {

	private static final String PREFIX = "test_events_";

	@Autowired
	ChallengeEvents events;

	@Autowired
	Driver driver;

	@AfterEach
	void removeEntries() {
		new GraphAssertions(this.driver).run("MATCH (e:ChangeLogEntry) WHERE e.subject STARTS WITH $p DELETE e", "p",
				PREFIX);
	}

	@Test
	void aPostCommittedByAnotherInstanceReachesTheSubscriber() throws Exception {
		BlockingQueue<String> received = new LinkedBlockingQueue<>();
		Disposable subscription = this.events.posted().subscribe(received::add);
		try {
			// What another instance's post writes: nothing in this process hears of it.
			postElsewhere(PREFIX + "elsewhere");
			assertThat(received.poll(30, TimeUnit.SECONDS)).isEqualTo(PREFIX + "elsewhere");
		}
		finally {
			subscription.dispose();
		}
	}

	@Test
	void concurrentPostsReachTheSubscriberEachOnceInCommitOrder() throws Exception {
		BlockingQueue<String> received = new LinkedBlockingQueue<>();
		Disposable subscription = this.events.posted().subscribe(received::add);
		try {
			int writers = 8;
			int posts = 10;
			assertThat(Concurrently.successes(writers, (writer) -> {
				for (int i = 0; i < posts; i++) {
					postElsewhere(PREFIX + "w" + writer + "_" + i);
				}
				return true;
			})).isEqualTo(writers);
			List<String> heard = new ArrayList<>();
			while (heard.size() < writers * posts) {
				String next = received.poll(30, TimeUnit.SECONDS);
				assertThat(next).as("post %d of %d", heard.size() + 1, writers * posts).isNotNull();
				heard.add(next);
			}
			assertThat(heard).doesNotHaveDuplicates();
			assertThat(heard).isEqualTo(new GraphAssertions(this.driver).strings("""
					MATCH (e:ChangeLogEntry) WHERE e.subject STARTS WITH $p
					WITH e ORDER BY e.seq RETURN collect(e.subject) AS values""", "p", PREFIX));
			assertThat(received.poll(500, TimeUnit.MILLISECONDS)).isNull();
		}
		finally {
			subscription.dispose();
		}
	}

	@Test
	void aSubscriberHearsOnlyOfPostsAfterItSubscribed() throws Exception {
		postElsewhere(PREFIX + "before");
		BlockingQueue<String> received = new LinkedBlockingQueue<>();
		Disposable subscription = this.events.posted().subscribe(received::add);
		try {
			postElsewhere(PREFIX + "after");
			// Entries are handed out in their order: the earlier one would come first.
			assertThat(received.poll(30, TimeUnit.SECONDS)).isEqualTo(PREFIX + "after");
		}
		finally {
			subscription.dispose();
		}
	}

	@Test
	void theSequenceNumbersPostsInCommitOrderWithoutGaps() throws Exception {
		GraphAssertions graph = new GraphAssertions(this.driver);
		long before = graph.one("OPTIONAL MATCH (s:ChangeLogSequence {key: 1}) RETURN coalesce(s.value, 0) AS v")
			.get("v")
			.asLong();
		Concurrently.successes(8, (writer) -> {
			postElsewhere(PREFIX + "gapless_" + writer);
			return true;
		});
		List<String> seqs = graph.strings("""
				MATCH (e:ChangeLogEntry) WHERE e.subject STARTS WITH $p
				WITH e ORDER BY e.seq RETURN collect(toString(e.seq)) AS values""", "p", PREFIX + "gapless_");
		assertThat(seqs).containsExactly(java.util.stream.LongStream.rangeClosed(before + 1, before + 8)
			.mapToObj(Long::toString)
			.toArray(String[]::new));
	}

	private boolean postElsewhere(String subject) {
		try (Session session = this.driver.session()) {
			session.executeWrite((tx) -> {
				ChallengeEvents.record(tx, subject);
				return null;
			});
		}
		return true;
	}

}
