package io.github.mispa.rules.catalogue;

import io.github.mispa.model.ParticipantKind;
import io.github.mispa.model.Person;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.MotionState;
import java.util.Locale;

/** Words for findings' messages: who, what, where. */
final class Describe {
  private Describe() {}

  static String person(MeetingRecord record, String id) {
    return record.person(id).map(Person::displayName).orElse(id);
  }

  static String participant(MeetingRecord record, String id) {
    return record.participant(id).map(p -> p.name()).orElse(id);
  }

  static String actor(MeetingRecord record, RecordedAct act) {
    return record.actorOf(act.act()).map(p -> p.name()).orElse("the meeting");
  }

  static String motion(MotionState motion) {
    return "the " + words(motion.act().kind().logicalName()) + " at " + motion.location();
  }

  static String kind(ParticipantKind kind) {
    String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return (words.startsWith("oas") ? "an " : "a ") + words.replace("oas", "OAS");
  }

  /** "hostingOffer" as "hosting offer". A loop, not a regular expression: it runs per finding. */
  static String words(String logicalName) {
    StringBuilder out = new StringBuilder(logicalName.length() + 4);
    for (int i = 0; i < logicalName.length(); i++) {
      char c = logicalName.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append(' ').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String status(MotionState motion) {
    return switch (motion.status()) {
      case PENDING -> "pending";
      case APPROVED -> "already approved";
      case REJECTED -> "already rejected";
      case WITHDRAWN -> "withdrawn";
      case NOTED -> "noted";
    };
  }
}
