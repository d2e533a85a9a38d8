package io.chaingraph.chain;

import java.util.List;
import java.util.Map;

/**
 * {@code ChainMap}: the picture of one chain that shows where it is thin, the gaps being
 * the segments to strengthen (补链).
 *
 * @param chain the chain node
 * @param segments its segments, upstream first
 * @param gaps the segments with fewer enterprises than the threshold, in the same order
 * @param consortia the consortium nodes serving the chain
 * @param bottlenecks bottleneck technologies of the chain as a whole
 */
record ChainMap(Map<String, Object> chain, List<ChainMapSegment> segments, List<ChainMapSegment> gaps,
		List<Map<String, Object>> consortia, List<ChainMapBottleneck> bottlenecks) {

}
