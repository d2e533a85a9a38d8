package io.chaingraph.system.graphql;

import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.error.ErrorText;
import io.chaingraph.system.error.SystemErrors;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The one text check: lengths counted in characters (code points), not UTF-16 units or
 * bytes; every kind of unpaired surrogate found; the message names the field, the length
 * and the limit.
 */
class TextValuesTests {

	private static final String SUPPLEMENTARY = new String(Character.toChars(0x20000));

	@Test
	void lengthIsCountedInCharactersWhateverTheirSize() {
		assertThat(TextValues.problem("a".repeat(200), 200)).isNull();
		assertThat(TextValues.problem("铜".repeat(200), 200)).isNull();
		// 400 UTF-16 units, 800 bytes of UTF-8, 200 characters.
		assertThat(TextValues.problem(SUPPLEMENTARY.repeat(200), 200)).isNull();
		assertThat(TextValues.problem(SUPPLEMENTARY.repeat(201), 200))
			.isEqualTo("is 201 characters long; at most 200 are allowed");
		assertThat(TextValues.problem("铜".repeat(5000), 200))
			.isEqualTo("is 5000 characters long; at most 200 are allowed");
	}

	@Test
	void zeroMeansNoLengthLimit() {
		assertThat(TextValues.problem("a".repeat(100_000), 0)).isNull();
	}

	@Test
	void everyUnpairedSurrogateIsFound() {
		assertThat(TextValues.problem("\ud800", 0)).contains("unpaired UTF-16 surrogate (\\ud800) at character 1");
		assertThat(TextValues.problem("ab\udc00", 0)).contains("(\\udc00) at character 3");
		// A low surrogate before its high one is no pair.
		assertThat(TextValues.problem("\udc00\ud800", 0)).contains("(\\udc00) at character 1");
		// Counted in characters: the pair before it is one.
		assertThat(TextValues.problem(SUPPLEMENTARY + "x\ud83d", 0)).contains("at character 3");
		assertThat(TextValues.problem("\ud83d\ude00 ok 😀", 0)).isNull();
	}

	@Test
	void anUnpairedSurrogateIsReportedBeforeTheLength() {
		assertThat(TextValues.problem("\ud800".repeat(300), 200)).startsWith("is not valid text");
	}

	@Test
	void checkNamesTheFieldTheLengthAndTheLimit() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> TextValues.check(TextValues.argument("name"), "x".repeat(8200), 200))
			.withMessage("Argument 'name' is 8200 characters long; at most 200 are allowed");
		assertThatNoException().isThrownBy(() -> TextValues.check(TextValues.argument("name"), null, 200));
	}

	@Test
	void valuesAreStringsOrListsWhoseEveryElementIsChecked() {
		assertThat(TextValues.problemOfValue("x".repeat(201), 200))
			.isEqualTo("the value is 201 characters long; at most 200 are allowed");
		assertThat(TextValues.problemOfValue(List.of("ok", "x".repeat(201)), 200))
			.isEqualTo("element 2 is 201 characters long; at most 200 are allowed");
		assertThat(TextValues.problemOfValue(List.of("ok", "a\ud800"), 200)).startsWith("element 2 is not valid text");
		assertThat(TextValues.problemOfValue(12L, 1)).isNull();
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(
					() -> TextValues.checkValue(ErrorText.of(SystemErrors.SEARCH_TEXT), List.of("y".repeat(300)), 200))
			.withMessage("The search text: element 1 is 300 characters long; at most 200 are allowed");
	}

}
