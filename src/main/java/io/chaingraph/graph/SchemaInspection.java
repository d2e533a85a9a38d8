package io.chaingraph.graph;

import java.util.Map;

import graphql.schema.GraphQLNamedType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.SchemaReport;

/**
 * Spring's inspection of the schema against what answers it: a field no fetcher,
 * controller or record maps, an argument or a nullness the code disagrees with. It runs
 * when {@code chaingraph.schema-inspection} is on, as it is in the tests, where
 * {@code SchemaInspectionTests} keeps the report empty; a non-empty report is a warning
 * in the log. Off by default: it costs a start about 70 to 90 ms and finds nothing the
 * test has not. Nodes are maps, so the inspection is told that every node type is one;
 * the generic reads describe the rest ({@link GraphReadsWiring}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("chaingraph.schema-inspection")
class SchemaInspection {

	private static final Logger logger = LoggerFactory.getLogger(SchemaInspection.class);

	private volatile @Nullable SchemaReport report;

	@Bean
	GraphQlSourceBuilderCustomizer schemaInspectionCustomizer() {
		return (builder) -> builder.inspectSchemaMappings((initializer) -> {
			for (NodeLabel label : NodeLabel.values()) {
				initializer.classMapping(label.name(), Map.class);
			}
		}, (report) -> {
			this.report = report;
			if (!isEmpty(report)) {
				logger.warn("The schema has fields or arguments the code does not map: {}\n\tSkipped at: {}", report,
						report.skippedTypes()
							.stream()
							.map((skipped) -> ((GraphQLNamedType) skipped.type()).getName() + " at "
									+ skipped.fieldCoordinates())
							.toList());
			}
		});
	}

	/** The last report, null before the schema is built. */
	@Nullable SchemaReport report() {
		return this.report;
	}

	static boolean isEmpty(SchemaReport report) {
		return report.unmappedFields().isEmpty() && report.unmappedRegistrations().isEmpty()
				&& report.unmappedArguments().isEmpty() && report.skippedTypes().isEmpty()
				&& report.fieldNullnessErrors().isEmpty() && report.argumentNullnessErrors().isEmpty();
	}

}
