package io.github.mispa.rules.catalogue;

import io.github.mispa.model.MemberState;
import io.github.mispa.model.Participant;
import io.github.mispa.model.ParticipantKind;
import io.github.mispa.model.Person;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.MotionState;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Words for findings' messages: who, what, where; and the same as the arguments of their structured
 * {@link Message}, under the names the bundles of mispa-report expect.
 */
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

  /**
   * The id of the participant {@link #actor} names. Every act that a rule names the actor of
   * (amendments, points of order, withdrawals) names a participant or a person of one, and the
   * record checks both references, so the empty id, which {@link #actor} writes "the meeting", is
   * never given.
   */
  static String actorId(MeetingRecord record, RecordedAct act) {
    return record.actorOf(act.act()).map(Participant::id).orElse("");
  }

  /** {@link #motion} as arguments: {@code motion}, the kind of act, and {@code at}, where. */
  static Message motion(Message message, MotionState motion) {
    return message
        .withActKind("motion", motion.act().kind().logicalName())
        .withLocation("at", motion.location());
  }

  /**
   * {@link #motion} and {@link #status} as arguments: {@code motion}, {@code at} and {@code
   * status}, the status's constant in lower case ({@code approved}), which the bundles' {@code
   * motionStatus} part puts in words agreeing with the motion.
   */
  static Message motionAndStatus(Message message, MotionState motion) {
    return motion(message, motion)
        .withText("status", motion.status().name().toLowerCase(Locale.ROOT));
  }

  /**
   * What {@link io.github.mispa.rules.Eligibility#explain} says, as the arguments of the bundles'
   * {@code ineligible} part: {@code reason} (none, not_a_delegation, not_accredited or
   * not_in_good_standing), {@code participant}, {@code participantKind}, {@code state} (the state's
   * English name, which the English names it by), {@code standing} and {@code date}. Each is given
   * whatever the reason, as the patterns need every argument they name; those the reason does not
   * use are empty or "none".
   */
  static Message ineligible(Message message, Optional<Participant> participant, LocalDate date) {
    Message with = message.withText("date", date.toString());
    if (participant.isEmpty()) {
      return with.withText("reason", "none")
          .withParticipant("participant", "")
          .withText("participantKind", "none")
          .withText("state", "")
          .withText("standing", "none");
    }
    Participant p = participant.get();
    with =
        with.withParticipant("participant", p.id())
            .withText("participantKind", p.kind().name().toLowerCase(Locale.ROOT));
    if (!p.isDelegation()) {
      return with.withText("reason", "not_a_delegation")
          .withText("state", "")
          .withText("standing", "none");
    }
    if (!p.accredited()) {
      return with.withText("reason", "not_accredited")
          .withText("state", "")
          .withText("standing", "none");
    }
    MemberState state = p.state().orElseThrow();
    return with.withText("reason", "not_in_good_standing")
        .withText("state", state.englishName())
        .withText("standing", state.standingOn(date).name().toLowerCase(Locale.ROOT));
  }
}
