package io.chaingraph.chain;

import java.util.List;
import java.util.Map;

/**
 * {@code ChainMapSegment}: one segment of a chain map, with what makes it a gap or not
 * under the threshold asked for.
 *
 * @param segment the segment node
 * @param position its place, 1 being the most upstream
 * @param enterprises the enterprises working in it
 * @param enterpriseCount how many they are
 * @param bottlenecks its bottleneck technologies, most severe first
 * @param gap whether it has fewer enterprises than the threshold
 */
record ChainMapSegment(Map<String, Object> segment, int position, List<ChainMapEnterprise> enterprises,
		int enterpriseCount, List<ChainMapBottleneck> bottlenecks, boolean gap) {

}
