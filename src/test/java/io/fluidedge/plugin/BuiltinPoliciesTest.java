package io.fluidedge.plugin;

import org.junit.jupiter.api.Nested;

/** Every built-in policy against the policy contract, each selected by its name. */
class BuiltinPoliciesTest {

  /** A built-in policy selected in the contract scenario. */
  abstract static class Builtin extends PolicyContract {
    @Override
    protected String scenarioYaml() {
      return SMALL_SCENARIO.replace("optimizer: {max-iterations: 5}",
          "optimizer: {max-iterations: 5, policy: " + provider().name() + "}");
    }
  }

  @Nested
  class Joint extends Builtin {
    @Override
    protected PolicyProvider provider() {
      return new BuiltinProviders.Joint();
    }
  }

  @Nested
  class Fpa extends Builtin {
    @Override
    protected PolicyProvider provider() {
      return new BuiltinProviders.Fpa();
    }
  }

  @Nested
  class RandomFa extends Builtin {
    @Override
    protected PolicyProvider provider() {
      return new BuiltinProviders.RandomFa();
    }
  }

  @Nested
  class FixedBits extends Builtin {
    @Override
    protected PolicyProvider provider() {
      return new BuiltinProviders.FixedBits();
    }
  }

  @Nested
  class EqualCpu extends Builtin {
    @Override
    protected PolicyProvider provider() {
      return new BuiltinProviders.EqualCpu();
    }
  }
}
