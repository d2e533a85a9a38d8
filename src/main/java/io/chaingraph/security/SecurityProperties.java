package io.chaingraph.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code chaingraph.security.*}).
 *
 * @param anonymousReads whether queries without a key are answered
 * @param corsAllowedOrigins origins (patterns such as {@code https://*.example.org}
 * allowed) whose pages may call the API; empty means localhost in embedded mode and none
 * in external mode
 * @param devKey whether embedded mode makes a development ADMIN key, valid until the
 * process stops, and writes it to {@code <store>/dev-api-key} (owner-only)
 * @param enabled false turns keys, roles and CORS off altogether, only so that the
 * benchmark can measure what they cost; never in a deployment
 * @param keyRecheckInterval how often a running subscription checks that the key of its
 * WebSocket still authenticates, besides before each event it delivers
 */
@ConfigurationProperties("chaingraph.security")
record SecurityProperties(@DefaultValue("true") boolean anonymousReads, @DefaultValue List<String> corsAllowedOrigins,
		@DefaultValue("true") boolean devKey, @DefaultValue("true") boolean enabled,
		@DefaultValue("30s") Duration keyRecheckInterval) {

}
