/** Test helpers shared by the ingest tests. */
@NullMarked
package dev.stemma.ingest.testing;

import org.jspecify.annotations.NullMarked;
