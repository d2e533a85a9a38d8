package io.chaingraph.system;

/**
 * The request needs an API key and has none; answered as an UNAUTHORIZED error.
 */
public class UnauthorizedException extends RuntimeException {

	public UnauthorizedException(String message) {
		super(message);
	}

}
