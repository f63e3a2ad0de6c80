package io.looksql.catalog.rel;

import java.util.function.Function;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.tools.RelBuilderFactory;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Hand-written {@link RelRule.Config} for the Looker rules, so that the build needs no Immutables
 * annotation processing.
 */
final class LookerRuleConfig implements RelRule.Config {
  private final Function<LookerRuleConfig, RelOptRule> factory;
  private final RelBuilderFactory relBuilderFactory;
  private final @Nullable String description;
  private final RelRule.OperandTransform operandSupplier;

  private LookerRuleConfig(Function<LookerRuleConfig, RelOptRule> factory,
      RelBuilderFactory relBuilderFactory, @Nullable String description,
      RelRule.OperandTransform operandSupplier) {
    this.factory = factory;
    this.relBuilderFactory = relBuilderFactory;
    this.description = description;
    this.operandSupplier = operandSupplier;
  }

  /** Returns a config whose rule is made by {@code factory}. */
  static LookerRuleConfig of(String description, RelRule.OperandTransform operands,
      Function<LookerRuleConfig, RelOptRule> factory) {
    return new LookerRuleConfig(factory, RelFactories.LOGICAL_BUILDER, description, operands);
  }

  @Override public RelOptRule toRule() {
    return factory.apply(this);
  }

  @Override public RelBuilderFactory relBuilderFactory() {
    return relBuilderFactory;
  }

  @Override public RelRule.Config withRelBuilderFactory(RelBuilderFactory f) {
    return new LookerRuleConfig(factory, f, description, operandSupplier);
  }

  @Override public @Nullable String description() {
    return description;
  }

  @Override public RelRule.Config withDescription(@Nullable String d) {
    return new LookerRuleConfig(factory, relBuilderFactory, d, operandSupplier);
  }

  @Override public RelRule.OperandTransform operandSupplier() {
    return operandSupplier;
  }

  @Override public RelRule.Config withOperandSupplier(RelRule.OperandTransform transform) {
    return new LookerRuleConfig(factory, relBuilderFactory, description, transform);
  }
}
