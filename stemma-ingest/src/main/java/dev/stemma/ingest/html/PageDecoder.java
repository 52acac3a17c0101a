package dev.stemma.ingest.html;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the bytes of an HTML page into text, choosing the charset as a careful browser would.
 *
 * <p>Order of evidence: (1) a byte order mark; (2) a charset the page declares itself, {@code <meta
 * charset>}, {@code <meta http-equiv="Content-Type">} or an XML declaration, within its first 8 KiB;
 * (3) the charset of the HTTP {@code Content-Type} header (a WARC record's); (4) UTF-8.
 *
 * <p>HTML's encoding sniffing (https://html.spec.whatwg.org/#determining-the-character-encoding)
 * puts the HTTP header before the page's {@code <meta>}. We put it after on purpose: in crawl
 * archives the header's charset is often a server default (Apache's ISO-8859-1) that the author of
 * the page never chose, while the {@code <meta>} is written by the system that wrote the bytes. The
 * prescan reads 8 KiB rather than the standard's 1024 bytes because news pages put dozens of
 * {@code <meta>} and {@code <script>} tags before their charset.
 *
 * <p>Labels mean what the WHATWG Encoding Standard says they mean in browsers
 * (https://encoding.spec.whatwg.org/#names-and-labels): "iso-8859-1" and "us-ascii" are
 * windows-1252, "gb2312" is GB18030, "shift_jis" is windows-31j, "euc-kr" is windows-949, "big5" is
 * Big5-HKSCS. Pages labelled ISO-8859-1 routinely hold windows-1252 curly quotes at 0x93 and 0x94,
 * which Java's ISO-8859-1 would turn into control characters.
 *
 * <p>A declaration is checked against the bytes: UTF-8 (declared or assumed) that the bytes break is
 * decoded as windows-1252, the charset most pages with a wrong or missing declaration are in; a
 * legacy charset declared for bytes that are valid UTF-8 with non-ASCII content is taken as UTF-8
 * (a page converted to UTF-8 without updating its {@code <meta>}; legacy-encoded text is valid UTF-8
 * by accident almost never). Either way the page is read and {@link DecodedPage#warning()} says what
 * was guessed.
 */
public final class PageDecoder {

  /** How many bytes of the page are searched for a {@code <meta>} charset declaration. */
  static final int PRESCAN_BYTES = 8192;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([^\\s\"';>/]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);

  /** Encoding Standard labels whose meaning in browsers differs from Java's charset of that name. */
  private static final Map<String, String> WHATWG_LABELS =
      Map.ofEntries(
          Map.entry("iso-8859-1", "windows-1252"),
          Map.entry("iso8859-1", "windows-1252"),
          Map.entry("iso_8859-1", "windows-1252"),
          Map.entry("latin1", "windows-1252"),
          Map.entry("l1", "windows-1252"),
          Map.entry("cp819", "windows-1252"),
          Map.entry("ibm819", "windows-1252"),
          Map.entry("us-ascii", "windows-1252"),
          Map.entry("ascii", "windows-1252"),
          Map.entry("x-user-defined", "windows-1252"),
          Map.entry("gb2312", "GB18030"),
          Map.entry("gbk", "GB18030"),
          Map.entry("x-gbk", "GB18030"),
          Map.entry("chinese", "GB18030"),
          Map.entry("csgb2312", "GB18030"),
          Map.entry("shift_jis", "windows-31j"),
          Map.entry("shift-jis", "windows-31j"),
          Map.entry("sjis", "windows-31j"),
          Map.entry("x-sjis", "windows-31j"),
          Map.entry("ms_kanji", "windows-31j"),
          Map.entry("euc-kr", "x-windows-949"),
          Map.entry("ks_c_5601-1987", "x-windows-949"),
          Map.entry("big5", "Big5-HKSCS"),
          // A page found by the ASCII prescan cannot be UTF-16; browsers read it as UTF-8.
          Map.entry("utf-16", "UTF-8"),
          Map.entry("utf-16le", "UTF-8"),
          Map.entry("utf-16be", "UTF-8"));

  private PageDecoder() {}

  /**
   * A decoded page.
   *
   * @param html the page as text
   * @param charset the charset it was decoded with
   * @param warning what had to be guessed, for the user; null when the page said and was right
   */
  public record DecodedPage(String html, Charset charset, @Nullable String warning) {
    public DecodedPage {
      requireNonNull(html, "html");
      requireNonNull(charset, "charset");
    }
  }

  /**
   * Decodes one page.
   *
   * @param bytes the page as stored
   * @param httpCharset the {@code charset} parameter of the HTTP Content-Type header, when there was
   *     one (a WARC record); null for a file
   */
  public static DecodedPage decode(byte[] bytes, @Nullable String httpCharset) {
    requireNonNull(bytes, "bytes");
    Optional<DecodedPage> byBom = decodeByBom(bytes);
    if (byBom.isPresent()) {
      return byBom.get();
    }
    @Nullable String warning = null;
    Charset declared = null;
    String how = null;
    String metaLabel = prescan(bytes);
    if (metaLabel != null) {
      Optional<Charset> charset = resolve(metaLabel);
      if (charset.isPresent()) {
        declared = charset.get();
        how = "the page's <meta> declares " + metaLabel;
      } else {
        warning = "the page's <meta> declares an unknown charset '" + metaLabel + "'";
      }
    }
    if (declared == null && httpCharset != null && !httpCharset.isBlank()) {
      Optional<Charset> charset = resolve(httpCharset);
      if (charset.isPresent()) {
        declared = charset.get();
        how = "the HTTP header declares " + httpCharset.strip();
      } else {
        warning = join(warning, "the HTTP header declares an unknown charset '" + httpCharset.strip() + "'");
      }
    }

    if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
      Strict utf8 = strict(bytes, StandardCharsets.UTF_8);
      if (utf8.text != null) {
        return new DecodedPage(utf8.text, StandardCharsets.UTF_8, warning == null ? null : warning + "; decoded as UTF-8");
      }
      String why =
          (declared == null ? "no charset is declared" : how)
              + " but byte "
              + utf8.errorOffset
              + " (0x"
              + hex(bytes[utf8.errorOffset])
              + ") is not UTF-8";
      return new DecodedPage(
          lenient(bytes, WINDOWS_1252), WINDOWS_1252, join(warning, why) + "; decoded as windows-1252");
    }

    if (hasNonAscii(bytes)) {
      Strict utf8 = strict(bytes, StandardCharsets.UTF_8);
      if (utf8.text != null) {
        return new DecodedPage(
            utf8.text,
            StandardCharsets.UTF_8,
            join(warning, how + " but the bytes are valid UTF-8") + "; decoded as UTF-8");
      }
    }
    Strict exact = strict(bytes, declared);
    if (exact.text != null) {
      return new DecodedPage(exact.text, declared, warning == null ? null : warning + "; decoded as " + declared.name());
    }
    return new DecodedPage(
        lenient(bytes, declared),
        declared,
        join(warning, how + " but byte " + exact.errorOffset + " (0x" + hex(bytes[exact.errorOffset]) + ") is not "
            + declared.name()) + "; undecodable bytes replaced by U+FFFD");
  }

  /** The charset a label means in a browser, if Java has it. */
  static Optional<Charset> resolve(String label) {
    String key = label.strip().toLowerCase(Locale.ROOT);
    String name = WHATWG_LABELS.getOrDefault(key, key);
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // an illegal charset name, e.g. with spaces
    }
  }

  /** The charset label declared in the first bytes of the page, or null. */
  static @Nullable String prescan(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return xml.group(1);
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? meta.group(1) : null;
  }

  private static Optional<DecodedPage> decodeByBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return Optional.of(fromBom(b, 3, StandardCharsets.UTF_8));
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return Optional.of(fromBom(b, 2, StandardCharsets.UTF_16BE));
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return Optional.of(fromBom(b, 2, StandardCharsets.UTF_16LE));
    }
    return Optional.empty();
  }

  private static DecodedPage fromBom(byte[] bytes, int bomLength, Charset charset) {
    byte[] rest = java.util.Arrays.copyOfRange(bytes, bomLength, bytes.length);
    Strict exact = strict(rest, charset);
    if (exact.text != null) {
      return new DecodedPage(exact.text, charset, null);
    }
    return new DecodedPage(
        lenient(rest, charset),
        charset,
        "the byte order mark says " + charset.name() + " but byte " + (exact.errorOffset + bomLength)
            + " is not; undecodable bytes replaced by U+FFFD");
  }

  /** The text, or the offset of the first byte that is not in the charset. */
  private record Strict(@Nullable String text, int errorOffset) {}

  private static Strict strict(byte[] bytes, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isOverflow()) {
        out = grow(out);
      } else if (result.isError()) {
        return new Strict(null, in.position());
      } else {
        break;
      }
    }
    while (decoder.flush(out).isOverflow()) {
      out = grow(out);
    }
    return new Strict(out.flip().toString(), -1);
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
    return bigger.put(out.flip());
  }

  private static String lenient(byte[] bytes, Charset charset) {
    return new String(bytes, charset); // replaces what it cannot decode with U+FFFD
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static String hex(byte b) {
    return String.format(Locale.ROOT, "%02X", b & 0xff);
  }

  private static String join(@Nullable String first, String second) {
    return first == null ? second : first + "; " + second;
  }
}
