package dev.stemma.ingest.testing;

import dev.stemma.ingest.Article;
import dev.stemma.ingest.ArticleSink;
import dev.stemma.ingest.InputRef;
import dev.stemma.ingest.Rejection;
import java.util.ArrayList;
import java.util.List;

/** An ArticleSink that keeps everything it is given, for assertions. */
public final class RecordingSink implements ArticleSink {

  /** A pass or a warning: the input and the text. */
  public record Note(InputRef input, String text) {
    @Override
    public String toString() {
      return input + ": " + text;
    }
  }

  /** One progress report. */
  public record Progress(long bytesRead, long bytesTotal) {}

  public final List<Article> articles = new ArrayList<>();
  public final List<Rejection> rejections = new ArrayList<>();
  public final List<Note> passes = new ArrayList<>();
  public final List<Note> warnings = new ArrayList<>();
  public final List<Progress> progress = new ArrayList<>();

  @Override
  public void accept(Article article) {
    articles.add(article);
  }

  @Override
  public void reject(Rejection rejection) {
    rejections.add(rejection);
  }

  @Override
  public void pass(InputRef input, String why) {
    passes.add(new Note(input, why));
  }

  @Override
  public void warn(InputRef input, String message) {
    warnings.add(new Note(input, message));
  }

  @Override
  public void progress(InputRef input, long bytesRead, long bytesTotal) {
    progress.add(new Progress(bytesRead, bytesTotal));
  }

  public List<String> rejectionMessages() {
    return rejections.stream().map(Rejection::message).toList();
  }
}
