package io.looksql.catalog.rel;

import org.apache.calcite.plan.hep.HepMatchOrder;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.tools.Program;
import org.apache.calcite.tools.Programs;

/**
 * Programs a Calcite preparing statement runs for LookSQL: the Looker pre-pass and guard, before
 * Calcite's standard program.
 */
public final class LookerPrograms {
  private LookerPrograms() {
  }

  /**
   * Returns the pre-pass: the Looker rules as one rule collection, bottom-up to a fixpoint (run
   * one rule at a time, a Filter above an Aggregate would never be pushed), then the guard.
   */
  public static Program prePass() {
    HepProgram hep = HepProgram.builder()
        .addMatchOrder(HepMatchOrder.BOTTOM_UP)
        .addRuleCollection(LookerRules.RULES)
        .build();
    Program guard = (planner, rel, traits, materializations, lattices) -> MeasureGuard.check(rel);
    return Programs.sequence(Programs.of(hep, true, DefaultRelMetadataProvider.INSTANCE), guard);
  }

  /** Returns the pre-pass followed by Calcite's standard program. */
  public static Program standard() {
    return Programs.sequence(prePass(), Programs.standard());
  }
}
