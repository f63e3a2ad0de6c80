package io.looksql.emulator.lookml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builder of a {@link Project}: parses every file (checking each parameter against
 * {@link ParameterTable}), substitutes the manifest's constants, and builds each model from the
 * files it includes: views and explores composed ({@link Composition}), then checked.
 */
final class ProjectBuilder {
  private static final String MODEL_SUFFIX = ".model.lkml";

  private ProjectBuilder() {
  }

  /** Returns the project made of the files, checked; see {@link LookmlLoader#load}. */
  static Project build(String name, List<LookmlFile> files) {
    List<ParsedFile> parsed = new ArrayList<>();
    List<Node> manifest = null;
    for (LookmlFile file : files) {
      FileKind kind = FileKind.of(file.path());
      if (kind == FileKind.DASHBOARD) {
        parsed.add(new ParsedFile(file, kind, List.of()));
        continue;
      }
      List<Node> pairs = Parser.parse(file);
      ParameterTable.check(pairs, kind == FileKind.MANIFEST ? "manifest" : "file");
      if (kind == FileKind.MANIFEST) {
        manifest = pairs;
      }
      parsed.add(new ParsedFile(file, kind, pairs));
    }
    Constants constants = Constants.of(manifest);
    List<ParsedFile> substituted = new ArrayList<>(parsed.size());
    for (ParsedFile file : parsed) {
      substituted.add(file.kind() == FileKind.DECLARATIONS || file.kind() == FileKind.MODEL
          ? new ParsedFile(file.file(), file.kind(), constants.substitute(file.pairs())) : file);
    }
    Map<String, Model> models = new LinkedHashMap<>();
    Map<Node, Declared<View>> built = new IdentityHashMap<>();
    for (ParsedFile file : substituted) {
      if (file.kind() == FileKind.MODEL) {
        Model model = model(file, substituted, built);
        Model first = models.putIfAbsent(model.name(), model);
        if (first != null) {
          Params.fail(new SourcePosition(file.file().path(), 1, 1), "duplicate model '"
              + model.name() + "' (first declared in " + first.sourceFile() + ")");
        }
      }
    }
    return new Project(name, Collections.unmodifiableMap(models));
  }

  /**
   * Returns a model.
   *
   * @param built the views built so far, by the node they were built from: a view neither
   *     refined nor extended is built once and shared by the models that include it
   */
  private static Model model(ParsedFile modelFile, List<ParsedFile> all,
      Map<Node, Declared<View>> built) {
    String path = modelFile.file().path();
    String slashed = Includes.normalize(path);
    String name = slashed.substring(slashed.lastIndexOf('/') + 1,
        slashed.length() - MODEL_SUFFIX.length());
    Params params = new Params(modelFile.pairs(), "model '" + name + "'");
    List<ParsedFile> included = IncludeOrder.of(modelFile, all);
    // Declarations are listed in project order (the model's first), refinements apply in
    // include order.
    Set<ParsedFile> includedSet = Collections.newSetFromMap(new IdentityHashMap<>());
    includedSet.addAll(included);
    List<ParsedFile> declarationOrder = new ArrayList<>(List.of(modelFile));
    all.stream().filter(includedSet::contains).forEach(declarationOrder::add);
    // The model's own refinements come last, so they apply after the included ones.
    List<ParsedFile> refinementOrder = new ArrayList<>(included);
    refinementOrder.add(modelFile);
    Composition viewNodes = new Composition("view", name);
    Composition exploreNodes = new Composition("explore", name);
    addAll(declarationOrder, false, viewNodes, exploreNodes);
    addAll(refinementOrder, true, viewNodes, exploreNodes);
    List<Declared<View>> declaredViews = new ArrayList<>();
    Map<String, View> views = new LinkedHashMap<>();
    for (Node node : viewNodes.concrete()) {
      Declared<View> view = built.computeIfAbsent(node, ViewBuilder::build);
      declaredViews.add(view);
      views.put(view.value().name(), view.value());
    }
    Set<String> abstractViews = viewNodes.abstractNames();
    List<Declared<Explore>> declaredExplores = new ArrayList<>();
    for (Node node : exploreNodes.concrete()) {
      Declared<Explore> explore = ExploreBuilder.build(node);
      checkViews(explore.value(), views, abstractViews, name);
      declaredExplores.add(explore);
    }
    Map<String, View> aliases = aliases(declaredExplores, views);
    for (Declared<View> view : declaredViews) {
      References.checkView(view, aliases);
    }
    Map<String, AccessGrant> grants = AccessGrants.of(params, name);
    Map<String, Explore> checked = new LinkedHashMap<>();
    for (Declared<Explore> explore : declaredExplores) {
      References.checkExplore(explore, views);
      checked.put(explore.value().name(), FieldSets.expand(explore.value(), views));
    }
    AccessGrants.check(checked.values(), grants, name);
    return new Model(name, params.string("connection"), params.string("label"),
        Collections.unmodifiableMap(checked), Collections.unmodifiableMap(views), path, grants,
        ModelCalendar.of(params));
  }

  /** Adds the files' views and explores: the declarations, or else the refinements. */
  private static void addAll(List<ParsedFile> files, boolean refinements,
      Composition viewNodes, Composition exploreNodes) {
    for (ParsedFile file : files) {
      for (Node pair : file.pairs()) {
        boolean isView = pair.key().equals("view");
        if (!isView && !pair.key().equals("explore")) {
          continue;
        }
        Value.Block block = Params.named(pair);
        if (block.name().startsWith("+") == refinements) {
          (isView ? viewNodes : exploreNodes).add(pair);
        }
      }
    }
  }

  /**
   * Returns the views by name and by every alias the explores give them; a view's own name wins
   * over an alias, and the first explore's alias over later ones.
   */
  private static Map<String, View> aliases(List<Declared<Explore>> explores,
      Map<String, View> views) {
    Map<String, View> aliases = new LinkedHashMap<>(views);
    for (Declared<Explore> declared : explores) {
      Explore explore = declared.value();
      aliases.putIfAbsent(explore.alias(), views.get(explore.viewName()));
      for (Join join : explore.joins()) {
        aliases.putIfAbsent(join.name(), views.get(join.viewName()));
      }
    }
    return aliases;
  }

  /** Checks that an explore's views are in the model and its join aliases are distinct. */
  private static void checkViews(Explore explore, Map<String, View> views,
      Set<String> abstractViews, String model) {
    requireView(explore.viewName(), explore.position(), "explore '" + explore.name() + "'",
        views, abstractViews, model);
    Set<String> aliases = new LinkedHashSet<>(List.of(explore.alias()));
    for (Join join : explore.joins()) {
      if (!aliases.add(join.name())) {
        Params.fail(join.position(), "duplicate join '" + join.name() + "' in explore '"
            + explore.name() + "'");
      }
      requireView(join.viewName(), join.position(), "join '" + join.name() + "' of explore '"
          + explore.name() + "'", views, abstractViews, model);
    }
  }

  private static void requireView(String view, SourcePosition at, String user,
      Map<String, View> views, Set<String> abstractViews, String model) {
    if (abstractViews.contains(view)) {
      Params.fail(at, user + " uses view '" + view + "', which has 'extension: required' and "
          + "can only be extended");
    }
    if (!views.containsKey(view)) {
      Params.fail(at, user + " uses view '" + view + "', which model '" + model
          + "' does not include");
    }
  }
}
