/**
 * {@code stemma serve}: the HTTP API, its OpenAPI document and the story browser, over {@link
 * dev.stemma.server.index.ArticleIndex}.
 */
@NullMarked
package dev.stemma.server;

import org.jspecify.annotations.NullMarked;
