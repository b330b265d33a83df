package org.newsgraph.spark;

import java.util.List;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.CollectionAccumulator;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Per-document progress of the annotation job on the driver. Each task adds the id of every
 * document it finishes to one collection accumulator; an executor's heartbeat carries the value of
 * every running task's accumulators ({@code spark.executor.heartbeatInterval}, which the engine
 * sets to 2 s unless configured), and the end of a task carries its final value. This listener
 * reads the accumulator's updates out of both events and tells {@link FinishedDocuments}, which
 * prints each document once.
 */
final class DocumentProgressListener extends SparkListener {

  private final long accumulatorId;
  private final FinishedDocuments finished;

  /**
   * @param accumulator the accumulator the tasks add finished document ids to
   * @param finished told of the ids
   */
  DocumentProgressListener(CollectionAccumulator<String> accumulator, FinishedDocuments finished) {
    this.accumulatorId = accumulator.id();
    this.finished = finished;
  }

  @Override
  public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
    CollectionConverters.asJava(update.accumUpdates())
        .forEach(task -> report(CollectionConverters.asJava(task._4())));
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    if (taskEnd.taskInfo() != null) {
      report(CollectionConverters.asJava(taskEnd.taskInfo().accumulables()));
    }
  }

  private void report(List<AccumulableInfo> infos) {
    for (AccumulableInfo info : infos) {
      if (info.id() == accumulatorId) {
        Option<Object> value = info.update();
        if (value.isDefined() && value.get() instanceof Iterable<?> ids) {
          finished.finished(ids);
        }
      }
    }
  }
}
