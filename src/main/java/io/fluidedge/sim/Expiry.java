package io.fluidedge.sim;

import umontreal.ssj.simevents.Simulator;

/**
 * A request's deadline passes while it is still in the network (slo.drop-expired): it is
 * removed from the device or the server that holds it. Cancelled when the request completes.
 */
final class Expiry extends SimEvent {

  private final Job job;
  private final UserDevice device;
  private final EdgeServer server;

  Expiry(Simulator sim, Job job, UserDevice device, EdgeServer server) {
    super(sim, DEADLINE);
    this.job = job;
    this.device = device;
    this.server = server;
  }

  @Override
  public void actions() {
    if (job.stage <= Job.SENDING) {
      device.expire(job);
    } else {
      server.expire(job);
    }
  }
}
