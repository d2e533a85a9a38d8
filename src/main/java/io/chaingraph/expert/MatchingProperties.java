package io.chaingraph.expert;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How expertsFor weighs its components; the README explains each.
 *
 * @param expertise weight of declared expertise in the technology and those near it
 * @param evidence weight of publications and patents about it or matching the text
 * @param propagation weight of personalised PageRank from the matched technologies and
 * publications
 * @param chain weight of ties to the chain
 * @param trackRecord weight of challenges won and achievements
 * @param decay how much a step in the taxonomy discounts expertise and evidence
 * @param maxDistance how many taxonomy steps count as near
 * @param coauthorYears how recent a co-authorship must be to count as a conflict of
 * interest
 */
@ConfigurationProperties("chaingraph.matching")
record MatchingProperties(@DefaultValue("0.35") double expertise, @DefaultValue("0.25") double evidence,
		@DefaultValue("0.15") double propagation, @DefaultValue("0.15") double chain,
		@DefaultValue("0.10") double trackRecord, @DefaultValue("0.5") double decay, @DefaultValue("2") int maxDistance,
		@DefaultValue("5") int coauthorYears) {

}
