package dev.stemma.server;

import static java.util.Objects.requireNonNull;

/**
 * A request the API refuses, with the HTTP status and a message that names the input, what was
 * wrong and how to fix it; rendered as {@code {"error": ..., "status": ...}}.
 */
final class ApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  ApiError(int status, String message) {
    super(requireNonNull(message, "message"), null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, message);
  }
}
