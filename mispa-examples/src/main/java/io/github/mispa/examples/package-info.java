/** The record of MISPA V and runnable examples of mispa. Never published. */
@NullMarked
package io.github.mispa.examples;

import org.jspecify.annotations.NullMarked;
