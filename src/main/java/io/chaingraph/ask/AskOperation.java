package io.chaingraph.ask;

import java.util.Map;

/**
 * A GraphQL operation as it runs, and as a developer pastes it into GraphiQL.
 *
 * @param name the operation's name
 * @param field the root field it runs, and the field of AskResult its result fills
 * @param document the document
 * @param values its variables
 */
record AskOperation(String name, String field, String document, Map<String, Object> values) {

}
