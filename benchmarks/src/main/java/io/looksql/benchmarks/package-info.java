/** Benchmark harnesses that report ratios against a baseline measured in the same run. */
package io.looksql.benchmarks;
