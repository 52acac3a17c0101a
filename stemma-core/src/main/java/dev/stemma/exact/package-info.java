/**
 * Stage 4, exact copies: a hash of the cleaned body.
 */
@NullMarked
package dev.stemma.exact;

import org.jspecify.annotations.NullMarked;
