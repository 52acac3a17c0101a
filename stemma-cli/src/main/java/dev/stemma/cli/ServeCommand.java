package dev.stemma.cli;

import dev.stemma.server.ServerOptions;
import dev.stemma.server.StemmaServer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stemma serve --data DIR --port P}: the live index, its JSON API and the story browser. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves a persistent index in --data: POST articles to /api/articles and each is matched at once",
      "against everything indexed; stories, copy families and side-by-side evidence at http://HOST:PORT/.",
      "The API is described at /api/openapi.json."
    })
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The index folder (created when absent).")
  Path data;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "P", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--token", paramLabel = "T", description = "When set, POST and DELETE need 'Authorization: Bearer T'.")
  String token;

  @Option(names = "--max-body-bytes", paramLabel = "N", description = "Largest request body (default: 10485760).")
  Long maxBodyBytes;

  @Option(names = "--cache", paramLabel = "N", description = "Prepared articles kept in memory (default: 20000;"
      + " about 110 KB of heap each). Set it above the number of articles the index will hold: past it, matching"
      + " prepares evicted candidates again and slows down several times.")
  Integer cache;

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (cache != null && cache < 1) {
      System.err.println("--cache " + cache + ": give the number of prepared articles to keep in memory, at least 1");
      return 2;
    }
    ServerOptions options = ServerOptions.of(data, port).withHost(host).withToken(token);
    if (maxBodyBytes != null) {
      options = options.withMaxBodyBytes(maxBodyBytes);
    }
    if (cache != null) {
      options = options.withCacheSize(cache);
    }
    StemmaServer server = StemmaServer.start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "stemma-shutdown"));
    int articles = server.index().counts().getOrDefault("article", 0);
    out.println("stemma serve: " + articles + " articles in " + data
        + "; listening on http://" + host + ":" + server.port() + "/");
    if (articles > options.cacheSize()) {
      out.println("warning: the index holds " + articles + " articles but the cache only " + options.cacheSize()
          + ": matching will prepare evicted candidates again and slow down; restart with --cache "
          + articles * 11 / 10 + " (about 110 KB of heap per article, so -Xmx accordingly via STEMMA_JAVA_OPTS)");
    }
    stopped.await();
    return 0;
  }
}
