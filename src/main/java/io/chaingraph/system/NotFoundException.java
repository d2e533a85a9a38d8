package io.chaingraph.system;

/**
 * The request names something the graph does not hold; answered as a NOT_FOUND error.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
