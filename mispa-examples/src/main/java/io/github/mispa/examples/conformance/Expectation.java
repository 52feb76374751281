package io.github.mispa.examples.conformance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.rules.catalogue.RuleSets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a case expects, as its {@code NAME.expected.json} says: a one-line description, the rule set
 * to check under, whether undetermined findings are compared, and the findings in order.
 *
 * <pre>{@code
 * {
 *   "description": "Costa Rica seconds its own nomination: the seconding is void",
 *   "ruleSet": "mispa",
 *   "undetermined": "ignore",
 *   "findings": [
 *     {"rule": "election.seconder-distinct", "kind": "void", "location": "2.a#19"}
 *   ]
 * }
 * }</pre>
 *
 * @param description what the case is about, on one line
 * @param ruleSet {@code mispa}, {@code oas-general-assembly} or {@code oas-permanent-council}
 * @param compareUndetermined whether undetermined findings are compared too ({@code "undetermined":
 *     "compare"}) or left out of the comparison ({@code "ignore"})
 * @param findings the expected findings, in the order a checker reports them
 */
public record Expectation(
    String description,
    String ruleSet,
    boolean compareUndetermined,
    ImmutableList<ExpectedFinding> findings) {
  private static final ImmutableSet<String> FIELDS =
      ImmutableSet.of("description", "ruleSet", "undetermined", "findings");
  private static final ImmutableSet<String> FINDING_FIELDS =
      ImmutableSet.of("rule", "kind", "location", "path");
  private static final ImmutableSet<String> KINDS =
      ImmutableSet.of("void", "irregular", "undetermined");
  private static final JsonMapper STRICT =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** Checks the fields. */
  public Expectation {
    requireNonNull(description, "description");
    requireNonNull(ruleSet, "ruleSet");
    requireNonNull(findings, "findings");
  }

  /**
   * Reads an expected file's text.
   *
   * @throws IllegalArgumentException if it is not an expectation, saying what is wrong where
   */
  public static Expectation parse(String json) {
    JsonNode root;
    try {
      root = STRICT.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("expected an object at the top");
    }
    unknownFields(root, FIELDS, "");
    String description = text(root, "description", "", true);
    if (description.isBlank() || description.contains("\n")) {
      throw new IllegalArgumentException("/description: must be one line of text");
    }
    String ruleSet = root.has("ruleSet") ? text(root, "ruleSet", "", true) : "mispa";
    try {
      RuleSets.named(ruleSet);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("/ruleSet: " + e.getMessage(), e);
    }
    String undetermined =
        root.has("undetermined") ? text(root, "undetermined", "", true) : "ignore";
    if (!undetermined.equals("compare") && !undetermined.equals("ignore")) {
      throw new IllegalArgumentException(
          "/undetermined: expected \"compare\" or \"ignore\", found \"" + undetermined + "\"");
    }
    JsonNode list = root.get("findings");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException("/findings: expected an array of findings");
    }
    List<ExpectedFinding> findings = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "/findings/" + i;
      JsonNode f = list.get(i);
      if (!f.isObject()) {
        throw new IllegalArgumentException(at + ": expected an object");
      }
      unknownFields(f, FINDING_FIELDS, at);
      String kind = text(f, "kind", at, true);
      if (!KINDS.contains(kind)) {
        throw new IllegalArgumentException(
            at + "/kind: expected void, irregular or undetermined, found \"" + kind + "\"");
      }
      if (kind.equals("undetermined") && undetermined.equals("ignore")) {
        throw new IllegalArgumentException(
            at + ": an undetermined finding, but \"undetermined\" is \"ignore\"");
      }
      String location = text(f, "location", at, true);
      try {
        ActLocation.parse(location);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(at + "/location: " + e.getMessage(), e);
      }
      String path = f.has("path") ? text(f, "path", at, true) : null;
      findings.add(new ExpectedFinding(text(f, "rule", at, true), kind, location, path));
    }
    return new Expectation(
        description, ruleSet, undetermined.equals("compare"), ImmutableList.copyOf(findings));
  }

  /**
   * {@return the expectation as the text of an expected file: two-space indentation, one finding a
   * line, a final line break}
   */
  public String toJson() {
    StringBuilder out = new StringBuilder("{\n");
    out.append("  \"description\": ").append(quote(description)).append(",\n");
    out.append("  \"ruleSet\": ").append(quote(ruleSet)).append(",\n");
    out.append("  \"undetermined\": ")
        .append(quote(compareUndetermined ? "compare" : "ignore"))
        .append(",\n");
    out.append("  \"findings\": [");
    for (Iterator<ExpectedFinding> i = findings.iterator(); i.hasNext(); ) {
      ExpectedFinding f = i.next();
      out.append("\n    {\"rule\": ")
          .append(quote(f.rule()))
          .append(", \"kind\": ")
          .append(quote(f.kind()))
          .append(", \"location\": ")
          .append(quote(f.location()));
      f.pathIfGiven().ifPresent(p -> out.append(", \"path\": ").append(quote(p)));
      out.append('}').append(i.hasNext() ? "," : "\n  ");
    }
    out.append("]\n}\n");
    return out.toString();
  }

  private static String quote(String text) {
    return JsonMapper.shared().writeValueAsString(text);
  }

  private static void unknownFields(JsonNode object, ImmutableSet<String> known, String at) {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (!known.contains(field.getKey())) {
        throw new IllegalArgumentException(
            at + "/" + field.getKey() + ": unknown field; expected " + String.join(", ", known));
      }
    }
  }

  private static String text(JsonNode object, String field, String at, boolean required) {
    JsonNode value = object.get(field);
    if (value == null && required) {
      throw new IllegalArgumentException(at + ": missing field \"" + field + "\"");
    }
    if (value == null || !value.isString()) {
      throw new IllegalArgumentException(at + "/" + field + ": expected a string");
    }
    return value.asString();
  }
}
