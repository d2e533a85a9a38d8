/**
 * Party building on a chain: the organisations guiding it, its enterprises' own
 * organisations and their pairings, the demands its committee dispatches, and the figures
 * the sources report about it.
 */
@NullMarked
package io.chaingraph.party;

import org.jspecify.annotations.NullMarked;
