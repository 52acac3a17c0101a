package dev.stemma.minhash;

/**
 * 64-bit hashing of tokens and shingles, the same on every JVM and in every run.
 *
 * <p>{@link String#hashCode()} is deterministic but only 32 bits: over a crawl's hundreds of
 * millions of distinct shingles, 32-bit hashes collide by the thousands (birthday bound at about
 * 77,000 items for a 50% chance of one collision), and every collision is a false shared shingle.
 * Tokens are hashed with FNV-1a over their UTF-16 code units and finished with the MurmurHash3
 * 64-bit finaliser ({@code fmix64}, Appleby 2011), which spreads every input bit over the output.
 */
public final class Hashing {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hashing() {}

  /** The hash of one token. */
  public static long token(CharSequence s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      h ^= c & 0xFF;
      h *= FNV_PRIME;
      h ^= c >>> 8;
      h *= FNV_PRIME;
    }
    return fmix64(h);
  }

  /** Combines a running hash with the next element of a sequence (order matters). */
  public static long combine(long h, long next) {
    return fmix64(h * 0x9E3779B97F4A7C15L + next);
  }

  /** MurmurHash3's 64-bit finaliser: a bijection on 64-bit values with full avalanche. */
  public static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
