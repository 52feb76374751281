package io.github.mispa.examples.cli;

import io.github.mispa.internal.Escapes;
import io.github.mispa.json.MispaJsonException;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.report.FindingText;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.rules.Verdict;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Verdicts, and files that could not be read, as {@code validate --format json} prints them. */
final class VerdictJson {
  /**
   * JSON that a terminal shows as it is: besides the control characters JSON always escapes, DEL,
   * the C1 controls, the bidirectional overrides, the line separators and surrogates are written as
   * {@code \\u} escapes. The text is exact all the same: an escape reads back as its character.
   */
  static final JsonMapper TERMINAL_SAFE =
      JsonMapper.builder(JsonFactory.builder().characterEscapes(new TerminalEscapes()).build())
          .build();

  private VerdictJson() {}

  /** {@return the verdict on the record of {@code file}: clean or not, counts and findings} */
  static ObjectNode of(Path file, Verdict verdict, OfficialLanguage language) {
    FindingText text = FindingText.in(language);
    ObjectNode result = TERMINAL_SAFE.createObjectNode();
    result.put("file", file.toString());
    result.put("meeting", verdict.record().meeting().name());
    result.put("clean", verdict.isClean());
    ObjectNode counts = result.putObject("counts");
    for (FindingKind kind : FindingKind.values()) {
      counts.put(Texts.kindName(kind), verdict.findings(kind).size());
    }
    ArrayNode findings = result.putArray("findings");
    for (Finding f : verdict.findings()) {
      ObjectNode finding = findings.addObject();
      finding.put("rule", f.ruleId());
      finding.put("kind", Texts.kindName(f.kind()));
      finding.put("location", f.location().toString());
      finding.put("path", f.path());
      finding.put("citation", f.citation());
      finding.put("message", f.message());
      // The message in the requested language where the rule gives it as data, else English.
      finding.put("localizedMessage", text.message(f, verdict.record()));
      finding.put("localized", text.translates(f));
    }
    return result;
  }

  /**
   * {@return why {@code file} could not be read: its kind, the JSON Pointer if any, the message}
   */
  static ObjectNode error(Path file, BadInputException e) {
    ObjectNode result = TERMINAL_SAFE.createObjectNode();
    result.put("file", file.toString());
    ObjectNode error = result.putObject("error");
    MispaJsonException reading = e.readingError().orElse(null);
    if (reading == null) {
      error.put("kind", "UNREADABLE_FILE");
    } else {
      error.put("kind", reading.kind().name());
      error.put("pointer", reading.pointer());
    }
    error.put("message", e.getMessage());
    return result;
  }

  /** The escapes of {@link #TERMINAL_SAFE}. */
  private static final class TerminalEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = ascii();

    private static int[] ascii() {
      int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
      return escapes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII.clone();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int c) {
      if (!Escapes.isUnsafe((char) c) && !Character.isSurrogate((char) c)) {
        return null;
      }
      StringBuilder escape = new StringBuilder(6);
      Escapes.escape((char) c, escape);
      return new SerializedString(escape.toString());
    }
  }
}
