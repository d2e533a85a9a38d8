package io.chaingraph.expert;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.expertsFor}.
 */
@Controller
class ExpertMatchController {

	private final ExpertRanking ranking;

	ExpertMatchController(ExpertRanking ranking) {
		this.ranking = ranking;
	}

	@QueryMapping
	ExpertRanking.ExpertsForResult expertsFor(@Argument @Nullable String chain, @Argument @Nullable String technology,
			@Argument @Nullable String query, @Argument boolean interpret, @Argument @Nullable List<String> interpretAs,
			@Argument @Nullable String city, @Argument boolean academicianOnly,
			@Argument @Nullable String excludeConflictsWith, @Argument int first) {
		return this.ranking.rank(chain, technology, query, city, academicianOnly, excludeConflictsWith, first,
				new ExpertRanking.TextOptions(interpret, interpretAs));
	}

}
