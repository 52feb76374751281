package io.github.mispa.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mispa.examples.MispaV;
import io.github.mispa.json.MispaJsonException.Kind;
import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.Edition;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Person;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Seconding;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** MispaModule in a JsonMapper configured by its user, as Jackson's datatype modules are used. */
class MispaModuleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
  private static final MeetingRecord MISPA_V = MispaV.record();

  /** A user's own type that carries a record. */
  record Envelope(String sender, MeetingRecord record) {}

  @Test
  void theModuleIsFoundThroughItsServiceEntry() {
    assertThat(MAPPER.registeredModules())
        .extracting(JacksonModule::getModuleName)
        .contains("MispaModule");
  }

  @Test
  void theModuleKnowsItsVersion() {
    assertThat(new MispaModule().version().isUnknownVersion()).isFalse();
    assertThat(new MispaModule().version().getArtifactId()).isEqualTo("mispa-json");
    assertThat(new MispaModule().version().getGroupId()).isEqualTo("io.github.mispa");
  }

  @Test
  void aMapperWithTheModuleWritesAndReadsExactlyWhatTheFacadeDoes() {
    String json = MAPPER.writeValueAsString(MISPA_V);
    assertThat(json).isEqualTo(MispaJson.standard().writeToString(MISPA_V));
    assertThat(MAPPER.readValue(json, MeetingRecord.class)).isEqualTo(MISPA_V);
  }

  @Test
  void aRecordInsideAUsersTypeIsWrittenAndReadInPlace() {
    String json = MAPPER.writeValueAsString(new Envelope("secretariat", MISPA_V));
    assertThat(json).startsWith("{\"sender\":\"secretariat\",\"record\":{\"formatVersion\":2,");
    assertThat(MAPPER.readValue(json, Envelope.class).record()).isEqualTo(MISPA_V);
  }

  @Test
  void failuresInsideAUsersTypePointIntoTheWholeDocument() {
    String json =
        MAPPER
            .writeValueAsString(new Envelope("secretariat", MISPA_V))
            .replace("\"of\":\"nomination-vice-chair\"", "\"of\":\"nobody\"");
    MispaJsonException e =
        catchThrowableOfType(
            MispaJsonException.class, () -> MAPPER.readValue(json, Envelope.class));
    assertThat(e.kind()).isEqualTo(Kind.INVALID_RECORD);
    assertThat(e.pointer()).isEqualTo("/record/sessions/1/items/0/acts/18/of");

    String wrongType = json.replace("\"number\":2,", "\"number\":\"2\",");
    MispaJsonException e2 =
        catchThrowableOfType(
            MispaJsonException.class, () -> MAPPER.readValue(wrongType, Envelope.class));
    assertThat(e2.kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(e2.pointer()).isEqualTo("/record/sessions/1/number");
  }

  @Test
  void unknownFieldsAreRejectedWhateverTheMapperSaysUnlessTheModuleIgnoresThem() {
    String json = JsonEdits.editMispaV("/persons/0", p -> p.put("nickname", "Pepe"));
    assertThatThrownBy(() -> MAPPER.readValue(json, MeetingRecord.class))
        .isInstanceOfSatisfying(
            MispaJsonException.class,
            e -> assertThat(e.pointer()).isEqualTo("/persons/0/nickname"));
    JsonMapper strictMapper =
        JsonMapper.builder()
            .addModule(new MispaModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    assertThatThrownBy(() -> strictMapper.readValue(json, MeetingRecord.class))
        .isInstanceOf(MispaJsonException.class);
    JsonMapper lenient =
        JsonMapper.builder().addModule(new MispaModule().withUnknownFieldsIgnored(true)).build();
    assertThat(lenient.readValue(json, MeetingRecord.class)).isEqualTo(MISPA_V);
  }

  @Test
  void thePartsOfARecordHaveTheFormTheyHaveInsideIt() {
    Person person = MISPA_V.persons().get(0);
    String json = MAPPER.writeValueAsString(person);
    assertThat(JsonEdits.MISPA_V).contains("\"persons\":[" + json);
    assertThat(MAPPER.readValue(json, Person.class)).isEqualTo(person);

    Act seconding = MISPA_V.act(MispaV.NOMINATION_OF_VICE_CHAIR).orElseThrow().act();
    String nomination = MAPPER.writeValueAsString(seconding);
    assertThat(nomination).startsWith("{\"type\":\"nomination\",");
    assertThat(MAPPER.readValue(nomination, Act.class)).isEqualTo(seconding);
    assertThat(MAPPER.readValue(nomination, Nomination.class)).isEqualTo(seconding);

    List<Act> acts = MISPA_V.sessions().get(1).items().get(0).acts();
    String array = MAPPER.writeValueAsString(acts);
    assertThat(MAPPER.readValue(array, new TypeReference<List<Act>>() {})).isEqualTo(acts);
  }

  @Test
  void anActOfAnotherClassThanAskedForIsAWrongType() {
    String nomination =
        MAPPER.writeValueAsString(MISPA_V.act(MispaV.NOMINATION_OF_VICE_CHAIR).orElseThrow().act());
    assertThatThrownBy(() -> MAPPER.readValue(nomination, Seconding.class))
        .isInstanceOfSatisfying(
            MispaJsonException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
              assertThat(e.problem()).contains("expected an act of class Seconding");
            });
  }

  @Test
  void enumsAndValueTypesUseTheirWireForms() {
    assertThat(MAPPER.writeValueAsString(MemberState.PERU)).isEqualTo("\"PER\"");
    assertThat(MAPPER.writeValueAsString(OfficialLanguage.SPANISH)).isEqualTo("\"es\"");
    assertThat(MAPPER.writeValueAsString(DecisionMethod.NO_OBJECTION)).isEqualTo("\"noObjection\"");
    assertThat(MAPPER.writeValueAsString(Edition.of(5))).isEqualTo("5");
    assertThat(MAPPER.writeValueAsString(DocumentSymbol.parse("MISPA V/DOC.1/15 rev.1")))
        .isEqualTo("\"MISPA V/doc.1/15 rev. 1\"");
    assertThat(MAPPER.readValue("\"PER\"", MemberState.class)).isEqualTo(MemberState.PERU);
    assertThat(MAPPER.readValue("\"noObjection\"", DecisionMethod.class))
        .isEqualTo(DecisionMethod.NO_OBJECTION);
    assertThat(MAPPER.readValue("5", Edition.class)).isEqualTo(Edition.of(5));
    assertThatThrownBy(() -> MAPPER.readValue("\"NO_OBJECTION\"", DecisionMethod.class))
        .isInstanceOf(MispaJsonException.class);
    assertThatThrownBy(() -> MAPPER.readValue("\"PE\"", MemberState.class))
        .isInstanceOf(MispaJsonException.class);
  }
}
