package io.fluidedge.plugin;

/** The built-in {@code psnr} accuracy model against the accuracy-model contract. */
class BuiltinAccuracyModelTest extends AccuracyModelContract {

  @Override
  protected AccuracyModelProvider provider() {
    return new BuiltinProviders.Psnr();
  }
}
