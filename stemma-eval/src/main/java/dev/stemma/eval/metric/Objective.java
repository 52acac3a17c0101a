package dev.stemma.eval.metric;

/** What a decision threshold is chosen to maximise. */
public enum Objective {
  F1 {
    @Override
    public double of(BinaryCounts counts) {
      return counts.f1();
    }
  },
  ACCURACY {
    @Override
    public double of(BinaryCounts counts) {
      return counts.accuracy();
    }
  };

  public abstract double of(BinaryCounts counts);
}
