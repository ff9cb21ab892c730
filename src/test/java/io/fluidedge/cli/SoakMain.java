package io.fluidedge.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * {@link Main} followed by the JVM's peak heap: the sum over heap memory pools of their peak
 * usage (an upper bound on the peak of the total), printed as {@code peak_heap_bytes=N} after the
 * command's own output, then {@code exit=CODE}. For soak tests that run it in a child JVM.
 */
public final class SoakMain {

  private SoakMain() {
  }

  /** Runs the command line, prints the peak heap and exits with the command's code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    int code = Main.execute(out, new PrintWriter(System.err, true), args);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    out.println("peak_heap_bytes=" + peak);
    out.println("exit=" + code);
    System.exit(code);
  }
}
