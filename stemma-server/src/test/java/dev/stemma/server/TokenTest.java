package dev.stemma.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a token set, writes need it and reads do not. */
class TokenTest {

  private static final String ARTICLE =
      "{\"id\": \"t1\", \"title\": \"Bridge to close\", \"text\": \"The council voted on Monday to close the Harbor Bridge for repairs.\"}";

  @Test
  void writesWithoutTheTokenAre401AndReadsNeedNone(@TempDir Path data) throws Exception {
    try (StemmaServer server = StemmaServer.start(ServerOptions.of(data, 0).withToken("s3cret"))) {
      Http anonymous = new Http(server.port());
      Http.Response r = anonymous.post("/api/articles", ARTICLE);
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.json().get("error").asText())
          .isEqualTo("writes need the server's token: send the header 'Authorization: Bearer <token>'");
      Http.Response wrong = new Http(server.port()).token("guess").post("/api/articles", ARTICLE);
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(wrong.json().get("error").asText())
          .isEqualTo("the token given in 'Authorization: Bearer ...' is not the server's token");
      assertThat(anonymous.get("/api/health").json().get("articles").asInt()).isZero();
      assertThat(anonymous.get("/api/health").json().get("writes_need_token").asBoolean()).isTrue();

      Http owner = new Http(server.port()).token("s3cret");
      assertThat(owner.post("/api/articles", ARTICLE).status()).isEqualTo(201);
      assertThat(anonymous.get("/api/articles/t1").status()).isEqualTo(200);
      assertThat(anonymous.delete("/api/articles/t1").status()).isEqualTo(401);
      assertThat(owner.delete("/api/articles/t1").status()).isEqualTo(200);
    }
  }
}
