package dev.stemma.server;

import static java.util.Objects.requireNonNull;

import dev.stemma.Stemma;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.PublicationDates;
import dev.stemma.relate.Relation;
import dev.stemma.server.index.ArticleIndex;
import dev.stemma.server.index.EmbedClock;
import dev.stemma.server.index.StoredArticle;
import dev.stemma.server.index.StoryView;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.ParsedEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.ServerConnector;
import org.jspecify.annotations.Nullable;

/**
 * {@code stemma serve}: the JSON API and the story browser over one {@link ArticleIndex}, in one
 * process.
 *
 * <pre>{@code
 * try (StemmaServer server = StemmaServer.start(ServerOptions.of(Path.of("data"), 8080))) {
 *   server.join();
 * }
 * }</pre>
 *
 * <p>Routes are listed in {@code /api/openapi.json}. Errors are JSON, {@code {"error": message,
 * "status": code}}. Bodies are read in full, up to the configured limit, before any write starts,
 * so a client that sends too much, too slowly or breaks off changes nothing.
 */
public final class StemmaServer implements AutoCloseable {

  /** Stories per page of {@code GET /api/stories}. */
  public static final int PAGE_SIZE = 20;

  /** The most of a refused body that is read and dropped so that the client gets its 413. */
  private static final long DRAIN_BYTES = 64L << 20;

  private static final String VERSION = version();

  private final ServerOptions options;
  private final Stemma stemma;
  private final EmbedClock clock;
  private final ArticleIndex index;
  private final ArticleParser parser = new ArticleParser();
  private final Javalin app;

  private StemmaServer(ServerOptions options, Stemma stemma, EmbedClock clock, ArticleIndex index) {
    this.options = options;
    this.stemma = stemma;
    this.clock = clock;
    this.index = index;
    this.app = Javalin.create(this::configure);
  }

  /**
   * Stored articles matched again, keeping nothing, before the server listens: enough for the JIT
   * to compile the matching path (the first 200 requests of a server started without it, at
   * 100,000 articles, matched at about twice the later time). Its cost was not timed apart: 300
   * arrivals' matching, some 10 ms each at that size, so an estimated 3 s.
   */
  static final int REHEARSED_ARTICLES = 300;

  /** Opens the index in {@code options.data()} and starts listening. */
  public static StemmaServer start(ServerOptions options) throws IOException {
    requireNonNull(options, "options");
    Files.createDirectories(options.data());
    EmbedClock clock = new EmbedClock();
    Stemma stemma = Stemma.builder().encoder(clock.timed()).build();
    ArticleIndex index;
    try {
      index = ArticleIndex.open(options.data(), stemma, clock, options.cacheSize());
      index.rehearse(REHEARSED_ARTICLES);
    } catch (IOException | RuntimeException e) {
      stemma.close();
      throw e;
    }
    StemmaServer server = new StemmaServer(options, stemma, clock, index);
    try {
      server.app.start(options.host(), options.port());
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** The port it listens on (the one chosen when 0 was asked for). */
  public int port() {
    return app.port();
  }

  /** The index, for tests and the offline loader. */
  public ArticleIndex index() {
    return index;
  }

  /** The embedding clock, for benchmarks. */
  public EmbedClock clock() {
    return clock;
  }

  /** The routes Javalin has registered, as "METHOD path": for the OpenAPI check. */
  public List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter((ParsedEndpoint p) -> p.endpoint.method.isHttpMethod())
        .map((ParsedEndpoint p) -> p.endpoint.method.name() + " " + p.endpoint.path)
        .toList();
  }

  /** Blocks until the process is told to stop. */
  public void join() throws InterruptedException {
    Thread.currentThread().join();
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      try {
        index.close();
      } finally {
        stemma.close();
      }
    }
  }

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = options.maxBodyBytes();
    config.jetty.modifyServer(server -> server.addEventListener(new org.eclipse.jetty.util.component.LifeCycle.Listener() {
      @Override
      public void lifeCycleStarted(org.eclipse.jetty.util.component.LifeCycle event) {
        for (var c : server.getConnectors()) {
          if (c instanceof ServerConnector sc) {
            sc.setIdleTimeout(options.idleTimeoutMillis());
          }
        }
      }
    }));
    config.staticFiles.add(sf -> {
      sf.hostedPath = "/";
      sf.directory = "/dev/stemma/server/web";
      sf.location = Location.CLASSPATH;
      sf.headers = java.util.Map.of(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
              + "base-uri 'none'; frame-ancestors 'none'",
          "X-Content-Type-Options", "nosniff",
          "Cache-Control", "no-cache");
    });
    var routes = config.routes;
    routes.before("/api/*", this::authorise);
    routes.get("/api/health", this::health);
    routes.get("/api/openapi.json", this::openApi);
    routes.post("/api/articles", this::postArticles);
    routes.get("/api/articles/{id}", this::getArticle);
    routes.delete("/api/articles/{id}", this::deleteArticle);
    routes.get("/api/stories", this::getStories);
    routes.get("/api/stories/{id}", this::getStory);
    routes.get("/api/compare", this::compare);
    routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 404) {
        error(ctx, 404, "no route " + ctx.method() + " " + ctx.path() + "; the routes are listed in /api/openapi.json");
      } else {
        error(ctx, e.getStatus(), e.getMessage());
      }
    });
    routes.exception(Exception.class, (e, ctx) -> {
      System.err.println("stemma serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      e.printStackTrace();
      error(ctx, 500, "internal error (" + e.getClass().getSimpleName() + "); the index is unchanged since the last "
          + "acknowledged write. The server log has the details.");
    });
    routes.error(404, ctx -> {
      if (ctx.path().startsWith("/api/") && (ctx.result() == null || ctx.result().isEmpty())) {
        error(ctx, 404, "no route " + ctx.method() + " " + ctx.path() + "; the routes are listed in /api/openapi.json");
      }
    });
    routes.error(405, ctx -> {
      if (ctx.path().startsWith("/api/")) {
        error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path() + "; see /api/openapi.json");
      }
    });
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).contentType("application/json").result(ApiJson.error(status, message));
  }

  private static void ok(Context ctx, int status, String json) {
    ctx.status(status).contentType("application/json").result(json);
  }

  private void authorise(Context ctx) {
    if (options.token() == null) {
      return;
    }
    HandlerType m = ctx.method();
    if (m != HandlerType.POST && m != HandlerType.DELETE && m != HandlerType.PUT && m != HandlerType.PATCH) {
      return;
    }
    String header = ctx.header("Authorization");
    String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : null;
    if (given == null || !MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), options.token().getBytes(StandardCharsets.UTF_8))) {
      throw new ApiError(401, given == null
          ? "writes need the server's token: send the header 'Authorization: Bearer <token>'"
          : "the token given in 'Authorization: Bearer ...' is not the server's token");
    }
  }

  private void health(Context ctx) {
    ok(ctx, 200, ApiJson.health(index.counts(), options.token() != null, options.maxBodyBytes(), VERSION));
  }

  private void openApi(Context ctx) throws IOException {
    try (InputStream in = StemmaServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      ok(ctx, 200, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private void postArticles(Context ctx) {
    String body = readBody(ctx);
    List<Article> articles = parser.parse(body);
    List<ArticleIndex.AddResult> results = index.add(articles);
    boolean any = results.stream().anyMatch(ArticleIndex.AddResult::added);
    ok(ctx, any ? 201 : 422, ApiJson.added(results));
  }

  /**
   * Reads and drops what is left of a refused body, up to {@link #DRAIN_BYTES}. Why: a server that
   * answers 413 and closes with the body unread makes the kernel reset the connection, and a client
   * still sending may then lose the answer (Java's HttpClient reports "header parser received no
   * bytes"). Past the bound the connection is closed anyway, so that a client cannot keep the
   * server reading for ever.
   */
  private static void drain(Context ctx) {
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] buffer = new byte[16384];
      long read = 0;
      int n;
      while (read < DRAIN_BYTES && (n = in.read(buffer)) != -1) {
        read += n;
      }
    } catch (IOException e) {
      // the client went away: nothing to answer
    }
  }

  /** The body, read up to the limit: a larger one is refused before it is read in full. */
  private String readBody(Context ctx) {
    long limit = options.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      drain(ctx);
      throw new ApiError(413, "the body is " + declared + " bytes, over the limit of " + limit
          + " bytes (--max-body-bytes); send fewer articles per request");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 256), limit));
    byte[] buffer = new byte[16384];
    try (InputStream in = ctx.req().getInputStream()) {
      int n;
      while ((n = in.read(buffer)) != -1) {
        out.write(buffer, 0, n);
        if (out.size() > limit) {
          drain(ctx);
          throw new ApiError(413, "the body is over the limit of " + limit
              + " bytes (--max-body-bytes); send fewer articles per request");
        }
      }
    } catch (IOException e) {
      throw new ApiError(400, "the body could not be read in full (" + e.getMessage() + "); nothing was stored");
    }
    byte[] bytes = out.toByteArray();
    var decoder = StandardCharsets.UTF_8.newDecoder();
    try {
      return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw ApiError.badRequest("the body is not valid UTF-8; send JSON encoded as UTF-8");
    }
  }

  private void getArticle(Context ctx) {
    String id = ctx.pathParam("id");
    StoredArticle a = index.article(id).orElseThrow(() -> ApiError.notFound("no article with id '" + id + "'"));
    Optional<StoryView> story = index.storyOf(id).flatMap(index::story);
    ok(ctx, 200, ApiJson.article(a, story, index.relations(id)));
  }

  private void deleteArticle(Context ctx) {
    String id = ctx.pathParam("id");
    if (!index.remove(id)) {
      throw ApiError.notFound("no article with id '" + id + "'");
    }
    ok(ctx, 200, ApiJson.json(g -> {
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeBooleanField("deleted", true);
      g.writeEndObject();
    }));
  }

  private void getStories(Context ctx) {
    String q = ctx.queryParam("q");
    Instant since = time(ctx, "since");
    Instant until = time(ctx, "until");
    int page = 1;
    String p = ctx.queryParam("page");
    if (p != null && !p.isBlank()) {
      try {
        page = Integer.parseInt(p.strip());
      } catch (NumberFormatException e) {
        page = 0;
      }
      if (page < 1) {
        throw ApiError.badRequest("'page' must be a whole number from 1, got '" + p + "'");
      }
    }
    ok(ctx, 200, ApiJson.stories(index.stories(q, since, until, page, PAGE_SIZE)));
  }

  private static @Nullable Instant time(Context ctx, String param) {
    String v = ctx.queryParam(param);
    if (v == null || v.isBlank()) {
      return null;
    }
    return PublicationDates.parse(v.strip()).orElseThrow(() -> ApiError.badRequest(
        "'" + param + "' is not an ISO-8601 date or date-time: '" + v + "'; write 2025-03-03 or 2025-03-03T15:00:00Z"));
  }

  private void getStory(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<StoryView> story = index.story(id);
    if (story.isPresent()) {
      ok(ctx, 200, ApiJson.story(story.get()));
      return;
    }
    Optional<ArticleIndex.Retired> retired = index.retired(id);
    if (retired.isPresent() && retired.get().mergedInto() != null) {
      String heir = retired.get().mergedInto();
      ctx.header("Location", "/api/stories/" + heir);
      error(ctx, 301, "story " + id + " was merged into " + heir);
      return;
    }
    if (retired.isPresent()) {
      throw ApiError.notFound("story " + id + " no longer exists: its articles were deleted");
    }
    throw ApiError.notFound("no story with id '" + id + "'");
  }

  private void compare(Context ctx) {
    String a = ctx.queryParam("a");
    String b = ctx.queryParam("b");
    if (a == null || a.isBlank() || b == null || b.isBlank()) {
      throw ApiError.badRequest("compare needs two article ids: /api/compare?a=ID&b=ID");
    }
    if (a.equals(b)) {
      throw ApiError.badRequest("compare needs two different ids, got '" + a + "' twice");
    }
    StoredArticle left = index.article(a).orElseThrow(() -> ApiError.notFound("no article with id '" + a + "'"));
    StoredArticle right = index.article(b).orElseThrow(() -> ApiError.notFound("no article with id '" + b + "'"));
    Relation r = index.compare(a, b).orElseThrow(() -> ApiError.notFound(
        "article '" + a + "' or '" + b + "' was deleted meanwhile"));
    ok(ctx, 200, ApiJson.compare(left, right, r));
  }

  private static String version() {
    String v = StemmaServer.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
