package io.github.mispa.json;

import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.RecordShapes;
import io.github.mispa.procedure.Shape;
import io.github.mispa.procedure.Shape.Condition;
import io.github.mispa.procedure.Shape.Field;
import io.github.mispa.procedure.ValueType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.core.util.Separators.Spacing;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the JSON Schema (draft 2020-12) of the wire format from the model's {@link Shape shapes}.
 * The schema shipped in the jar is its output, checked in: a build-time tool, run by {@link
 * SchemaIsGeneratedTest}, which fails when the checked-in schema differs from what it makes.
 */
final class SchemaGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String ID =
      "https://github.com/mispa/mispa/blob/main/mispa-json/src/main/resources/io/github/mispa/json/"
          + "mispa-record.schema.json";

  /** The version whose definitions this generator writes. */
  private final int version;

  /**
   * The definitions that differ in {@link #version} from the current version's: they are written
   * again, named with the version ("person.v1"); the others are shared.
   */
  private final Set<String> changed;

  private SchemaGenerator(int version, Set<String> changed) {
    this.version = version;
    this.changed = changed;
  }

  /** {@return the schema, as text with a final line feed} */
  static String generate() {
    ObjectNode defs = NODES.objectNode();
    scalars(defs);
    new SchemaGenerator(RecordShapes.FORMAT_VERSION, Set.of()).definitions(defs, null);
    Map<Integer, Set<String>> changedIn = new TreeMap<>();
    changedIn.put(RecordShapes.FORMAT_VERSION, Set.of());
    for (int v = RecordShapes.FORMAT_VERSION - 1; v >= RecordShapes.OLDEST_VERSION; v--) {
      ObjectNode current = NODES.objectNode();
      new SchemaGenerator(RecordShapes.FORMAT_VERSION, Set.of()).definitions(current, null);
      // A definition differs if its text does, once the definitions it refers to that differ are
      // named with the version: repeat until no more differ.
      Set<String> changed = new TreeSet<>();
      while (true) {
        ObjectNode older = NODES.objectNode();
        new SchemaGenerator(v, changed).definitions(older, null);
        Set<String> differing = new TreeSet<>(changed);
        older
            .propertyNames()
            .forEach(
                name -> {
                  if (!older.get(name).equals(current.get(name))) {
                    differing.add(name);
                  }
                });
        if (differing.equals(changed)) {
          break;
        }
        changed = differing;
      }
      new SchemaGenerator(v, changed).definitions(defs, changed);
      changedIn.put(v, changed);
    }

    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", ID);
    schema.put(
        "title",
        "mispa meeting record, format versions "
            + RecordShapes.OLDEST_VERSION
            + " to "
            + RecordShapes.FORMAT_VERSION);
    schema.put(
        "description",
        RecordShapes.record().description()
            + " Field names are the model's attribute names; absent optional fields and empty"
            + " arrays are left out. A document of each version has that version's fields; see"
            + " docs/wire-format.md.");
    schema.put("type", "object");
    schema.putArray("required").add("formatVersion");
    ArrayNode versions =
        schema
            .putObject("properties")
            .putObject("formatVersion")
            .put(
                "description",
                "The version of this format: "
                    + RecordShapes.FORMAT_VERSION
                    + ", which writers write, or an earlier one that readers still read. Readers"
                    + " reject any other.")
            .putArray("enum");
    ArrayNode byVersion = schema.putArray("allOf");
    for (int v = RecordShapes.OLDEST_VERSION; v <= RecordShapes.FORMAT_VERSION; v++) {
      versions.add(v);
      ObjectNode branch = byVersion.addObject();
      branch.putObject("if").putObject("properties").putObject("formatVersion").put("const", v);
      String record = new SchemaGenerator(v, changedIn.get(v)).name("record");
      branch.putObject("then").put("$ref", "#/$defs/" + record);
    }
    schema.set("$defs", defs);
    // Two spaces, a line per array element, "name": value: the common form of schemas.
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectNameValueSpacing(Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    return JsonMapper.builder().build().writer().with(printer).writeValueAsString(schema) + "\n";
  }

  /**
   * Puts into {@code defs} the definitions of codes, parts, the record and acts of this version,
   * named by {@link #name}; only those in {@code only} if it is not null.
   */
  private void definitions(ObjectNode defs, @Nullable Set<String> only) {
    for (ValueType<?> codes : RecordShapes.codes().values()) {
      if (only == null || only.contains(codeName(codes))) {
        ObjectNode code = defs.putObject(name(codeName(codes)));
        if (!codes.what().startsWith("one of")) {
          code.put("description", "A code: " + codes.what() + ".");
        }
        ArrayNode values = code.putArray("enum");
        codes.codes(version).keySet().forEach(values::add);
      }
    }
    for (Shape<?> shape : RecordShapes.all()) {
      if (only == null || only.contains(shape.name())) {
        defs.set(name(shape.name()), object(shape, false));
      }
    }
    if (only == null || only.contains("act")) {
      defs.set(name("act"), acts());
    }
    for (ActKind kind : ActKind.values()) {
      if (only == null || only.contains(kind.logicalName() + "Act")) {
        defs.set(name(kind.logicalName() + "Act"), object(kind.shape(), true));
      }
    }
  }

  /** {@return the name of the definition {@code base} in this version: "person" or "person.v1"} */
  private String name(String base) {
    return version == RecordShapes.FORMAT_VERSION || !changed.contains(base)
        ? base
        : base + ".v" + version;
  }

  /** The values that several fields share, with the forms the model checks. */
  private static void scalars(ObjectNode defs) {
    defs.putObject("id")
        .put(
            "description",
            "An identifier that other parts of the record use to refer to a participant, person,"
                + " document or act: a letter or digit, then letters, digits, '.', '_' or '-', at"
                + " most 64 characters. Participants, persons, documents and acts have separate"
                + " ids: an id is defined once among the participants, once among the persons,"
                + " once among the documents and once among the acts, and a person and a document"
                + " (say) may share one.")
        .put("type", "string")
        .put("pattern", ValueType.idPattern());
    defs.putObject("text")
        .put(
            "description",
            "Text for people: not blank, at most 1,000,000 characters (readers count UTF-16 code"
                + " units).")
        .put("type", "string")
        .put("maxLength", MispaJson.MAX_STRING_LENGTH)
        .put("pattern", "\\S");
    defs.putObject("date")
        .put("description", "A date, ISO 8601: yyyy-mm-dd.")
        .put("type", "string")
        .put("format", "date")
        .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    defs.putObject("localDateTime")
        .put(
            "description",
            "A local date and time without offset, ISO 8601: yyyy-mm-ddThh:mm:ss, with an optional"
                + " fraction of a second (readers also accept yyyy-mm-ddThh:mm).")
        .put("type", "string")
        .put(
            "pattern",
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$");
    defs.putObject("edition")
        .put(
            "description",
            "The number of a meeting in its series, written in Roman numerals by the OAS: 5 for"
                + " MISPA V.")
        .put("type", "integer")
        .put("minimum", 1)
        .put("maximum", io.github.mispa.model.Edition.MAX);
    defs.putObject("symbol")
        .put(
            "description",
            "An OAS document symbol, such as \"MISPA V/doc.1/15 rev. 1\" or \"AG/RES. 2866"
                + " (XLIV-O/14)\". Written in canonical form; read in any spacing and case"
                + " variant.")
        .put("type", "string")
        .put("minLength", 1)
        .put("maxLength", MispaJson.MAX_STRING_LENGTH);
  }

  /** The act: its type, then the fields of the kind the type names. */
  private ObjectNode acts() {
    ObjectNode act = NODES.objectNode();
    act.put(
        "description",
        "A procedural act. Its type, written first, says which kind; each kind has the fields of"
            + " its definition.");
    act.put("type", "object");
    act.putArray("required").add("type");
    act.putObject("properties")
        .putObject("type")
        .put("description", "The kind of act, by its logical name.")
        .put("$ref", "#/$defs/" + name(codeName(RecordShapes.code(ActKind.class))));
    ArrayNode kinds = act.putArray("allOf");
    for (ActKind kind : ActKind.values()) {
      ObjectNode branch = kinds.addObject();
      ObjectNode when = branch.putObject("if");
      when.putArray("required").add("type");
      when.putObject("properties").putObject("type").put("const", kind.logicalName());
      branch.putObject("then").put("$ref", "#/$defs/" + name(kind.logicalName() + "Act"));
    }
    return act;
  }

  private <T> ObjectNode object(Shape<T> shape, boolean act) {
    Set<String> absent = new HashSet<>();
    for (Condition condition : shape.conditions()) {
      if (condition.kind() == Condition.Kind.ABSENT) {
        absent.addAll(condition.fields());
      }
    }
    ObjectNode object = NODES.objectNode();
    object.put("description", shape.description());
    object.put("type", "object");
    ObjectNode properties = object.putObject("properties");
    ArrayNode required = object.putArray("required");
    if (act) {
      properties.putObject("type").put("const", shape.name());
      required.add("type");
    }
    if (shape == RecordShapes.record()) {
      properties
          .putObject("formatVersion")
          .put("description", "The version of this format.")
          .put("const", version);
      required.add("formatVersion");
    }
    for (Field<T> field : shape.fields(version)) {
      if (absent.contains(field.name())) {
        continue;
      }
      properties.set(field.name(), field(field));
      if (field.requiredIn(version)) {
        required.add(field.name());
      }
    }
    object.put("additionalProperties", false);
    ArrayNode all = NODES.arrayNode();
    for (Condition condition : shape.conditions()) {
      if (!condition.fields().stream().allMatch(f -> shape.field(f).orElseThrow().in(version))) {
        continue;
      }
      ObjectNode rule = NODES.objectNode();
      List<String> fields = condition.fields();
      switch (condition.kind()) {
        case ANY_OF, ONE_OF -> {
          ArrayNode choices =
              rule.putArray(condition.kind() == Condition.Kind.ANY_OF ? "anyOf" : "oneOf");
          for (String name : fields) {
            ObjectNode choice = choices.addObject();
            choice.putArray("required").add(name);
            boolean list =
                shape
                    .field(name)
                    .map(f -> f.multiplicity() == Shape.Multiplicity.LIST)
                    .orElse(false);
            if (list) {
              // An empty list is as good as none: the model needs one value.
              choice.putObject("properties").putObject(name).put("minItems", 1);
            }
          }
        }
        case PRESENT_EXACTLY_WHEN, REQUIRED_UNLESS -> {
          rule.putObject("if")
              .putObject("properties")
              .putObject(condition.when())
              .put("const", condition.is());
          if (condition.kind() == Condition.Kind.PRESENT_EXACTLY_WHEN) {
            rule.putObject("then").putArray("required").add(fields.get(0));
            rule.putObject("else").putObject("not").putArray("required").add(fields.get(0));
          } else {
            rule.putObject("else").putArray("required").add(fields.get(0));
          }
        }
        case ABSENT -> {
          continue;
        }
      }
      all.add(rule);
    }
    if (!all.isEmpty()) {
      object.set("allOf", all);
    }
    return object;
  }

  private ObjectNode field(Field<?> field) {
    ObjectNode value = value(field.type());
    ObjectNode out = value;
    switch (field.multiplicity()) {
      case ONE, OPTIONAL -> {}
      case LIST, SET, OPTIONAL_SET -> {
        out = NODES.objectNode();
        out.put("type", "array");
        out.set("items", value);
        if (field.multiplicity() != Shape.Multiplicity.LIST) {
          out.put("uniqueItems", true);
        }
        if (field.nonEmpty()) {
          out.put("minItems", 1);
        }
      }
    }
    if (!field.description().isEmpty()) {
      ObjectNode described = NODES.objectNode();
      described.put("description", field.description());
      described.setAll(out);
      out = described;
    }
    return out;
  }

  private ObjectNode value(ValueType<?> type) {
    ObjectNode value = NODES.objectNode();
    switch (type.kind()) {
      case TEXT -> {
        if (type.pattern().equals("\\S")) {
          value.put("$ref", "#/$defs/text");
        } else {
          value.put("type", "string").put("pattern", type.pattern());
        }
      }
      case ID -> value.put("$ref", "#/$defs/id");
      case REFERENCE ->
          value.put("$ref", "#/$defs/id").put("description", "The id of " + type.what() + ".");
      case CODE -> value.put("$ref", "#/$defs/" + name(codeName(type)));
      case BOOLEAN -> value.put("type", "boolean");
      case INTEGER ->
          value.put("type", "integer").put("minimum", type.min()).put("maximum", type.max());
      case EDITION -> value.put("$ref", "#/$defs/edition");
      case DATE -> value.put("$ref", "#/$defs/date");
      case DATE_TIME -> value.put("$ref", "#/$defs/localDateTime");
      case SYMBOL -> value.put("$ref", "#/$defs/symbol");
      case OBJECT -> value.put("$ref", "#/$defs/" + name(type.shape().name()));
      case ACT -> value.put("$ref", "#/$defs/" + name("act"));
    }
    return value;
  }

  /** {@return the name of the definition of a code: its enum's name, lowerCamelCase} */
  private static String codeName(ValueType<?> codes) {
    String name = codes.javaType().getSimpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
