package io.looksql.emulator.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rough reader of the sample LookML that finds the fields each view declares and the field
 * references it makes, so that references can be checked before the real parser exists. It
 * relies on the sample's layout: one field per block, parameters on their own lines.
 */
final class LookmlReferences {
  private static final Pattern VIEW = Pattern.compile("(?m)^view:\\s*(\\w+)");
  private static final Pattern FIELD = Pattern.compile("(?m)^\\s*(dimension|measure|dimension_group):\\s*(\\w+)\\s*\\{");
  private static final Pattern TIMEFRAMES = Pattern.compile("timeframes:\\s*\\[([^\\]]*)]");
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([\\w.]+)}");
  private static final Pattern FILTER_KEYS = Pattern.compile("filters:\\s*\\[([^\\]]*)]");
  private static final Pattern LIST_FIELD = Pattern.compile("list_field:\\s*(\\w+)");

  /** Field names per view, dimension groups expanded into one field per timeframe. */
  final Map<String, Set<String>> fields = new LinkedHashMap<>();
  /** References per view, as {@code view.field}, with same-view references qualified. */
  final Map<String, List<String>> references = new LinkedHashMap<>();

  /** Reads one view file. */
  void addView(String content) {
    Matcher view = VIEW.matcher(content);
    if (!view.find()) {
      throw new IllegalArgumentException("no view in:\n" + content);
    }
    String name = view.group(1);
    Set<String> names = new LinkedHashSet<>();
    List<String> refs = new ArrayList<>();
    Matcher field = FIELD.matcher(content);
    List<int[]> blocks = new ArrayList<>();
    while (field.find()) {
      blocks.add(new int[] {field.start(), field.end()});
    }
    for (int i = 0; i < blocks.size(); i++) {
      int end = i + 1 < blocks.size() ? blocks.get(i + 1)[0] : content.length();
      String block = content.substring(blocks.get(i)[0], end);
      Matcher header = FIELD.matcher(block);
      header.find();
      if (header.group(1).equals("dimension_group")) {
        Matcher tf = TIMEFRAMES.matcher(block);
        tf.find();
        for (String t : tf.group(1).split(",")) {
          names.add(header.group(2) + "_" + t.trim());
        }
      } else {
        names.add(header.group(2));
      }
      Matcher filters = FILTER_KEYS.matcher(block);
      if (filters.find()) {
        for (String entry : filters.group(1).split(",\\s*(?=\\w+:)")) {
          refs.add(name + "." + entry.substring(0, entry.indexOf(':')).trim());
        }
      }
      Matcher listField = LIST_FIELD.matcher(block);
      if (listField.find()) {
        refs.add(name + "." + listField.group(1));
      }
    }
    Matcher ref = REFERENCE.matcher(content);
    while (ref.find()) {
      String r = ref.group(1);
      if (!r.equals("TABLE")) {
        refs.add(r.contains(".") ? r : name + "." + r);
      }
    }
    fields.put(name, names);
    references.put(name, refs);
  }

  /** Returns whether {@code view.field} names a declared field. */
  boolean exists(String viewDotField) {
    int dot = viewDotField.indexOf('.');
    Set<String> names = fields.get(viewDotField.substring(0, dot));
    return names != null && names.contains(viewDotField.substring(dot + 1));
  }
}
