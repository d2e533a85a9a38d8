package io.chaingraph.graph;

import java.util.List;
import java.util.Map;

import io.chaingraph.system.error.BadRequestException;
import org.jspecify.annotations.Nullable;

/**
 * The page arguments of a Relay connection, checked: a window between two cursors, and
 * how many of its edges to take from its start ({@code first}) or its end ({@code last}).
 * Equal requests are equal records, so that a batch groups the parents that ask for the
 * same page.
 *
 * @param size how many edges
 * @param fromEnd whether they are the window's last, not its first
 * @param after cursor the window starts after, or null
 * @param before cursor the window ends before, or null
 */
record PageRequest(int size, boolean fromEnd, @Nullable String after, @Nullable String before) {

	/**
	 * Checks the arguments as a client gave them: 20 from the start when neither first
	 * nor last is given; both is a bad request, and so is a size outside 0 to 100 or a
	 * cursor this service did not give out.
	 */
	static PageRequest of(@Nullable Integer first, @Nullable String after, @Nullable Integer last,
			@Nullable String before) {
		if (first != null && last != null) {
			throw new BadRequestException(GraphErrors.FIRST_AND_LAST, first, last);
		}
		if (last != null) {
			NodePages.checkSize("last", last);
		}
		else if (first != null) {
			NodePages.checkSize("first", first);
		}
		Cursors.decode(after, "after");
		Cursors.decode(before, "before");
		return new PageRequest((last != null) ? last : (first != null) ? first : NodePages.DEFAULT_SIZE, last != null,
				after, before);
	}

	Cursors.@Nullable Position afterPosition() {
		return Cursors.decode(this.after, "after");
	}

	Cursors.@Nullable Position beforePosition() {
		return Cursors.decode(this.before, "before");
	}

	/**
	 * The page from the window's edges in order, of which at most one more than
	 * {@link #size()} was read from the end the page is taken from (from the start for
	 * first, from the end for last, still in ascending order).
	 */
	<T> List<T> page(List<T> window) {
		if (window.size() <= this.size) {
			return window;
		}
		return this.fromEnd ? window.subList(window.size() - this.size, window.size()) : window.subList(0, this.size);
	}

	/**
	 * Relay's flags: with first, whether more edges follow in the window, and whether a
	 * cursor was given to start after; with last, the other way round.
	 */
	Map<String, Object> pageInfo(List<Map<String, Object>> edges, boolean more) {
		boolean hasNext = this.fromEnd ? this.before != null : more;
		boolean hasPrevious = this.fromEnd ? more : this.after != null;
		return NodePages.pageInfo(edges, hasNext, hasPrevious);
	}

}
