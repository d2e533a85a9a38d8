package io.chaingraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The whole application on a random HTTP port, over the same embedded Neo4j it runs on by
 * default, in a temporary store. Every class with this annotation shares one Spring
 * context, so the suite starts Neo4j once per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "chaingraph.database.uri=", "chaingraph.database.embedded.ephemeral=true",
				"chaingraph.database.embedded.bolt-port=0",
				// Build machines are shared: a cold plan may take longer than the
				// production limit, which QueryLimitsTests and GraphReadsTimeoutTests
				// check with a
				// timeout of their own.
				"chaingraph.limits.read-timeout=60s",
				// Its background reads would run into the statement counts some tests
				// take; RankingWarmUpTests runs it in the foreground.
				"chaingraph.warm-up=false",
				// On, so that BenchmarkSmokeTests sees the figure the benchmark reads.
				"chaingraph.server-timing=true",
				// SchemaInspectionTests reads the report.
				"chaingraph.schema-inspection=true" })
// The first request of each query shape plans its Cypher on a cold database; latency is
// measured by the benchmark, not here.
@AutoConfigureWebTestClient(timeout = "PT30S")
@AutoConfigureHttpGraphQlTester
public @interface ChainGraphTest {

}
