package io.chaingraph.graph;

import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cursors written by hand for the common case are the ones Jackson writes, so that a
 * cursor a client kept stays valid.
 */
class CursorsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void handWrittenCursorsAreTheJsonCursorsAndDecodeToTheirPosition() {
		for (Object[] position : new Object[][] { { 0L, "g_tech_000009" }, { 7, "seg_pv_a3" },
				{ 1767225600000000000L, "h-1_X" }, { "合成", "ent_jcc" }, { null, "x" }, { 3L, "quote\"d" },
				{ 2.5, "f" } }) {
			String cursor = Cursors.encode(position[0], (String) position[1]);
			assertThat(cursor).isEqualTo(Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(JSON.writeValueAsBytes(Arrays.asList(position[0], position[1]))));
			assertThat(Cursors.decode(cursor, "after").id()).isEqualTo(position[1]);
		}
	}

}
