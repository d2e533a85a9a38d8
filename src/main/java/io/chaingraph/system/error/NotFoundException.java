package io.chaingraph.system.error;

import org.jspecify.annotations.Nullable;

/**
 * The request names something the graph does not hold; answered as a NOT_FOUND error.
 */
public class NotFoundException extends LocalisedException {

	public NotFoundException(ErrorMessage message, @Nullable Object... arguments) {
		super(ErrorText.of(message, arguments), null);
	}

}
