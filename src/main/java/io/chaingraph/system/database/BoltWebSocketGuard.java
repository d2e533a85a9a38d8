package io.chaingraph.system.database;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.jspecify.annotations.Nullable;

/**
 * Bolt over WebSocket, refused unless the page's origin is allowed.
 *
 * <p>
 * Neo4j 5.26 answers a WebSocket upgrade on the Bolt port itself and has no setting to
 * turn it off or to check the {@code Origin}: any page the user opens could reach the
 * database from the browser. This guard sits first on every new Bolt connection, and when
 * the connection opens with an HTTP request it lets it on only with an {@code Origin} in
 * the allowed list; otherwise it answers {@code 403} and closes. Plain Bolt, which a
 * browser cannot speak, passes untouched. The guard is installed right after the start,
 * before the service's driver or the log learn the port; the password is needed anyway.
 */
final class BoltWebSocketGuard implements ConnectorListener {

	// Longest request head read while looking for the Origin; browsers send far less.
	private static final int MAX_HEAD = 8 * 1024;

	private static final byte[] FORBIDDEN = forbidden("Bolt over WebSocket is not allowed from this origin.\n");

	private final Set<String> allowedOrigins;

	BoltWebSocketGuard(List<String> allowedOrigins) {
		// A blank entry would match a request that sends an empty Origin.
		this.allowedOrigins = allowedOrigins.stream()
			.map(String::strip)
			.filter((origin) -> !origin.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Puts the guard on every Bolt connector of the started database.
	 */
	void install(DatabaseManagementService dbms) {
		GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		for (Connector<?> connector : system.getDependencyResolver()
			.resolveDependency(BoltServer.class)
			.getConnectors()) {
			connector.registerListener(this);
		}
	}

	// Called on the connection's event loop while Neo4j builds its pipeline, before the
	// handler that tells plain Bolt from WebSocket is added: the guard sees the
	// first byte.
	@Override
	public void onConnectionCreated(Connection connection) {
		connection.modifyPipeline((pipeline) -> pipeline.addFirst("chaingraphWebSocketGuard", new Handler()));
	}

	boolean allows(String head) {
		String origin = header(head, "origin");
		return origin != null && this.allowedOrigins.contains(origin);
	}

	private static byte[] forbidden(String body) {
		return ("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s"
			.formatted(body.length(), body)).getBytes(StandardCharsets.US_ASCII);
	}

	static @Nullable String header(String head, String name) {
		for (String line : head.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
				return line.substring(colon + 1).strip();
			}
		}
		return null;
	}

	private final class Handler extends ByteToMessageDecoder {

		private boolean refused;

		@Override
		protected void decode(ChannelHandlerContext context, ByteBuf in, List<Object> out) {
			if (this.refused) {
				// Whatever follows a refused request until the close is not Neo4j's to
				// read.
				in.skipBytes(in.readableBytes());
				return;
			}
			if (in.readableBytes() < 3) {
				return;
			}
			// Neo4j switches to WebSocket on a leading GET, and only then.
			if (!"GET".equals(in.toString(in.readerIndex(), 3, StandardCharsets.US_ASCII))) {
				context.pipeline().remove(this);
				return;
			}
			int end = ByteBufUtil.indexOf(Unpooled.wrappedBuffer("\r\n\r\n".getBytes(StandardCharsets.US_ASCII)), in);
			if (end < 0 && in.readableBytes() <= MAX_HEAD) {
				return;
			}
			if (end >= 0
					&& allows(in.toString(in.readerIndex(), end - in.readerIndex(), StandardCharsets.ISO_8859_1))) {
				context.pipeline().remove(this);
				return;
			}
			this.refused = true;
			in.skipBytes(in.readableBytes());
			context.writeAndFlush(Unpooled.wrappedBuffer(FORBIDDEN)).addListener(ChannelFutureListener.CLOSE);
		}

	}

}
