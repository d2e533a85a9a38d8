package io.chaingraph.system.error;

import io.chaingraph.system.graphql.TextValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every error message of the service, found wherever it is declared: written in English
 * and in Chinese with the same placeholders, under a code no other message has; and a
 * request's language read from its Accept-Language.
 */
class ErrorCatalogTests {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private static final Pattern PLACEHOLDERS_ONLY = Pattern.compile("^(\\{\\w+\\}|[\\s:：])+$");

	@Test
	void everyMessageHasBothLanguagesWithTheSamePlaceholders() {
		List<ErrorMessage> messages = catalog();
		assertThat(messages).hasSizeGreaterThan(140);
		for (ErrorMessage message : messages) {
			String name = message.getClass().getSimpleName() + "." + message.name();
			assertThat(message.english()).as(name).isNotBlank();
			assertThat(message.chinese()).as(name).isNotBlank();
			assertThat(new HashSet<>(ErrorText.placeholders(message.chinese()))).as(name)
				.isEqualTo(new HashSet<>(ErrorText.placeholders(message.english())));
			// A part that is all placeholders in Chinese (an import column's name, a
			// label
			// with no article) has no words to translate; any other is written in
			// Chinese.
			if (!PLACEHOLDERS_ONLY.matcher(message.chinese()).matches()) {
				assertThat(HAN.matcher(message.chinese()).find()).as(name + " is in Chinese").isTrue();
			}
		}
	}

	@Test
	void everyCodeIsUniqueAcrossTheService() {
		Set<String> codes = new HashSet<>();
		for (ErrorMessage message : catalog()) {
			assertThat(codes.add(message.name())).as(message.getClass().getSimpleName() + "." + message.name())
				.isTrue();
		}
	}

	@Test
	void aMessageIsRenderedInEitherLanguageWithItsNamedArguments() {
		ErrorText text = ErrorText.of(SystemErrors.TOO_LONG, 8200, 200);
		assertThat(text.render(Language.EN)).isEqualTo("is 8200 characters long; at most 200 are allowed");
		assertThat(text.render(Language.ZH)).isEqualTo("长 8200 个字符；最多允许 200 个");
		assertThat(text.extensions())
			.isEqualTo(Map.of("code", "TOO_LONG", "arguments", Map.of("length", 8200, "maxLength", 200)));
	}

	@Test
	void aPartOfAMessageIsWrittenInTheMessagesLanguage() {
		ErrorText text = ErrorText.of(SystemErrors.TEXT_FAULT, TextValues.argument("name"),
				ErrorText.of(SystemErrors.TOO_LONG, 8200, 200));
		assertThat(text.render(Language.EN))
			.isEqualTo("Argument 'name' is 8200 characters long; at most 200 are allowed");
		assertThat(text.render(Language.ZH)).isEqualTo("参数 'name'长 8200 个字符；最多允许 200 个");
		assertThat(text.arguments()).containsEntry("what", "name");
	}

	@Test
	void aCallSiteMustPassOneValuePerPlaceholder() {
		assertThatIllegalArgumentException().isThrownBy(() -> ErrorText.of(SystemErrors.TOO_LONG, 8200))
			.withMessageContaining("TOO_LONG takes 2 arguments [length, maxLength]");
	}

	@Test
	void chineseIsAskedForByAnyChineseRangeThatComesFirst() {
		for (String header : List.of("zh", "zh-CN", "zh-Hans", "zh-Hans-CN", "zh-TW", "ZH-cn", "fr, zh;q=0.5",
				"zh-CN,zh;q=0.9,en;q=0.8")) {
			assertThat(Language.of(header)).as(header).isEqualTo(Language.ZH);
		}
		for (String header : List.of("en", "en-US", "fr", "*", "en-US,zh;q=0.9", "zh;q=0", "", "not a header;;")) {
			assertThat(Language.of(header)).as(header).isEqualTo(Language.EN);
		}
		assertThat(Language.of((String) null)).isEqualTo(Language.EN);
	}

	private static List<ErrorMessage> catalog() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(ErrorMessage.class));
		List<ErrorMessage> messages = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("io.chaingraph")) {
			Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), null);
			assertThat(type.isEnum()).as(type.getName() + " is an enum").isTrue();
			for (Object constant : type.getEnumConstants()) {
				messages.add((ErrorMessage) constant);
			}
		}
		return messages;
	}

}
