package dev.showrunner.studio.web.view;

import dev.showrunner.studio.series.Series;
import java.util.List;

/** The series the user is a member of. */
public record SeriesListPage(Chrome chrome, List<Series> series, boolean showArchived) {}
