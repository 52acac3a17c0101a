/**
 * The standard tools' view of similarity, printed beside Stemma's figures: word 5-gram MinHash
 * Jaccard (text-dedup, datatrove, NeMo Curator) and TF-IDF cosine, with an average-linkage
 * clustering over either.
 */
@NullMarked
package dev.stemma.eval.baseline;

import org.jspecify.annotations.NullMarked;
