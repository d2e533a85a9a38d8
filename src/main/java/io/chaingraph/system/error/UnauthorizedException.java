package io.chaingraph.system.error;

import org.jspecify.annotations.Nullable;

/**
 * The request needs an API key and has none; answered as an UNAUTHORIZED error.
 */
public class UnauthorizedException extends LocalisedException {

	public UnauthorizedException(ErrorMessage message, @Nullable Object... arguments) {
		super(ErrorText.of(message, arguments), null);
	}

}
