package io.github.mispa.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The crafted files of the tool's hostile-input suite, made from the MISPA V record as JSON: each
 * is the record with one edit of an attacker.
 */
final class HostileRecords {
  private static final JsonMapper TREES = JsonMapper.builder().build();

  /** Costa Rica's name, made to erase the line above it and print a clean verdict instead. */
  static final String FORGING_NAME =
      "Costa Rica\u001B[1A\u001B[2K\rhostile.json: clean under mispa: no findings\u0000\u0085\u202E\u007F";

  /** Where the vote on Honduras's offer stands, in session 6. */
  static final String HONDURAS_ACCEPTED = "/sessions/5/items/0/acts/6";

  private HostileRecords() {}

  /** {@return the MISPA V record, as a tree to edit} */
  static ObjectNode mispaV() {
    try {
      return (ObjectNode) TREES.readTree(Files.readString(Records.MISPA_V));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return MISPA V with the object at {@code pointer} edited, compact} */
  static String edit(String pointer, Consumer<ObjectNode> edit) {
    ObjectNode root = mispaV();
    edit.accept((ObjectNode) root.at(pointer));
    return TREES.writeValueAsString(root);
  }

  /** {@return the text of {@code file}, in UTF-8} */
  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code json} to {@code file} in UTF-8 and returns the file. */
  static Path write(Path file, String json) {
    try {
      return Files.writeString(file, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** MISPA V with Costa Rica seconding its own nomination and named {@link #FORGING_NAME}. */
  static String forgingName() {
    ObjectNode root = mispaV();
    for (JsonNode participant : root.get("participants")) {
      if (participant.get("id").asString().equals("CRI")) {
        ((ObjectNode) participant).put("name", FORGING_NAME);
      }
    }
    ObjectNode seconding = (ObjectNode) root.at("/sessions/1/items/0/acts/18");
    seconding.put("by", "CRI");
    return TREES.writeValueAsString(root);
  }

  /** MISPA V with Honduras's offer accepted by a vote with these announced counts. */
  static String announced(long votesFor, long votesAgainst, long abstentions) {
    return edit(
        HONDURAS_ACCEPTED,
        decision -> {
          decision.put("method", "vote");
          ObjectNode tally = decision.putObject("tally");
          tally.put("announcedFor", votesFor);
          tally.put("announcedAgainst", votesAgainst);
          tally.put("announcedAbstentions", abstentions);
        });
  }

  /**
   * MISPA V with {@code n} nominations of Honduras's minister for Vice Chair, by Costa Rica, and a
   * decision electing them all by acclamation, after item 2.a's acts.
   */
  static String nominations(int n) {
    ObjectNode root = mispaV();
    ArrayNode acts = (ArrayNode) root.at("/sessions/1/items/0/acts");
    ObjectNode decision = TREES.createObjectNode();
    decision.put("type", "decision").put("id", "election-of-all");
    decision.put("person", "perez-guadalupe").put("method", "acclamation");
    ArrayNode on = decision.putArray("on");
    for (int i = 0; i < n; i++) {
      acts.addObject()
          .put("type", "nomination")
          .put("id", "nomination-" + i)
          .put("by", "CRI")
          .put("nominee", "pacheco-tinoco")
          .put("office", "viceChair");
      on.add("nomination-" + i);
    }
    acts.add(decision);
    return TREES.writeValueAsString(root);
  }

  /**
   * MISPA V with a proposal by Colombia and {@code n} supports of it by Argentina, first in 2.a.
   */
  static String supports(int n) {
    ObjectNode root = mispaV();
    ArrayNode acts = (ArrayNode) root.at("/sessions/1/items/0/acts");
    ArrayNode edited = TREES.createArrayNode();
    edited.addObject().put("type", "proposal").put("id", "p").put("by", "COL").put("text", "adopt");
    for (int i = 0; i < n; i++) {
      edited.addObject().put("type", "support").put("by", "ARG").put("of", "p");
    }
    edited.addAll(acts);
    ((ObjectNode) root.at("/sessions/1/items/0")).set("acts", edited);
    return TREES.writeValueAsString(root);
  }
}
