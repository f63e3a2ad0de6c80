package io.looksql.emulator.sample;

import io.looksql.emulator.lookml.LookmlFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sample e-commerce LookML project (model {@code ecommerce}), read from the classpath. */
public final class SampleProject {
  /** Name of the sample project. */
  public static final String NAME = "ecommerce";

  /** Classpath folder that holds the project; file paths below are relative to it. */
  private static final String ROOT = "/io/looksql/emulator/sample/";

  /**
   * The project's files. Listed here rather than discovered because a jar on the classpath
   * can't be listed portably.
   */
  private static final List<String> PATHS = List.of(
      "ecommerce.model.lkml",
      "views/buyer_sales.view.lkml",
      "views/distribution_centers.view.lkml",
      "views/inventory_items.view.lkml",
      "views/order_items.view.lkml",
      "views/orders.view.lkml",
      "views/products.view.lkml",
      "views/sales.view.lkml",
      "views/user_order_facts.view.lkml",
      "views/users.view.lkml");

  private SampleProject() {
  }

  /** Returns the sample project's LookML files, the model file first. */
  public static List<LookmlFile> files() {
    List<LookmlFile> files = new ArrayList<>(PATHS.size());
    for (String path : PATHS) {
      files.add(new LookmlFile(path, read(path)));
    }
    return List.copyOf(files);
  }

  private static String read(String path) {
    try (InputStream in = SampleProject.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw new IllegalStateException("Sample LookML file missing from the classpath: " + ROOT + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read sample LookML file " + ROOT + path, e);
    }
  }
}
