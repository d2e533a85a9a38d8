package io.chaingraph.system.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * One numbered schema file, {@code V0001__constraints.cypher}: its version, its
 * statements and the checksum that detects later edits.
 *
 * @param version number from the file name
 * @param file file name
 * @param checksum SHA-256 of the content with line endings normalised
 * @param statements statements in file order, each ended by a semicolon at the end of a
 * line
 */
record Migration(int version, String file, String checksum, List<String> statements) {

	private static final Pattern NAME = Pattern.compile("V(\\d+)__[\\w.-]+\\.cypher");

	static Migration read(Resource resource) {
		String file = String.valueOf(resource.getFilename());
		Matcher name = NAME.matcher(file);
		if (!name.matches()) {
			throw new SchemaMigrationException(
					"Schema file %s is not named V<number>__<description>.cypher".formatted(file));
		}
		try (InputStream in = resource.getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
			return new Migration(Integer.parseInt(name.group(1)), file, sha256(text), split(text));
		}
		catch (IOException ex) {
			throw new SchemaMigrationException("Schema file %s cannot be read: %s".formatted(file, ex.getMessage()),
					ex);
		}
	}

	private static List<String> split(String text) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("//")) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				statements.add(current.toString().strip().replaceFirst(";$", ""));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return List.copyOf(statements);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
