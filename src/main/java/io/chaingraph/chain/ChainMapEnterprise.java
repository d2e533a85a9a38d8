package io.chaingraph.chain;

import java.util.Map;

/**
 * {@code ChainMapEnterprise}: an enterprise in a segment, marked when it leads the chain
 * (链主), because the leader is whom strengthening a chain starts from.
 *
 * @param enterprise the enterprise node
 * @param chainLeader whether it leads this chain
 */
record ChainMapEnterprise(Map<String, Object> enterprise, boolean chainLeader) {

}
