package io.fluidedge.sim;

import io.fluidedge.optimize.Solution;
import io.fluidedge.radio.Channel;

/**
 * A policy's solution for one block, waiting to take effect.
 *
 * @param block    the block it was solved for
 * @param solution the solution
 * @param channel  the channel it was solved for (its rates hold only on that channel)
 * @param decidedS when it was decided (the block start), s
 */
record Decision(long block, Solution solution, Channel channel, double decidedS) {
}
