package io.chaingraph;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Testers that send an API key: the development ADMIN key, or a key issued for given
 * roles and scope, one per distinct request of the test JVM.
 */
public final class TestKeys {

	private static final Map<String, String> issued = new ConcurrentHashMap<>();

	private TestKeys() {
	}

	public static HttpGraphQlTester admin(HttpGraphQlTester tester, ApiKeys keys) {
		return with(tester, keys.devKey().orElseThrow().key());
	}

	public static HttpGraphQlTester as(HttpGraphQlTester tester, ApiKeys keys, Role role) {
		return with(tester, key(keys, EnumSet.of(role), null, null));
	}

	public static String key(ApiKeys keys, Set<Role> roles, @Nullable String enterprise, @Nullable String department) {
		return issued.computeIfAbsent(roles + "|" + enterprise + "|" + department,
				(name) -> keys.issue("test " + name, roles, enterprise, department, null, "test").key());
	}

	public static String key(ApiKeys keys, Set<Role> roles, @Nullable String enterprise, @Nullable String department,
			@Nullable String expert) {
		if (expert == null) {
			return key(keys, roles, enterprise, department);
		}
		return issued.computeIfAbsent(roles + "|" + enterprise + "|" + department + "|" + expert,
				(name) -> keys.issue("test " + name, roles, enterprise, department, expert, "test").key());
	}

	public static HttpGraphQlTester with(HttpGraphQlTester tester, String key) {
		return tester.mutate().headers((headers) -> headers.setBearerAuth(key)).build();
	}

	/**
	 * The text of /actuator/prometheus, read with the development ADMIN key and a buffer
	 * the whole suite's meters fit in (they outgrow the client's default 256 KB).
	 */
	public static String prometheus(WebTestClient http, ApiKeys keys) {
		return http.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build()
			.get()
			.uri("/actuator/prometheus")
			.headers((headers) -> headers.setBearerAuth(keys.devKey().orElseThrow().key()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
