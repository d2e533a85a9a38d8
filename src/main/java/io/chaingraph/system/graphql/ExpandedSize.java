package io.chaingraph.system.graphql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import org.jspecify.annotations.Nullable;

/**
 * How many fields and fragment spreads an operation holds once its fragments are
 * expanded, counted without expanding them: each fragment is counted once and its count
 * reused wherever it is spread. A document of a few hundred bytes whose fragments each
 * spread the previous one twice expands to 2^30 fields; graphql-java's traversals
 * (complexity, depth, aliases) and its execution expand them one by one, which took
 * minutes and the whole heap, while this takes time and memory proportional to the
 * document's length.
 * <p>
 * {@code @include} and {@code @skip} are not read: the count is an upper bound that does
 * not depend on the variables, so a verdict holds for the document. A fragment that is
 * unknown or spreads itself counts nothing here; validation refuses both.
 *
 * @param fields fields, every occurrence after expansion counted, saturated at
 * {@link Long#MAX_VALUE}
 * @param spreads fragment spreads after expansion, saturated the same way
 */
record ExpandedSize(long fields, long spreads) {

	static final ExpandedSize NONE = new ExpandedSize(0, 0);

	/**
	 * The largest operation of the document, by fields and by spreads, each with the
	 * operation's name (null for an anonymous one).
	 */
	record Largest(@Nullable String byFields, long fields, @Nullable String bySpreads, long spreads) {

	}

	static Largest largestOperation(Document document) {
		Counter counter = new Counter(document);
		String byFields = null;
		String bySpreads = null;
		long fields = 0;
		long spreads = 0;
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			ExpandedSize size = counter.count(operation.getSelectionSet());
			if (size.fields() > fields) {
				fields = size.fields();
				byFields = operation.getName();
			}
			if (size.spreads() > spreads) {
				spreads = size.spreads();
				bySpreads = operation.getName();
			}
		}
		return new Largest(byFields, fields, bySpreads, spreads);
	}

	ExpandedSize plus(ExpandedSize other) {
		return new ExpandedSize(add(this.fields, other.fields), add(this.spreads, other.spreads));
	}

	private static long add(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

	private static final class Counter {

		private final Map<String, FragmentDefinition> fragments = new HashMap<>();

		private final Map<String, ExpandedSize> counted = new HashMap<>();

		private final Set<String> counting = new HashSet<>();

		Counter(Document document) {
			for (Definition<?> definition : document.getDefinitions()) {
				if (definition instanceof FragmentDefinition fragment) {
					this.fragments.putIfAbsent(fragment.getName(), fragment);
				}
			}
		}

		ExpandedSize count(@Nullable SelectionSet selections) {
			if (selections == null) {
				return NONE;
			}
			ExpandedSize size = NONE;
			for (Selection<?> selection : selections.getSelections()) {
				size = size.plus(count(selection));
			}
			return size;
		}

		private ExpandedSize count(Selection<?> selection) {
			if (selection instanceof Field field) {
				return new ExpandedSize(1, 0).plus(count(field.getSelectionSet()));
			}
			if (selection instanceof InlineFragment inline) {
				return count(inline.getSelectionSet());
			}
			if (selection instanceof FragmentSpread spread) {
				return new ExpandedSize(0, 1).plus(fragment(spread.getName()));
			}
			return NONE;
		}

		private ExpandedSize fragment(String name) {
			ExpandedSize known = this.counted.get(name);
			if (known != null) {
				return known;
			}
			FragmentDefinition fragment = this.fragments.get(name);
			if (fragment == null || !this.counting.add(name)) {
				return NONE;
			}
			ExpandedSize size = count(fragment.getSelectionSet());
			this.counting.remove(name);
			this.counted.put(name, size);
			return size;
		}

	}

}
