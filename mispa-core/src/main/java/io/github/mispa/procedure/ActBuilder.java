package io.github.mispa.procedure;

import io.github.mispa.model.OfficialLanguage;
import java.util.Map;

/**
 * What the builder of every kind of act can set: the fields of {@link Act}. So that the one
 * description of the wire format ({@link ActKind#shape()}) states them once for every kind.
 */
interface ActBuilder {
  Object id(String id);

  Object by(String by);

  Object person(String person);

  Object summary(String summary);

  Object summaryTranslations(Map<OfficialLanguage, ? extends String> translations);

  /** Builds the act. */
  Object build();
}
