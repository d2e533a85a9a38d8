package io.chaingraph.system.error;

import org.jspecify.annotations.Nullable;

/**
 * The request's key may not do what it asked; answered as a FORBIDDEN error.
 */
public class ForbiddenException extends LocalisedException {

	public ForbiddenException(ErrorMessage message, @Nullable Object... arguments) {
		super(ErrorText.of(message, arguments), null);
	}

}
