package io.looksql.emulator.lookml;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The multi-file test project under {@code src/test/resources/lookml/shop}, loaded once. */
final class ShopFixture {
  /** Returns the project's directory on the test classpath. */
  static Path directory() {
    try {
      return Path.of(ShopFixture.class.getResource("/lookml/shop").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The project's files as {@link LookmlLoader#readDirectory} reads them. */
  static final List<LookmlFile> FILES = LookmlLoader.readDirectory(directory());

  /** The project loaded. */
  static final Project PROJECT = LookmlLoader.load("shop", FILES);

  private ShopFixture() {
  }

  /** Returns a view of the ecommerce model. */
  static View view(String name) {
    return PROJECT.models().get("ecommerce").views().get(name);
  }

  /** Returns a field of a view of the ecommerce model. */
  static Field field(String view, String name) {
    return view(view).fields().get(name);
  }
}
