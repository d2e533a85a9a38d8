package io.chaingraph.importing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What the exports served over HTTP and GraphQL may cost ({@code chaingraph.export.*}).
 * The command-line export has none of these limits: whoever runs it owns the machine.
 *
 * @param timeout how long one export may run; its transaction ends then, and a download
 * still going is cut off
 * @param maxConcurrent exports running at once in this process, all keys together; a key
 * runs at most one
 * @param graphqlMaxSize the largest export that the {@code exportGraph} query returns in
 * its answer, in UTF-8 bytes of the files; larger ones are downloaded from
 * {@code GET /export}
 */
@ConfigurationProperties("chaingraph.export")
record ExportProperties(@DefaultValue("60s") Duration timeout, @DefaultValue("2") int maxConcurrent,
		@DefaultValue("4MB") DataSize graphqlMaxSize) {

}
