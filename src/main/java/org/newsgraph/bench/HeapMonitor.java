package org.newsgraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * Watches the JVM's garbage collections to find the peak heap of a measured configuration: the heap
 * in use just before each collection (its high-water mark) and just after (what was still alive).
 * {@link #reset()} collects garbage and starts a new measurement.
 */
final class HeapMonitor implements AutoCloseable {

  private final Set<String> heapPools;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onNotification;
  private long ignoreGcsStartedBeforeMillis;
  private long peakUsed;
  private long peakAfterGc;

  /** Starts listening to every garbage collector of the JVM. */
  HeapMonitor() {
    heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
  }

  /** Collects garbage, then starts a new measurement from the heap in use now. */
  void reset() {
    collectGarbage();
    long used = currentUsed();
    synchronized (this) {
      ignoreGcsStartedBeforeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
      peakUsed = used;
      peakAfterGc = used;
    }
  }

  /** The peaks since the last {@link #reset()}, the heap in use now included. */
  synchronized HeapPeak peak() {
    return new HeapPeak(Math.max(peakUsed, currentUsed()), peakAfterGc);
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // already gone: nothing to undo
      }
    }
  }

  private synchronized void onNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    if (info.getGcInfo().getStartTime() < ignoreGcsStartedBeforeMillis) {
      return;
    }
    peakUsed = Math.max(peakUsed, heapTotal(info.getGcInfo().getMemoryUsageBeforeGc()));
    peakAfterGc = Math.max(peakAfterGc, heapTotal(info.getGcInfo().getMemoryUsageAfterGc()));
  }

  private long heapTotal(Map<String, MemoryUsage> usageByPool) {
    long total = 0;
    for (Map.Entry<String, MemoryUsage> pool : usageByPool.entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        total += pool.getValue().getUsed();
      }
    }
    return total;
  }

  /**
   * A full collection, also when the launcher's {@code -XX:+DisableExplicitGC} turns {@code
   * System.gc()} off: the JVM's diagnostic command {@code GC.run} (what {@code jcmd PID GC.run}
   * does) is not an explicit collection in that sense.
   */
  private static void collectGarbage() {
    try {
      ManagementFactory.getPlatformMBeanServer()
          .invoke(
              new ObjectName("com.sun.management:type=DiagnosticCommand"),
              "gcRun",
              new Object[] {null},
              new String[] {String[].class.getName()});
    } catch (JMException | RuntimeException e) {
      System.gc();
    }
  }

  private static long currentUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
