/**
 * JMH benchmarks of mispa: check scaling, reading and writing against plain Jackson, and retained
 * heap. Not published; see {@code BENCHMARKS.md}.
 */
package io.github.mispa.benchmarks;
