package io.fluidedge.fl;

import io.fluidedge.fl.OtaDesign.Transmit;

/**
 * The federated fine-tuning workload's settings (the scenario's {@code plugins: {fl: ...}}
 * section, checked by {@link FederatedFineTuneProvider}).
 *
 * @param concurrency        K, clients transmitting together per round
 * @param rounds             R, the round budget
 * @param roundsAuto         whether R was chosen by {@link RoundCount#best} (rounds then held
 *                           its upper limit)
 * @param selection          the selection rule
 * @param fairnessBeta       β of fair-exhaustive
 * @param layout             how the base station's antennas are placed
 * @param transmit           zero forcing or truncated power control
 * @param gridM              δ of the position search, m
 * @param positionPasses     most passes of the position search per round
 * @param localSteps         τ, local steps per round
 * @param cyclesPerSample    c, CPU cycles per sample and step
 * @param kappa              κ, effective switched capacitance
 * @param cpuMinHz           f_min
 * @param cpuMaxHz           f_max
 * @param batchMin           B_min
 * @param batchMax           B_max
 * @param latencyBudgetS     T_max, s
 * @param energyBudgetJ      E_max, J (all clients)
 * @param entries            q, real entries of the LoRA update
 * @param symbolsPerEntry    complex symbols per real entry (0.5: two entries per symbol)
 * @param otaBandwidthHz     symbol rate of the OTA slot, Hz
 * @param txPowerW           the transmit power limit P_k in watts (for energies)
 * @param broadcastRateBps   downlink rate of the adapter broadcast, bit/s
 * @param broadcastBits      bits per entry of the broadcast adapter
 * @param perBlockUpload     an upload spanning blocks is redesigned at every block and its MSE
 *                           and energy time-averaged (false: the first block's channel is held)
 * @param learning           the convergence-bound model
 */
record FlSettings(int concurrency, int rounds, boolean roundsAuto, Selection selection, double fairnessBeta,
    Layout layout, Transmit transmit, double gridM, int positionPasses, int localSteps,
    double cyclesPerSample, double kappa, double cpuMinHz, double cpuMaxHz, int batchMin,
    int batchMax, double latencyBudgetS, double energyBudgetJ, double entries,
    double symbolsPerEntry, double otaBandwidthHz, double txPowerW, double broadcastRateBps,
    double broadcastBits, boolean perBlockUpload, LearningModel learning) {

  /** How the base station's antennas are placed for the workload. */
  enum Layout {
    /** Moved every round by {@link OtaPositions}, warm-started from the previous layout. */
    OPTIMIZED,
    /** A fixed uniform planar array at D_min spacing in the panel's centre. */
    FIXED,
    /** Random feasible positions drawn once from the run's positions stream, never moved. */
    RANDOM
  }

  /** A copy with R = {@code r} chosen by the bound. */
  FlSettings withChosenRounds(int r) {
    return new FlSettings(concurrency, r, true, selection, fairnessBeta, layout, transmit, gridM,
        positionPasses, localSteps, cyclesPerSample, kappa, cpuMinHz, cpuMaxHz, batchMin,
        batchMax, latencyBudgetS, energyBudgetJ, entries, symbolsPerEntry, otaBandwidthHz,
        txPowerW, broadcastRateBps, broadcastBits, perBlockUpload, learning);
  }

  /** E16: the OTA upload, ⌈q·symbols per entry⌉ / W, s. */
  double uploadS() {
    return Math.ceil(entries * symbolsPerEntry) / otaBandwidthHz;
  }

  /** E18: the adapter broadcast, q·b_dl / R_dl, s. */
  double broadcastS() {
    return entries * broadcastBits / broadcastRateBps;
  }
}
