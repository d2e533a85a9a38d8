package io.chaingraph.importing;

/**
 * Why a line of an import file cannot be imported.
 *
 * @param file the file, relative to the import's folder
 * @param line the line, counting from 1; 1 is the header
 * @param reason what is wrong, for the person who fixes the file
 */
record ImportError(String file, int line, String reason) {

	@Override
	public String toString() {
		return "%s:%d: %s".formatted(this.file, this.line, this.reason);
	}

}
