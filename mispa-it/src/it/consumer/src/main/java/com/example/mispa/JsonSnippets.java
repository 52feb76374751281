package com.example.mispa;

import io.github.mispa.json.MispaJson;
import io.github.mispa.json.MispaModule;
import io.github.mispa.procedure.MeetingRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON snippets of the README and docs/wire-format.md, as a user of mispa writes them. They
 * read mispa-v.json from the working directory, where the snippet test writes it first.
 */
public final class JsonSnippets {
  private JsonSnippets() {}

  public static void readAndWrite() throws IOException {
    // tag::readAndWrite[]
    MispaJson json = MispaJson.standard();
    MeetingRecord record = json.read(Path.of("mispa-v.json"));       // also a String, byte[], InputStream
    String text = json.withPrettyPrinting(true).writeToString(record); // same record, same bytes
    // end::readAndWrite[]
    // What the comments say: mispa-v.json is pretty-printed by mispa.
    if (!text.equals(Files.readString(Path.of("mispa-v.json"), StandardCharsets.UTF_8))
        || !json.read(text).equals(record)) {
      throw new AssertionError("the record written is not the record read, byte for byte");
    }
  }

  public static void fromJava() {
    // tag::fromJava[]
    MispaJson json = MispaJson.standard();                        // strict, compact, default limits
    MeetingRecord record = json.read(Path.of("mispa-v.json"));    // or a String, byte[], InputStream
    json.withPrettyPrinting(true).write(record, Path.of("copy.json"));
    String compact = json.writeToString(record);

    // With a JsonMapper of your own: add the module, or let findAndAddModules() find it.
    JsonMapper mapper = JsonMapper.builder().addModule(new MispaModule()).build();
    MeetingRecord same = mapper.readValue(compact, MeetingRecord.class);
    System.out.println(same.equals(record));                      // true
    // end::fromJava[]
  }
}
