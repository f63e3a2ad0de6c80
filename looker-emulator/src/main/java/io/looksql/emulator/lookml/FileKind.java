package io.looksql.emulator.lookml;

/** What a project file is, by its name. */
enum FileKind {
  /** {@code <name>.model.lkml}: a model. */
  MODEL,
  /** {@code manifest.lkml} at the project root: constants and dependencies. */
  MANIFEST,
  /** A LookML dashboard ({@code .dashboard.lookml} or {@code .dashboard.lkml}): read, ignored. */
  DASHBOARD,
  /** Any other {@code .lkml} file: views, explores and other declarations that models include. */
  DECLARATIONS;

  /** Returns the kind of a project-relative path. */
  static FileKind of(String path) {
    String normalized = Includes.normalize(path);
    if (normalized.endsWith(".dashboard.lookml") || normalized.endsWith(".dashboard.lkml")) {
      return DASHBOARD;
    }
    if (normalized.equals("manifest.lkml")) {
      return MANIFEST;
    }
    return normalized.endsWith(".model.lkml") ? MODEL : DECLARATIONS;
  }
}
