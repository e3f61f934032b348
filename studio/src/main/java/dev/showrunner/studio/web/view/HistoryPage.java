package dev.showrunner.studio.web.view;

import dev.showrunner.studio.scripts.Draft;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Series;
import java.util.List;

/** An episode's drafts, newest first, with the form to compare two. */
public record HistoryPage(Chrome chrome, Series series, Episode episode, List<Draft> drafts, boolean canEdit) {}
