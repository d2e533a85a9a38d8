package io.chaingraph.security;

/**
 * What {@code revokeApiKey} answers: the key it revoked.
 *
 * @param id the key's id
 */
record RevokedApiKey(String id) {

}
