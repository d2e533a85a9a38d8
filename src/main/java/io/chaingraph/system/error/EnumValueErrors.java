package io.chaingraph.system.error;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import graphql.language.Document;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * Completes graphql-java's messages about a wrong enum value with what the client needs
 * to fix it: the values the enum allows and, for a variable, the field of the variable
 * the value was for. graphql-java names only the enum ({@code Invalid input for enum
 * 'DemandKind'. No value found for name 'WISHES'}), and for a literal it shows the syntax
 * tree of the value; a client that still quotes a value (mode: "HORSE_RACE", as when the
 * field was a String) is told to write it without quotes.
 */
final class EnumValueErrors {

	private static final Pattern LITERAL = Pattern.compile(
			"is not a valid '(\\w+)' - Literal value not in allowable values for enum '\\w+' - 'EnumValue\\{name='(\\w*)'\\}'$");

	private static final Pattern QUOTED = Pattern
		.compile("is not a valid '(\\w+)' - Expected an AST type of 'EnumValue' but it was a '(\\w+)'$");

	private static final Pattern VARIABLE = Pattern.compile(
			"^Variable '(\\w+)' has an invalid value: Invalid input for enum '(\\w+)'\\. No value found for name '(.*)'$",
			Pattern.DOTALL);

	// A path this deep names nothing useful.
	private static final int MAX_DEPTH = 6;

	private EnumValueErrors() {
	}

	/**
	 * The message, completed when it is about a wrong enum value of the schema; unchanged
	 * otherwise.
	 * @param message graphql-java's message, after its syntax tree was taken out of the
	 * argument's name
	 * @param schema the schema the request ran against
	 * @param document the request's document, to find a variable's type
	 */
	static String explain(String message, GraphQLSchema schema, @Nullable String document) {
		Matcher literal = LITERAL.matcher(message);
		if (literal.find() && schema.getType(literal.group(1)) instanceof GraphQLEnumType type) {
			return message.substring(0, literal.start()) + "is not a valid '" + type.getName() + "': '"
					+ literal.group(2) + "' is not one of " + values(type);
		}
		Matcher quoted = QUOTED.matcher(message);
		if (quoted.find() && schema.getType(quoted.group(1)) instanceof GraphQLEnumType type) {
			return message.substring(0, quoted.start()) + "is not a valid '" + type.getName()
					+ "': an enum value is written without quotes, one of " + values(type);
		}
		Matcher variable = VARIABLE.matcher(message);
		if (variable.find() && schema.getType(variable.group(2)) instanceof GraphQLEnumType type) {
			List<String> fields = fields(variable.group(1), type, schema, document);
			String where = fields.isEmpty() ? "" : fields.stream().collect(Collectors.joining("' or '", "'", "' "));
			return "Variable '" + variable.group(1) + "' has an invalid value: " + where + "is not a valid '"
					+ type.getName() + "': '" + variable.group(3) + "' is not one of " + values(type);
		}
		return message;
	}

	private static String values(GraphQLEnumType type) {
		return type.getValues().stream().map((value) -> value.getName()).collect(Collectors.joining(", "));
	}

	/**
	 * Where in the variable an enum value of the type goes, such as {@code input.kind}:
	 * the value does not say, but the variable's declared type does.
	 */
	private static List<String> fields(String variable, GraphQLEnumType type, GraphQLSchema schema,
			@Nullable String document) {
		TypeName declared = declaredType(variable, document);
		if (declared == null) {
			return List.of();
		}
		List<String> paths = new ArrayList<>();
		collect(schema.getType(declared.getName()), type, variable, paths, new HashSet<>(), 0);
		return paths;
	}

	private static @Nullable TypeName declaredType(String variable, @Nullable String document) {
		if (document == null) {
			return null;
		}
		try {
			Document parsed = Parser.parse(document);
			for (OperationDefinition operation : parsed.getDefinitionsOfType(OperationDefinition.class)) {
				for (VariableDefinition definition : operation.getVariableDefinitions()) {
					if (definition.getName().equals(variable)) {
						return name(definition.getType());
					}
				}
			}
		}
		catch (RuntimeException ex) {
			// The document was valid enough to run; a second parse that fails names no
			// field.
		}
		return null;
	}

	private static TypeName name(Type<?> type) {
		if (type instanceof NonNullType nonNull) {
			return name(nonNull.getType());
		}
		if (type instanceof ListType list) {
			return name(list.getType());
		}
		return (TypeName) type;
	}

	// A filter holds itself (and, or, not): a type already on the path is not entered
	// again,
	// so each field is named once, by its shortest path.
	private static void collect(@Nullable GraphQLType type, GraphQLEnumType target, String path, List<String> paths,
			Set<String> onPath, int depth) {
		if (type == null || depth > MAX_DEPTH) {
			return;
		}
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
		if (unwrapped == target) {
			paths.add(path);
			return;
		}
		if (unwrapped instanceof GraphQLInputObjectType input && onPath.add(input.getName())) {
			for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
				collect(field.getType(), target, path + "." + field.getName(), paths, onPath, depth + 1);
			}
			onPath.remove(input.getName());
		}
	}

}
