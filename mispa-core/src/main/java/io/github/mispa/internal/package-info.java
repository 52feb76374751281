/** Implementation details shared by mispa's packages. Not part of the API. */
@NullMarked
package io.github.mispa.internal;

import org.jspecify.annotations.NullMarked;
