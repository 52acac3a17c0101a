/**
 * The pipeline for articles that arrive one at a time: each is matched against everything seen
 * before, and the stories it touches are rebuilt, reaching the same result as a batch run over the
 * same articles. Persistence is the caller's: {@link dev.stemma.live.LiveStore} is what a store
 * (the server's Lucene index, or memory) must offer.
 */
@NullMarked
package dev.stemma.live;

import org.jspecify.annotations.NullMarked;
