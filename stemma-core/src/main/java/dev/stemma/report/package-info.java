/**
 * Stage 11, report: the JSON Lines outputs and the terminal summary with each family drawn as a tree.
 */
@NullMarked
package dev.stemma.report;

import org.jspecify.annotations.NullMarked;
