package io.chaingraph.audit;

import java.util.List;

/**
 * One entry of the audit trail, as {@code Query.changes} serves it.
 *
 * @param id its id; ids sort in time order
 * @param at when, ISO-8601
 * @param actor the API key's name
 * @param operation the mutation, or the workflow step
 * @param subject the label or relationship type changed
 * @param ids the nodes it changed
 * @param properties the properties that changed, in the order the trail keeps them
 */
record Change(String id, String at, String actor, String operation, String subject, List<String> ids,
		List<PropertyChange> properties) {

}
