package io.looksql.emulator;

import io.looksql.emulator.lookml.Project;
import io.looksql.emulator.query.CompiledQuery;
import io.looksql.emulator.query.QueryCompiler;
import io.looksql.emulator.query.QueryContext;
import io.looksql.emulator.query.WriteQuery;
import io.looksql.emulator.server.QueryPlanner;

/** Plans queries with a {@link QueryCompiler} over one project, as the user they run for. */
final class ProjectPlanner implements QueryPlanner {
  private final QueryCompiler compiler;
  private final Project project;

  ProjectPlanner(QueryCompiler compiler, Project project) {
    this.compiler = compiler;
    this.project = project;
  }

  @Override public CompiledQuery plan(WriteQuery query, Long limitOverride) {
    return compiler.compile(project, query, limitOverride);
  }

  @Override public CompiledQuery plan(WriteQuery query, Long limitOverride, QueryContext context) {
    return compiler.compile(project, query, limitOverride, context);
  }
}
