package io.chaingraph.system.error;

import org.jspecify.annotations.Nullable;

/**
 * The request itself is wrong, and the message says how; answered as a BAD_REQUEST error.
 */
public class BadRequestException extends LocalisedException {

	public BadRequestException(ErrorMessage message, @Nullable Object... arguments) {
		super(ErrorText.of(message, arguments), null);
	}

	/** For a message a check has already put together. */
	public BadRequestException(ErrorText text) {
		super(text, null);
	}

}
