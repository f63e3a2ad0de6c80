package io.looksql.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Tracks the heap that survives garbage collection: after every collection it adds up what the
 * pools still hold and keeps the peak since the last {@link #settle()}. Unlike sampling used heap,
 * this ignores garbage, so it shows whether live data grows with the rows streamed.
 */
final class HeapSampler implements AutoCloseable, NotificationListener {
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private volatile long peakBytes;

  HeapSampler() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(this, null, null);
        emitters.add(emitter);
      }
    }
  }

  @Override public void handleNotification(Notification notification, Object handback) {
    if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long live = 0;
    for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
      live += usage.getUsed();
    }
    peakBytes = Math.max(peakBytes, live);
  }

  /** Collects garbage, then returns the live heap and starts a new peak from it. */
  long settle() throws InterruptedException {
    System.gc();
    Thread.sleep(200);
    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    peakBytes = live;
    return live;
  }

  /** Returns the most heap seen alive after any collection since {@link #settle()}. */
  long peakBytes() {
    return peakBytes;
  }

  @Override public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(this);
      } catch (ListenerNotFoundException e) {
        // ignore: already removed
      }
    }
  }
}
