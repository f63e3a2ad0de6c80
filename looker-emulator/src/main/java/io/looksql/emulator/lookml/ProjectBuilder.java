package io.looksql.emulator.lookml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builder of a {@link Project}: parses every file, builds its views and explores, resolves each
 * model's includes and checks what the files refer to.
 */
final class ProjectBuilder {
  private static final String MODEL_SUFFIX = ".model.lkml";

  /**
   * A parsed file with the views and explores it declares.
   *
   * @param file the file
   * @param pairs its top-level pairs
   * @param views views declared in it, in order
   * @param explores explores declared in it, in order
   */
  private record Parsed(LookmlFile file, List<Node> pairs, List<Declared<View>> views,
      List<Declared<Explore>> explores) {
    /** Returns whether the file is a model, {@code <name>.model.lkml}. */
    boolean isModel() {
      return file.path().endsWith(MODEL_SUFFIX);
    }
  }

  private ProjectBuilder() {
  }

  /** Returns the project made of the files, checked; see {@link LookmlLoader#load}. */
  static Project build(String name, List<LookmlFile> files) {
    List<Parsed> parsed = new ArrayList<>();
    for (LookmlFile file : files) {
      parsed.add(parse(file));
    }
    Map<String, View> projectViews = new LinkedHashMap<>();
    for (Parsed file : parsed) {
      for (Declared<View> view : file.views()) {
        View first = projectViews.putIfAbsent(view.value().name(), view.value());
        if (first != null) {
          Params.fail(view.value().position(), "duplicate view '" + first.name()
              + "' (first declared at " + first.position() + ")");
        }
      }
    }
    for (Parsed file : parsed) {
      for (Declared<View> view : file.views()) {
        References.checkView(view, projectViews);
      }
    }
    Map<String, Model> models = new LinkedHashMap<>();
    for (Parsed file : parsed) {
      if (file.isModel()) {
        Model model = model(file, parsed);
        Model first = models.putIfAbsent(model.name(), model);
        if (first != null) {
          Params.fail(new SourcePosition(file.file().path(), 1, 1), "duplicate model '"
              + model.name() + "' (first declared in " + first.sourceFile() + ")");
        }
      }
    }
    return new Project(name, Collections.unmodifiableMap(models));
  }

  private static Parsed parse(LookmlFile file) {
    List<Node> pairs = Parser.parse(file);
    List<Declared<View>> views = new ArrayList<>();
    List<Declared<Explore>> explores = new ArrayList<>();
    for (Node pair : pairs) {
      if (pair.key().equals("view")) {
        views.add(ViewBuilder.build(pair));
      } else if (pair.key().equals("explore")) {
        explores.add(ExploreBuilder.build(pair));
      }
    }
    return new Parsed(file, pairs, views, explores);
  }

  private static Model model(Parsed modelFile, List<Parsed> all) {
    String path = modelFile.file().path();
    String slashed = Includes.normalize(path);
    String name = slashed.substring(slashed.lastIndexOf('/') + 1,
        slashed.length() - MODEL_SUFFIX.length());
    Params params = new Params(modelFile.pairs(), "model '" + name + "'");
    List<Parsed> files = new ArrayList<>(List.of(modelFile));
    files.addAll(included(params, all));
    Map<String, View> views = new LinkedHashMap<>();
    Map<String, Declared<Explore>> explores = new LinkedHashMap<>();
    for (Parsed file : files) {
      for (Declared<View> view : file.views()) {
        views.put(view.value().name(), view.value());
      }
      for (Declared<Explore> explore : file.explores()) {
        Declared<Explore> first = explores.putIfAbsent(explore.value().name(), explore);
        if (first != null) {
          Params.fail(explore.value().position(), "duplicate explore '"
              + explore.value().name() + "' in model '" + name + "' (first declared at "
              + first.value().position() + ")");
        }
      }
    }
    Map<String, AccessGrant> grants = AccessGrants.of(params, name);
    Map<String, Explore> checked = new LinkedHashMap<>();
    for (Declared<Explore> explore : explores.values()) {
      checkViews(explore.value(), views, name);
      References.checkExplore(explore, views);
      checked.put(explore.value().name(), explore.value());
    }
    AccessGrants.check(checked.values(), grants, name);
    return new Model(name, params.string("connection"), params.string("label"),
        Collections.unmodifiableMap(checked), Collections.unmodifiableMap(views), path, grants,
        ModelCalendar.of(params));
  }

  /** Returns the non-model files the includes match, in project order, each once. */
  private static List<Parsed> included(Params params, List<Parsed> all) {
    boolean[] chosen = new boolean[all.size()];
    for (Node include : params.all("include")) {
      if (!(include.value() instanceof Value.Scalar glob)
          || glob.kind() != Token.Kind.STRING) {
        return Params.fail(include.value().position(), "expected a quoted path after "
            + "'include:', found " + include.value().describe());
      }
      boolean matched = false;
      for (int i = 0; i < all.size(); i++) {
        // A model is never part of another model, so globs such as "**/*.lkml" skip models.
        if (!all.get(i).isModel() && Includes.matches(glob.text(), all.get(i).file().path())) {
          chosen[i] = true;
          matched = true;
        }
      }
      if (!matched) {
        Params.fail(glob.position(), "include \"" + glob.text() + "\" matches no file");
      }
    }
    List<Parsed> included = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (chosen[i]) {
        included.add(all.get(i));
      }
    }
    return included;
  }

  /** Checks that an explore's views are in the model and its join aliases are distinct. */
  private static void checkViews(Explore explore, Map<String, View> views, String model) {
    if (!views.containsKey(explore.viewName())) {
      Params.fail(explore.position(), "explore '" + explore.name() + "' uses view '"
          + explore.viewName() + "', which model '" + model + "' does not include");
    }
    Set<String> aliases = new LinkedHashSet<>(List.of(explore.alias()));
    for (Join join : explore.joins()) {
      if (!aliases.add(join.name())) {
        Params.fail(join.position(), "duplicate join '" + join.name() + "' in explore '"
            + explore.name() + "'");
      }
      if (!views.containsKey(join.viewName())) {
        Params.fail(join.position(), "join '" + join.name() + "' of explore '"
            + explore.name() + "' uses view '" + join.viewName() + "', which model '" + model
            + "' does not include");
      }
    }
  }
}
