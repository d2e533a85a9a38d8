package io.chaingraph.bench;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValue;
import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RelType;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The peer's type definitions, written from the service's own schema files so that the
 * peer serves the same model as the service, and follows it when the model changes:
 * every object type that implements {@code Node} becomes an {@code @node} type with its
 * stored scalar fields, and every field carrying {@code @relationship(type, direction)}
 * becomes a list of its target under {@code @neo4j/graphql}'s own
 * {@code @relationship}.
 *
 * <p>
 * The target comes from the model, not from the field's GraphQL type, so that it is the
 * same whether the service's field returns {@code RelatedConnection} (its node the
 * {@code Node} interface) or a typed connection: the labels at the relationship's other
 * end ({@link RelType#to()} going out, {@link RelType#from()} coming in), one label its
 * type, several labels all organisations {@code Organization}, anything else
 * {@code Node}, as the service's typed schema decides it; the peer's {@code Node} is
 * called {@code AnyNode}, as {@code @neo4j/graphql} keeps that name for Relay. Both
 * interfaces are declared with the two fields every node has, {@code id} and
 * {@code name}.
 *
 * <p>
 * What the peer cannot serve the same way is left out or loosened: fields with arguments
 * other than relationships (computed by the service, not stored), {@code labels} (the
 * node's labels, not a property), and non-null markers other than {@code id}'s (the
 * service fills some absent properties, such as {@code synthetic}, itself). Enums become
 * {@code String}: the store holds the values the service's enums map to, which
 * {@code @neo4j/graphql}'s enums, naming the stored value itself, would refuse.
 * Relationship properties are not declared, as no measured query reads them.
 */
final class PeerTypeDefs {

	static final String SCHEMA_LOCATION = "classpath*:graphql/*.graphqls";

	private static final Set<String> SCALARS = Set.of("ID", "String", "Int", "Float", "Boolean");

	private static final Set<NodeLabel> ORGANIZATIONS = EnumSet.of(NodeLabel.Enterprise, NodeLabel.University,
			NodeLabel.Institute);

	private static final String NODE = "Node";

	// @neo4j/graphql keeps the name Node for Relay.
	private static final String ANY_NODE = "AnyNode";

	private static final String ORGANIZATION = "Organization";

	private PeerTypeDefs() {
	}

	/**
	 * Writes the peer's type definitions to the file given, from the schema on the
	 * class path: for running the peer by hand (bench/README.md).
	 */
	public static void main(String[] args) throws IOException {
		Path file = Path.of((args.length > 0) ? args[0] : "bench/results/peer-typeDefs.graphql");
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, of(serviceSchema()));
		System.out.println("Written to " + file.toAbsolutePath());
	}

	/**
	 * The service's schema files, parsed as graphql-java parses them for the service.
	 */
	static TypeDefinitionRegistry serviceSchema() {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(SCHEMA_LOCATION);
			Arrays.sort(files, Comparator.comparing(Resource::getDescription));
			for (Resource file : files) {
				try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
					registry.merge(new SchemaParser().parse(reader));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The service's schema files cannot be read", ex);
		}
		return registry;
	}

	/**
	 * The type definitions for {@code @neo4j/graphql}.
	 */
	static String of(TypeDefinitionRegistry schema) {
		TreeMap<String, ObjectTypeDefinition> nodes = new TreeMap<>();
		schema.getTypes(ObjectTypeDefinition.class)
			.stream()
			.filter((type) -> type.getImplements().stream().anyMatch((it) -> name(it).equals(NODE)))
			.forEach((type) -> nodes.put(type.getName(), type));
		StringBuilder sdl = new StringBuilder("""
				# The peer's type definitions, written by io.chaingraph.bench.PeerTypeDefs from the
				# service's schema files: do not edit.

				interface %s {
				  id: ID!
				  name: String
				}

				interface %s {
				  id: ID!
				  name: String
				}
				""".formatted(ANY_NODE, ORGANIZATION));
		for (ObjectTypeDefinition type : nodes.values()) {
			NodeLabel label = NodeLabel.valueOf(type.getName());
			List<String> interfaces = new ArrayList<>(List.of(ANY_NODE));
			if (ORGANIZATIONS.contains(label)) {
				interfaces.add(ORGANIZATION);
			}
			sdl.append("\ntype %s implements %s @node {\n".formatted(type.getName(), String.join(" & ", interfaces)));
			for (FieldDefinition field : type.getFieldDefinitions()) {
				Directive relationship = field.getDirectives("relationship").stream().findFirst().orElse(null);
				if (relationship != null) {
					String line = relationship(field, relationship, nodes.keySet());
					if (line != null) {
						sdl.append("  ").append(line).append('\n');
					}
				}
				else if (field.getInputValueDefinitions().isEmpty() && !field.getName().equals("labels")) {
					String scalar = scalar(field.getType(), schema, field.getName().equals("id"));
					if (scalar != null) {
						sdl.append("  %s: %s\n".formatted(field.getName(), scalar));
					}
				}
			}
			sdl.append("}\n");
		}
		return sdl.toString();
	}

	/**
	 * The GraphQL type of a relationship field's other end, by the rule of the service's
	 * typed schema, or null when none of its labels has a type.
	 */
	static String target(RelType type, boolean outgoing, Set<String> types) {
		Set<NodeLabel> labels = new LinkedHashSet<>(outgoing ? type.to() : type.from());
		labels.removeIf((label) -> !types.contains(label.name()));
		if (labels.isEmpty()) {
			return null;
		}
		if (labels.size() == 1) {
			return labels.iterator().next().name();
		}
		return ORGANIZATIONS.containsAll(labels) ? ORGANIZATION : ANY_NODE;
	}

	private static String relationship(FieldDefinition field, Directive directive,
			Set<String> types) {
		RelType type = RelType.valueOf(literal(directive.getArgument("type")));
		String direction = literal(directive.getArgument("direction"));
		String target = target(type, "OUT".equals(direction), types);
		if (target == null) {
			return null;
		}
		return "%s: [%s!]! @relationship(type: \"%s\", direction: %s)".formatted(field.getName(), target,
				type.name(), direction);
	}

	private static String literal(Argument argument) {
		Value<?> value = argument.getValue();
		if (value instanceof EnumValue enumValue) {
			return enumValue.getName();
		}
		if (value instanceof StringValue string) {
			return string.getValue();
		}
		throw new IllegalArgumentException("@relationship(" + argument.getName() + ") is not a name: " + value);
	}

	// A stored scalar as the peer declares it; null for a field that is not one.
	private static String scalar(Type<?> type, TypeDefinitionRegistry schema, boolean required) {
		if (type instanceof NonNullType nonNull) {
			String inner = scalar(nonNull.getType(), schema, false);
			return (inner == null) ? null : required ? inner + "!" : inner;
		}
		if (type instanceof ListType list) {
			String inner = scalar(list.getType(), schema, false);
			return (inner == null) ? null : "[" + inner.replace("!", "") + "!]";
		}
		String name = name(type);
		if (SCALARS.contains(name)) {
			return name;
		}
		boolean enumeration = schema.getType(name).filter(EnumTypeDefinition.class::isInstance).isPresent();
		return enumeration ? "String" : null;
	}

	private static String name(Type<?> type) {
		return (type instanceof TypeName typeName) ? typeName.getName() : "";
	}

}
