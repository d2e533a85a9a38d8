package io.chaingraph.system.error;

/**
 * One error a client can cause, written once in English and in Chinese. Implemented by
 * one enum per package ({@code ChallengeErrors}, {@code DemandErrors}...): the constant's
 * name is the stable code clients read in {@code extensions.code}, and the English
 * template names the arguments, in the order the call site passes them: <pre>
 * NOT_OPEN("Challenge '{challenge}' is {status}; teams apply only while it is OPEN",
 *          "揭榜任务「{challenge}」当前为 {status}；只有 OPEN 状态时才能申请"),
 *
 * throw new BadRequestException(ChallengeErrors.NOT_OPEN, challenge, status);
 * </pre> {@code ErrorCatalogTests} checks every implementation: both languages present,
 * the same placeholders in both, codes unique across the service.
 */
public interface ErrorMessage {

	/** The stable code; an enum's constant name. */
	String name();

	/** The English template; its placeholders, in order, name the arguments. */
	String english();

	/** The Chinese template, with the English one's placeholders in any order. */
	String chinese();

	/** The template in the language. */
	default String template(Language language) {
		return (language == Language.ZH) ? chinese() : english();
	}

}
