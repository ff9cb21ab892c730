/**
 * report.html, one self-contained page (inline SVG figures and style, no scripts, nothing
 * fetched) per output folder of {@code run}, {@code compare}, {@code sweep} and
 * {@code reproduce}: the summary, the figures, the tables, the scenario and the provenance,
 * read from the folder's files.
 */
package io.fluidedge.report;
