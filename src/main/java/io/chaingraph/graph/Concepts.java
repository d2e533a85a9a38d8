package io.chaingraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

import io.chaingraph.graph.ConceptRules.Filter;
import io.chaingraph.graph.ConceptRules.Order;
import io.chaingraph.graph.ConceptRules.Taxonomy;

/**
 * The rules every concept package registers ({@link ConceptRules}), loaded once and
 * checked against the model when this class loads, so that a rule naming a property the
 * model lacks fails the start, not a request.
 */
final class Concepts {

	private static final List<ConceptRules> ALL = ServiceLoader
		.load(ConceptRules.class, ConceptRules.class.getClassLoader())
		.stream()
		.map(ServiceLoader.Provider::get)
		.toList();

	private static final Map<NodeLabel, List<Filter>> FILTERS = ALL.stream()
		.flatMap((rules) -> rules.filters().stream())
		.collect(Collectors.groupingBy(Filter::label));

	private static final Map<NodeLabel, Order> ORDERS = ALL.stream()
		.flatMap((rules) -> rules.orders().stream())
		.peek(Concepts::check)
		.collect(Collectors.toMap(Order::label, (order) -> order));

	private static final Map<NodeLabel, Taxonomy> TAXONOMIES = ALL.stream()
		.flatMap((rules) -> rules.taxonomies().stream())
		.collect(Collectors.toMap(Taxonomy::label, (taxonomy) -> taxonomy));

	static {
		// Two orders among the nodes one relationship reaches fail the start, not the
		// first page of that relationship.
		for (RelType type : RelType.values()) {
			order(type.from());
			order(type.to());
		}
	}

	private Concepts() {
	}

	/**
	 * The filters a label's {@code where} input has besides its properties.
	 */
	static List<Filter> filters(NodeLabel label) {
		return FILTERS.getOrDefault(label, List.of());
	}

	static Optional<Filter> filter(NodeLabel label, String field) {
		return filters(label).stream().filter((filter) -> filter.field().equals(field)).findFirst();
	}

	/**
	 * The order of the nodes a relationship reaches, when one of their labels has one;
	 * two different orders among them would make the page's keys incomparable.
	 */
	static Optional<Order> order(Set<NodeLabel> reached) {
		List<Order> orders = new ArrayList<>();
		for (NodeLabel label : reached) {
			Optional.ofNullable(ORDERS.get(label)).ifPresent(orders::add);
		}
		if (orders.stream().map(Order::property).distinct().count() > 1) {
			throw new IllegalStateException("Nodes reached by one relationship have different orders: " + orders);
		}
		return orders.stream().findFirst();
	}

	/**
	 * The taxonomy of the nodes a relationship reaches, if they have one.
	 */
	static Optional<Taxonomy> taxonomy(Set<NodeLabel> reached) {
		return reached.stream().map(TAXONOMIES::get).filter((taxonomy) -> taxonomy != null).findFirst();
	}

	private static void check(Order order) {
		PropertyKind kind = order.label().properties().get(order.property());
		if (kind != PropertyKind.INTEGER && kind != PropertyKind.DATETIME) {
			throw new IllegalStateException("%s is ordered by %s, which is no integer or datetime of the model"
				.formatted(order.label(), order.property()));
		}
	}

	/**
	 * Whether an order's key is a datetime, kept as nanoseconds since the epoch.
	 */
	static boolean byTime(Order order) {
		return order.label().properties().get(order.property()) == PropertyKind.DATETIME;
	}

}
