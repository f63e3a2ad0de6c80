package io.looksql.catalog.rel;

import io.looksql.catalog.LookerTable;
import java.util.Objects;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.TableScan;

/**
 * Turns the scan of an explore table into a {@link LookerQuery} leaf that scans every column. The
 * table itself knows nothing of the planner, so the schema tree does not depend on this package.
 */
final class LookerScanRule extends RelRule<LookerRuleConfig> {
  LookerScanRule(LookerRuleConfig config) {
    super(config);
  }

  /** Returns whether the scan reads an explore table. */
  static boolean isExploreScan(TableScan scan) {
    return scan.getTable().unwrap(LookerTable.class) != null;
  }

  @Override public void onMatch(RelOptRuleCall call) {
    TableScan scan = call.rel(0);
    LookerTable table = Objects.requireNonNull(scan.getTable().unwrap(LookerTable.class));
    call.transformTo(LookerQuery.scan(scan.getCluster(), scan.getTable(), table));
  }
}
