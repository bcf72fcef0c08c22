package io.github.anthology.bench.jmh;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.Anthology;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** Reading a registry from its files into the model: what every command pays first. */
public class ReadBenchmark extends WorkloadBenchmark {
  @Param({"10000"})
  int recommendations;

  @Setup
  public void generate() throws IOException {
    workload = Workload.create(recommendations);
  }

  @Benchmark
  public Anthology researchYaml() throws ReadException {
    return workload.readYaml();
  }
}
