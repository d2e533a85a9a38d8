package io.chaingraph.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.util.Pair;

/**
 * A row the embedded database returned, as the driver's public {@link Record} type, so
 * that every caller reads rows one way whichever database answered. The driver has no
 * public constructor of records; the accessors with defaults delegate to the row as a map
 * value, which implements them the way the driver's own records do.
 *
 * @param keys the columns, in order
 * @param values the values, in the columns' order
 * @param row the same as one map value
 */
record RowRecord(List<String> keys, List<Value> values, Value row) implements Record {

	static RowRecord of(List<String> keys, List<Value> values) {
		Map<String, Value> row = new LinkedHashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			row.put(keys.get(i), values.get(i));
		}
		return new RowRecord(List.copyOf(keys), List.copyOf(values), Values.value(row));
	}

	@Override
	public int index(String key) {
		int index = this.keys.indexOf(key);
		if (index < 0) {
			throw new NoSuchElementException("Unknown key: " + key);
		}
		return index;
	}

	@Override
	public Value get(int index) {
		return (index >= 0 && index < this.values.size()) ? this.values.get(index) : Values.NULL;
	}

	@Override
	public List<Pair<String, Value>> fields() {
		return java.util.stream.IntStream.range(0, this.keys.size())
			.<Pair<String, Value>>mapToObj((i) -> new Field(this.keys.get(i), this.values.get(i)))
			.toList();
	}

	private record Field(String key, Value value) implements Pair<String, Value> {

	}

	@Override
	public boolean containsKey(String key) {
		return this.keys.contains(key);
	}

	@Override
	public Value get(String key) {
		return this.row.get(key);
	}

	@Override
	public int size() {
		return this.keys.size();
	}

	@Override
	public <T> Iterable<T> values(Function<Value, T> mapFunction) {
		return this.values.stream().map(mapFunction).toList();
	}

	@Override
	public Map<String, Object> asMap() {
		return this.row.asMap();
	}

	@Override
	public <T> Map<String, T> asMap(Function<Value, T> mapper) {
		return this.row.asMap(mapper);
	}

	@Override
	public Value get(String key, Value defaultValue) {
		return this.row.get(key, defaultValue);
	}

	@Override
	public Object get(String key, Object defaultValue) {
		return this.row.get(key, defaultValue);
	}

	@Override
	public Number get(String key, Number defaultValue) {
		return this.row.get(key, defaultValue);
	}

	@Override
	public Entity get(String key, Entity defaultValue) {
		return this.row.get(key, defaultValue);
	}

	@Override
	public Node get(String key, Node defaultValue) {
		return this.row.get(key, defaultValue);
	}

	@Override
	public Path get(String key, Path defaultValue) {
		return this.row.get(key, defaultValue);
	}

	@Override
	public Relationship get(String key, Relationship defaultValue) {
		return this.row.get(key, defaultValue);
	}

	@Override
	public List<Object> get(String key, List<Object> defaultValue) {
		return this.row.get(key, defaultValue);
	}

	@Override
	public <T> List<T> get(String key, List<T> defaultValue, Function<Value, T> mapFunc) {
		return this.row.get(key, defaultValue, mapFunc);
	}

	@Override
	public Map<String, Object> get(String key, Map<String, Object> defaultValue) {
		return this.row.get(key, defaultValue);
	}

	@Override
	public <T> Map<String, T> get(String key, Map<String, T> defaultValue, Function<Value, T> mapFunc) {
		return this.row.get(key, defaultValue, mapFunc);
	}

	@Override
	public int get(String key, int defaultValue) {
		return this.row.get(key, defaultValue);
	}

	@Override
	public long get(String key, long defaultValue) {
		return this.row.get(key, defaultValue);
	}

	@Override
	public boolean get(String key, boolean defaultValue) {
		return this.row.get(key, defaultValue);
	}

	@Override
	public String get(String key, String defaultValue) {
		return this.row.get(key, defaultValue);
	}

	@Override
	public float get(String key, float defaultValue) {
		return this.row.get(key, defaultValue);
	}

	@Override
	public double get(String key, double defaultValue) {
		return this.row.get(key, defaultValue);
	}

}
