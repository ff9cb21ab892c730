package io.fluidedge.plugin;

import io.fluidedge.inference.AccuracyModel;

/**
 * Service interface for accuracy models ({@code model.accuracy}). The model names what its
 * numbers measure through {@link AccuracyModel#metric()} (e.g. PSNR in dB, top-1 accuracy in
 * %), which the outputs print and record as {@code accuracy_metric} and {@code accuracy_unit}.
 */
public interface AccuracyModelProvider extends Provider<AccuracyModel> {
}
