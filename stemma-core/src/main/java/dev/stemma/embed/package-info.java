/**
 * Stage 7, sentence embeddings: an in-process ONNX model (all-MiniLM-L6-v2, quantized) run only on the sentences that candidate pairs need.
 */
@NullMarked
package dev.stemma.embed;

import org.jspecify.annotations.NullMarked;
