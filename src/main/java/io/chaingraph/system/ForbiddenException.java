package io.chaingraph.system;

/**
 * The request's key may not do what it asked; answered as a FORBIDDEN error.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
