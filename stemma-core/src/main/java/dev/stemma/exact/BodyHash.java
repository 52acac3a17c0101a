package dev.stemma.exact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The exact-copy fingerprint: SHA-256 of the cleaned body, first 128 bits in hex.
 *
 * <p>Taken after cleaning, so two copies of a story that differ only in site chrome (another
 * footer, a share bar) or in typography (curly quotes, a no-break space) have the same hash, and
 * the headline is left out because sites rewrite headlines of stories they copy whole. 128 bits
 * keep the chance of any collision among a billion articles below 10^-20.
 */
public final class BodyHash {

  private BodyHash() {}

  public static String of(String cleanedBody) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(cleanedBody.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must support SHA-256", e);
    }
  }
}
