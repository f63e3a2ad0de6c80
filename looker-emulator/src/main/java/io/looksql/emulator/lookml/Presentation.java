package io.looksql.emulator.lookml;

import java.util.List;

/**
 * The parameters of a field that change how it is shown, not what a query returns; explore
 * metadata serves them where the API has a place for them.
 *
 * @param viewLabel {@code view_label}, or null
 * @param groupLabel {@code group_label}, or null
 * @param groupItemLabel {@code group_item_label}, or null
 * @param valueFormat {@code value_format} (an Excel-style format), or null
 * @param drillFields {@code drill_fields} as written
 * @param links {@code link}s in order
 * @param allowedValues a parameter's {@code allowed_value}s in order
 * @param defaultValue a parameter's or filter's {@code default_value}, or null
 * @param suggestions {@code suggestions}
 * @param suggestable {@code suggestable} (default yes)
 */
public record Presentation(
    String viewLabel,
    String groupLabel,
    String groupItemLabel,
    String valueFormat,
    List<String> drillFields,
    List<Link> links,
    List<AllowedValue> allowedValues,
    String defaultValue,
    List<String> suggestions,
    boolean suggestable) {

  /** What a field has when none of these parameters is written. */
  public static final Presentation NONE =
      new Presentation(null, null, null, null, List.of(), List.of(), List.of(), null, List.of(), true);

  /**
   * A {@code link: { label: url: icon_url: }} of a field.
   *
   * @param label label
   * @param url URL (may hold Liquid)
   * @param iconUrl icon URL, or null
   */
  public record Link(String label, String url, String iconUrl) {
  }

  /**
   * An {@code allowed_value: { label: value: }} of a parameter.
   *
   * @param label label (the value when none is written)
   * @param value value
   */
  public record AllowedValue(String label, String value) {
  }

  /** Returns the presentation parameters of a field's block. */
  static Presentation of(Params params) {
    List<Link> links = params.all("link").stream().map(node -> {
      Params link = blockParams(node, "link");
      return new Link(link.string("label"), link.string("url"), link.string("icon_url"));
    }).toList();
    List<AllowedValue> allowed = params.all("allowed_value").stream().map(node -> {
      Params value = blockParams(node, "allowed_value");
      String v = value.string("value");
      return new AllowedValue(value.string("label") != null ? value.string("label") : v, v);
    }).toList();
    return new Presentation(params.string("view_label"), params.string("group_label"),
        params.string("group_item_label"), params.string("value_format"),
        params.strings("drill_fields"), links, allowed, params.string("default_value"),
        params.strings("suggestions"), params.bool("suggestable", true));
  }

  private static Params blockParams(Node node, String key) {
    if (node.value() instanceof Value.Block block && block.name() == null) {
      return new Params(block.body(), key);
    }
    return Params.fail(node.value().position(),
        "expected '{' after '" + key + ":', found " + node.value().describe());
  }
}
