package io.looksql.emulator.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.emulator.lookml.LookmlFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Tests that the sample project's files are all there and refer only to fields that exist. */
class SampleProjectTest {
  private static final List<String> VIEWS = List.of("buyer_sales", "distribution_centers",
      "inventory_items", "order_items", "orders", "products", "sales", "user_order_facts", "users");

  @Test void filesAreTheModelAndEveryView() {
    List<LookmlFile> files = SampleProject.files();
    assertEquals("ecommerce.model.lkml", files.get(0).path());
    assertEquals(SampleProject.NAME + ".model.lkml", files.get(0).path());
    List<String> paths = new ArrayList<>();
    for (LookmlFile f : files) {
      paths.add(f.path());
      assertFalse(f.content().isBlank(), f.path());
    }
    for (String view : VIEWS) {
      assertTrue(paths.contains("views/" + view + ".view.lkml"), view);
      LookmlFile file = files.get(paths.indexOf("views/" + view + ".view.lkml"));
      assertTrue(file.content().contains("view: " + view + " {"), view);
    }
    assertEquals(VIEWS.size() + 1, files.size());
  }

  @Test void viewReferencesNameExistingFields() {
    LookmlReferences refs = views();
    refs.references.forEach((view, list) -> {
      assertFalse(refs.fields.get(view).isEmpty(), view);
      for (String ref : list) {
        assertTrue(refs.exists(ref), view + " refers to unknown field " + ref);
      }
    });
    // Cross-view references in a view would break explores that don't join the other view.
    refs.references.forEach((view, list) -> list.forEach(r -> assertTrue(r.startsWith(view + "."), r)));
  }

  @Test void joinReferencesNameExistingFields() {
    LookmlReferences refs = views();
    String model = SampleProject.files().get(0).content();
    Matcher explore = Pattern.compile("(?m)^explore:\\s*(\\w+)\\s*\\{").matcher(model);
    List<Integer> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (explore.find()) {
      starts.add(explore.start());
      names.add(explore.group(1));
    }
    assertEquals(List.of("order_items", "orders", "users", "products", "customers", "sales"), names);
    for (int i = 0; i < starts.size(); i++) {
      String body = model.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : model.length());
      // Alias -> view: the explore itself, then its joins, each possibly renamed with from:.
      Map<String, String> aliases = new HashMap<>();
      Matcher from = Pattern.compile("(?m)^  from:\\s*(\\w+)").matcher(body);
      aliases.put(names.get(i), from.find() ? from.group(1) : names.get(i));
      Matcher join = Pattern.compile("join:\\s*(\\w+)\\s*\\{([^}]*)}").matcher(body);
      while (join.find()) {
        Matcher joinFrom = Pattern.compile("from:\\s*(\\w+)").matcher(join.group(2));
        aliases.put(join.group(1), joinFrom.find() ? joinFrom.group(1) : join.group(1));
      }
      Matcher ref = Pattern.compile("\\$\\{(\\w+)\\.(\\w+)}|-(\\w+)\\.(\\w+)").matcher(body);
      while (ref.find()) {
        String alias = ref.group(1) != null ? ref.group(1) : ref.group(3);
        String field = ref.group(1) != null ? ref.group(2) : ref.group(4);
        String view = aliases.get(alias);
        assertTrue(view != null && refs.exists(view + "." + field),
            "explore " + names.get(i) + " refers to unknown " + alias + "." + field);
      }
    }
  }

  @Test void everyViewHasAPrimaryKey() {
    for (LookmlFile f : SampleProject.files()) {
      if (f.path().startsWith("views/")) {
        // One per view declared (a refinement, view: +name, declares none).
        int views = f.content().split("(?m)^view: \\w", -1).length - 1;
        assertEquals(views, f.content().split("primary_key: yes", -1).length - 1, f.path());
      }
    }
  }

  private static LookmlReferences views() {
    LookmlReferences refs = new LookmlReferences();
    for (LookmlFile f : SampleProject.files()) {
      if (f.path().startsWith("views/")) {
        refs.addView(f.content());
      }
    }
    return refs;
  }
}
