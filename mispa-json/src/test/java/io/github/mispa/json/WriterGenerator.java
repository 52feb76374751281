package io.github.mispa.json;

import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.RecordShapes;
import io.github.mispa.procedure.Shape;
import io.github.mispa.procedure.Shape.Field;
import io.github.mispa.procedure.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes {@code CurrentVersionWriter}, the writer of the current format version, from the model's
 * {@link Shape shapes}: one method per shape that writes each field of the current version in
 * order, calling the field's {@linkplain Field#accessor() accessor} directly, where {@link
 * RecordWriter}'s walk over the shapes calls each field's getter through one call site. The output
 * is checked in, as the schema is: {@link WriterIsGeneratedTest} fails when it differs from what
 * this makes. A field whose value is worked out (it has no accessor) is written by the walk.
 */
final class WriterGenerator {
  private static final int VERSION = RecordShapes.FORMAT_VERSION;

  private final TreeSet<String> imports = new TreeSet<>();

  /** Constants: encoded names, code tables and fields written by the walk, by Java name. */
  private final Map<String, String> constants = new LinkedHashMap<>();

  private final List<String> methods = new ArrayList<>();
  private int variables;

  private WriterGenerator() {}

  /** {@return the source of {@code CurrentVersionWriter}} */
  static String generate() {
    return new WriterGenerator().source();
  }

  private String source() {
    for (String type :
        List.of(
            "io.github.mispa.procedure.Act",
            "io.github.mispa.procedure.ActKind",
            "io.github.mispa.procedure.RecordShapes",
            "io.github.mispa.procedure.Shape",
            "io.github.mispa.procedure.ValueType",
            "java.util.Objects",
            "tools.jackson.core.JsonGenerator",
            "tools.jackson.core.SerializableString",
            "tools.jackson.core.io.SerializedString")) {
      imports.add(type);
    }
    List<String> objectCases = new ArrayList<>();
    for (Shape<?> shape : RecordShapes.all()) {
      methods.add(method(shape, false));
      objectCases.add(
          "      case \""
              + shape.name()
              + "\" -> "
              + methodName(shape)
              + "(("
              + typeName(shape.type())
              + ") object);\n");
    }
    List<String> actCases = new ArrayList<>();
    for (ActKind kind : ActKind.values()) {
      Shape<? extends Act> shape = kind.shape();
      methods.add(method(shape, true));
      actCases.add(
          "      case "
              + kind.name()
              + " -> "
              + methodName(shape)
              + "(("
              + typeName(shape.type())
              + ") act);\n");
    }
    StringBuilder out = new StringBuilder();
    out.append("package io.github.mispa.json;\n\n");
    for (String type : imports) {
      out.append("import ").append(type).append(";\n");
    }
    out.append(
        """

        /**
         * Writes format version %d with a direct call to each accessor of the model. Generated from
         * the shapes by the tests' {@code WriterGenerator}: do not edit; after changing a shape, run
         * {@code WriterIsGeneratedTest} with {@code -Dmispa.writer.write=true}, then {@code
         * spotless:apply}. {@link RecordWriter} walks the shapes for earlier versions, and for the
         * fields here whose value is worked out.
         */
        // Code tables are indexed by ordinal: each is built from its enum's own constants, in order.
        @SuppressWarnings("EnumOrdinal")
        final class CurrentVersionWriter {
        """
            .formatted(VERSION));
    for (Map.Entry<String, String> constant : constants.entrySet()) {
      out.append("  private static final ")
          .append(constant.getValue().replace("NAME", constant.getKey()))
          .append("\n");
    }
    out.append(
        """

          private final JsonGenerator g;
          private final RecordWriter walk;

          /** A writer to {@code g} that leaves worked-out fields to {@code walk}. */
          CurrentVersionWriter(JsonGenerator g, RecordWriter walk) {
            this.g = g;
            this.walk = walk;
          }

          /** Writes {@code object}, of {@code shape}, a part of a record or the record itself. */
          void object(Shape<?> shape, Object object) {
            switch (shape.name()) {
        """);
    objectCases.forEach(out::append);
    out.append(
        """
              default -> throw new IllegalArgumentException("no shape named " + shape.name());
            }
          }

          /** Writes an act: its type first, then the fields of its kind. */
          void act(Act act) {
            switch (act.kind()) {
        """);
    actCases.forEach(out::append);
    out.append("    }\n  }\n");
    for (String method : methods) {
      out.append("\n").append(method);
    }
    out.append(
        """

          private static SerializableString[] codes(Class<? extends Enum<?>> type) {
            ValueType<?> codes = Objects.requireNonNull(RecordShapes.codes().get(type), "codes");
            Enum<?>[] constants = type.getEnumConstants();
            SerializableString[] encoded = new SerializableString[constants.length];
            for (int i = 0; i < constants.length; i++) {
              encoded[i] = new SerializedString(codes.codeOf(constants[i]));
            }
            return encoded;
          }
        }
        """);
    return out.toString();
  }

  private String method(Shape<?> shape, boolean act) {
    StringBuilder body = new StringBuilder();
    String type = typeName(shape.type());
    body.append("  private void ")
        .append(methodName(shape))
        .append("(")
        .append(type)
        .append(" o) {\n");
    body.append("    g.writeStartObject();\n");
    if (act) {
      body.append("    g.writeName(").append(name("type")).append(");\n");
      body.append("    g.writeString(")
          .append(codes(ActKind.class))
          .append("[o.kind().ordinal()]);\n");
    }
    if (shape == RecordShapes.record()) {
      // The record holds the format version beside the model's fields, first.
      body.append("    g.writeName(").append(name("formatVersion")).append(");\n");
      body.append("    g.writeNumber(RecordShapes.FORMAT_VERSION);\n");
    }
    for (Field<?> field : shape.fields()) {
      if (field.in(VERSION)) {
        field(body, shape, field);
      }
    }
    body.append("    g.writeEndObject();\n");
    body.append("  }\n");
    return body.toString();
  }

  /**
   * Whether {@code field}, a list worked out by its getter, comes from a map or collection the
   * shape's class returns under the field's name (translations listed from their map, by language):
   * the list is then empty exactly when that is, and the walk leaves it out.
   */
  private static boolean worksOutFromACollectionOfItsName(Shape<?> shape, Field<?> field) {
    if (field.multiplicity() != Shape.Multiplicity.LIST) {
      return false;
    }
    try {
      Class<?> type = shape.type().getMethod(field.name()).getReturnType();
      return Map.class.isAssignableFrom(type) || java.util.Collection.class.isAssignableFrom(type);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private void field(StringBuilder body, Shape<?> shape, Field<?> field) {
    Optional<String> accessor = field.accessor();
    if (accessor.isEmpty()) {
      String constant = "F_" + constantCase(shape.name()) + "_" + constantCase(field.name());
      String lookup =
          RecordShapes.all().contains(shape)
              ? "RecordShapes.shape(" + typeName(shape.type()) + ".class)"
              : "ActKind." + actKindOf(shape).name() + ".shape()";
      constants.put(
          constant,
          "Shape.Field<?> NAME = " + lookup + ".field(\"" + field.name() + "\").orElseThrow();");
      if (worksOutFromACollectionOfItsName(shape, field)) {
        // Every act has a map of translations, nearly always empty: one test here spares a call
        // through the walk's shared call site, which was about 3% of writing MISPA V.
        body.append("    if (!o.").append(field.name()).append("().isEmpty()) {\n");
        body.append("      walk.field(").append(constant).append(", o);\n");
        body.append("    }\n");
      } else {
        body.append("    walk.field(").append(constant).append(", o);\n");
      }
      return;
    }
    String v = "v" + variables++;
    String name = name(field.name());
    body.append("    var ").append(v).append(" = o.").append(accessor.get()).append("();\n");
    switch (field.multiplicity()) {
      case ONE -> {
        body.append("    g.writeName(").append(name).append(");\n");
        body.append("    ").append(value(field.type(), v)).append("\n");
      }
      case OPTIONAL -> {
        body.append("    if (").append(v).append(".isPresent()) {\n");
        body.append("      g.writeName(").append(name).append(");\n");
        body.append("      ").append(value(field.type(), v + ".get()")).append("\n");
        body.append("    }\n");
      }
      case LIST, SET -> {
        body.append("    if (!").append(v).append(".isEmpty()) {\n");
        elements(body, field, name, v);
        body.append("    }\n");
      }
      case OPTIONAL_SET -> {
        body.append("    if (").append(v).append(".isPresent()) {\n");
        elements(body, field, name, v + ".get()");
        body.append("    }\n");
      }
    }
  }

  private void elements(StringBuilder body, Field<?> field, String name, String collection) {
    String e = "e" + variables++;
    body.append("      g.writeName(").append(name).append(");\n");
    body.append("      g.writeStartArray();\n");
    body.append("      for (var ").append(e).append(" : ").append(collection).append(") {\n");
    body.append("        ").append(value(field.type(), e)).append("\n");
    body.append("      }\n");
    body.append("      g.writeEndArray();\n");
  }

  /** {@return the statement that writes {@code value}, an expression of {@code type}} */
  private String value(ValueType<?> type, String value) {
    return switch (type.kind()) {
      case TEXT, ID, REFERENCE -> "g.writeString(" + value + ");";
      case CODE -> {
        if (RecordShapes.codes().get(type.javaType()) != type) {
          throw new IllegalStateException("codes of " + type.javaType() + " are not the model's");
        }
        @SuppressWarnings("unchecked") // a type of codes is of an enum
        Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) type.javaType();
        yield "g.writeString(" + codes(enumType) + "[" + value + ".ordinal()]);";
      }
      case BOOLEAN -> "g.writeBoolean(" + value + ");";
      case INTEGER -> "g.writeNumber(" + value + ");";
      case EDITION -> "g.writeNumber(" + value + ".number());";
      case DATE, SYMBOL -> "g.writeString(" + value + ".toString());";
      case DATE_TIME -> {
        imports.add("java.time.format.DateTimeFormatter");
        yield "g.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(" + value + "));";
      }
      case OBJECT -> methodName(type.shape()) + "(" + value + ");";
      case ACT -> "act(" + value + ");";
    };
  }

  private String name(String wireName) {
    String constant = "N_" + constantCase(wireName);
    constants.putIfAbsent(
        constant, "SerializableString NAME = new SerializedString(\"" + wireName + "\");");
    return constant;
  }

  private String codes(Class<? extends Enum<?>> type) {
    String constant = "C_" + constantCase(type.getSimpleName());
    constants.putIfAbsent(
        constant, "SerializableString[] NAME = codes(" + typeName(type) + ".class);");
    return constant;
  }

  private static ActKind actKindOf(Shape<?> shape) {
    for (ActKind kind : ActKind.values()) {
      if (kind.shape() == shape) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no kind of act has the shape " + shape);
  }

  private static String methodName(Shape<?> shape) {
    return "write" + Character.toUpperCase(shape.name().charAt(0)) + shape.name().substring(1);
  }

  /** {@return how the source names {@code type}, importing it} */
  private String typeName(Class<?> type) {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    if (!top.getPackageName().equals("java.lang")) {
      imports.add(top.getName());
    }
    return type.getCanonicalName().substring(top.getPackageName().length() + 1);
  }

  /** {@code titleTranslations} is {@code TITLE_TRANSLATIONS}. */
  private static String constantCase(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
