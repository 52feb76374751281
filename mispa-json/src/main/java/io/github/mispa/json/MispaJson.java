package io.github.mispa.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordShapes;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes meeting records as JSON in mispa's wire format, for code that does not configure
 * Jackson itself. Immutable and safe to share between threads; each {@code with} method returns a
 * changed copy.
 *
 * <pre>{@code
 * MispaJson json = MispaJson.standard();
 * MeetingRecord record = json.read(Path.of("mispa-v.json"));
 * String compact = json.writeToString(record);
 * json.withPrettyPrinting(true).write(record, Path.of("copy.json"));
 * }</pre>
 *
 * <p>Reading is strict by default: a field the format does not define is an error, unless {@link
 * #withUnknownFieldsIgnored(boolean) ignored}. Every failure to read, whatever its cause, is a
 * {@link MispaJsonException} pointing at its place; only a failure of the file or stream itself is
 * an {@link UncheckedIOException}. The input is limited by {@link #defaultReadConstraints()}: at
 * most {@value #MAX_NESTING_DEPTH} levels of nesting, strings of {@value #MAX_STRING_LENGTH}
 * characters, numbers of {@value #MAX_NUMBER_LENGTH} digits, names of {@value #MAX_NAME_LENGTH}
 * characters, and documents of {@value #MAX_DOCUMENT_LENGTH} bytes (or characters, for a string).
 *
 * <p>Writing gives the same bytes for the same record, always: UTF-8, fields in a fixed order,
 * compact on one line by default; {@link #withPrettyPrinting(boolean) pretty-printed} with two
 * spaces of indentation, {@code "name": value}, one array element per line, {@code \n} line ends
 * and a final line end. Streams passed in are not closed; reading one consumes it to its end, to
 * make sure that nothing follows the record.
 */
public final class MispaJson {
  /** The deepest nesting of objects and arrays read by default. A record nests 10 deep. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value read by default, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest number read by default, in characters. The format's numbers are small integers. */
  public static final int MAX_NUMBER_LENGTH = 32;

  /** The longest field name read by default, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The longest document read by default: 256 MiB, in bytes (in characters for a string). */
  public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  private static final PrettyPrinter PRETTY_PRINTER =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final MispaJson STANDARD = new MispaJson(defaultReadConstraints(), false, false);

  private final StreamReadConstraints constraints;
  private final boolean ignoreUnknownFields;
  private final boolean pretty;
  private final int version;
  private final JsonMapper mapper;
  private final ObjectWriter writer;

  private MispaJson(
      StreamReadConstraints constraints, boolean ignoreUnknownFields, boolean pretty) {
    this.constraints = constraints;
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.pretty = pretty;
    this.version = RecordShapes.FORMAT_VERSION;
    this.mapper =
        JsonMapper.builder(
                JsonFactory.builder()
                    .streamReadConstraints(constraints)
                    .enable(tools.jackson.core.TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build())
            .addModule(new MispaModule())
            .build();
    this.writer = pretty ? mapper.writer().with(PRETTY_PRINTER) : mapper.writer();
  }

  private MispaJson(MispaJson from, boolean ignoreUnknownFields, boolean pretty, int version) {
    this.constraints = from.constraints;
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.pretty = pretty;
    this.version = version;
    this.mapper = from.mapper;
    ObjectWriter plain = pretty ? mapper.writer().with(PRETTY_PRINTER) : mapper.writer();
    this.writer =
        version == RecordShapes.FORMAT_VERSION
            ? plain
            : plain.withAttribute(Wire.VERSION_ATTRIBUTE, version);
  }

  /** {@return reading and writing with the defaults: strict, compact, default limits} */
  public static MispaJson standard() {
    return STANDARD;
  }

  /**
   * {@return the limits reading applies by default: {@value #MAX_NESTING_DEPTH} levels of nesting,
   * strings of {@value #MAX_STRING_LENGTH} characters, numbers of {@value #MAX_NUMBER_LENGTH}
   * characters, names of {@value #MAX_NAME_LENGTH} characters, documents of {@value
   * #MAX_DOCUMENT_LENGTH} bytes}
   */
  public static StreamReadConstraints defaultReadConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .build();
  }

  /**
   * {@return a copy that ignores fields the format does not define, instead of rejecting them}
   * Ignored fields are skipped whole, whatever they hold; duplicated known fields are still
   * rejected.
   */
  public MispaJson withUnknownFieldsIgnored(boolean ignore) {
    return new MispaJson(this, ignore, pretty, version);
  }

  /** {@return a copy that writes pretty-printed JSON, or compact JSON on one line} */
  public MispaJson withPrettyPrinting(boolean prettyPrinting) {
    return new MispaJson(this, ignoreUnknownFields, prettyPrinting, version);
  }

  /** {@return a copy that reads within other limits, to read larger records, say} */
  public MispaJson withReadConstraints(StreamReadConstraints readConstraints) {
    return new MispaJson(
            requireNonNull(readConstraints, "readConstraints"), ignoreUnknownFields, pretty)
        .withFormatVersion(version);
  }

  /**
   * {@return a copy that writes format version {@code version}: the current one ({@value
   * RecordShapes#FORMAT_VERSION}) by default, or an earlier one for readers that know no later;
   * reading is not affected} A record that uses what an earlier version cannot carry (a person with
   * several positions, a required majority) is refused then with an {@link
   * IllegalArgumentException} that says what.
   *
   * @throws IllegalArgumentException unless {@code version} is from {@value
   *     RecordShapes#OLDEST_VERSION} to {@value RecordShapes#FORMAT_VERSION}
   */
  public MispaJson withFormatVersion(int version) {
    checkArgument(
        version >= RecordShapes.OLDEST_VERSION && version <= RecordShapes.FORMAT_VERSION,
        "format version %s is not one this library writes (%s to %s)",
        version,
        RecordShapes.OLDEST_VERSION,
        RecordShapes.FORMAT_VERSION);
    return new MispaJson(this, ignoreUnknownFields, pretty, version);
  }

  /**
   * Reads a record from JSON text.
   *
   * @throws MispaJsonException if the text is not a valid record in the wire format
   */
  public MeetingRecord read(String json) {
    requireNonNull(json, "json");
    return read(() -> mapper.createParser(json));
  }

  /**
   * Reads a record from JSON encoded in UTF-8 (or UTF-16 or UTF-32, which are detected).
   *
   * @throws MispaJsonException if the bytes are not a valid record in the wire format
   */
  public MeetingRecord read(byte[] json) {
    requireNonNull(json, "json");
    return read(() -> mapper.createParser(json));
  }

  /**
   * Reads a record from a stream, to its end, without closing it.
   *
   * @throws MispaJsonException if the content is not a valid record in the wire format
   * @throws UncheckedIOException if the stream cannot be read
   */
  public MeetingRecord read(InputStream in) {
    requireNonNull(in, "in");
    return read(() -> mapper.createParser(in));
  }

  /**
   * Reads a record from a file.
   *
   * @throws MispaJsonException if the content is not a valid record in the wire format
   * @throws UncheckedIOException if the file cannot be read
   */
  public MeetingRecord read(Path file) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MeetingRecord read(Supplier<JsonParser> open) {
    try (JsonParser p = open.get()) {
      return RecordReader.readDocument(p, ignoreUnknownFields);
    } catch (MispaJsonException e) {
      throw e;
    } catch (JacksonException e) {
      // Failing to start or to close: the input's encoding cannot be detected, say.
      if (RecordReader.isIoFailure(e)) {
        throw new UncheckedIOException(((JacksonIOException) e).getCause());
      }
      throw ParserFailures.translate(e, "", null, constraints);
    }
  }

  /** {@return the record as JSON text} */
  public String writeToString(MeetingRecord record) {
    requireNonNull(record, "record");
    return pretty
        ? new String(writeToBytes(record), StandardCharsets.UTF_8)
        : writer.writeValueAsString(record);
  }

  /** {@return the record as JSON in UTF-8} */
  public byte[] writeToBytes(MeetingRecord record) {
    requireNonNull(record, "record");
    if (!pretty) {
      return writer.writeValueAsBytes(record);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(record, out);
    return out.toByteArray();
  }

  /**
   * Writes the record as JSON in UTF-8 to a stream, and flushes it without closing it.
   *
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(MeetingRecord record, OutputStream out) {
    requireNonNull(record, "record");
    requireNonNull(out, "out");
    try (JsonGenerator g = writer.createGenerator(out)) {
      writer.writeValue(g, record);
      if (pretty) {
        g.writeRaw('\n');
      }
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes the record as JSON in UTF-8 to a file, replacing what it held.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(MeetingRecord record, Path file) {
    requireNonNull(record, "record");
    requireNonNull(file, "file");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      write(record, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
