package dev.stemma.eval.metric;

/**
 * Where a clustering put the items: the gold noise items (that belong to no cluster) and the gold
 * clustered items, each either left alone (unclustered, or in a predicted cluster of one) or merged
 * into a predicted cluster of two or more.
 *
 * @param noise gold noise items
 * @param noiseLeftAlone of them, left alone: the right answer
 * @param noiseMerged of them, merged into a predicted cluster
 * @param clusteredLeftAlone gold clustered items the prediction left alone
 */
public record NoisePlacement(
    int noise, int noiseLeftAlone, int noiseMerged, int clusteredLeftAlone) {

  public NoisePlacement {
    if (noise < 0 || noiseLeftAlone < 0 || noiseMerged < 0 || clusteredLeftAlone < 0) {
      throw new IllegalArgumentException("Counts must be >= 0");
    }
    if (noiseLeftAlone + noiseMerged != noise) {
      throw new IllegalArgumentException(
          "noiseLeftAlone + noiseMerged must be noise, got "
              + noiseLeftAlone
              + " + "
              + noiseMerged
              + " != "
              + noise);
    }
  }
}
