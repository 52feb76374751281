package io.github.mispa.json;

import static io.github.mispa.json.JsonEdits.editMispaV;
import static io.github.mispa.json.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
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
            editMispaV("", r -> r.put("formatVersion", 2)),
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
  void eachKindOfActHasTheFieldsTheReaderAccepts() {
    for (ActKind kind : ActKind.values()) {
      JsonNode definition = SCHEMA_TREE.at("/$defs/" + kind.logicalName() + "Act");
      Set<String> readerFields = names(kind.shape(), false);
      readerFields.add("type");
      if (kind == ActKind.DECISION || kind == ActKind.ADOPTION) {
        // The model has "by" on every act and refuses it on decisions; the schema leaves it out.
        readerFields.remove("by");
      }
      assertThat(new LinkedHashSet<>(definition.get("properties").propertyNames()))
          .as(kind.logicalName())
          .isEqualTo(readerFields);
      Set<String> required = names(kind.shape(), true);
      required.add("type");
      assertThat(strings(definition.get("required")))
          .as(kind.logicalName())
          .containsExactlyInAnyOrderElementsOf(required);
    }
  }

  @Test
  void eachObjectHasTheFieldsTheReaderAccepts() {
    for (Shape<?> shape : RecordShapes.all()) {
      JsonNode definition =
          shape == RecordShapes.record() ? SCHEMA_TREE : SCHEMA_TREE.at("/$defs/" + shape.name());
      Set<String> fields = names(shape, false);
      Set<String> required = names(shape, true);
      if (shape == RecordShapes.record()) {
        fields = new LinkedHashSet<>(List.of("formatVersion"));
        fields.addAll(names(shape, false));
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
    for (ValueType<?> codes : RecordShapes.codes().values()) {
      String name = codes.javaType().getSimpleName();
      String def = Character.toLowerCase(name.charAt(0)) + name.substring(1);
      assertThat(strings(SCHEMA_TREE.at("/$defs/" + def + "/enum")))
          .as(def)
          .containsExactlyElementsOf(codes.codes().keySet());
    }
  }

  private static Set<String> names(Shape<?> shape, boolean requiredOnly) {
    Set<String> names = new LinkedHashSet<>();
    for (Shape.Field<?> field : shape.fields()) {
      if (!requiredOnly || field.required()) {
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
