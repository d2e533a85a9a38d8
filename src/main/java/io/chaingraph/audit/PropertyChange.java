package io.chaingraph.audit;

import org.jspecify.annotations.Nullable;

/**
 * One property of a {@link Change}, with its values as JSON text.
 *
 * @param key the property
 * @param before its value before, as JSON; null when it had none
 * @param after its value after, as JSON; null when it has none
 */
record PropertyChange(String key, @Nullable String before, @Nullable String after) {

}
