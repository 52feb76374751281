package io.github.mispa.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson module of mispa: it teaches a Jackson 3 {@code JsonMapper} to read and write {@link
 * io.github.mispa.procedure.MeetingRecord} in mispa's wire format, and every part of a record
 * (meetings, participants, persons, documents, sessions, agenda items, acts of every kind, tallies)
 * and the model's enums and value types in the same form as they have inside a record.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new MispaModule()).build();
 * // or, through its service entry: JsonMapper.builder().findAndAddModules().build()
 * String json = mapper.writeValueAsString(record);
 * MeetingRecord read = mapper.readValue(json, MeetingRecord.class);
 * }</pre>
 *
 * <p>Values are read through the model's builders, so every invariant of the model holds for what
 * is read. Every failure to read a mispa type is a {@link MispaJsonException} pointing at its
 * place. Fields the format does not define are rejected, unless the module is made {@link
 * #withUnknownFieldsIgnored(boolean) to ignore them}: the mapper's {@code
 * DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}, off by default in Jackson 3, does not apply
 * to the wire format, which is a contract. Read limits are the mapper's own stream constraints.
 * {@link MispaJson} is the same format with mispa's limits, for code that does not configure
 * Jackson itself.
 */
public final class MispaModule extends JacksonModule {
  private static final Version VERSION = readVersion();

  private final boolean ignoreUnknownFields;

  /** Creates the module, which rejects fields the format does not define. */
  public MispaModule() {
    this(false);
  }

  private MispaModule(boolean ignoreUnknownFields) {
    this.ignoreUnknownFields = ignoreUnknownFields;
  }

  /** {@return a module that ignores fields the format does not define, or rejects them} */
  public MispaModule withUnknownFieldsIgnored(boolean ignore) {
    return new MispaModule(ignore);
  }

  /** {@return the module's name, {@code "MispaModule"}} */
  @Override
  public String getModuleName() {
    return "MispaModule";
  }

  /** {@return the version of mispa-json} */
  @Override
  public Version version() {
    return VERSION;
  }

  /** Registers the serializers and deserializers of the model's types. */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new MispaSerializers());
    context.addDeserializers(new MispaDeserializers(ignoreUnknownFields));
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = MispaModule.class.getResourceAsStream("mispa-json.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version", ""), "io.github.mispa", "mispa-json");
  }
}
