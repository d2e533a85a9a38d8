package io.chaingraph.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;

/**
 * One CSV file of an import, opened as often as the import needs to read it.
 *
 * @param name name shown in reports, relative to the import's folder
 * @param content opens the file's bytes
 */
record ImportFile(String name, Content content) {

	/**
	 * The file's characters. Bytes are decoded as UTF-8, and any other bytes fail the
	 * read rather than turn into replacement characters.
	 */
	Reader open() throws IOException {
		return this.content.open();
	}

	@FunctionalInterface
	interface Content {

		Reader open() throws IOException;

	}

	@FunctionalInterface
	interface Bytes {

		InputStream open() throws IOException;

	}

	/**
	 * A file given as text. The text is read as it is, not encoded first: encoding would
	 * turn an unpaired surrogate into {@code ?} before any check could see it.
	 */
	static ImportFile ofText(String name, String text) {
		return new ImportFile(name, () -> new StringReader(text));
	}

	static ImportFile ofBytes(String name, byte[] bytes) {
		return ofStream(name, () -> new ByteArrayInputStream(bytes));
	}

	static ImportFile ofStream(String name, Bytes bytes) {
		return new ImportFile(name,
				() -> new InputStreamReader(bytes.open(),
						StandardCharsets.UTF_8.newDecoder()
							.onMalformedInput(CodingErrorAction.REPORT)
							.onUnmappableCharacter(CodingErrorAction.REPORT)));
	}

	/**
	 * The {@code .csv} files under a folder, at any depth, in path order.
	 */
	static List<ImportFile> inDirectory(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			throw new IOException("%s is not a directory".formatted(dir));
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			return paths.filter((path) -> Files.isRegularFile(path) && path.toString().endsWith(".csv"))
				.sorted(Comparator.comparing((Path path) -> dir.relativize(path).toString()))
				.map((path) -> ofStream(dir.relativize(path).toString(), () -> Files.newInputStream(path)))
				.toList();
		}
	}

	static List<ImportFile> ofResources(Resource[] resources, String base) throws IOException {
		List<ImportFile> files = new ArrayList<>();
		for (Resource resource : resources) {
			String url = resource.getURL().toString();
			int at = url.lastIndexOf(base);
			String name = (at >= 0) ? url.substring(at + base.length()) : String.valueOf(resource.getFilename());
			files.add(ofStream(name, resource::getInputStream));
		}
		files.sort(Comparator.comparing(ImportFile::name));
		return files;
	}

}
