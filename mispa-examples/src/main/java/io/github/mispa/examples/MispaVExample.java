package io.github.mispa.examples;

import io.github.mispa.procedure.MeetingRecord;

/** Builds the record of MISPA V and prints a summary of it. */
public final class MispaVExample {
  private MispaVExample() {}

  /** Prints the summary to standard output. */
  public static void main(String[] args) {
    MeetingRecord record = MispaV.record();
    System.out.println(record.meeting().name() + ": " + record.acts().size() + " acts");
  }
}
