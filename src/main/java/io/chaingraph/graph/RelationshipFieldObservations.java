package io.chaingraph.graph;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DataFetcherObservationContext;

/**
 * Leaves the generic relationship fields out of the per-field observations. A list of 50
 * chains with their leaders and the leaders' experts calls a relationship fetcher 250
 * times; each started and stopped a Micrometer timer, about a tenth of the request in a
 * profile of the nested list, to time what is only a DataLoader handing out its batch's
 * result. The batch itself is observed as a data loader, and every other field (the named
 * questions, the top-level lists) keeps its {@code graphql.datafetcher} timer.
 */
@Configuration(proxyBeanMethods = false)
class RelationshipFieldObservations {

	@Bean
	ObservationPredicate relationshipFieldsAreNotObserved() {
		return (name, context) -> !(context instanceof DataFetcherObservationContext fetcher)
				|| !fetcher.getEnvironment().getFieldDefinition().hasAppliedDirective("relationship");
	}

}
