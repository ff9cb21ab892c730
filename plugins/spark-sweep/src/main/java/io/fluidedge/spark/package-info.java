/**
 * The Spark runner of {@code fluidedge sweep}: {@link io.fluidedge.spark.SparkSweep} plans the
 * sweep on the driver, runs each (cell, seed) as a Spark task with the unchanged core
 * ({@link io.fluidedge.spark.RemoteRun}) and writes the same results.csv as the local engine.
 */
package io.fluidedge.spark;
