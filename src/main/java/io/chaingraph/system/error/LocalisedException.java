package io.chaingraph.system.error;

/**
 * An exception whose message a client reads: it keeps the message and its arguments apart
 * ({@link ErrorText}), so that {@link GraphQlErrors} writes it in the request's language.
 * {@link #getMessage()} is the English text, for logs.
 */
public abstract class LocalisedException extends RuntimeException {

	private final transient ErrorText text;

	protected LocalisedException(ErrorText text, @org.jspecify.annotations.Nullable Throwable cause) {
		super(text.render(Language.EN), cause);
		this.text = text;
	}

	public ErrorText text() {
		return this.text;
	}

}
