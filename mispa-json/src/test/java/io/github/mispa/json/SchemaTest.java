package io.github.mispa.json;

import static io.github.mispa.json.JsonEdits.editMispaV;
import static io.github.mispa.json.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.SyntheticRecords;
import io.github.mispa.model.Edition;
import io.github.mispa.model.MemberState;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.RecordShapes;
import io.github.mispa.procedure.Shape;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.ValueType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema shipped in the jar accepts what the library writes, rejects what the reader
 * rejects for its structure, and names the same fields as the reader.
 */
class SchemaTest {
  private static final String RESOURCE = "mispa-record.schema.json";
  private static final Schema SCHEMA = load();
  private static final JsonNode SCHEMA_TREE = JsonEdits.TREES.readTree(resource());

  private static String resource() {
    try (InputStream in = MispaJson.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("the schema is on the class path next to MispaJson").isNotNull();
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema load() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(resource(), InputFormat.JSON);
  }

  private static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void theMispaVRecordAsWrittenIsValid() {
    assertThat(validate(MispaJson.standard().writeToString(MispaV.record()))).isEmpty();
    assertThat(
            validate(MispaJson.standard().withPrettyPrinting(true).writeToString(MispaV.record())))
        .isEmpty();
  }

  @Test
  void generatedRecordsAsWrittenAreValid() {
    assertThat(validate(MispaJson.standard().writeToString(SyntheticRecords.generate(3, 3000))))
        .isEmpty();
    qt(15)
        .forAll(longs().all(), integers().between(0, 400))
        .checkAssert(
            (seed, acts) ->
                assertThat(
                        validate(
                            MispaJson.standard()
                                .writeToString(SyntheticRecords.generate(seed, acts))))
                    .isEmpty());
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejectsForItsStructure() {
    String seconding = "/sessions/1/items/0/acts/18";
    String decision = "/sessions/1/items/0/acts/1";
    List<String> invalid =
        List.of(
            editMispaV("", r -> r.put("formatVersion", 3)),
            editMispaV("", r -> r.put("formatVersion", 1)),
            editMispaV("/persons/0", p -> p.put("participant", "PCM-PER")),
            editMispaV("/persons/0", p -> p.remove("positions")),
            editMispaV("", r -> r.remove("meeting")),
            editMispaV("", r -> r.put("extra", 1)),
            editMispaV(seconding, a -> a.put("type", "motionToAdjourn")),
            editMispaV(seconding, a -> a.put("nominee", "x")),
            editMispaV(seconding, a -> a.remove("of")),
            editMispaV(seconding, a -> a.remove("by")),
            editMispaV(seconding, a -> a.put("of", "two words")),
            editMispaV(decision, a -> a.put("method", "vote")),
            editMispaV(decision, a -> a.put("by", "PER")),
            editMispaV(decision, a -> a.putArray("on")),
            editMispaV("/meeting", m -> m.put("startDate", "19/11/2015")),
            editMispaV("/meeting", m -> m.put("edition", "V")),
            editMispaV("/meeting", m -> m.putNull("theme")),
            editMispaV("/meeting", m -> m.put("theme", "  ")),
            editMispaV("/meeting/venue", v -> v.put("country", "PE")),
            editMispaV("/participants/0", p -> p.remove("state")),
            editMispaV("/participants/0", p -> p.put("kind", "oasOrgan")),
            editMispaV("/sessions/0", s -> s.put("number", 0)),
            editMispaV("/sessions/0", s -> s.put("kind", "Inaugural")));
    for (String json : invalid) {
      assertThat(MispaJsonExceptionOrNull(json)).as("the reader rejects it").isNotNull();
      assertThat(validate(json)).as("the schema rejects it").isNotEmpty();
    }
  }

  private static MispaJsonException MispaJsonExceptionOrNull(String json) {
    try {
      MispaJson.standard().read(json);
      return null;
    } catch (MispaJsonException e) {
      return e;
    }
  }

  @Test
  void theSchemaStatesTheReadersLimits() {
    assertThat(SCHEMA_TREE.at("/$defs/tally/properties/announcedFor/maximum").asInt())
        .isEqualTo(Tally.MAX_COUNT);
    assertThat(SCHEMA_TREE.at("/$defs/tally/properties/announcedBase/maximum").asInt())
        .isEqualTo(Tally.MAX_COUNT);
    assertThat(SCHEMA_TREE.at("/$defs/edition/maximum").asInt()).isEqualTo(Edition.MAX);
    assertThat(SCHEMA_TREE.at("/$defs/text/maxLength").asInt())
        .isEqualTo(MispaJson.MAX_STRING_LENGTH);
    assertThat(SCHEMA_TREE.at("/$defs/symbol/maxLength").asInt())
        .isEqualTo(MispaJson.MAX_STRING_LENGTH);
    // What the schema refuses, the reader refuses: five-digit years, a count over the limit.
    for (String json :
        List.of(
            editMispaV("/meeting", m -> m.put("endDate", "+99999-11-20")),
            editMispaV("/documents/0", d -> d.put("distributedAt", "+12015-11-18T09:00:00")),
            editMispaV(
                "/sessions/5/items/0/acts/6",
                a ->
                    a.put("method", "vote")
                        .putObject("tally")
                        .put("announcedFor", Tally.MAX_COUNT + 1)
                        .put("announcedAgainst", 0)))) {
      assertThat(validate(json)).as(json).isNotEmpty();
      assertThat(MispaJsonExceptionOrNull(json)).as(json).isNotNull();
    }
  }

  @Test
  void theActTypesAreTheLogicalNamesOfTheKinds() {
    assertThat(strings(SCHEMA_TREE.at("/$defs/actKind/enum")))
        .containsExactly(
            Arrays.stream(ActKind.values()).map(ActKind::logicalName).toArray(String[]::new));
  }

  @Test
  void aVersion1DocumentIsValidAndOneWithAVersion2FieldIsNot() throws IOException {
    String frozen =
        java.nio.file.Files.readString(
            java.nio.file.Path.of(
                "src/test/resources/io/github/mispa/json/snapshot/mispa-v.format-1.json"));
    assertThat(validate(frozen)).isEmpty();
    MispaJson version1 = MispaJson.standard().withFormatVersion(1);
    assertThat(validate(version1.writeToString(MispaJson.standard().read(frozen)))).isEmpty();
    // The whole MISPA V record needs version 2: its sources, descriptions, two positions.
    assertThatThrownBy(() -> version1.writeToString(MispaV.record()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(format version 2)");
    String withPositions =
        frozen.replaceFirst(
            "\"participant\":\"PCM-PER\"", "\"positions\":[{\"participant\":\"PCM-PER\"}]");
    assertThat(withPositions).isNotEqualTo(frozen);
    assertThat(validate(withPositions)).isNotEmpty();
    assertThat(MispaJsonExceptionOrNull(withPositions)).isNotNull();
  }

  /** {@return the definition of {@code name} in {@code version}: "person" or "person.v1"} */
  private static JsonNode definition(String name, int version) {
    JsonNode older = SCHEMA_TREE.at("/$defs/" + name + ".v" + version);
    return version == RecordShapes.FORMAT_VERSION || older.isMissingNode()
        ? SCHEMA_TREE.at("/$defs/" + name)
        : older;
  }

  @Test
  void eachKindOfActHasTheFieldsTheReaderAccepts() {
    for (int version = RecordShapes.OLDEST_VERSION;
        version <= RecordShapes.FORMAT_VERSION;
        version++) {
      eachKindOfActHasTheFieldsTheReaderAccepts(version);
    }
  }

  private static void eachKindOfActHasTheFieldsTheReaderAccepts(int version) {
    for (ActKind kind : ActKind.values()) {
      JsonNode definition = definition(kind.logicalName() + "Act", version);
      Set<String> readerFields = names(kind.shape(), false, version);
      readerFields.add("type");
      if (kind == ActKind.DECISION || kind == ActKind.ADOPTION) {
        // The model has "by" on every act and refuses it on decisions; the schema leaves it out.
        readerFields.remove("by");
      }
      assertThat(new LinkedHashSet<>(definition.get("properties").propertyNames()))
          .as(kind.logicalName())
          .isEqualTo(readerFields);
      Set<String> required = names(kind.shape(), true, version);
      required.add("type");
      assertThat(strings(definition.get("required")))
          .as(kind.logicalName())
          .containsExactlyInAnyOrderElementsOf(required);
    }
  }

  @Test
  void eachObjectHasTheFieldsTheReaderAccepts() {
    for (int version = RecordShapes.OLDEST_VERSION;
        version <= RecordShapes.FORMAT_VERSION;
        version++) {
      eachObjectHasTheFieldsTheReaderAccepts(version);
    }
  }

  private static void eachObjectHasTheFieldsTheReaderAccepts(int version) {
    for (Shape<?> shape : RecordShapes.all()) {
      JsonNode definition = definition(shape.name(), version);
      Set<String> fields = names(shape, false, version);
      Set<String> required = names(shape, true, version);
      if (shape == RecordShapes.record()) {
        fields = new LinkedHashSet<>(List.of("formatVersion"));
        fields.addAll(names(shape, false, version));
        required.add("formatVersion");
      }
      assertThat(new LinkedHashSet<>(definition.get("properties").propertyNames()))
          .as(shape.what())
          .containsExactlyElementsOf(fields);
      assertThat(strings(definition.path("required")))
          .as(shape.what())
          .containsExactlyInAnyOrderElementsOf(required);
    }
  }

  @Test
  void theCodesAreTheWireNames() {
    assertThat(strings(SCHEMA_TREE.at("/$defs/memberState/enum")))
        .containsExactly(
            Arrays.stream(MemberState.values()).map(MemberState::alpha3).toArray(String[]::new));
    assertThat(strings(SCHEMA_TREE.at("/$defs/participantKind/enum")))
        .containsExactly(
            "memberStateDelegation",
            "oasOrgan",
            "permanentObserver",
            "internationalOrganization",
            "civilSociety",
            "academic",
            "nationalAgency",
            "specialGuest");
    assertThat(strings(SCHEMA_TREE.at("/$defs/decisionMethod/enum")))
        .containsExactly("acclamation", "consensus", "noObjection", "vote", "notStated");
    assertThat(strings(SCHEMA_TREE.at("/$defs/sessionKind/enum")))
        .containsExactly("inaugural", "opening", "introductory", "plenary", "closing");
    for (int version = RecordShapes.OLDEST_VERSION;
        version <= RecordShapes.FORMAT_VERSION;
        version++) {
      for (ValueType<?> codes : RecordShapes.codes().values()) {
        String name = codes.javaType().getSimpleName();
        String def = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        assertThat(strings(definition(def, version).get("enum")))
            .as(def + " in version " + version)
            .containsExactlyElementsOf(codes.codes(version).keySet());
      }
    }
    assertThat(strings(definition("office", 1).get("enum")))
        .containsExactly("chair", "viceChair", "rapporteur");
  }

  private static Set<String> names(Shape<?> shape, boolean requiredOnly, int version) {
    Set<String> names = new LinkedHashSet<>();
    for (Shape.Field<?> field : shape.fields(version)) {
      if (!requiredOnly || field.requiredIn(version)) {
        names.add(field.name());
      }
    }
    return names;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }
}
