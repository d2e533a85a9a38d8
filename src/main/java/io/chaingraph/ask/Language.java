package io.chaingraph.ask;

/**
 * The language of a question, and of the answer's messages and example.
 */
enum Language {

	ZH, EN

}
