/**
 * Stage 7, sentence embeddings: an in-process ONNX model (bge-small-en-v1.5, quantized) run only on the sentences that candidate pairs need.
 */
@NullMarked
package dev.stemma.embed;

import org.jspecify.annotations.NullMarked;
