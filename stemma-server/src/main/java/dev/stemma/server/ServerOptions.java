package dev.stemma.server;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How {@code stemma serve} runs.
 *
 * @param data the index folder (created when absent)
 * @param host the address to listen on; {@code 127.0.0.1} keeps the server to this machine
 * @param port the port; 0 picks a free one
 * @param token when set, POST and DELETE need {@code Authorization: Bearer <token>}
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param cacheSize prepared articles (and their sentence vectors) kept in memory
 * @param idleTimeoutMillis a connection that sends nothing for this long is closed
 */
public record ServerOptions(
    Path data, String host, int port, @Nullable String token, long maxBodyBytes, int cacheSize,
    long idleTimeoutMillis) {

  /** 10 MiB: a batch of about a thousand articles. */
  public static final long DEFAULT_MAX_BODY_BYTES = 10L << 20;

  public static final int DEFAULT_CACHE_SIZE = 20_000;

  public static final long DEFAULT_IDLE_TIMEOUT_MILLIS = 30_000;

  public ServerOptions {
    requireNonNull(data, "data");
    requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank; leave it out to allow writes without one");
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024, got " + maxBodyBytes);
    }
    if (cacheSize < 1) {
      throw new IllegalArgumentException("cacheSize must be at least 1, got " + cacheSize);
    }
    if (idleTimeoutMillis < 100) {
      throw new IllegalArgumentException("idleTimeoutMillis must be at least 100, got " + idleTimeoutMillis);
    }
  }

  /** Loopback, no token, default limits. */
  public static ServerOptions of(Path data, int port) {
    return new ServerOptions(data, "127.0.0.1", port, null, DEFAULT_MAX_BODY_BYTES, DEFAULT_CACHE_SIZE,
        DEFAULT_IDLE_TIMEOUT_MILLIS);
  }

  public ServerOptions withToken(@Nullable String token) {
    return new ServerOptions(data, host, port, token, maxBodyBytes, cacheSize, idleTimeoutMillis);
  }

  public ServerOptions withMaxBodyBytes(long bytes) {
    return new ServerOptions(data, host, port, token, bytes, cacheSize, idleTimeoutMillis);
  }

  public ServerOptions withHost(String host) {
    return new ServerOptions(data, host, port, token, maxBodyBytes, cacheSize, idleTimeoutMillis);
  }

  public ServerOptions withIdleTimeoutMillis(long millis) {
    return new ServerOptions(data, host, port, token, maxBodyBytes, cacheSize, millis);
  }

  public ServerOptions withCacheSize(int size) {
    return new ServerOptions(data, host, port, token, maxBodyBytes, size, idleTimeoutMillis);
  }
}
