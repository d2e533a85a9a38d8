package io.chaingraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;

import io.chaingraph.audit.AuditTrail;
import io.chaingraph.graph.GraphErrors;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.GraphWrites;
import io.chaingraph.graph.MaxLength;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.database.EmbeddedDatabase;
import io.chaingraph.system.error.NotFoundException;
import io.chaingraph.system.graphql.TextValues;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * API keys: {@code cg_<id>_<secret>}, sent as {@code Authorization: Bearer <key>}. Only a
 * SHA-256 hash of the secret is stored, on an {@code ApiKey} node with the key's name,
 * roles and scope, so a stolen database holds no usable key; a revoked key keeps its node
 * with {@code revokedAt}. Keys suit a small deployment better than JWTs: no signing keys
 * to rotate, and revocation takes effect on the next request.
 * <p>
 * In embedded mode a development ADMIN key is made at start and written to
 * {@code <store>/dev-api-key}, a file only its owner may read; the log gives the file's
 * path, never the key, since a log is read by more people than the owner of the store.
 * The key lives in memory only and dies with the process. External mode has no default
 * credentials: the first ADMIN key comes from the {@code keys issue} command.
 */
@Component
public class ApiKeys {

	private static final Log logger = LogFactory.getLog(ApiKeys.class);

	/** The development key's file in the store directory. */
	static final String DEV_KEY_FILE = "dev-api-key";

	private static final Pattern FORMAT = Pattern.compile("cg_([a-z0-9]{12})_([A-Za-z0-9_-]{43})");

	private static final SecureRandom random = new SecureRandom();

	private final GraphReads reads;

	private final GraphWrites writes;

	private final @Nullable Issued devKey;

	private final @Nullable Path devKeyFile;

	/**
	 * A key as issued: the only moment its secret is known.
	 *
	 * @param id the key's id
	 * @param key the whole key, to give to its holder
	 * @param viewer who the key makes its holder
	 */
	public record Issued(String id, String key, Viewer viewer) {

	}

	ApiKeys(GraphReads reads, GraphWrites writes, ObjectProvider<EmbeddedDatabase> embedded,
			SecurityProperties properties) {
		this.reads = reads;
		this.writes = writes;
		EmbeddedDatabase database = embedded.getIfAvailable();
		boolean made = database != null && properties.devKey();
		this.devKey = made ? newKey("development", EnumSet.of(Role.ADMIN), null, null, null) : null;
		this.devKeyFile = made ? database.storeDir().resolve(DEV_KEY_FILE) : null;
	}

	@EventListener(ApplicationReadyEvent.class)
	void writeDevKey() {
		if (this.devKey == null || this.devKeyFile == null) {
			return;
		}
		try {
			writeOwnerOnly(this.devKeyFile, this.devKey.key() + "\n");
			logger.info("Development API key (ADMIN, valid until this process stops) written to " + this.devKeyFile
					+ ", readable by its owner only");
		}
		catch (IOException | UnsupportedOperationException ex) {
			logger.warn("The development API key could not be written to %s (%s); issue a key with 'keys issue' instead"
				.formatted(this.devKeyFile, ex.getMessage()));
		}
	}

	/**
	 * Removes the key's file with the process that the key dies with, so a persistent
	 * store keeps no stale key.
	 */
	@PreDestroy
	void removeDevKey() throws IOException {
		if (this.devKeyFile != null) {
			Files.deleteIfExists(this.devKeyFile);
		}
	}

	/**
	 * The file the development key is written to, if embedded mode made one.
	 */
	public Optional<Path> devKeyFile() {
		return Optional.ofNullable(this.devKeyFile);
	}

	// Created anew with its permissions, so that no other user can open it even in the
	// moment between creation and a chmod; a file left from an earlier run is replaced.
	private static void writeOwnerOnly(Path file, String content) throws IOException {
		Files.deleteIfExists(file);
		Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
		Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly)), content,
				StandardCharsets.UTF_8);
	}

	/**
	 * The development key of this process, if embedded mode made one.
	 */
	public Optional<Issued> devKey() {
		return Optional.ofNullable(this.devKey);
	}

	/**
	 * Makes and stores a key, scoped to an enterprise, a department or an expert as its
	 * roles require; its secret is returned here and never again.
	 */
	public Issued issue(String name, Set<Role> roles, @Nullable String enterprise, @Nullable String department,
			@Nullable String expert, String actor) {
		if (name.isBlank() || roles.isEmpty()) {
			throw new BadRequestException(SecurityErrors.KEY_NEEDS_NAME_AND_ROLE);
		}
		// The name is every later mutation's actor, which the audit trail indexes.
		TextValues.check(TextValues.argument("name"), name, MaxLength.KEY_NAME);
		if (roles.contains(Role.ENTERPRISE) != (enterprise != null)) {
			throw new BadRequestException(SecurityErrors.ENTERPRISE_KEY_SCOPE);
		}
		if (roles.contains(Role.DEPARTMENT) != (department != null)) {
			throw new BadRequestException(SecurityErrors.DEPARTMENT_KEY_SCOPE);
		}
		if (roles.contains(Role.EXPERT) != (expert != null)) {
			throw new BadRequestException(SecurityErrors.EXPERT_KEY_SCOPE);
		}
		Issued issued = newKey(name, roles, enterprise, department, expert);
		Matcher parts = FORMAT.matcher(issued.key());
		parts.matches();
		Map<String, Object> params = new HashMap<>();
		params.put("id", issued.id());
		params.put("name", name);
		params.put("hash", hash(parts.group(2)));
		params.put("roles", roles.stream().map(Role::name).sorted().toList());
		params.put("enterprise", enterprise);
		params.put("department", department);
		params.put("expert", expert);
		params.put("at", ZonedDateTime.now(ZoneOffset.UTC));
		params.put("actor", actor);
		this.writes.write((tx) -> {
			if (enterprise != null
					&& !tx.run("MATCH (e:Enterprise {id: $id}) RETURN e.id", Map.of("id", enterprise)).hasNext()) {
				throw new NotFoundException(GraphErrors.NO_ENTERPRISE, enterprise);
			}
			if (department != null
					&& !tx.run("MATCH (d:Department {id: $id}) RETURN d.id", Map.of("id", department)).hasNext()) {
				throw new NotFoundException(GraphErrors.NO_DEPARTMENT, department);
			}
			if (expert != null && !tx.run("MATCH (x:Expert {id: $id}) RETURN x.id", Map.of("id", expert)).hasNext()) {
				throw new NotFoundException(GraphErrors.NO_EXPERT, expert);
			}
			tx.run("""
					CREATE (:ApiKey {id: $id, name: $name, hash: $hash, roles: $roles, enterprise: $enterprise,
					  department: $department, expert: $expert, createdAt: $at, createdBy: $actor})""", params)
				.consume();
			Map<String, Object> after = new HashMap<>(params);
			after.remove("hash");
			after.remove("actor");
			AuditTrail.record(tx, actor, "issueApiKey", "ApiKey", List.of(issued.id()), Map.of(), after);
			return null;
		});
		return issued;
	}

	/**
	 * Revokes a key: requests carrying it are refused from now on.
	 */
	public void revoke(String id, String actor) {
		boolean found = this.writes.write((tx) -> {
			List<Record> rows = tx
				.run("""
						MATCH (k:ApiKey {id: $id})
						WITH k, k.revokedAt AS before
						SET k.revokedAt = coalesce(k.revokedAt, $at), k.revokedBy = coalesce(k.revokedBy, $actor)
						RETURN before, k.revokedAt AS after""",
						Map.of("id", id, "at", ZonedDateTime.now(ZoneOffset.UTC), "actor", actor))
				.list();
			if (!rows.isEmpty() && rows.get(0).get("before").isNull()) {
				AuditTrail.record(tx, actor, "revokeApiKey", "ApiKey", List.of(id), Map.of(),
						Map.of("revokedAt", rows.get(0).get("after")));
			}
			return !rows.isEmpty();
		});
		if (!found) {
			throw new NotFoundException(SecurityErrors.NO_API_KEY, id);
		}
	}

	/**
	 * The viewer a presented key stands for; empty when the key is malformed, unknown or
	 * revoked.
	 */
	Optional<Viewer> authenticate(String key) {
		if (this.devKey != null && MessageDigest.isEqual(bytes(this.devKey.key()), bytes(key))) {
			return Optional.of(this.devKey.viewer());
		}
		Matcher parts = FORMAT.matcher(key);
		if (!parts.matches()) {
			return Optional.empty();
		}
		List<Record> rows = this.reads.read("""
				MATCH (k:ApiKey {id: $id}) WHERE k.revokedAt IS NULL
				RETURN k.hash AS hash, k.name AS name, k.roles AS roles, k.enterprise AS enterprise,
				       k.department AS department, k.expert AS expert""", Map.of("id", parts.group(1)));
		if (rows.isEmpty()
				|| !MessageDigest.isEqual(bytes(rows.get(0).get("hash").asString()), bytes(hash(parts.group(2))))) {
			return Optional.empty();
		}
		Record row = rows.get(0);
		Set<Role> roles = EnumSet.noneOf(Role.class);
		row.get("roles").asList(Value::asString).forEach((role) -> roles.add(Role.valueOf(role)));
		return Optional
			.of(new Viewer(row.get("name").asString(), Set.copyOf(roles), row.get("enterprise").asString(null),
					row.get("department").asString(null), row.get("expert").asString(null), parts.group(1)));
	}

	private static Issued newKey(String name, Set<Role> roles, @Nullable String enterprise, @Nullable String department,
			@Nullable String expert) {
		byte[] idBytes = new byte[6];
		random.nextBytes(idBytes);
		String id = HexFormat.of().formatHex(idBytes);
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String key = "cg_" + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		return new Issued(id, key, new Viewer(name, Set.copyOf(roles), enterprise, department, expert, id));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(secret)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
