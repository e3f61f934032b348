/**
 * One record per HTML page, each the single parameter of its JTE template in
 * {@code src/main/jte}. Records hold what the page shows and nothing that must not be shown.
 */
package dev.showrunner.studio.web.view;
