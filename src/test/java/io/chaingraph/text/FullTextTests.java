package io.chaingraph.text;

import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.graphql.TextValues;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * User text as a Lucene query: special characters and operators lose their meaning, and
 * no text reaches Lucene as a character nobody typed.
 */
class FullTextTests {

	@Test
	void anUnpairedSurrogateIsRefusedNotSentAsAWildcard() {
		// The driver encodes an unpaired surrogate as '?', Lucene's one-character
		// wildcard.
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> FullText.query("\ud800", 300))
			.withMessageContaining("unpaired UTF-16 surrogate");
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> FullText.query("合金\udfff", 300));
	}

	@Test
	void cuttingTheTextNeverSplitsASurrogatePair() {
		String text = "a" + new String(Character.toChars(0x20000)) + "b";
		// Cut after two UTF-16 units, which would fall inside the pair.
		String query = FullText.query(text, 2);
		assertThat(query).isEqualTo("a");
		assertThat(TextValues.problem(query, 0)).isNull();
		assertThat(FullText.query(text, 3)).isEqualTo(text.substring(0, 3));
	}

	@Test
	void specialCharactersAndOperatorsMeanOnlyThemselves() {
		assertThat(FullText.query("铜 AND 银 || a* ?b (c) \"d\" e~ f^2 g:h i/j \\", 300))
			.isEqualTo("铜 and 银 \\|\\| a\\* \\?b \\(c\\) \\\"d\\\" e\\~ f\\^2 g\\:h i\\/j \\\\");
	}

}
