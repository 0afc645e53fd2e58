/**
 * JMH benchmarks of Warmline's pure domain code (no I/O, no container): {@link
 * org.warmline.benchmarks.DialogTurnBenchmark} measures one dialog turn; {@link
 * org.warmline.benchmarks.RunBenchmarks} runs it and prints {@code dialog: turns_per_second=N}.
 */
package org.warmline.benchmarks;
