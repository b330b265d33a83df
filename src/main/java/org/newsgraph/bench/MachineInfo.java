package org.newsgraph.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The machine and JVM a benchmark ran on, for the report.
 *
 * @param processors processors available to the JVM
 * @param memoryBytes the machine's physical memory
 * @param maxHeapBytes the JVM's maximum heap (-Xmx)
 * @param java the Java runtime: vendor VM name and version
 * @param os operating system name, version and architecture
 * @param garbageCollectors the JVM's garbage collectors
 * @param loadAverage the one-minute load average when the benchmark started (other processes
 *     included; above {@code processors}, the machine is busy with other work)
 * @param started when the benchmark started
 */
record MachineInfo(
    int processors,
    long memoryBytes,
    long maxHeapBytes,
    String java,
    String os,
    List<String> garbageCollectors,
    double loadAverage,
    Instant started) {

  /** Copies the list. */
  MachineInfo {
    garbageCollectors = List.copyOf(garbageCollectors);
  }

  /** This machine and JVM, now. */
  static MachineInfo current() {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return new MachineInfo(
        Runtime.getRuntime().availableProcessors(),
        os.getTotalMemorySize(),
        Runtime.getRuntime().maxMemory(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"),
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .toList(),
        os.getSystemLoadAverage(),
        Instant.now());
  }

  /** One line for reports: processors, memory, heap, Java, system and load at the start. */
  String summary() {
    double gib = 1024.0 * 1024 * 1024;
    return String.format(
        Locale.ROOT,
        "machine: %d processors, %.1f GiB memory, max heap %.1f GiB, %s, %s; load average %.2f at"
            + " the start",
        processors,
        memoryBytes / gib,
        maxHeapBytes / gib,
        java,
        os,
        loadAverage);
  }
}
