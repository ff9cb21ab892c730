package io.fluidedge.plugin;

import io.fluidedge.inference.AccuracyModel;

/** Service interface for accuracy models ({@code model.accuracy}). */
public interface AccuracyModelProvider extends Provider<AccuracyModel> {
}
