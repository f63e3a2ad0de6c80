package io.looksql.emulator.sample;

import io.looksql.emulator.lookml.LookmlFile;
import java.util.List;

/** The sample e-commerce LookML project (model {@code ecommerce}), read from the classpath. */
public final class SampleProject {
  /** Name of the sample project. */
  public static final String NAME = "ecommerce";

  private SampleProject() {
  }

  /** Returns the sample project's LookML files. */
  public static List<LookmlFile> files() {
    throw new UnsupportedOperationException("sample project: being written");
  }
}
