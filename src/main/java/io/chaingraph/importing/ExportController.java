package io.chaingraph.importing;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.chaingraph.security.AccessPolicy;
import io.chaingraph.security.Viewer;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.error.DatabaseFailures;
import io.chaingraph.system.error.ErrorText;
import io.chaingraph.system.error.ForbiddenException;
import io.chaingraph.system.error.Language;
import io.chaingraph.system.error.LocalisedException;
import io.chaingraph.system.error.NotFoundException;
import io.chaingraph.system.error.TooManyRequestsException;
import io.chaingraph.system.error.UnauthorizedException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export[?chain=ID]}: the graph, or one chain's neighbourhood, as a ZIP of
 * the import's CSV files, written entry by entry as the rows come from the database, so a
 * download of any size costs the service a fetch of rows and a few buffers. The door is
 * locked as the {@code exportGraph} query is (COORDINATOR or ADMIN), and shares its slots
 * (one export per key, a few in all) and its time budget.
 * <p>
 * Refusals come before the first byte, as JSON errors with a classification and the HTTP
 * status that goes with it. Once the archive has begun (status 200), a failure can no
 * longer be answered: the connection is closed before the archive's end, so the client
 * sees an aborted transfer and an archive without its central directory, never a file
 * that looks whole.
 */
@RestController
class ExportController {

	private static final Log logger = LogFactory.getLog(ExportController.class);

	private final GraphExporter exporter;

	private final ExportSlots slots;

	private final AccessPolicy policy;

	private final ExportProperties properties;

	ExportController(GraphExporter exporter, ExportSlots slots, AccessPolicy policy, ExportProperties properties) {
		this.exporter = exporter;
		this.slots = slots;
		this.policy = policy;
		this.properties = properties;
	}

	@GetMapping("/export")
	@Nullable ResponseEntity<Map<String, Object>> export(@RequestParam(required = false) @Nullable String chain,
			@AuthenticationPrincipal @Nullable Viewer key,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage,
			HttpServletResponse response) throws IOException {
		Language language = Language.of(acceptLanguage);
		Viewer viewer = (key != null) ? key : Viewer.ANONYMOUS;
		RuntimeException refusal = this.policy.refusal("Query", "exportGraph", viewer);
		if (refusal != null) {
			return error(refusal, language);
		}
		long started = System.nanoTime();
		ZipSink zip = new ZipSink(response, chain);
		// Past the policy, the viewer holds a key.
		try (ExportSlots.Slot slot = this.slots.acquire(Objects.requireNonNull(viewer.keyId()))) {
			int files = this.exporter.export(chain, zip, this.properties.timeout());
			zip.finish();
			logger.info("Export%s by key %s: %d file(s) in %d ms".formatted((chain != null) ? " of " + chain : "",
					viewer.keyId(), files, (System.nanoTime() - started) / 1_000_000));
			return null;
		}
		catch (RuntimeException ex) {
			if (!response.isCommitted()) {
				return error(ex, language);
			}
			// The archive has begun: nothing can be answered any more, only cut off.
			if (ex instanceof GraphExporter.TimedOut) {
				logger.warn("Export%s by key %s cut off after chaingraph.export.timeout (%s)"
					.formatted((chain != null) ? " of " + chain : "", viewer.keyId(), text(this.properties.timeout())));
			}
			else {
				logger.error("Export%s by key %s failed part-way; the download is cut off"
					.formatted((chain != null) ? " of " + chain : "", viewer.keyId()), ex);
			}
			throw new CutOff();
		}
		catch (IOException ex) {
			// The client went away; nobody is left to answer.
			logger.info("Export%s by key %s stopped: %s".formatted((chain != null) ? " of " + chain : "",
					viewer.keyId(), ex.getMessage()));
			throw ex;
		}
	}

	private ResponseEntity<Map<String, Object>> error(RuntimeException ex, Language language) {
		String message = (ex instanceof LocalisedException localised) ? localised.text().render(language)
				: String.valueOf(ex.getMessage());
		if (ex instanceof UnauthorizedException) {
			return answer(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", message, HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		if (ex instanceof ForbiddenException) {
			return answer(HttpStatus.FORBIDDEN, "FORBIDDEN", message);
		}
		if (ex instanceof NotFoundException) {
			return answer(HttpStatus.NOT_FOUND, "NOT_FOUND", message);
		}
		if (ex instanceof TooManyRequestsException tooMany) {
			return answer(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS", message, HttpHeaders.RETRY_AFTER,
					Long.toString(tooMany.retryAfterSeconds()));
		}
		if (ex instanceof GraphExporter.TimedOut) {
			return answer(HttpStatus.BAD_REQUEST, "BAD_REQUEST", timedOut(this.properties).render(language));
		}
		if (ex instanceof BadRequestException) {
			return answer(HttpStatus.BAD_REQUEST, "BAD_REQUEST", message);
		}
		if (DatabaseFailures.isUnavailable(ex)) {
			return answer(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE",
					"The graph database is unavailable; try again shortly.");
		}
		String id = UUID.randomUUID().toString();
		logger.error("Internal error " + id + " in GET /export", ex);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Internal error; reference " + id + ".");
	}

	// The shape of a GraphQL error, so that a client reads both doors' refusals alike.
	private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String classification, String message,
			String... header) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", Map.of("classification", classification));
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
		if (header.length == 2) {
			answer.header(header[0], header[1]);
		}
		return answer.body(Map.of("errors", List.of(error)));
	}

	static ErrorText timedOut(ExportProperties properties) {
		return ErrorText.of(ImportErrors.EXPORT_TIMED_OUT, text(properties.timeout()));
	}

	static String text(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

	/**
	 * Thrown once the archive has begun, so that the servlet container closes the
	 * connection instead of ending the response: it has nothing else to write.
	 */
	static final class CutOff extends RuntimeException {

		CutOff() {
			super("Export cut off", null, false, false);
		}

	}

	/**
	 * The response as a ZIP archive, an entry per file.
	 */
	private static final class ZipSink implements GraphExporter.Sink {

		private final HttpServletResponse response;

		private final @Nullable String chain;

		private @Nullable ZipOutputStream zip;

		ZipSink(HttpServletResponse response, @Nullable String chain) {
			this.response = response;
			this.chain = chain;
		}

		@Override
		public void start() throws IOException {
			this.response.setStatus(HttpServletResponse.SC_OK);
			this.response.setContentType("application/zip");
			this.response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename((this.chain != null) ? "chain-graph-" + this.chain + ".zip" : "chain-graph.zip",
								StandardCharsets.UTF_8)
						.build()
						.toString());
			this.response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			this.response.setBufferSize(64 * 1024);
			this.zip = new ZipOutputStream(this.response.getOutputStream(), StandardCharsets.UTF_8);
			// Committed now: from here on the client knows the export runs, and any
			// failure cuts the archive off instead of answering something else.
			this.response.flushBuffer();
		}

		@Override
		public Writer open(String name) throws IOException {
			ZipOutputStream zip = this.zip;
			if (zip == null) {
				throw new IllegalStateException("The archive has not started");
			}
			zip.putNextEntry(new ZipEntry(name));
			OutputStream entry = new FilterOutputStream(zip) {

				@Override
				public void write(byte[] bytes, int offset, int length) throws IOException {
					zip.write(bytes, offset, length);
				}

				@Override
				public void close() throws IOException {
					flush();
					zip.closeEntry();
				}

			};
			return new BufferedWriter(new OutputStreamWriter(entry, StandardCharsets.UTF_8), 16 * 1024);
		}

		void finish() throws IOException {
			if (this.zip != null) {
				this.zip.close();
			}
		}

	}

}
