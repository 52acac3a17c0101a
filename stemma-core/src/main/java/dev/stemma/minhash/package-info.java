/**
 * Stage 5, near-duplicates: MinHash signatures of word shingles, LSH banding, and verification by true Jaccard and containment.
 */
@NullMarked
package dev.stemma.minhash;

import org.jspecify.annotations.NullMarked;
