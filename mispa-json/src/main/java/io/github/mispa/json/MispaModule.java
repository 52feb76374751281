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
 * place. Unknown fields are rejected as the mapper's {@code
 * DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} says (they are by default); read limits are
 * the mapper's own stream constraints. {@link MispaJson} is the same format with mispa's defaults
 * and limits, for code that does not configure Jackson itself.
 */
public final class MispaModule extends JacksonModule {
  private static final Version VERSION = readVersion();

  /** Creates the module. It has no settings. */
  public MispaModule() {}

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
    context.addDeserializers(new MispaDeserializers());
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
