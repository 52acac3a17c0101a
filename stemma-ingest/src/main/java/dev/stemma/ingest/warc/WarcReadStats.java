package dev.stemma.ingest.warc;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.TreeMap;

/**
 * What became of every record of one archive: each is an article, passed over (with its reason),
 * or rejected; none is lost, so {@code records == articles + passed + rejected}.
 *
 * @param records the records found, counting an unreadable stretch of the file as one
 * @param articles records that became articles
 * @param passed records passed over on purpose, by reason ("request record", "HTTP status 404")
 * @param rejected records that could not be read or held no article
 * @param bytes the size of the archive file
 */
public record WarcReadStats(long records, long articles, Map<String, Long> passed, long rejected, long bytes) {

  public WarcReadStats {
    requireNonNull(passed, "passed");
    passed = Map.copyOf(passed);
    long passedTotal = passed.values().stream().mapToLong(Long::longValue).sum();
    if (records != articles + passedTotal + rejected) {
      throw new IllegalArgumentException(
          "Records must be accounted for: " + records + " records but " + articles + " articles + " + passedTotal
              + " passed + " + rejected + " rejected");
    }
  }

  /** How many records were passed over, whatever the reason. */
  public long passedTotal() {
    return passed.values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public String toString() {
    return records + " records: " + articles + " articles, " + passedTotal() + " passed " + new TreeMap<>(passed)
        + ", " + rejected + " rejected";
  }
}
