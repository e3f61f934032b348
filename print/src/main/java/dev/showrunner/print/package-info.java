/**
 * Printing: laid-out {@link dev.showrunner.screenplay.layout.Pages} to PDF ({@link dev.showrunner.print.PdfWriter},
 * Apache PDFBox) and to HTML ({@link dev.showrunner.print.HtmlWriter}), and the toolkit every
 * production report is drawn with ({@link dev.showrunner.print.ReportDocument}). This module
 * knows the script engine and nothing above it: no schedule, no studio.
 *
 * <p>Rules that hold here: this package never decides where a line or a page breaks; it draws
 * what the layout placed, at the layout's rows and columns, so that a page number in a PDF, in
 * the HTML preview and in a page count is the same page. Writers stream: they accept pages one
 * by one and never need the whole script in memory. Text prints as itself: the standard fonts
 * where WinAnsi encodes it, embedded metric-compatible Liberation fonts where it does not
 * ({@code FallbackFonts}), so no character moves and no page breaks elsewhere.
 */
package dev.showrunner.print;
