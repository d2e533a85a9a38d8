package io.chaingraph.curation;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

import io.chaingraph.graph.NodeLabel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every curated label has a payload record named and shaped as its GraphQL type, since
 * schema inspection and the answer both read the record's components by the schema's
 * field names.
 */
class CuratedPayloadTests {

	@Test
	void everyCuratedLabelHasARecordNamedAfterItsPayloadType() {
		for (NodeLabel label : NodeLabel.values()) {
			if (!NodeCuration.curates(label)) {
				continue;
			}
			CuratedPayload.Kind<?> kind = CuratedPayload.of(label);
			String field = label.name().substring(0, 1).toLowerCase() + label.name().substring(1);
			assertThat(kind.type().getSimpleName()).isEqualTo("Curated" + label.name() + "Payload");
			assertThat(Arrays.stream(kind.type().getRecordComponents()).map(RecordComponent::getName))
				.containsExactly(field, "changed");
			Map<String, Object> node = Map.of("id", "x");
			CuratedPayload payload = kind.of(new NodeCuration.Result(node, true));
			assertThat(payload).isInstanceOf(kind.type());
			assertThat(payload.changed()).isTrue();
		}
	}

}
