package io.chaingraph.curation;

/**
 * What a {@code delete<Label>} or {@code deleteRelationship} removed.
 *
 * @param id the deleted node's id, or the deleted relationship's start node's
 * @param relationshipsDeleted relationships deleted with the node; 1, the relationship
 * itself, for {@code deleteRelationship}
 */
record DeletePayload(String id, long relationshipsDeleted) {

}
