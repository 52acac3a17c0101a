/** The {@code stemma} command line: a thin picocli layer over {@link dev.stemma.Stemma}. */
@NullMarked
package dev.stemma.cli;

import org.jspecify.annotations.NullMarked;
