package io.chaingraph.system;

/**
 * The request itself is wrong, and the message says how; answered as a BAD_REQUEST error.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
