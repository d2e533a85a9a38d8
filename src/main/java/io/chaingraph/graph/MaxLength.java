package io.chaingraph.graph;

import java.util.Map;

/**
 * The maximum lengths, in characters (code points), that the model gives its string
 * properties. A range index refuses a key over 8,167 bytes (8,164 bytes of UTF-8 in one
 * string property, measured on Neo4j 5.26), and a code point takes at most 4 bytes: a
 * range-indexed property therefore stays at or under 2,041 characters, whatever its
 * script. Full-text indexes take longer values (Lucene refuses single terms over 32,766
 * bytes, and its tokenizer cuts words at 255 characters). Each figure is what a real
 * value needs, with room to spare; ModelLimitsTests holds them against the indexes.
 */
public final class MaxLength {

	/** Value-set codes: statuses, kinds, modes, confidence, dates given as text. */
	public static final int CODE = 32;

	/** Place names, kinds of institution, people's names, units. */
	public static final int PLACE = 100;

	/** Ids, as the id rules of curation and import already allow. */
	public static final int ID = 128;

	/** Names in either language, aliases, professional titles, list elements. */
	public static final int NAME = 200;

	/**
	 * API key names, which the audit trail and the workflows' history keep as the actor.
	 */
	public static final int KEY_NAME = 200;

	/** Titles of publications and challenges' sources, venues. */
	public static final int TITLE = 500;

	/** Notes on a reported figure's source. */
	public static final int NOTE = 2000;

	/** Web addresses: about the longest a browser keeps; range-indexed. */
	public static final int URL = 2000;

	/** Descriptions, caveats, workflow notes. */
	public static final int TEXT = 4000;

	/** Publication abstracts. */
	public static final int ABSTRACT = 8000;

	/**
	 * The indexed strings of the records kept outside the model's labels, by label and
	 * property: API keys and the audit trail. Their ids are generated; their names and
	 * actors are key names, checked when a key is issued.
	 */
	public static final Map<String, Map<String, Integer>> OUTSIDE_MODEL = Map.of("ApiKey",
			Map.of("id", ID, "name", KEY_NAME), "AuditEntry", Map.of("id", ID, "actor", KEY_NAME));

	/**
	 * The most bytes of UTF-8 one string property may take in a range index.
	 */
	public static final int RANGE_INDEX_BYTES = 8164;

	private MaxLength() {
	}

}
