package io.chaingraph.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.chaingraph.ChainGraphApplication;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.jspecify.annotations.Nullable;

/**
 * The service in a JVM of its own, as a user starts it, so that a test can send it
 * SIGTERM.
 */
public final class ServiceProcess implements AutoCloseable {

	private static final Pattern BOLT = Pattern.compile("Bolt (bolt://[^\\s,]+)");

	private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

	private static final Pattern READY = Pattern.compile("GraphQL (http://\\S+)/graphql,");

	private final Process process;

	private final List<String> output = new CopyOnWriteArrayList<>();

	private final Thread reader;

	private final @Nullable Path storeDir;

	private ServiceProcess(Process process, @Nullable Path storeDir) {
		this.process = process;
		this.storeDir = storeDir;
		this.reader = new Thread(this::read, "service-output");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	public static ServiceProcess start(Path storeDir, String... extraArgs) throws IOException {
		List<String> settings = new ArrayList<>(List.of("--server.port=0", "--chaingraph.database.uri=",
				"--chaingraph.database.embedded.bolt-port=0", "--chaingraph.database.embedded.store-dir=" + storeDir,
				// A cold plan on a shared build machine may outlast the production
				// read timeout.
				"--chaingraph.limits.read-timeout=60s"));
		settings.addAll(List.of(extraArgs));
		return new ServiceProcess(command(settings).start(), storeDir);
	}

	/**
	 * The service in external mode, on the server at {@code boltUri} as user
	 * {@code neo4j}.
	 */
	public static ServiceProcess startExternal(String boltUri, String password, String... extraArgs)
			throws IOException {
		List<String> settings = new ArrayList<>(List.of("--server.port=0"));
		settings.addAll(external(boltUri, password));
		settings.add("--chaingraph.limits.read-timeout=60s");
		settings.addAll(List.of(extraArgs));
		return new ServiceProcess(command(settings).start(), null);
	}

	/**
	 * Runs a command of the jar ({@code seed}, {@code issue-key ...}) in external mode
	 * and returns what it printed; fails unless it exits with 0.
	 */
	public static String runExternal(String boltUri, String password, String... args)
			throws IOException, InterruptedException {
		List<String> settings = new ArrayList<>(List.of(args));
		settings.addAll(external(boltUri, password));
		return run(settings);
	}

	/**
	 * Runs a command of the jar with the settings it is given and returns what it
	 * printed; fails unless it exits with 0.
	 */
	public static String run(List<String> settings) throws IOException, InterruptedException {
		String[] args = settings.toArray(String[]::new);
		// A command runs once and briefly: the first JIT tier is all it needs.
		Process process = command(settings, "-XX:TieredStopAtLevel=1").start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
		}
		String text = new String(output, StandardCharsets.UTF_8);
		if (process.exitValue() != 0) {
			throw new IllegalStateException("%s exited with %d:%n%s".formatted(args[0], process.exitValue(), text));
		}
		return text;
	}

	private static List<String> external(String boltUri, String password) {
		return List.of("--chaingraph.database.uri=" + boltUri, "--chaingraph.database.username=neo4j",
				"--chaingraph.database.password=" + password);
	}

	private static ProcessBuilder command(List<String> args, String... jvmOptions) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
		command.addAll(List.of(jvmOptions));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChainGraphApplication.class.getName()));
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().remove("NEO4J_URI");
		return builder;
	}

	private void read() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				this.output.add(line);
			}
		}
		catch (IOException ex) {
			// The process ended; what it printed is kept.
		}
	}

	/**
	 * Waits for the ready line and returns the base URL of the HTTP server.
	 */
	public String awaitReady(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			String url = find(READY);
			if (url != null) {
				return url;
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Service exited with " + this.process.exitValue() + ":\n" + output());
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("Service not ready within " + timeout + ":\n" + output());
	}

	public String boltUri() {
		String uri = find(BOLT);
		if (uri == null) {
			throw new IllegalStateException("No Bolt address in the output:\n" + output());
		}
		return uri;
	}

	/**
	 * What cypher-shell is given: the user and the password read from the store's file.
	 */
	public AuthToken auth() throws IOException {
		return AuthTokens.basic("neo4j", password());
	}

	public String password() throws IOException {
		if (this.storeDir == null) {
			throw new IllegalStateException("An external service keeps no password file");
		}
		return Files.readString(this.storeDir.resolve("neo4j-password"), StandardCharsets.UTF_8).strip();
	}

	private String find(Pattern pattern) {
		for (String line : this.output) {
			Matcher matcher = pattern.matcher(line);
			if (matcher.find()) {
				return matcher.group(1);
			}
		}
		return null;
	}

	/**
	 * Sends SIGTERM and waits for the JVM to exit; returns its exit code.
	 */
	public int terminate(Duration timeout) throws InterruptedException {
		// Process.destroy() would also close the pipe and lose what the shutdown prints.
		this.process.toHandle().destroy();
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			throw new IllegalStateException("Service did not stop within " + timeout + " after SIGTERM:\n" + output());
		}
		// The process may have exited before everything it printed has been read.
		this.reader.join(timeout.toMillis());
		return this.process.exitValue();
	}

	/**
	 * The service's heap that survives a full collection now: what it holds, not what it
	 * has allocated and dropped, as its own JVM reports it to {@code jcmd}.
	 */
	public long heapRetainedBytes() throws IOException, InterruptedException {
		jcmd("GC.run");
		String info = jcmd("GC.heap_info");
		Matcher used = HEAP_USED.matcher(info);
		if (!used.find()) {
			throw new IllegalStateException("No heap figure from jcmd:\n" + info);
		}
		return Long.parseLong(used.group(1)) * 1024;
	}

	private String jcmd(String command) throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				Long.toString(this.process.pid()), command)
			.redirectErrorStream(true)
			.start();
		String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		jcmd.waitFor(30, TimeUnit.SECONDS);
		return output;
	}

	public String output() {
		return String.join("\n", this.output);
	}

	@Override
	public void close() {
		this.process.destroyForcibly();
	}

}
