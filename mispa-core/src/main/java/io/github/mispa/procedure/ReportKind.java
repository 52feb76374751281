package io.github.mispa.procedure;

/** Whose report is presented. */
public enum ReportKind {
  /** The report of a working group or its chair. */
  WORKING_GROUP,
  /** The report of a committee or its chair, such as the Committee on Hemispheric Security. */
  COMMITTEE,
  /** The report of the General Secretariat or one of its secretariats. */
  SECRETARIAT,
  /** The rapporteur's report on the proceedings. */
  RAPPORTEUR,
  /** Any other report. */
  OTHER
}
