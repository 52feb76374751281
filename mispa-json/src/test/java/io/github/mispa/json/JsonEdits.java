package io.github.mispa.json;

import io.github.mispa.examples.MispaV;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Edits of the MISPA V JSON as a tree, for tests that feed the reader bad input. */
final class JsonEdits {
  /** A plain mapper, without the module: it sees JSON, not records. */
  static final JsonMapper TREES = JsonMapper.builder().build();

  /** The MISPA V record as written by the library, compact. */
  static final String MISPA_V = MispaJson.standard().writeToString(MispaV.record());

  private JsonEdits() {}

  /** {@return the MISPA V JSON as a tree, to edit} */
  static ObjectNode mispaV() {
    return (ObjectNode) TREES.readTree(MISPA_V);
  }

  /** {@return the MISPA V JSON with the object at {@code pointer} edited} */
  static String editMispaV(String pointer, Consumer<ObjectNode> edit) {
    ObjectNode root = mispaV();
    JsonNode target = root.at(pointer);
    if (!(target instanceof ObjectNode object)) {
      throw new IllegalArgumentException("no object at " + pointer + ": " + target);
    }
    edit.accept(object);
    return TREES.writeValueAsString(root);
  }
}
