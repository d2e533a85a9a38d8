package io.chaingraph.expert;

import java.util.Map;

import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Gives the enums {@code ScoreComponentName} and {@code EvidenceComponent} the names the
 * ranking uses for its components ({@code expertise} ... {@code trackRecord}, the keys of
 * {@code chaingraph.matching.*} and of the README's formula), so that the ranking keeps
 * them and the API shows enum values in its own upper case.
 */
@Component
class MatchComponentWiring implements RuntimeWiringConfigurer {

	/** Enum value name to the ranking's name of the component. */
	static final Map<String, String> COMPONENTS = Map.of("EXPERTISE", "expertise", "EVIDENCE", "evidence",
			"PROPAGATION", "propagation", "CHAIN", "chain", "TRACK_RECORD", "trackRecord");

	/** What an evidence path shows besides a component: a conflict of interest. */
	static final String CONFLICT = "CONFLICT";

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type(TypeRuntimeWiring.newTypeWiring("ScoreComponentName").enumValues(COMPONENTS::get));
		wiring.type(TypeRuntimeWiring.newTypeWiring("EvidenceComponent")
			.enumValues((name) -> CONFLICT.equals(name) ? CONFLICT : COMPONENTS.get(name)));
	}

}
