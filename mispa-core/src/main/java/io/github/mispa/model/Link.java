package io.github.mispa.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a document can be read: an absolute {@code http} or {@code https} address, and the official
 * language of the text there where it is one of them. Reports give a document a link per language
 * ("Link to text of speech: English, French, Portuguese").
 *
 * <pre>{@code
 * Link.of(OfficialLanguage.FRENCH, "https://www.oas.org/.../INF10-15-fr.pdf");
 * }</pre>
 */
@Value.Immutable
public abstract class Link {
  Link() {}

  /** {@return the official language of the text linked to, where it is one} */
  @Value.Parameter
  public abstract Optional<OfficialLanguage> language();

  /** {@return the address: an absolute http or https URI} */
  @Value.Parameter
  public abstract String url();

  /** {@return a link to the text in {@code language}} */
  public static Link of(OfficialLanguage language, String url) {
    return ImmutableLink.of(Optional.of(language), url);
  }

  /** {@return a link to a text in no particular official language} */
  public static Link of(String url) {
    return ImmutableLink.of(Optional.empty(), url);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    URI uri;
    try {
      uri = new URI(url());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "a link must be an absolute http or https address, but \"" + url() + "\" is not a URI",
          e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    checkArgument(
        (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null,
        "a link must be an absolute http or https address, but was \"%s\"",
        url());
  }

  /** Builds a {@link Link}. Requires {@code url}. */
  public static final class Builder extends ImmutableLink.Builder {
    Builder() {}
  }
}
