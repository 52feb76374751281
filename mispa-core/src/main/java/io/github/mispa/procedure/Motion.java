package io.github.mispa.procedure;

import java.util.Optional;

/**
 * An act that puts something before the meeting for it to decide or act on: a nomination, a
 * proposal, an amendment, a hosting offer, a request, a motion to reconsider, an appeal. Motions
 * can be seconded, supported, objected to, withdrawn and decided.
 */
public interface Motion {
  /** {@return the motion's id; other acts refer to it by this} */
  Optional<String> id();

  /** {@return the participant that moved it, if named} */
  Optional<String> by();

  /** {@return the person who moved it, if named} */
  Optional<String> person();

  /** {@return the kind of act} */
  ActKind kind();
}
